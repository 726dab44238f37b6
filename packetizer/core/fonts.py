"""The Unicode fonts we ship (DejaVu Sans, regular and bold), registered with reportlab once."""

from __future__ import annotations

UNICODE_FONTS = ("DejaVuSans", "DejaVuSans-Bold")
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def unicode_fonts() -> tuple[str, str]:
    """(regular, bold) reportlab font names that draw any Latin, Greek or Cyrillic text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from packetizer.core.paths import resource

    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in zip(UNICODE_FONTS, _FILES, strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    return UNICODE_FONTS
