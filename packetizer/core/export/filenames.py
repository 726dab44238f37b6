"""Portal-safe file names for a separate-files export, from the packet's name template."""

from __future__ import annotations

from packetizer.core.errors import (
    ExportError,
)
from packetizer.core.model import (
    Packet,
    kind_code,
)
from packetizer.core.names import safe_file_name


def separate_file_names(packet: Packet, max_length: int = 64) -> dict[str, str]:
    """Requirement id → portal-safe file name from the packet's name template; the key ""
    names the index (the cover) file."""
    template = packet.export_options.output_name_template
    last_name = (packet.applicant.name.split() or ["applicant"])[-1]
    names: dict[str, str] = {}
    used: set[str] = set()
    entries = [("", 0, "index", "IDX", "Index")] + [
        (req.id, n, req.kind, kind_code(req.kind), req.label)
        for n, req in enumerate(packet.posting.requirements, start=1)]
    # when a name is too long for the portal, shorter forms keep the applicant's name whole
    templates = [template, "{nn}_{code}_{last_name}.pdf", "{nn}_{code}.pdf"]
    for key, n, kind, code, label in entries:
        fields = {"nn": f"{n:02d}", "n": n, "kind": kind, "code": code, "label": label,
                  "last_name": last_name, "applicant": packet.applicant.name,
                  "job_id": packet.posting.job_id}
        for candidate_template in templates:
            try:
                raw = candidate_template.format_map(fields)
            except (KeyError, ValueError, IndexError) as exc:
                raise ExportError(f"the file name template “{template}” has an unknown field "
                                  f"({exc}).", fix="Use {nn}, {kind}, {code}, {label}, "
                                  "{last_name}, {applicant} or {job_id}.") from exc
            if not raw.lower().endswith(".pdf"):
                raw += ".pdf"
            if len(safe_file_name(raw, 10_000)) <= max_length:
                break
        name = safe_file_name(raw, max_length)
        stem, _, ext = name.rpartition(".")
        candidate, k = name, 2
        while candidate.lower() in used:
            suffix = f"_{k}"
            candidate = f"{stem[:max_length - len(suffix) - len(ext) - 1]}{suffix}.{ext}"
            k += 1
        used.add(candidate.lower())
        names[key] = candidate
    return names
