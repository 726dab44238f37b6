"""The commands beyond one packet: the demo, the app and its desktop entry, comments, bundles and
batch review for career offices."""

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


def cmd_apps(args) -> int:
    """A season's applications, soonest deadline first; a calendar and a spreadsheet of them."""
    from dataclasses import asdict

    from packetizer.cli.terminal import print_json
    from packetizer.core.appdata.atomicfile import atomic_write
    from packetizer.core.season import csv_text, due_soon, ics, season

    rows = season(args.workspace)
    for path, text in ((args.ics, ics(rows) if args.ics else ""),
                       (args.csv, csv_text(rows) if args.csv else "")):
        if path:
            with atomic_write(path, "wb") as handle:
                handle.write(text.encode("utf-8"))
    if args.json:
        print_json({"applications": [asdict(row) for row in rows]})
        return EXIT_OK
    if not rows:
        print(f"No applications (.packet files) in {Path(args.workspace).resolve()}.")
        return EXIT_OK
    for row in rows:
        when = "no deadline" if row.deadline is None else f"{row.deadline} ({_days(row)})"
        state = row.outcome or f"{row.ready} of {row.required} ready"
        if row.errors and not row.outcome:
            state += f", {row.errors} error{'s' if row.errors != 1 else ''}"
        due = " ← due soon, not submitted" if due_soon(row) else ""
        name = " — ".join(x for x in (row.title or Path(row.packet).stem, row.organization) if x)
        print(f"{when:26} {state:28} {name} [{row.packet}]{due}")
    for path, what in ((args.ics, "calendar"), (args.csv, "spreadsheet")):
        if path:
            print(f"\nThe {what} is in {path}.")
    return EXIT_OK


def _days(row) -> str:
    if row.days_left < 0:
        return "overdue"
    return "today" if row.days_left == 0 else f"{row.days_left} days"


def cmd_mark(args) -> int:
    import datetime as dt

    from packetizer.core.season import mark

    packet = load(args.packet)
    mark(packet, args.outcome, args.on or dt.date.today())
    save(packet, args.packet)
    print(f"{Path(args.packet).name}: {args.outcome} on {packet.tracking.outcome_on}.")
    return EXIT_OK


def cmd_referees(args) -> int:
    """Record a referee's request or confirmation in a packet and list its referees; or, for a
    folder, list the season's referees across its applications."""
    import datetime as dt
    from dataclasses import asdict

    from packetizer.cli.terminal import print_json
    from packetizer.core.errors import InputError
    from packetizer.core.season import referees as refs

    if Path(args.target).is_dir():
        if args.ask or args.confirmed or args.remove:
            raise InputError("records a referee in one application, not a folder.",
                             path=args.target, fix="Give the application's .packet file.")
        people = refs.season_referees(args.target)
        if args.json:
            print_json({"referees": [asdict(person) for person in people]})
        elif not people:
            print(f"No referees recorded in the applications in {Path(args.target).resolve()}.")
        for person in people if not args.json else []:
            where = f", {person.institution}" if person.institution else ""
            email = f" <{person.email}>" if person.email else ""
            print(f"{person.name}{email}{where}: asked for {person.asked}, confirmed "
                  f"{person.confirmed}")
        return EXIT_OK
    packet = load(args.target)
    day = args.on or dt.date.today()
    changed = bool(args.ask or args.confirmed or args.remove)
    try:
        if args.ask:
            refs.ask(packet, args.ask, day, args.email, args.institution)
        if args.confirmed:
            refs.confirm(packet, args.confirmed, day)
        if args.remove:
            refs.remove(packet, args.remove)
    except InputError as exc:
        raise InputError(exc.message, path=args.target, fix=exc.fix) from None
    if changed:
        save(packet, args.target)
    if args.json:
        print_json({"referees": [asdict(r) for r in packet.tracking.referees]})
        return EXIT_OK
    if not packet.tracking.referees:
        print(f"No referees recorded for {Path(args.target).name}; add one with --ask NAME.")
    for r in packet.tracking.referees:
        state = f"confirmed {r.confirmed_on}" if r.confirmed_on else \
            (f"asked {r.asked_on}, not confirmed" if r.asked_on else "not asked yet")
        print(f"{r.name}{f' <{r.email}>' if r.email else ''}: {state}")
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
