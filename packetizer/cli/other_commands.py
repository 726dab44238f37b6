"""The commands beyond one packet: the demo, the app and its desktop entry, OCR, comments,
bundles and batch review for career offices (a season's commands are in season_commands)."""

from __future__ import annotations

from pathlib import Path

from packetizer.cli.terminal import (
    EXIT_OK,
    EXIT_PROBLEMS,
    conversion_paper,
    load,
    progress_line,
    quiet_progress,
    save,
)


def open_app(packet: str | None) -> int:
    from packetizer.core.errors import InputError
    from packetizer.gui.preflight import why_no_window

    reason = why_no_window()
    if reason:
        raise InputError(reason, fix="The command line works without it: `packetizer --help`.")
    from packetizer.gui.app import run_app

    return run_app(packet)


def cmd_ocr(args) -> int:
    """Make a scanned document searchable: a copy with a text layer, used by check and export."""
    import sys

    from packetizer.core.files.inspect import inspect_file, open_pdf
    from packetizer.core.files.ocr import make_file_searchable
    from packetizer.core.files.pagefacts import analyse
    from packetizer.core.packet import find_document

    packet = load(args.packet)
    doc = find_document(packet, args.document)
    name = Path(doc.path).name
    if inspect_file(doc.path, paper=conversion_paper()).searchable:
        print(f"{name} is already searchable: check and export use the copy in the cache.")
        return EXIT_OK
    if sys.stderr.isatty():
        print(f"Recognising the text of {name}…", file=sys.stderr)
    copy = make_file_searchable(doc.path, paper=conversion_paper(), language=args.language)
    pages = analyse(open_pdf(copy)).pages
    print(f"Made {name} searchable: {sum(page.words for page in pages)} words can now be found "
          f"on its {len(pages)} page{'s' if len(pages) != 1 else ''}. Check and export use the "
          f"searchable copy ({copy}); {name} itself is unchanged.")
    return EXIT_OK


def cmd_demo(args) -> int:
    from packetizer.core.demo import run_demo

    result = run_demo(args.output, progress_line(True))
    print(result.report_text)
    print(f"\nSample packet written to {result.folder}/:")
    for path in (result.folder / "posting.txt", result.packet_path, result.report_path,
                 result.export_path):
        print(f"  {path}")
    if args.no_gui:
        return EXIT_OK
    from packetizer.gui.preflight import why_no_window

    reason = why_no_window()
    if reason:  # the demo has done its work; say why the app did not open
        print(f"\nNote: {reason}")
        return EXIT_OK
    return open_app(str(result.packet_path))


def cmd_desktop_entry(args) -> int:
    from packetizer.desktop import data_home, install_desktop_entry, uninstall_desktop_entry

    if args.install_desktop_entry:
        written = install_desktop_entry()
        print(f"Installed the desktop entry, icons and file types into {data_home()} "
              f"({len(written)} files). Packetizer is now in the applications menu.")
    else:
        removed = uninstall_desktop_entry()
        print(f"Removed {len(removed)} files from {data_home()}.")
    return EXIT_OK


def cmd_gui(args) -> int:
    return open_app(args.packet)


def cmd_comment(args) -> int:
    from packetizer.core.packet import add_comment

    packet = load(args.packet)
    comment = add_comment(packet, args.text, author=args.by, about=args.on)
    save(packet, args.packet)
    where = comment.document_id or comment.requirement_id or "the packet"
    print(f"Comment {comment.id} added on {where}")
    return EXIT_OK


def cmd_bundle(args) -> int:
    from packetizer.core.packet.bundle import BUNDLE_SUFFIX, write_bundle

    output = Path(args.output) if args.output else Path(args.packet).with_suffix(BUNDLE_SUFFIX)
    path = write_bundle(args.packet, output, progress_line(True) or quiet_progress)
    print(f"Wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return EXIT_OK


def cmd_unbundle(args) -> int:
    from packetizer.core.packet.bundle import open_bundle

    path = open_bundle(args.bundle, args.folder)
    print(f"Unpacked to {path.parent}/; the packet is {path}")
    return EXIT_OK


def cmd_batch(args) -> int:
    import tempfile

    from packetizer.core.batch import find_packets, report_json, run_batch, write_report
    from packetizer.core.errors import InputError
    from packetizer.core.reports.text import MARKS

    for folder in args.folders:
        if not Path(folder).exists():
            raise InputError("no such folder.", path=folder)
    if args.profile:
        from packetizer.core.appdata.profiles import load_profile

        load_profile(args.profile)
    if args.report and Path(args.report).suffix.lower() not in (".html", ".htm", ".csv",
                                                                  ".json"):
        raise InputError("the report must end in .html, .csv or .json.", path=args.report)
    sources = find_packets(args.folders)
    if not sources:
        raise InputError("no packets (.packet) or bundles (.packetz) found in "
                         f"{', '.join(args.folders)}.")
    progress = progress_line(True) or quiet_progress
    with tempfile.TemporaryDirectory(prefix="packetizer-batch-") as work:
        rows = run_batch(sources, work, args.export, args.profile or "", args.jobs, progress,
                         paper=conversion_paper())
    if args.report:
        write_report(rows, args.report)
    if args.json:
        print(report_json(rows))
    else:
        for row in rows:
            if row.failure:
                print(f"✗ {Path(row.source).name}: {row.failure}")
                continue
            marks = " ".join(MARKS.get(s, "?") for s in row.statuses.values())
            print(f"{'✓' if row.ready else '✗'} {row.student or Path(row.source).name} — "
                  f"{row.posting}: {marks} · {row.summary}"
                  + (f" → {row.exported}" if row.exported else ""))
        ready = sum(r.ready for r in rows)
        print(f"\n{ready} of {len(rows)} packets ready"
              + (f"; report written to {args.report}" if args.report else ""))
    return EXIT_OK if all(r.ready for r in rows) else EXIT_PROBLEMS
