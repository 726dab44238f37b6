"""A corpus of hostile and broken inputs, generated (never downloaded): each is something a
user's disk really holds, or a file crafted to make a PDF reader loop, hang or run out of memory.

`make_corpus(folder)` writes them and returns {name: path}. Used by test_badfiles.py and
runnable by hand: `python -m tests.robustness.badfiles DIR`.
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path


def _good_pdf(pages: int = 3, size=(612, 792), text: str = "Page") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size, invariant=1)
    for i in range(pages):
        c.drawString(72, size[1] - 100, f"{text} {i + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _raw_pdf(objects: list[bytes], root: int = 1, broken_xref: bool = False) -> bytes:
    """A classic PDF from numbered object bodies (1-based), with a correct xref table unless
    asked otherwise."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        if broken_xref:
            offset = offset * 7 + 13  # every entry points at the wrong place
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _page_pdf(content: bytes, media: bytes = b"[0 0 612 792]", extra_catalog: bytes = b"",
              extra_page: bytes = b"", more: list[bytes] | None = None) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + extra_page + b">>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(more or []),
    ]
    return _raw_pdf(objects)


def make_corpus(folder: str | Path) -> dict[str, Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    good = _good_pdf()
    files: dict[str, bytes | None] = {
        "truncated.pdf": good[: len(good) // 2],
        "random-bytes.pdf": bytes(rng.getrandbits(8) for _ in range(5000)),
        "empty.pdf": b"",
        "web-page.pdf": b"<!DOCTYPE html><html><body><h1>CV</h1></body></html>",
        "archive.pdf": None,  # a ZIP, written below
        "broken-xref.pdf": _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"], broken_xref=True),
        "objstm-nowhere.pdf": _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            _stream(b"1 0 2 5", b"/Type /ObjStm /N 2 /First 8 /Extends 99 0 R ")]),
        "outline-loop.pdf": _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream(b"BT /F1 12 Tf 72 700 Td (Outline loop) Tj ET"),
            b"<< /Type /Outlines /First 6 0 R /Last 7 0 R /Count 2 >>",
            b"<< /Title (One) /Parent 5 0 R /Next 7 0 R /Dest [3 0 R /Fit] >>",
            b"<< /Title (Two) /Parent 5 0 R /Prev 6 0 R /Next 6 0 R /First 6 0 R "
            b"/Dest [3 0 R /Fit] >>"]),
        "page-tree-loop.pdf": _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]),
        "huge-page.pdf": _page_pdf(b"BT /F1 400 Tf 72 7000 Td (A page of 200 x 200 inches) Tj ET",
                                   media=b"[0 0 14400 14400]"),
        "big-content.pdf": _page_pdf(b"BT /F1 9 Tf 72 700 Td " + b"(big) Tj 0 -1 Td " * 600_000
                                     + b"ET"),
        "nested-arrays.pdf": _page_pdf(b"BT /F1 12 Tf 72 700 Td (deep) Tj ET",
                                       extra_page=b"/Deep " + b"[" * 5000 + b"]" * 5000 + b" "),
        "scripts-and-attachments.pdf": _page_pdf(
            b"BT /F1 12 Tf 72 700 Td (active content) Tj ET",
            extra_catalog=b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "
                          b"/Names << /EmbeddedFiles << /Names [(x.exe) 7 0 R] >> >> ",
            extra_page=b"/AA << /O << /S /Launch /F (calc.exe) >> >> ",
            more=[_stream(b"MZ not really a program", b"/Type /EmbeddedFile "),
                  b"<< /Type /Filespec /F (x.exe) /EF << /F 6 0 R >> >>"]),
        "Lebenslauf – Müller «final» 'v2'.pdf": good,
        "with spaces and \"quotes\".pdf": good,
    }
    paths: dict[str, Path] = {}
    for name, data in files.items():
        path = folder / name
        if name == "archive.pdf":
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("cv.txt", "not a pdf")
        else:
            path.write_bytes(data)
        paths[name] = path
    paths["many-pages.pdf"] = folder / "many-pages.pdf"
    paths["many-pages.pdf"].write_bytes(_good_pdf(2000, text="Page"))
    paths["renamed.pdf"] = _docx(folder / "renamed.pdf")
    paths["a-folder.pdf"] = folder / "a-folder.pdf"
    paths["a-folder.pdf"].mkdir(exist_ok=True)
    paths["encrypted-user.pdf"] = _encrypted(folder / "encrypted-user.pdf", good, "secret")
    paths["encrypted-owner.pdf"] = _encrypted(folder / "encrypted-owner.pdf", good, "")
    unreadable = folder / "no-permission.pdf"
    unreadable.write_bytes(good)
    unreadable.chmod(0)  # root can still read it; the test says so
    paths["no-permission.pdf"] = unreadable
    return paths


def _docx(path: Path) -> Path:
    from tests.conftest import write_docx

    return write_docx(path, ["A Word file named .pdf"])


def _encrypted(path: Path, data: bytes, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")
    for name, path in make_corpus(target).items():
        size = path.stat().st_size if path.is_file() else 0
        print(f"{size:>10}  {name}")
    print(f"written to {os.path.abspath(target)}")
