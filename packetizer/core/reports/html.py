"""The check report as one self-contained HTML file: no scripts, no external fonts or images, so
an adviser can print it, mail it or open it years later. Used by `check --html` and the app."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from packetizer import __version__
from packetizer.core.check import CheckReport, Finding
from packetizer.core.model import Packet
from packetizer.core.reports.text import MARKS, limits_text

STYLE = """
:root { color-scheme: light dark; --ok: #1a7f37; --warn: #9a6700; --err: #cf222e;
        --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --ok: #3fb950; --warn: #d29922; --err: #f85149; --muted: #9198a1; --line: #3d444d;
          --bg-soft: #151b23; } }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.meta, .muted { color: var(--muted); } .summary { font-size: 1.1rem; margin: 1rem 0; }
section.req { border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem;
              margin: .8rem 0; break-inside: avoid; }
.mark { font-weight: bold; display: inline-block; width: 1.3em; }
.complete .mark { color: var(--ok); } .warning .mark { color: var(--warn); }
.error .mark, .missing .mark { color: var(--err); } .separate .mark, .optional .mark {
  color: var(--muted); }
ul { margin: .3rem 0; padding-left: 1.3rem; } li { margin: .25rem 0; }
.finding { border-left: 3px solid var(--line); padding: .2rem .6rem; margin: .4rem 0;
           list-style: none; background: var(--bg-soft); }
.finding.error { border-color: var(--err); } .finding.warning { border-color: var(--warn); }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; letter-spacing: .04em; }
.finding.error .sev { color: var(--err); } .finding.warning .sev { color: var(--warn); }
.evidence, .fix { font-size: .92rem; } .code { font-family: ui-monospace, monospace;
  font-size: .8rem; color: var(--muted); }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media print { body { margin: 0; max-width: none; } section.req { border-color: #999; } }
"""


def html_page(title: str, body: str, extra_style: str = "") -> str:
    """A complete, self-contained HTML document around `body` (already escaped)."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}{extra_style}</style>\n</head>\n"
            f"<body>\n{body}\n<footer>Made by Packetizer {escape(__version__)} on this "
            f"computer; nothing was sent anywhere.</footer>\n</body>\n</html>\n")


def _finding(finding: Finding) -> str:
    parts = [f'<li class="finding {finding.severity}"><span class="sev">{finding.severity}'
             f"</span> {escape(finding.message)}"]
    if finding.evidence:
        parts.append(f'<div class="evidence"><b>Seen:</b> {escape(finding.evidence)}</div>')
    if finding.fix:
        parts.append(f'<div class="fix"><b>Fix:</b> {escape(finding.fix)}</div>')
    parts.append(f'<div class="code">{escape(finding.code)}</div></li>')
    return "".join(parts)


def format_check_html(packet: Packet, report: CheckReport, today: dt.date | None = None) -> str:
    posting = packet.posting
    title = posting.title or "Application packet"
    who = packet.applicant.name or "(no applicant name)"
    meta = [escape(x) for x in (posting.organization, f"Job {posting.job_id}"
                                if posting.job_id else "", f"Deadline {posting.deadline}"
                                if posting.deadline else "") if x]
    body = [f"<h1>{escape(title)}</h1>",
            f'<div class="meta">{escape(who)}'
            + (f" · {escape(packet.applicant.email)}" if packet.applicant.email else "")
            + (" · " + " · ".join(meta) if meta else "") + "</div>",
            f'<p class="summary">{escape(report.summary(packet))}</p>']
    loose = [f for f in report.findings if not f.requirement_id]
    if loose:
        body.append("<h2>The packet</h2><ul>" + "".join(map(_finding, loose)) + "</ul>")
    body.append("<h2>Checklist</h2>")
    for req in posting.requirements:
        status = report.statuses.get(req.id)
        state = status.status if status else "missing"
        limits = limits_text(req)
        docs = []
        for doc in packet.documents_for(req.id):
            facts = report.facts.get(doc.id)
            pages = facts.page_count if facts else 0
            docs.append(f"<li>{escape(packet.document_title(doc))} "
                        f'<span class="muted">— {escape(Path(doc.path).name)}'
                        + (f", {pages} page{'s' if pages != 1 else ''}" if pages else "")
                        + (f", pages {escape(doc.pages)}" if doc.pages else "")
                        + "</span></li>")
        found = "".join(map(_finding, report.for_requirement(req.id)))
        body.append(
            f'<section class="req {state}"><div><span class="mark" aria-label="{state}">'
            f"{MARKS.get(state, '?')}</span><b>{escape(req.label)}</b>"
            + (f' <span class="muted">({escape(limits)})</span>' if limits else "")
            + "</div>"
            + (f'<div class="muted evidence">From the posting: “{escape(req.source.text)}”</div>'
               if req.source else "")
            + (f"<ul>{''.join(docs)}</ul>" if docs else "")
            + (f"<ul>{found}</ul>" if found else "") + "</section>")
    day = today or dt.date.today()
    body.append(f'<p class="muted">Checked on {day:%d %B %Y}.</p>')
    return html_page(f"Check — {title} — {who}", "\n".join(body))
