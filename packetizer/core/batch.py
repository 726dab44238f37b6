"""Batch review for career offices: check (and export) every packet and bundle in folders, in
parallel processes, and summarise them in one report (HTML, CSV or JSON).

One broken packet never stops the batch: it gets its row with the error.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

from packetizer.core.errors import PacketizerError
from packetizer.core.model import kind_name
from packetizer.core.names import safe_file_name
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress
from packetizer.core.reports.text import MARKS


@dataclass
class BatchRow:
    source: str  # the packet or bundle file
    student: str = ""
    posting: str = ""
    statuses: dict[str, str] = field(default_factory=dict)  # item label -> status
    kinds: dict[str, str] = field(default_factory=dict)  # kind's name -> its worst status
    errors: int = 0
    warnings: int = 0
    summary: str = ""
    problems: list[str] = field(default_factory=list)  # the errors' messages
    comments: list[str] = field(default_factory=list)
    exported: str = ""
    failure: str = ""  # the packet could not be read or checked at all

    @property
    def ready(self) -> bool:
        return not self.failure and self.errors == 0


# which status a kind's column shows when a packet has several items of that kind
_WORST_FIRST = ["error", "missing", "warning", "complete", "separate", "optional", ""]


def worst_by_kind(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """{"CV": "complete", "Letters": "missing"}: one status per kind of material, the worst of
    its items ("CV" and "Curriculum vitae" are one column)."""
    def rank(status: str) -> int:
        return _WORST_FIRST.index(status) if status in _WORST_FIRST else len(_WORST_FIRST)

    kinds: dict[str, str] = {}
    for kind, status in pairs:
        if kind not in kinds or rank(status) < rank(kinds[kind]):
            kinds[kind] = status
    return kinds


def find_packets(folders: list[str | Path]) -> list[Path]:
    """Packet files and bundles in `folders` (and their subfolders), in a stable order."""
    found: set[Path] = set()
    for folder in folders:
        folder = Path(folder)
        if folder.is_file() and folder.suffix in (".packet", ".packetz"):
            found.add(folder.resolve())
            continue
        for pattern in ("*.packet", "*.packetz"):
            for path in folder.rglob(pattern):
                if not any(part.startswith(".") for part in path.relative_to(folder).parts):
                    found.add(path.resolve())
    return sorted(found)


def _slug(text: str) -> str:
    return safe_file_name(text, 120, extension=False, default="packet")


def check_one(source: str, work_dir: str, export_dir: str = "", profile: str = "",
              paper: str = "auto") -> BatchRow:
    """Check one packet or bundle (and export it when it is ready and `export_dir` is given).
    Runs in a worker process; never raises."""
    from packetizer.core.check import ERROR, check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.packet.bundle import open_bundle
    from packetizer.core.packet.store import load_packet

    row = BatchRow(source=source)
    try:
        path = Path(source)
        if path.suffix == ".packetz":
            digest = hashlib.sha1(source.encode()).hexdigest()[:8]
            target = Path(work_dir) / f"{_slug(path.stem)}-{digest}"
            shutil.rmtree(target, ignore_errors=True)  # ours, from an earlier pass
            path = open_bundle(path, target)
        packet = load_packet(path)
        if profile:
            packet.export_options.profile = profile
        row.student = packet.applicant.name
        row.posting = packet.posting.title
        report = check_packet(packet, paper=paper)
        row.statuses = {req.label: report.statuses[req.id].status
                        for req in packet.posting.requirements}
        row.kinds = worst_by_kind([(kind_name(req.kind), report.statuses[req.id].status)
                                   for req in packet.posting.requirements])
        row.errors, row.warnings = len(report.errors), len(report.warnings)
        row.summary = report.summary(packet)
        row.problems = [f.message for f in report.findings if f.severity == ERROR][:10]
        row.comments = [c.text for c in packet.comments]
        if export_dir and report.ok:
            out = Path(export_dir) / f"{_slug(row.student or path.stem)}_{_slug(path.stem)}.pdf"
            row.exported = export_packet(packet, out, report=report, paper=paper).path
    except PacketizerError as exc:
        row.failure = str(exc)
    except Exception as exc:  # one broken packet never stops the batch
        row.failure = f"could not be checked ({type(exc).__name__}: {exc})"
    return row


def run_batch(sources: list[Path], work_dir: str | Path, export_dir: str | Path | None = None,
              profile: str = "", jobs: int | None = None,
              progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
              paper: str = "auto") -> list[BatchRow]:
    """Check every source in `jobs` processes (default: the number of cores). `cancel` stops
    it between packets (raising Cancelled; a packet being checked finishes first)."""
    import multiprocessing

    jobs = max(1, jobs or os.cpu_count() or 1)
    if export_dir:
        Path(export_dir).mkdir(parents=True, exist_ok=True)
    rows: dict[str, BatchRow] = {}
    total = len(sources)
    progress(0, total, "Checking")
    if jobs == 1 or total <= 1:
        for i, source in enumerate(sources):
            if cancel:
                cancel.raise_if_cancelled()
            rows[str(source)] = check_one(str(source), str(work_dir), str(export_dir or ""),
                                          profile, paper)
            progress(i + 1, total, Path(source).name)
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, total), mp_context=context) as pool:
            futures = {pool.submit(check_one, str(s), str(work_dir), str(export_dir or ""),
                                   profile, paper): str(s) for s in sources}
            for done, future in enumerate(as_completed(futures), start=1):
                if cancel is not None and cancel.cancelled:
                    for pending in futures:
                        pending.cancel()
                    cancel.raise_if_cancelled()
                source = futures[future]
                try:
                    rows[source] = future.result()
                except Exception as exc:  # the worker process itself died
                    rows[source] = BatchRow(source=source, failure=f"the check crashed: {exc}")
                progress(done, total, Path(source).name)
    return [rows[str(s)] for s in sources]


# --- reports -------------------------------------------------------------------------------


def _labels(rows: list[BatchRow]) -> list[str]:
    labels: list[str] = []
    for row in rows:
        for label in row.statuses:
            if label not in labels:
                labels.append(label)
    return labels


def report_json(rows: list[BatchRow]) -> str:
    return json.dumps({"packets": len(rows), "ready": sum(r.ready for r in rows),
                       "rows": [asdict(r) for r in rows]}, indent=2, ensure_ascii=False)


def report_csv(rows: list[BatchRow]) -> str:
    labels = _labels(rows)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", "posting", "status", *labels, "errors", "warnings", "problems",
                     "comments", "exported", "file"])
    for r in rows:
        writer.writerow([r.student, r.posting, "failed" if r.failure else
                         "ready" if r.ready else "not ready",
                         *(r.statuses.get(label, "") for label in labels), r.errors,
                         r.warnings, "; ".join(r.problems) or r.failure,
                         "; ".join(r.comments), r.exported, r.source])
    return out.getvalue()


def report_html(rows: list[BatchRow]) -> str:
    from packetizer.core.reports.html import html_page

    labels = _labels(rows)
    ready = sum(r.ready for r in rows)
    head = "".join(f"<th>{escape(label)}</th>" for label in labels)
    body = []
    for r in rows:
        if r.failure:
            cells = f'<td colspan="{len(labels)}" class="error">{escape(r.failure)}</td>'
        else:
            cells = "".join(
                f'<td class="{escape(r.statuses.get(label, ""))}" title="'
                f'{escape(r.statuses.get(label, ""))}">{MARKS.get(r.statuses.get(label, ""), "")}'
                "</td>" for label in labels)
        notes = "".join(f"<li>{escape(p)}</li>" for p in r.problems)
        notes += "".join(f'<li class="comment">💬 {escape(c)}</li>' for c in r.comments)
        body.append(
            f"<tr><td><b>{escape(r.student or '—')}</b><br><span class=muted>"
            f"{escape(Path(r.source).name)}</span></td><td>{escape(r.posting)}</td>{cells}"
            f"<td>{r.errors}</td><td>{r.warnings}</td>"
            f"<td>{'<ul>' + notes + '</ul>' if notes else ''}"
            + (f'<div class=muted>Exported: {escape(Path(r.exported).name)}</div>'
               if r.exported else "") + "</td></tr>")
    table = (f"<h1>Packet review</h1><p class=summary>{ready} of {len(rows)} packets ready</p>"
             f"<table><thead><tr><th>Student</th><th>Posting</th>{head}<th>Errors</th>"
             f"<th>Warnings</th><th>Notes</th></tr></thead><tbody>{''.join(body)}</tbody>"
             "</table>")
    style = ("table { border-collapse: collapse; width: 100%; font-size: .9rem; }"
             "body { max-width: none; } th, td { border: 1px solid var(--line); padding: .3rem"
             " .5rem; vertical-align: top; } td.complete { color: var(--ok); text-align: center;"
             " } td.warning { color: var(--warn); text-align: center; } td.error, td.missing {"
             " color: var(--err); text-align: center; } td ul { margin: 0; padding-left: 1rem; }")
    return html_page("Packet review", table, style)


def write_report(rows: list[BatchRow], path: str | Path) -> None:
    from packetizer.core.appdata.atomicfile import atomic_write

    path = Path(path)
    text = {".html": report_html, ".htm": report_html, ".csv": report_csv,
            ".json": report_json}.get(path.suffix.lower())
    if text is None:
        from packetizer.core.errors import InputError

        raise InputError("the report must end in .html, .csv or .json.", path=path)
    with atomic_write(path, "w") as handle:
        handle.write(text(rows))
