"""Fonts for what Packetizer draws itself (cover, footer, converted text).

DejaVu Sans (shipped in resources/) covers Latin, Greek and Cyrillic. Chinese, Japanese and
Korean need a font we cannot ship at a sensible size, so one is looked for on the system: Droid
Sans Fallback, WenQuanYi or Arial Unicode on Linux and macOS, Microsoft YaHei, SimSun or
Malgun Gothic on Windows (TrueType outlines only: reportlab cannot embed CFF fonts).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

UNICODE_FONTS = ("DejaVuSans", "DejaVuSans-Bold")
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK = "PZFallback"
_WINDOWS = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
FALLBACK_CANDIDATES = [
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    _WINDOWS / "msyh.ttc", _WINDOWS / "simsun.ttc", _WINDOWS / "malgun.ttf",
    _WINDOWS / "msgothic.ttc",
]


def unicode_fonts() -> tuple[str, str]:
    """(regular, bold) reportlab font names that draw any Latin, Greek or Cyrillic text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from packetizer.core.appdata.paths import resource

    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in zip(UNICODE_FONTS, _FILES, strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    return UNICODE_FONTS


def covers(font_name: str, texts) -> bool:
    """Whether the registered TrueType font has a glyph for every character of `texts`."""
    from reportlab.pdfbase import pdfmetrics

    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    return all(ord(ch) in cmap or ch.isspace() for text in texts for ch in text)


def fallback_font() -> str | None:
    """A system font for Chinese, Japanese and Korean, registered as PZFallback; None if none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if FALLBACK in pdfmetrics.getRegisteredFontNames():
        return FALLBACK
    configured = os.environ.get("PACKETIZER_FALLBACK_FONT")
    candidates = [Path(configured)] if configured else FALLBACK_CANDIDATES
    for path in candidates:
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FALLBACK, str(path), subfontIndex=0))
            return FALLBACK
        except (TTFError, OSError, ValueError) as exc:
            log.info("cannot use %s as a fallback font: %s", path, exc)
    return None


def fonts_for(texts) -> tuple[str, str]:
    """(regular, bold): DejaVu Sans. Characters it lacks are drawn in the system fallback font
    by `runs`/`draw`; with no fallback installed they show as empty boxes (logged)."""
    regular, bold = unicode_fonts()
    texts = list(texts)
    if not covers(regular, texts):
        fallback = fallback_font()
        if not fallback or not all(covers(fallback, [ch]) for text in texts for ch in text
                                   if not covers(regular, [ch])):
            log.warning("no installed font draws every character of %r", texts[:3])
    return regular, bold


def runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """`text` cut into (font, part) runs: `font_name` where it has the glyphs, the system
    fallback font (Chinese, Japanese, Korean) where it does not and the fallback does."""
    from reportlab.pdfbase import pdfmetrics

    primary = pdfmetrics.getFont(font_name)
    cmap = getattr(getattr(primary, "face", None), "charToGlyph", None)
    if cmap is None:  # a standard font: the caller made sure the text fits it
        return [(font_name, text)] if text else []
    fallback = None
    result: list[tuple[str, str]] = []
    for ch in text:
        name = font_name
        if ord(ch) not in cmap and not ch.isspace():
            fallback = fallback or fallback_font()
            if fallback and ord(ch) in pdfmetrics.getFont(fallback).face.charToGlyph:
                name = fallback
        if result and result[-1][0] == name:
            result[-1] = (name, result[-1][1] + ch)
        else:
            result.append((name, ch))
    return result


def text_width(text: str, font_name: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(part, name, size) for name, part in runs(text, font_name))


def draw(canvas, x: float, y: float, text: str, anchor: str = "left") -> None:
    """canvas.drawString with the canvas's current font, switching to the fallback font for
    characters it lacks. `anchor` "right" ends the text at x."""
    font, size = canvas._fontname, canvas._fontsize  # reportlab keeps no public getter
    if anchor == "right":
        x -= text_width(text, font, size)
    for name, part in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += canvas.stringWidth(part, name, size)
    canvas.setFont(font, size)
