"""Portal profiles: the limits an application portal sets (size, formats, file names).

Shipped profiles live in `resources/profiles/*.json`; a user's own in `<config dir>/profiles/`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields

from packetizer.core.appdata import paths
from packetizer.core.errors import FormatError, InputError, PacketizerError


@dataclass
class Profile:
    name: str
    title: str = ""
    description: str = ""
    source: str = ""
    max_file_mb: float | None = None
    max_total_mb: float | None = None
    formats: list[str] = field(default_factory=lambda: ["pdf"])
    max_name_length: int = 64
    max_files: int | None = None
    single_pdf: bool = False
    page_size: str | None = None
    encryption_allowed: bool = False


def _generic() -> Profile:
    return Profile(name="generic", max_file_mb=10, max_total_mb=50)


def _folders():
    return [paths.config_dir() / "profiles", paths.resource("profiles")]


def profile_names() -> list[str]:
    names = set()
    for folder in _folders():
        if folder.is_dir():
            names.update(p.stem for p in folder.glob("*.json"))
    return sorted(names)


def load_profile(name: str) -> Profile:
    """A profile by name; the user's own profile wins over a shipped one of the same name."""
    for folder in _folders():
        path = folder / f"{name}.json"
        if path.is_file():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise FormatError(f"this portal profile cannot be read ({exc}).",
                                  path=path) from exc
            known = {f.name for f in fields(Profile)}
            if not isinstance(raw, dict):
                raise FormatError("this portal profile is not a JSON object.", path=path)
            return Profile(**{k: v for k, v in raw.items() if k in known} | {"name": name})
    if name == "generic":  # never fail for the default
        return _generic()
    raise InputError(f'there is no portal profile called "{name}".',
                     fix=f"Choose one of: {', '.join(profile_names())}.")


def packet_profile(packet) -> tuple[Profile, PacketizerError | None]:
    """The profile a packet names, loaded once per check or export; when it cannot be loaded,
    the generic profile and the error (the check reports it as a finding)."""
    try:
        return load_profile(packet.export_options.profile), None
    except PacketizerError as exc:
        return _generic(), exc


def size_notes(profile: Profile, sizes: list[int], posting_mb: float | None = None) -> list[str]:
    """What the portal (and the posting's own limit, in MB of 10^6 bytes) would say about files
    of these sizes (bytes): empty when all fit."""
    notes = []
    if posting_mb:
        notes += [f"a file is {size / 1_000_000:.2f} MB; the posting takes at most "
                  f"{posting_mb:g} MB" for size in sizes if size > posting_mb * 1_000_000]
    mb = [size / 1_048_576 for size in sizes]
    name = profile.title or profile.name
    if profile.max_file_mb:
        for size in mb:
            if size > profile.max_file_mb:
                notes.append(f"a file is {size:.1f} MB; {name} takes at most "
                             f"{profile.max_file_mb:g} MB per file")
    if profile.max_total_mb and sum(mb) > profile.max_total_mb:
        notes.append(f"the files add up to {sum(mb):.1f} MB; {name} takes at most "
                     f"{profile.max_total_mb:g} MB in all")
    if profile.max_files and len(sizes) > profile.max_files:
        notes.append(f"{len(sizes)} files; {name} takes at most {profile.max_files}")
    return notes
