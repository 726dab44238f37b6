"""A text posting rendered as the other forms applicants get postings in, to score the reader
on them: a PDF (wrapped lines, bullets, page footers — as a posting saved from a job site) and a
saved web page (navigation, a cookie banner and a footer around the posting).

Both are made from the text's own blocks: paragraphs, list lines and short heading lines.
"""

from __future__ import annotations

import io
import re
from html import escape

from packetizer.core.posting.blocks import (
    LEADS_ON_RE,
    join_list_continuations,
    without_common_indent,
)

_BULLET_RE = re.compile(r"^\s*(?:[-*•\u2022\uf0b7]|\d{1,2}[.)]|\(?[a-z][.)])\s+")


def blocks(text: str) -> list[tuple[str, str, str]]:
    """("heading" | "item" | "para", text, list mark) blocks of a plain-text posting."""
    out: list[tuple[str, str, str]] = []
    wrapped = False  # the previous line was hard-wrapped: this one continues it
    after_blank = False  # a blank line came before this one: it does not continue an item
    long_wrapped = False
    base_indent = 0  # how far the current list's own lines are indented
    # a hard-wrapped list item is one item on a page ("- A letter … outlined in the" / "Job
    # description."), as its HTML or a word processor has it
    text = join_list_continuations(without_common_indent(text))
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            wrapped, after_blank = False, True
            continue
        item_goes_on = bool(out) and out[-1][0] == "item" and raw[:1] in " \t" and \
            not after_blank and not _BULLET_RE.match(raw) and \
            not out[-1][1].endswith((".", ";"))
        after_blank = False
        para_goes_on = wrapped and out and out[-1][0] == "para" and not _BULLET_RE.match(raw)
        if item_goes_on or para_goes_on or ((wrapped or long_wrapped) and out and
                                            line[:1].islower()):
            out[-1] = (out[-1][0], out[-1][1] + " " + line, out[-1][2])
        elif (mark := _BULLET_RE.match(raw)) or (raw[:1] in " \t" and len(line) < 200):
            # an indented line of its own is a list line; one indented under the list's first
            # lines is a point of the item above it, its mark led by spaces ("  •")
            indent = len(raw) - len(raw.lstrip())
            nested = bool(out) and out[-1][0] == "item" and indent > base_indent
            if not nested:
                base_indent = indent
            value = raw[mark.end():].strip() if mark else line
            out.append(("item", value, ("  " if nested else "") +
                        (mark.group().strip() if mark else "•")))
        elif len(line) < 70 and not line.endswith((".", ",", ";")) and not LEADS_ON_RE.search(line):
            out.append(("heading", line.lstrip("#").strip(), ""))
        else:
            out.append(("para", line, ""))
        # a line that ends in "for" or "the" goes on, however short it is
        wrapped = (60 <= len(raw) <= 80 or bool(LEADS_ON_RE.search(line))) and \
            not line.endswith((".", ":", ";", "!", "?"))
        # a longer line goes on only into words that begin in lower case ("… Proposed work" /
        # "plan (research statement); …")
        long_wrapped = 80 < len(raw) <= 100 and not line.endswith((".", ":", ";", "!", "?"))
    return out


def as_pdf(text: str) -> bytes:
    """The posting as a PDF, laid out as a job site's "print to PDF" would."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13,
                          spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=12,
                          spaceBefore=6)
    story = []
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=2)
    point = ParagraphStyle("point", parent=item, leftIndent=36, bulletIndent=22)
    for kind, value, mark in blocks(text):
        if kind == "item":  # numbers stay numbers; other marks become the page's bullet
            bullet = mark.strip()
            story.append(Paragraph(escape(value), point if mark.startswith(" ") else item,
                                   bulletText=bullet if bullet[:1].isalnum() or
                                   bullet[:1] == "(" else "•"))
            continue
        story.append(Paragraph(escape(value), head if kind == "heading" else body))

    def footer(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 30, f"Page {doc.page}")

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=1, title="Job posting").build(
        story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def as_web_page(text: str) -> str:
    """The posting as a saved job-site page: navigation, cookie banner and footer around it."""
    parts: list[str] = []
    open_lists: list[str] = []  # "ol" / "ul", outermost first, each with an <li> open

    def close_to(depth: int) -> None:
        while len(open_lists) > depth:
            parts.append(f"</li></{open_lists.pop()}>")

    for kind, value, mark in blocks(text):
        if kind == "item":  # a numbered list stays numbered; a point under an item nests
            depth = 2 if mark.startswith(" ") and open_lists else 1
            tag = "ol" if mark.strip()[:1].isdigit() else "ul"
            close_to(depth)
            if len(open_lists) == depth and open_lists[-1] != tag:
                close_to(depth - 1)
            if len(open_lists) == depth:
                parts.append("</li>")
            else:
                parts.append(f"<{tag}>")
                open_lists.append(tag)
            parts.append(f"<li>{escape(value)}")
            continue
        close_to(0)
        tag = "h2" if kind == "heading" else "p"
        parts.append(f"<{tag}>{escape(value)}</{tag}>")
    close_to(0)
    return (
        "<!DOCTYPE html><html><head><title>Job posting</title>"
        "<style>body{font-family:sans-serif}</style><script>var x = 1;</script></head><body>"
        '<div class="cookie-banner">We use cookies to improve your experience. By continuing '
        "to browse you agree to our use of cookies. <a href='#'>Accept all cookies</a> "
        "<a href='#'>Cookie settings</a></div>"
        "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/jobs'>Search jobs</a>"
        "</li><li><a href='/about'>About us</a></li><li><a href='/login'>Sign in</a></li>"
        "<li><a href='/help'>Help</a></li></ul></nav></header>"
        f"<main><article>{''.join(parts)}</article></main>"
        "<aside><h3>Similar jobs</h3><ul><li><a href='#'>Lecturer in Statistics</a></li>"
        "<li><a href='#'>Research Fellow in Chemistry</a></li></ul></aside>"
        "<footer><ul><li><a href='#'>Privacy policy</a></li><li><a href='#'>Terms of use</a>"
        "</li><li><a href='#'>Accessibility statement</a></li><li><a href='#'>Contact us</a>"
        "</li></ul><p>© 2026 Example Jobs Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    )
