"""Render resources/icons/packetizer.svg to the PNG sizes desktops want (and a Windows .ico).

    python installers/make_icons.py        (`make icons`; the results are committed)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "org.packetizer.Packetizer"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ROOT / "resources" / "icons" / "packetizer.svg"
    renderer = QSvgRenderer(str(svg))
    out = ROOT / "resources" / "icons" / "hicolor"
    images = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        images.append((size, target))
    from PIL import Image

    icons = [Image.open(path) for size, path in images if size <= 256]
    icons[-1].save(ROOT / "resources" / "icons" / "packetizer.ico",
                   sizes=[(i.width, i.height) for i in icons])
    print(f"icons written to {out} and packetizer.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
