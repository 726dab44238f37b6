"""The built-in sample packet: our own posting and three realistic documents, made with reportlab.

Used by `packetizer demo`, the app's "Try the sample packet", the tests and the benchmarks. The
output is deterministic (fixed text, reportlab's invariant mode) so runs can be compared.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from packetizer.core.appdata.paths import resource
from packetizer.core.export.fonts import unicode_fonts

APPLICANT_NAME = "Ana Lucía Ferreira-Novák"
APPLICANT_EMAIL = "ana.ferreira@example.org"

_WORDS = (
    "model data climate representation learning satellite signal scale ensemble forecast "
    "uncertainty training dataset method result analysis evaluation robust efficient spatial "
    "temporal resolution benchmark baseline transfer physics constraint inference variable "
    "observation reanalysis precipitation temperature region season extreme event network "
    "architecture encoder decoder attention loss objective gradient optimisation sample bias"
).split()

JOURNALS = ["Journal of Machine Learning Research", "Geoscientific Model Development",
            "Nature Communications", "IEEE Transactions on Geoscience and Remote Sensing",
            "Environmental Data Science", "Quarterly Journal of the Royal Meteorological Society"]
CONFERENCES = ["NeurIPS", "ICML", "ICLR", "AAAI", "KDD", "EGU General Assembly",
               "AGU Fall Meeting", "Climate Informatics"]


@dataclass
class SampleFiles:
    posting: Path
    cv: Path
    statement: Path
    article: Path


def _fonts() -> tuple[str, str]:
    return unicode_fonts()


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=13,
                                   spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=13, leading=16, spaceBefore=10,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5,
                               spaceAfter=6),
        "entry": ParagraphStyle("entry", fontName=regular, fontSize=9.5, leading=12.5,
                                leftIndent=14, firstLineIndent=-14, spaceAfter=4),
    }


def _sentence(rng: random.Random, words: int = 14) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph_text(rng: random.Random, sentences: int = 5) -> str:
    return " ".join(_sentence(rng, rng.randint(10, 18)) for _ in range(sentences))


def _build(path: Path, title: str, pages: list[list], outline: bool = False) -> None:
    """Write `pages` (lists of flowables, one list per page) to `path`; headings with a
    `bookmark` attribute become the PDF's outline."""
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from packetizer.core.files.pages import PAPER_SIZES

    letter = PAPER_SIZES["letter"]

    class Template(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            key = getattr(flowable, "bookmark", None)
            if key and outline:
                level = getattr(flowable, "level", 0)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)

    regular, _ = _fonts()

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawCentredString(letter[0] / 2, 0.5 * inch, f"{title} — {doc.page}")
        canvas.restoreState()

    story = []
    for i, page in enumerate(pages):
        story.extend(page)
        if i < len(pages) - 1:
            story.append(PageBreak())
    doc = Template(str(path), pagesize=letter, title=title, author=APPLICANT_NAME,
                   leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch,
                   invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _heading(text: str, style, key: str, level: int = 0):
    from reportlab.platypus import Paragraph

    para = Paragraph(text, style)
    para.bookmark = key
    para.level = level
    return para


def make_cv(path: Path, pages: int = 8, with_publications: bool = True,
            style: str = "numbered", conferences: bool = True) -> Path:
    """A CV with education, publications (journal articles with DOIs) and conferences.

    `style` is how the publication list is written: "numbered" ([1] …), "bullets" (• …) or
    "apa" (Author, A. (2024). Title. Journal, 12(3), 1–20. https://doi.org/…), so the checks
    are tested on more than one layout."""
    from reportlab.platypus import Paragraph

    st = _styles()
    rng = random.Random(8)
    content: list[list] = [[
        Paragraph(APPLICANT_NAME, st["title"]),
        Paragraph(f"Curriculum Vitae · {APPLICANT_EMAIL} · Lisbon, Portugal", st["subtitle"]),
        Paragraph("Education", st["h1"]),
        Paragraph("2021 PhD in Computer Science, University of Lisbon. Thesis: Learning "
                  "representations of the atmosphere from satellite data.", st["entry"]),
        Paragraph("2016 MSc in Applied Mathematics, Charles University, Prague.", st["entry"]),
        Paragraph("Appointments", st["h1"]),
        Paragraph("2021– Postdoctoral researcher, Institute for Earth Observation.", st["entry"]),
        Paragraph("Research interests", st["h1"]),
        Paragraph(_paragraph_text(rng, 4), st["body"]),
    ]]
    year = 2026
    number = 1
    conference_page = 4 if conferences else pages
    for page in range(1, pages):
        flow: list = []
        if with_publications and page == 1:
            flow.append(Paragraph("Peer-reviewed journal publications", st["h1"]))
        elif with_publications and page == conference_page:
            flow.append(Paragraph("Peer-reviewed conference papers", st["h1"]))
        elif not with_publications:
            flow.append(Paragraph("Teaching and service", st["h1"]))
        for _ in range(7):
            title = _sentence(rng, 9).rstrip(".")
            if number == 2:  # the writing sample of the sample packet, as a CV lists it
                title, journal_name = ARTICLE_TITLE, "Environmental Data Science"
            else:
                journal_name = ""
            volume = f"{rng.randint(10, 60)}({rng.randint(1, 12)})"
            first, doi = rng.randint(1, 900), f"10.{rng.randint(1000, 9999)}/j.{number:06d}"
            if not with_publications:
                text = f"{year} — {title}."
            elif page < conference_page:
                journal = rng.choice(JOURNALS)
                journal = journal_name or journal
                text = {
                    "numbered": f"[{number}] A. L. Ferreira-Novák, J. Smith. {title}. "
                                f"<i>{journal}</i> {volume}:{first}–{first + 20}, {year}. "
                                f"doi:{doi}",
                    "bullets": f"• Ferreira-Novák A. L., Smith J. ({year}) {title}. "
                               f"<i>{journal}</i>, vol. {volume[:2]}, pp. {first}–{first + 20}.",
                    "apa": f"Ferreira-Novák, A. L., &amp; Smith, J. ({year}). {title}. "
                           f"<i>{journal}</i>, {volume}, {first}–{first + 20}. "
                           f"https://doi.org/{doi}",
                }[style]
            else:
                venue = rng.choice(CONFERENCES)
                text = {
                    "numbered": f"[{number}] A. L. Ferreira-Novák et al. {title}. In "
                                f"<i>Proceedings of {venue} {year}</i>, pp. {first}–"
                                f"{first + 9}.",
                    "bullets": f"• Ferreira-Novák A. L. et al. ({year}) {title}. {venue} "
                               f"{year}.",
                    "apa": f"Ferreira-Novák, A. L., et al. ({year}). {title}. In "
                           f"<i>Proceedings of {venue}</i> (pp. {first}–{first + 9}).",
                }[style]
            flow.append(Paragraph(text, st["entry"]))
            number += 1
            if number % 3 == 0:
                year -= 1
        flow.append(Paragraph(_paragraph_text(rng, 3), st["body"]))
        content.append(flow)
    _build(path, f"CV — {APPLICANT_NAME}", content)
    return path


def make_statement(path: Path, pages: int = 3, with_future: bool = True) -> Path:
    """A research statement covering past achievements and future plans."""
    from reportlab.platypus import Paragraph

    st = _styles()
    rng = random.Random(3)
    sections = ["Research achievements", "Current work", "Future research plans"]
    if not with_future:
        sections[-1] = "Selected results"
    content = []
    for page in range(pages):
        flow = []
        if page == 0:
            flow += [Paragraph("Research Statement", st["title"]),
                     Paragraph(APPLICANT_NAME, st["subtitle"])]
        heading = sections[min(page, len(sections) - 1)]
        flow.append(Paragraph(heading, st["h1"]))
        if heading.startswith("Future"):
            flow.append(Paragraph("In the next five years I plan to build foundation models "
                                  "for climate data and I will pursue three directions.",
                                  st["body"]))
        for _ in range(4):
            flow.append(Paragraph(_paragraph_text(rng, 5), st["body"]))
        content.append(flow)
    _build(path, f"Research statement — {APPLICANT_NAME}", content)
    return path


PHOTO_LINE = "Every word of this caption stays searchable when the photo is made smaller."


def make_photo_statement(path: Path, pages: int = 3, dpi: int = 300, quality: int = 90) -> Path:
    """A statement whose pages are full-page photographs at `dpi` (JPEG, about 2.7 MB a page at
    300 dpi) with a caption of real text over each: the heavy file a size limit is made for."""
    import io

    from PIL import Image, ImageChops
    from reportlab import rl_config
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = round(8.5 * dpi), round(11 * dpi)
    noise = Image.effect_noise((width, height), 12)  # grain, as a photograph has
    light = Image.linear_gradient("L").resize((width, height))
    a85, rl_config.useA85 = rl_config.useA85, 0  # keep the JPEG as it is, not ASCII85-wrapped
    try:
        pdf = canvas.Canvas(str(path), pagesize=letter)
        pdf.setTitle(f"Field photographs — {APPLICANT_NAME}")
        for page in range(pages):
            photo = Image.merge("RGB", [
                ImageChops.add(light, noise, scale=1.5),
                ImageChops.add(light.transpose(Image.Transpose.ROTATE_180), noise, scale=1.5),
                noise.transpose((Image.Transpose.FLIP_LEFT_RIGHT,
                                 Image.Transpose.FLIP_TOP_BOTTOM,
                                 Image.Transpose.ROTATE_180)[page % 3])])
            jpeg = io.BytesIO()
            photo.save(jpeg, "JPEG", quality=quality)
            pdf.drawImage(ImageReader(jpeg), 0, 0, width=letter[0], height=letter[1])
            pdf.setFont("Helvetica", 14)
            pdf.drawString(72, 700, f"Research statement, plate {page + 1}: field photography")
            pdf.drawString(72, 680, PHOTO_LINE)
            pdf.showPage()
        pdf.save()
    finally:
        rl_config.useA85 = a85
    return path


ARTICLE_TITLE = ("Self-supervised representations of reanalysis data improve "
                 "extreme-precipitation forecasts")


def make_article(path: Path, pages: int = 20) -> Path:
    """A journal article with its own outline (sections) and a DOI."""
    from reportlab.platypus import Paragraph

    st = _styles()
    rng = random.Random(20)
    names = ["Introduction", "Related work", "Data", "Method", "Experiments", "Results",
             "Discussion", "Conclusion", "References"]
    per = max(1, pages // len(names))
    content = []
    section = 0
    for page in range(pages):
        flow = []
        if page == 0:
            flow += [
                Paragraph(ARTICLE_TITLE, st["title"]),
                Paragraph(f"{APPLICANT_NAME} and J. Smith · <i>Environmental Data Science</i> "
                          "4(2):101–120, 2025 · doi:10.1017/eds.2025.0042", st["subtitle"]),
                _heading("Abstract", st["h2"], "abstract"),
                Paragraph(_paragraph_text(rng, 6), st["body"]),
            ]
        if page % per == 0 and section < len(names) and (page > 0 or section == 0):
            name = names[section]
            flow.append(_heading(f"{section + 1}. {name}", st["h1"], f"s{section}"))
            if name == "Method":
                flow.append(_heading(f"{section + 1}.1 Encoder", st["h2"], f"s{section}a", 1))
            section += 1
        for _ in range(4 if page else 2):
            flow.append(Paragraph(_paragraph_text(rng, 5), st["body"]))
        content.append(flow)
    _build(path, "Self-supervised representations of reanalysis data", content, outline=True)
    return path


def make_cover_letter(path: Path, name: str = APPLICANT_NAME) -> Path:
    """A one-page cover letter (also what a wrongly attached file looks like in the tests)."""
    from reportlab.platypus import Paragraph

    st = _styles()
    rng = random.Random(5)
    flow = [Paragraph(name, st["title"]),
            Paragraph(f"{APPLICANT_EMAIL} · 25 November 2026", st["subtitle"]),
            Paragraph("Dear members of the search committee,", st["body"]),
            Paragraph("I am writing to apply for the position of Postdoctoral Research "
                      "Scientist in your group. " + _paragraph_text(rng, 4), st["body"]),
            Paragraph(_paragraph_text(rng, 5), st["body"]),
            Paragraph("Thank you for considering my application.", st["body"]),
            Paragraph(f"Yours sincerely,<br/>{name}", st["body"])]
    _build(path, f"Cover letter — {name}", [flow])
    return path


def write_sample(folder: str | Path) -> SampleFiles:
    """Write the sample posting and documents into `folder` (created if needed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    posting = folder / "posting.txt"
    shutil.copyfile(resource("sample", "posting.txt"), posting)
    return SampleFiles(
        posting=posting,
        cv=make_cv(folder / "cv.pdf"),
        statement=make_statement(folder / "research-statement.pdf"),
        article=make_article(folder / "article.pdf"),
    )


@dataclass
class DemoResult:
    folder: Path
    packet_path: Path
    report_path: Path
    export_path: Path
    report_text: str
    ok: bool


def run_demo(folder: str | Path, progress=None, cancel=None) -> DemoResult:
    """The sample packet end to end: posting → checklist → attach → check → export. `cancel`
    stops it between steps."""
    from packetizer.core.check import check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet
    from packetizer.core.packet.store import save_packet
    from packetizer.core.progress import no_progress
    from packetizer.core.reports.text import format_check

    progress = progress or no_progress
    folder = Path(folder)
    progress(0, 4, "Writing the sample posting and documents")
    files = write_sample(folder)
    packet = new_packet(files.posting.read_text(encoding="utf-8"),
                        Applicant(APPLICANT_NAME, APPLICANT_EMAIL))
    attach(packet, "cv", [files.cv], title="Curriculum vitae")
    attach(packet, "research_statement", [files.statement], title="Research statement")
    attach(packet, "writing_sample", [files.article],
           title="Self-supervised representations of reanalysis data (article)")
    packet_path = folder / "demo.packet"
    save_packet(packet, packet_path)
    if cancel:
        cancel.raise_if_cancelled()
    progress(1, 4, "Checking the packet")
    report = check_packet(packet, cancel=cancel)
    text = format_check(packet, report)
    report_path = folder / "check-report.txt"
    from packetizer.core.appdata.atomicfile import atomic_write

    with atomic_write(report_path, "w") as handle:
        handle.write(text + "\n")
    progress(2, 4, "Exporting packet.pdf")
    export_path = folder / "packet.pdf"
    export_packet(packet, export_path, report=report, cancel=cancel)
    progress(4, 4, "Done")
    return DemoResult(folder, packet_path, report_path, export_path, text, report.ok)
