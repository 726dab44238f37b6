"""Shared fixtures: every test runs with its own config/data/cache dirs and offscreen Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "postings"
SHARED_REALPDF = Path(__file__).resolve().parents[2] / "shared" / "realpdf" / "files"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep settings, autosave, cache and logs out of the real home."""
    base = tmp_path_factory.mktemp("appdirs")
    for name in ("CONFIG", "DATA", "CACHE", "LOG", "WORKSPACE"):
        monkeypatch.setenv(f"PACKETIZER_{name}_DIR", str(base / name.lower()))
    return base


def _pdf(path: Path, pages: int = 1, text: str = "Page", outline: list[str] | None = None,
         size=(612, 792)) -> Path:
    """A real PDF with `pages` pages of text; `outline` names a bookmark per page."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for i in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, size[1] - 100, f"{text} {i + 1}")
        if outline and i < len(outline):
            key = f"p{i}"
            c.bookmarkPage(key)
            c.addOutlineEntry(outline[i], key, level=0)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def make_pdf(tmp_path):
    """Factory: make_pdf("cv.pdf", pages=3, outline=[...]) → a real PDF in tmp_path."""

    def make(name: str = "doc.pdf", pages: int = 1, **kwargs) -> Path:
        return _pdf(tmp_path / name, pages, **kwargs)

    return make


@pytest.fixture
def make_text_pdf(tmp_path):
    """Factory: make_text_pdf("essay.pdf", ["Heading", "a paragraph", …]) → a real PDF whose
    paragraphs flow over as many pages as they need."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def make(name: str, paragraphs: list[str]) -> Path:
        path = tmp_path / name
        style = getSampleStyleSheet()["BodyText"]
        SimpleDocTemplate(str(path), invariant=1).build(
            [Paragraph(text, style) for text in paragraphs])
        return path

    return make


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal but valid Word .docx, built by hand (no Word needed)."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
                   for p in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'))
        z.writestr("word/document.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
            f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}'
            "</w:body></w:document>"))
    return path


def write_odt(path: Path, paragraphs: list[str]) -> Path:
    """A minimal but valid OpenDocument text file, built by hand."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # first, stored
        z.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
            'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
            'vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path='
            '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
            zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
            'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
            'opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>'
            f"{body}</office:text></office:body></office:document-content>"),
            zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture
def encrypted_pdf(make_pdf, tmp_path):
    """Factory: encrypted_pdf(user_password="secret") or encrypted_pdf(owner_only=True)."""
    from pypdf import PdfReader, PdfWriter

    def make(name: str = "locked.pdf", user_password: str = "secret",
             owner_only: bool = False) -> Path:
        source = make_pdf("plain-" + name, pages=2)
        writer = PdfWriter(clone_from=PdfReader(source))
        writer.encrypt(user_password="" if owner_only else user_password,
                       owner_password="owner-secret", algorithm="RC4-128")
        out = tmp_path / name
        with open(out, "wb") as handle:
            writer.write(handle)
        return out

    return make


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory) -> Path:
    """The built-in sample posting and documents, generated once per run."""
    from packetizer.core.demo import write_sample

    folder = tmp_path_factory.mktemp("sample")
    write_sample(folder)
    return folder


@pytest.fixture
def sample_copy(sample_dir, tmp_path) -> Path:
    """A private copy of the sample files a test may change."""
    folder = tmp_path / "sample"
    shutil.copytree(sample_dir, folder)
    return folder


@pytest.fixture
def sample_packet(sample_copy):
    """(packet, folder): the sample packet with the CV, statement and article attached."""
    from packetizer.core.demo import APPLICANT_EMAIL, APPLICANT_NAME
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet

    packet = new_packet((sample_copy / "posting.txt").read_text(encoding="utf-8"),
                        Applicant(APPLICANT_NAME, APPLICANT_EMAIL))
    attach(packet, "cv", [sample_copy / "cv.pdf"], title="Curriculum vitae")
    attach(packet, "research_statement", [sample_copy / "research-statement.pdf"])
    attach(packet, "writing_sample", [sample_copy / "article.pdf"], title="Article")
    return packet, sample_copy


def need_tool(name: str) -> str:
    """Skip the calling test, saying why, when a system tool is not installed."""
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (`make sysdeps` installs it on Debian/Ubuntu)")
    return path
