"""Export a packet as one merged, bookmarked PDF.

The pages are planned from the packet's model first (which pages of which file, in posting
order), so the cover can show page ranges and link to them before any PDF is assembled. The
outline is rebuilt from the model, not copied. The result is written to a temp file beside the
target, re-opened and verified, and only then renamed over the target: a failure or a cancel
leaves nothing behind, and the source files are only ever read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from packetizer.core.appdata.atomicfile import writing_error
from packetizer.core.appdata.profiles import packet_profile, size_notes
from packetizer.core.check import CheckReport
from packetizer.core.errors import (
    Cancelled,
    ExportError,
    PacketizerError,
)
from packetizer.core.export.assemble import DAMAGE, assemble_leaving_out_damaged
from packetizer.core.export.finish import check_target, damaged_output, finish, write_verified
from packetizer.core.export.plan import ExportResult, prepare
from packetizer.core.export.shrink import fit_to_limit, size_limit
from packetizer.core.files.inspect import ReaderCache
from packetizer.core.model import (
    Packet,
)
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)


def export_packet(packet: Packet, output: str | Path, *, force: bool = False,
                  report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None, paper: str = "auto",
                  max_size: int | None = None, shrink: bool = True) -> ExportResult:
    """Merge the packet into one bookmarked PDF at `output`. `paper` is the paper that text
    and image files are converted on ("letter", "a4", "auto"). When the PDF would be larger
    than `max_size` bytes (or the posting's or portal's limit), its images are resampled to fit
    unless `shrink` is off.

    Raises IncompletePacket when the packet has errors and `force` is false, ExportError when
    the file cannot be written or does not fit its limit, Cancelled when `cancel` is set.
    Nothing is left behind on failure.
    """
    target = Path(output)
    check_target(packet, target)
    readers = ReaderCache(paper)  # each file is opened once, by the check, and reused
    profile, _ = packet_profile(packet)
    report = prepare(packet, force, report, progress, cancel, readers, profile)
    total = len(packet.documents) + 1
    opts = packet.export_options
    try:
        writer, sections, skipped, _, cover_pages = assemble_leaving_out_damaged(
            force, packet, packet.posting.requirements, report, progress, cancel,
            cover=opts.cover_page, readers=readers, total=total)
        if not sections:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        removed = finish(writer, packet)
        limit, whose = size_limit(packet, profile, max_size)
        if limit:
            progress(total - 1, total, "Fitting the size limit")
        shrunk = fit_to_limit(writer, limit, whose, shrink=shrink, force=force)
        progress(total - 1, total, f"Writing {target.name}")
        size = write_verified(writer, target, len(writer.pages),
                               len(sections) + (1 if cover_pages else 0), cancel)
    except (PacketizerError, Cancelled):
        raise
    except OSError as exc:
        raise writing_error(exc, target) from exc
    except DAMAGE as exc:
        raise damaged_output(exc, target) from exc
    progress(total, total, "Exported")
    return ExportResult(str(target), len(writer.pages), size, sections, skipped, removed,
                        cover_pages, size_notes(profile, [size], packet.posting.max_file_mb),
                        shrunk)
