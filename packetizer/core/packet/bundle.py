"""Packet bundles (`.packetz`): one zip with the packet and copies of its documents, to send
a packet to an adviser or a student and back.

Inside: `packet.packet` (document paths relative: `documents/01_cv.pdf`) and `documents/`.
Opening one is defensive, since a bundle may come from anyone: no absolute paths or `..`, no
links, limits on the number and size of files and on how much any file expands (zip bombs), and
every document's SHA-256 must match what the packet says.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import stat
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath

from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.errors import FormatError, InputError
from packetizer.core.files.inspect import file_sha256
from packetizer.core.model import Packet
from packetizer.core.names import safe_file_name
from packetizer.core.packet.store import load_packet, packet_from_dict, packet_to_dict, save_packet
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress

BUNDLE_SUFFIX = ".packetz"
PACKET_NAME = "packet.packet"
MAX_FILES = 500
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # 1 GiB unpacked
MAX_RATIO = 200  # a member may expand at most this much (PDFs and JSON compress far less)


def write_bundle(packet_path: str | Path, target: str | Path,
                 progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> Path:
    """Zip the packet and its documents into `target` (atomically). Missing files: InputError."""
    packet_path, target = Path(packet_path), Path(target)
    packet = load_packet(packet_path)
    missing = [d.path for d in packet.documents if not Path(d.path).is_file()]
    if missing:
        raise InputError(f"cannot bundle: {len(missing)} document(s) are missing ("
                         f"{', '.join(Path(m).name for m in missing[:3])}).", path=packet_path,
                         fix="Run `packetizer check` and attach them again first.")
    names: dict[str, str] = {}
    documents = []
    for number, doc in enumerate(packet.documents, start=1):
        inner = f"documents/{number:02d}_{safe_file_name(Path(doc.path).name, 120)}"
        names[doc.id] = inner
        documents.append(replace(doc, sha256=file_sha256(doc.path), path=inner))
    bundled = replace(packet, documents=documents)
    data = packet_to_dict(bundled)
    total = len(packet.documents) + 1
    with atomic_write(target, "wb") as handle, \
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PACKET_NAME, json.dumps(data, indent=2, ensure_ascii=False))
        for i, doc in enumerate(packet.documents):
            if cancel:
                cancel.raise_if_cancelled()
            progress(i, total, f"Adding {Path(doc.path).name}")
            archive.write(doc.path, names[doc.id])
    progress(total, total, "Bundled")
    return target


def _check_member(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name \
            or any(part in ("..", "") for part in path.parts):
        raise FormatError(f"this bundle contains a file with an unsafe name ({name!r}).",
                          fix="Do not open it; ask for the bundle again.")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise FormatError(f"this bundle contains a link ({name!r}); bundles never do.",
                          fix="Do not open it; ask for the bundle again.")
    if info.file_size > MAX_TOTAL_BYTES or (
            info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 10_000_000):
        raise FormatError(f"this bundle contains a file that expands suspiciously ({name!r}).",
                          fix="Do not open it; ask for the bundle again.")
    return path


def open_bundle(bundle: str | Path, folder: str | Path) -> Path:
    """Unpack `bundle` into `folder` (new or empty) and return the packet file's path.

    Raises FormatError for anything unsafe or inconsistent; nothing is left in `folder` then."""
    bundle, folder = Path(bundle), Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError("choose a new or empty folder to unpack into.", path=folder)
    try:
        archive = zipfile.ZipFile(bundle)
    except FileNotFoundError as exc:
        raise InputError("no such bundle.", path=bundle) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise FormatError("is not a packet bundle (not a readable zip file).",
                          path=bundle) from exc
    created = not folder.exists()
    try:
        with archive:
            infos = archive.infolist()
            if len(infos) > MAX_FILES:
                raise FormatError(f"this bundle holds {len(infos)} files; a packet bundle has "
                                  f"at most {MAX_FILES}.", path=bundle)
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise FormatError("this bundle would unpack to more than 1 GiB.", path=bundle)
            members = {str(_check_member(i)): i for i in infos if not i.is_dir()}
            if PACKET_NAME not in members:
                raise FormatError("this zip file has no packet in it.", path=bundle)
            data = json.loads(archive.read(PACKET_NAME).decode("utf-8"))
            packet = packet_from_dict(data, folder / PACKET_NAME)
            folder.mkdir(parents=True, exist_ok=True)
            for doc in packet.documents:
                try:
                    inner = PurePosixPath(
                        Path(doc.path).relative_to(folder.resolve()).as_posix())
                except ValueError:
                    raise FormatError("the packet in this bundle names a document outside "
                                      "the bundle.", path=bundle,
                                      fix="Do not open it; ask for the bundle again.") from None
                if str(inner) not in members:
                    raise FormatError(f"the bundle lacks the document {inner}.", path=bundle)
                target = folder.joinpath(*inner.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(members[str(inner)]) as source, open(target, "xb") as out:
                    written = 0
                    for block in iter(lambda s=source: s.read(1 << 20), b""):
                        written += len(block)
                        if written > members[str(inner)].file_size:
                            raise FormatError("a file in the bundle is larger than it says.",
                                              path=bundle)
                        digest.update(block)
                        out.write(block)
                if doc.sha256 and digest.hexdigest() != doc.sha256:
                    raise FormatError(f"{inner.name} in the bundle does not match the packet "
                                      "(its SHA-256 differs): it was changed or damaged.",
                                      path=bundle, fix="Ask for the bundle again.")
            stem = safe_file_name(bundle.stem, 120, extension=False, default="packet")
            packet_path = folder / f"{stem}.packet"
            save_packet(packet, packet_path)
            return packet_path
    except (FormatError, InputError):
        _remove_unpacked(folder, created)
        raise
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
        _remove_unpacked(folder, created)
        raise FormatError(f"this bundle is damaged ({exc}).", path=bundle) from exc


def _remove_unpacked(folder: Path, created: bool) -> None:
    if created:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        for child in folder.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def bundle_packet(bundle: str | Path) -> Packet:
    """The packet in a bundle, without unpacking the documents (for listing and batch)."""
    try:
        with zipfile.ZipFile(bundle) as archive:
            data = json.loads(archive.read(PACKET_NAME).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FormatError("is not a readable packet bundle.", path=bundle) from exc
    return packet_from_dict(data, Path(bundle).with_suffix(".packet"))

