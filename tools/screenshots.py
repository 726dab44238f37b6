"""`make screenshots`: the app's main states, offscreen, in light and dark palettes.

    python tools/screenshots.py [DIR]     (default docs/screenshots)

A developer tool: not part of the shipped package.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="packetizer-shots-"))
    for name in ("CONFIG", "DATA", "CACHE"):
        os.environ[f"PACKETIZER_{name}_DIR"] = str(work / name.lower())

    from PySide6.QtWidgets import QApplication

    from packetizer.core.demo import run_demo
    from packetizer.core.packet.store import load_packet, save_packet
    from packetizer.core.season.library import update_document
    from packetizer.gui.app import create_app
    from packetizer.gui.dialogs import ExportDialog, SettingsDialog
    from packetizer.gui.mainwindow import MainWindow
    from packetizer.gui.pages_dialog import PageSelectDialog
    from packetizer.gui.tasks import wait_for_tasks
    from packetizer.gui.theme import apply_theme, languages

    demo = run_demo(work / "sample")
    app = create_app()
    app.setStyle("Fusion")
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"welcome-{theme}.png"))
        window.open_packet(demo.packet_path)
        wait_for_tasks()
        app.processEvents()
        app.processEvents()
        window.tree.setCurrentIndex(window.checklist.index(1, 0))
        window.grab().save(str(out / f"main-{theme}.png"))
        article = window.checklist.index(0, 0, window.checklist.index(2, 0))
        window.tree.setCurrentIndex(article)
        window.side_tabs.setCurrentWidget(window.preview)
        for _ in range(20):  # QPdfView renders pages in the background
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(out / f"preview-{theme}.png"))
        for name, dialog in (
                ("export", ExportDialog(window, window.packet.export_options,
                                        window.exporting.default_export_path())),
                ("settings", SettingsDialog(window, window.settings, languages()))):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"{name}-dialog-{theme}.png"))
            dialog.close()
        pages = PageSelectDialog(str(demo.folder / "cv.pdf"), 8, "1-3,5", "CV", turns={"3": 90})
        pages.show()
        for _ in range(50):  # thumbnails render in the background
            app.processEvents()
            time.sleep(0.05)
        pages.pages.item(1).setSelected(True)
        pages.pages.setFocus()
        app.processEvents()
        pages.grab().save(str(out / f"pages-dialog-{theme}.png"))
        pages.close()
        pages.deleteLater()
        students = work / f"students-{theme}"
        students.mkdir()
        for name, docs in (("ana", None), ("bo", 1), ("carla", 2)):
            packet = load_packet(demo.packet_path)
            if docs is not None:
                packet.documents = packet.documents[:docs]
                packet.applicant.name = {"bo": "Bo Lindqvist", "carla": "Carla Díaz"}[name]
            save_packet(packet, students / f"{name}.packet")
        review = window.files.show_review(students)
        wait_for_tasks(60_000)
        for _ in range(10):
            app.processEvents()
        review.grab().save(str(out / f"review-{theme}.png"))
        review.close()
        apps = work / f"season-{theme}"
        today = dt.date.today()
        for name, days, outcome in (("northbridge", 4, ""), ("southbay", 26, "submitted"),
                                    ("westfield", -2, ""), ("eastlake", 61, "interview"),
                                    ("open-call", None, "")):
            packet = load_packet(demo.packet_path)
            packet.posting.organization = f"{name.replace('-', ' ').title()} University"
            packet.posting.deadline = (today + dt.timedelta(days)).isoformat() \
                if days is not None else None
            if outcome:
                packet.tracking.submitted_on = (today - dt.timedelta(3)).isoformat()
                packet.tracking.outcome = outcome
            if name == "westfield":
                packet.documents = packet.documents[:1]
            (apps / name).mkdir(parents=True)
            if name == "southbay":
                packet.record_export((today - dt.timedelta(4)).isoformat())
            save_packet(packet, apps / name / "application.packet")
        cv = Path(load_packet(demo.packet_path).documents[0].path)
        revised = apps / f"{cv.stem}-revised.pdf"
        revised.write_bytes(cv.read_bytes() + b"\n% revised\n")  # another version of it
        update_document(apps, revised, cv, [str(apps / n / "application.packet") for n in
                                            ("northbridge", "southbay", "open-call")])
        overview = window.season.show_season(apps)
        wait_for_tasks(60_000)
        for _ in range(10):
            app.processEvents()
        overview.grab().save(str(out / f"season-{theme}.png"))
        overview.tabs.setCurrentIndex(1)
        library = overview.library
        for row in range(library.proxy.rowCount()):
            if library.proxy.index(row, 2).data() == "2":
                library.table.selectRow(row)
        for _ in range(10):
            app.processEvents()
        overview.grab().save(str(out / f"library-{theme}.png"))
        overview.close()
        window.open_packet_state.undo_stack.clear()
        window.open_packet_state.forget_changes()
        window.close()
    QApplication.processEvents()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
