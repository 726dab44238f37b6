"""Export one PDF per checklist item, named for upload portals, with the cover as an index file.

Every file is first written as a temp file; the set is renamed into place only when all of them
were written and verified, so a failure or cancel leaves none of them behind."""

from __future__ import annotations

import io
from pathlib import Path

from packetizer.core.appdata.atomicfile import commit_temp, temp_path_beside, writing_error
from packetizer.core.appdata.profiles import packet_profile, size_notes
from packetizer.core.check import CheckReport
from packetizer.core.errors import (
    ExportError,
    PacketizerError,
)
from packetizer.core.export.assemble import DAMAGE, assemble_leaving_out_damaged, first_page_size
from packetizer.core.export.filenames import separate_file_names
from packetizer.core.export.finish import check_target, damaged_output, finish, write_verified
from packetizer.core.export.plan import ExportResult, cover_info, plan_pages, prepare
from packetizer.core.export.shrink import fit_to_limit, size_limit
from packetizer.core.files.inspect import ReaderCache
from packetizer.core.files.pages import PAPER_SIZES
from packetizer.core.model import (
    Packet,
)
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress


def export_separate(packet: Packet, folder: str | Path, *, force: bool = False,
                    report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None, paper: str = "auto",
                    max_size: int | None = None, shrink: bool = True) -> list[ExportResult]:
    """One bookmarked, stamped PDF per requirement in `folder`, named for upload portals, and
    the cover as an index file. A file larger than `max_size` bytes (or the posting's or the
    portal's per-file limit) has its images resampled to fit unless `shrink` is off.

    Every file is first written as a temp file; the set is renamed into place only when all of
    them were written and verified, so a failure or cancel leaves none of them behind.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("is a file, not a folder.", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise writing_error(exc, folder) from exc
    readers = ReaderCache(paper)
    profile, _ = packet_profile(packet)
    report = prepare(packet, force, report, progress, cancel, readers, profile)
    names = separate_file_names(packet, profile.max_name_length)
    limit, whose = size_limit(packet, profile, max_size)
    total = len(packet.documents) + 1
    done = 0
    pending: list[tuple[Path, Path, ExportResult]] = []
    try:
        for req in packet.posting.requirements:
            target = folder / names[req.id]
            check_target(packet, target)
            writer, sections, skipped, done, _ = assemble_leaving_out_damaged(
                force, packet, [req], report, progress, cancel, cover=False,
                readers=readers, done_before=done, total=total)
            if not sections:
                continue
            removed = finish(writer, packet, subject=req.label)
            shrunk = fit_to_limit(writer, limit, whose, shrink=shrink, force=force,
                                  name=target.name)
            holder = temp_path_beside(target)
            size = write_verified(writer, holder, len(writer.pages), len(sections), cancel)
            pending.append((holder, target, ExportResult(str(target), len(writer.pages), size,
                                                         sections, skipped, removed,
                                                         shrunk=shrunk)))
        if not pending:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        if packet.export_options.cover_page:
            pending.append(index_file(packet, report, folder / names[""], names, cancel,
                                       readers))
        for holder, target, _ in pending:
            commit_temp(holder, target)
    except BaseException as exc:
        for holder, _, _ in pending:
            holder.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise writing_error(exc, folder) from exc
        if isinstance(exc, DAMAGE) and not isinstance(exc, PacketizerError):
            raise damaged_output(exc, folder) from exc
        raise
    progress(total, total, "Exported")
    results = [result for _, _, result in pending]
    notes = size_notes(profile, [r.size for r in results], packet.posting.max_file_mb)
    if packet.posting.single_pdf:
        notes.insert(0, "the posting asks for a single PDF; upload the merged packet "
                        "(`export` without --separate) unless the portal asks otherwise")
    for result in results:
        result.profile_notes = notes
    return results


def index_file(packet: Packet, report: CheckReport, target: Path, names: dict[str, str],
                cancel: CancelToken | None, readers: ReaderCache):
    """The cover as its own file, listing which file holds which item."""
    from pypdf import PdfReader, PdfWriter

    from packetizer.core.export.cover import render_cover

    plan, _ = plan_pages(packet, packet.posting.requirements, report, 0)
    info = cover_info(packet, packet.posting.requirements, plan, report, False, "none")
    planned = {s.req.id: s for s in plan}
    for row, req in zip(info.rows, packet.posting.requirements, strict=True):
        row.target_page = None
        if req.id in planned:
            count = planned[req.id].page_count
            row.documents = [f"File {names[req.id]}", *row.documents]
            row.pages = f"{count} page{'s' if count != 1 else ''}"
    paper = PAPER_SIZES.get(packet.export_options.paper)
    cover = render_cover(info, paper or first_page_size(plan, readers))
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(cover.pdf)), import_outline=False)
    writer.add_outline_item(title="Index", page_number=0)
    writer.set_page_label(0, len(writer.pages) - 1, style="/r", start=1)
    removed = finish(writer, packet, subject="Index")
    holder = temp_path_beside(target)
    size = write_verified(writer, holder, len(writer.pages), 1, cancel)
    return holder, target, ExportResult(str(target), len(writer.pages), size, [], [], removed,
                                        len(writer.pages))
