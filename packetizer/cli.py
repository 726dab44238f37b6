"""The `packetizer` command: every core feature from a terminal, and the app's launcher.

Exit codes: 0 success / packet complete; 1 `check` found errors or `export` refused an
incomplete packet; 2 bad usage or bad input (one line on stderr); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from packetizer import __version__

log = logging.getLogger("packetizer.cli")

COMMANDS = ("demo", "posting", "new", "attach", "detach", "show", "check", "export", "comment",
            "bundle", "unbundle", "batch", "gui")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line naming the problem, then the usage hint
        self.exit(EXIT_USAGE, f"packetizer: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="packetizer",
        description="Turn a job posting into a checklist, check your application files against "
                    "it, and export one bookmarked PDF. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Packetizer {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="log to stderr and show tracebacks")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="Linux: add Packetizer to the applications menu and open .packet "
                             "files with it (for pip/pipx installs)")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("demo", help="run the sample packet end to end")
    p.add_argument("--output", default="packetizer-demo", metavar="DIR",
                   help="folder for the sample files (default: ./packetizer-demo)")
    p.add_argument("--no-gui", action="store_true", help="do not open the app afterwards")

    p = sub.add_parser("posting", help="read a posting and print its requirements")
    p.add_argument("file", metavar="FILE", help="posting file (.txt, .md, .html, .pdf) or -")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("new", help="create a packet from a posting")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("--posting", required=True, metavar="FILE", help="posting file or -")
    p.add_argument("--applicant", metavar="NAME")
    p.add_argument("--email", metavar="EMAIL")

    p = sub.add_parser("attach", help="attach files to a requirement")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("requirement", metavar="REQUIREMENT", help="requirement id or kind")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--title", help="bookmark title (one file only)")
    p.add_argument("--pages", default="", help="pages to include, e.g. 1-3,5")

    p = sub.add_parser("detach", help="remove a document from the packet")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("document", metavar="DOCUMENT", help="document id or file name")

    p = sub.add_parser("show", help="show the packet's checklist and documents")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check", help="check the packet against the posting")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("--json", action="store_true")
    p.add_argument("--html", metavar="FILE",
                   help="also write the report as a self-contained HTML file to print or send")
    p.add_argument("--profile", metavar="NAME",
                   help="portal profile: generic, interfolio, uc-recruit, harvard-aries, "
                        "oxford-recruitment, or one of yours (default: the packet's)")

    p = sub.add_parser("export", help="export the packet as one PDF or separate files")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="merged PDF to write")
    p.add_argument("--separate", metavar="DIR", help="write one PDF per requirement into DIR")
    p.add_argument("--force", action="store_true", help="export even if the check finds errors")
    p.add_argument("--profile", metavar="NAME",
                   help="portal profile whose limits apply (file size, name length)")
    p.add_argument("--paper", choices=["letter", "a4", "keep"],
                   help="scale every page to Letter or A4 (default: the packet's setting, "
                        "which keeps each page's size)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("comment", help="add a reviewer's comment to a packet")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--on", metavar="ITEM|DOCUMENT", default="",
                   help="the requirement or document it is about (default: the whole packet)")
    p.add_argument("--by", metavar="NAME", default="", help="who writes it")

    p = sub.add_parser("bundle", help="zip a packet and its documents into one .packetz file")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("-o", "--output", metavar="NAME.packetz",
                   help="bundle to write (default: beside the packet)")

    p = sub.add_parser("unbundle", help="unpack a .packetz bundle into a new folder")
    p.add_argument("bundle", metavar="NAME.packetz")
    p.add_argument("folder", metavar="DIR")

    p = sub.add_parser("batch", help="check (and export) every packet and bundle in folders")
    p.add_argument("folders", metavar="FOLDER", nargs="+")
    p.add_argument("--report", metavar="FILE", help="summary as .html, .csv or .json")
    p.add_argument("--export", metavar="DIR", help="export each ready packet into DIR")
    p.add_argument("--jobs", type=int, metavar="N", help="processes (default: CPU cores)")
    p.add_argument("--profile", metavar="NAME", help="portal profile for every packet")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")

    p = sub.add_parser("gui", help="open the app")
    p.add_argument("packet", metavar="PACKET", nargs="?")
    return parser


# --- helpers -----------------------------------------------------------------------------------


def _progress_line(enabled: bool):
    """A progress callback drawing one updating line on stderr (only on a terminal)."""
    if not enabled or not sys.stderr.isatty():
        return None

    def progress(done: int, total: int, message: str) -> None:
        width = 24
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {message[:50]:<50}")
        if done >= total:
            sys.stderr.write("\r" + " " * (width + 53) + "\r")
        sys.stderr.flush()

    return progress


def _print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _read_posting_arg(arg: str) -> str:
    from packetizer.core.posting import posting_text_from_bytes, read_posting_file

    if arg == "-":
        if sys.stdin is None or sys.stdin.closed:
            from packetizer.core.errors import InputError

            raise InputError("no posting on standard input.")
        return posting_text_from_bytes(sys.stdin.buffer.read(), "standard input")
    return read_posting_file(arg)


def _load(path: str):
    from packetizer.core.packet.store import load_packet

    return load_packet(path)


def _apply_profile(packet, name: str | None) -> None:
    if name:
        from packetizer.core.appdata.profiles import load_profile

        load_profile(name)  # a clear error for an unknown name
        packet.export_options.profile = name


# --- commands ----------------------------------------------------------------------------------


def cmd_posting(args) -> int:
    from packetizer.core.posting import read_posting
    from packetizer.core.reports.text import format_posting, posting_to_dict

    posting = read_posting(_read_posting_arg(args.file))
    if args.json:
        _print_json(posting_to_dict(posting))
    else:
        print(format_posting(posting))
    return EXIT_OK


def cmd_new(args) -> int:
    from packetizer.core.appdata.settings import load_settings
    from packetizer.core.errors import InputError
    from packetizer.core.model import Applicant
    from packetizer.core.packet.editing import new_packet
    from packetizer.core.packet.store import save_packet

    target = Path(args.packet)
    if target.suffix != ".packet":
        target = target.with_name(target.name + ".packet")
    if target.exists():
        raise InputError("already exists; choose another name or remove it first.", path=target)
    settings = load_settings()
    applicant = Applicant(args.applicant or settings.applicant_name,
                          args.email or settings.applicant_email)
    packet = new_packet(_read_posting_arg(args.posting), applicant)
    save_packet(packet, target)
    print(f"Created {target} with {len(packet.posting.requirements)} requirements:")
    for req in packet.posting.requirements:
        print(f"  {req.id:24} {req.label}")
    print(f"Next: packetizer attach {target} REQUIREMENT FILE")
    return EXIT_OK


def cmd_attach(args) -> int:
    from packetizer.core.files.inspect import TYPE_NAMES, inspect_file
    from packetizer.core.packet.editing import attach
    from packetizer.core.packet.store import save_packet

    packet = _load(args.packet)
    docs = attach(packet, args.requirement, args.files, title=args.title or "", pages=args.pages)
    save_packet(packet, args.packet)
    for doc in docs:
        # a PDF needs no second look; anything else was converted (cached) or lacks LibreOffice
        facts = inspect_file(doc.path) if Path(doc.path).suffix.lower() != ".pdf" else None
        made = f", made into a PDF from {TYPE_NAMES[facts.converted_from]}" \
            if facts and facts.converted_from else ""
        print(f"Attached {Path(doc.path).name} ({doc.page_count} page"
              f"{'s' if doc.page_count != 1 else ''}{made}) to "
              f"{packet.posting.requirement(doc.requirement_id).label} as {doc.id}")
        if facts and facts.converter_missing:
            print(f"packetizer: warning: {facts.path}: {facts.problem} {facts.fix}",
                  file=sys.stderr)
    return EXIT_OK


def cmd_detach(args) -> int:
    from packetizer.core.packet.editing import detach
    from packetizer.core.packet.store import save_packet

    packet = _load(args.packet)
    doc = detach(packet, args.document)
    save_packet(packet, args.packet)
    print(f"Removed {Path(doc.path).name} ({doc.id}) from the packet.")
    return EXIT_OK


def cmd_show(args) -> int:
    from packetizer.core.packet.store import packet_to_dict
    from packetizer.core.reports.text import format_posting

    packet = _load(args.packet)
    if args.json:
        _print_json(packet_to_dict(packet))
        return EXIT_OK
    print(format_posting(packet.posting))
    applicant = packet.applicant
    print(f"\nApplicant: {applicant.name or '(not set)'}"
          + (f" <{applicant.email}>" if applicant.email else ""))
    print("Documents:" if packet.documents else "Documents: none attached yet")
    for doc in packet.documents:
        pages = f", pages {doc.pages}" if doc.pages else ""
        print(f"  {doc.id}  [{doc.requirement_id}] {doc.title} — {doc.path}"
              f" ({doc.page_count} pages{pages})")
    return EXIT_OK


def cmd_check(args) -> int:
    from packetizer.core.check.packet import check_packet
    from packetizer.core.reports.text import check_to_dict, format_check

    packet = _load(args.packet)
    _apply_profile(packet, args.profile)
    report = check_packet(packet, _progress_line(not args.json) or (lambda *a: None))
    if args.html:
        from packetizer.core.appdata.atomicfile import atomic_write
        from packetizer.core.reports.html import format_check_html

        with atomic_write(args.html, "w") as handle:
            handle.write(format_check_html(packet, report))
    if args.json:
        _print_json(check_to_dict(packet, report))
    else:
        print(format_check(packet, report))
        if args.html:
            print(f"\nHTML report written to {args.html}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_export(args) -> int:
    from packetizer.core.errors import IncompletePacket, InputError
    from packetizer.core.export import export_packet, export_separate
    from packetizer.core.reports.text import format_check

    if not args.output and not args.separate:
        raise InputError("say where to export: -o OUT.pdf or --separate DIR.")
    packet = _load(args.packet)
    if args.output and Path(args.output).resolve() == Path(args.packet).resolve():
        raise InputError("is the packet file itself; choose another name for the PDF.",
                         path=args.output)
    _apply_profile(packet, args.profile)
    if args.paper:
        packet.export_options.paper = "" if args.paper == "keep" else args.paper
    progress = _progress_line(not args.json) or (lambda *a: None)
    try:
        results = []
        if args.output:
            results.append(export_packet(packet, args.output, force=args.force,
                                         progress=progress))
        if args.separate:
            results += export_separate(packet, args.separate, force=args.force,
                                       progress=progress)
    except IncompletePacket as exc:
        if args.json:
            from packetizer.core.reports.text import check_to_dict

            _print_json({"exported": False, "error": str(exc),
                         **check_to_dict(packet, exc.report)})
        else:
            print(format_check(packet, exc.report), file=sys.stderr)
            print(f"packetizer: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        _print_json({"exported": True, "files": [
            {"path": r.path, "pages": r.page_count, "size": r.size,
             "skipped_documents": r.skipped, "removed_active_content": r.removed,
             "portal_limits_exceeded": r.profile_notes}
            for r in results]})
    else:
        for r in results:
            note = f" ({len(r.skipped)} unusable documents left out)" if r.skipped else ""
            pages = f"{r.page_count} page{'s' if r.page_count != 1 else ''}"
            print(f"Wrote {r.path}: {pages}, {r.size / 1024:.0f} KB{note}")
            if r.removed:
                print(f"  Removed active content: {'; '.join(r.removed)}")
        notes = sorted({note for r in results for note in r.profile_notes})
        for note in notes:
            print(f"  Note: {note}", file=sys.stderr)
    return EXIT_OK


def open_app(packet: str | None) -> int:
    from packetizer.core.errors import InputError
    from packetizer.gui.preflight import why_no_window

    reason = why_no_window()
    if reason:
        raise InputError(reason, fix="The command line works without it: `packetizer --help`.")
    from packetizer.gui.app import run_app

    return run_app(packet)


def cmd_demo(args) -> int:
    from packetizer.core.demo import run_demo

    result = run_demo(args.output, _progress_line(True))
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


def cmd_comment(args) -> int:
    from packetizer.core.packet.editing import add_comment
    from packetizer.core.packet.store import save_packet

    packet = _load(args.packet)
    comment = add_comment(packet, args.text, author=args.by, about=args.on)
    save_packet(packet, args.packet)
    where = comment.document_id or comment.requirement_id or "the packet"
    print(f"Comment {comment.id} added on {where}")
    return EXIT_OK


def cmd_bundle(args) -> int:
    from packetizer.core.packet.bundle import BUNDLE_SUFFIX, write_bundle

    output = Path(args.output) if args.output else Path(args.packet).with_suffix(BUNDLE_SUFFIX)
    path = write_bundle(args.packet, output, _progress_line(True) or (lambda *a: None))
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
    progress = _progress_line(True) or (lambda *a: None)
    with tempfile.TemporaryDirectory(prefix="packetizer-batch-") as work:
        rows = run_batch(sources, work, args.export, args.profile or "", args.jobs, progress)
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


HANDLERS = {"demo": cmd_demo, "posting": cmd_posting, "new": cmd_new, "attach": cmd_attach,
            "detach": cmd_detach, "show": cmd_show, "check": cmd_check, "export": cmd_export,
            "comment": cmd_comment, "bundle": cmd_bundle, "unbundle": cmd_unbundle,
            "batch": cmd_batch, "gui": cmd_gui}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `packetizer [PACKET]` opens the app: route a first non-option argument that is not a
    # command to `gui`
    positional = [a for a in argv if not a.startswith("-")]
    wants_help = any(a in ("-h", "--help", "--version", "--install-desktop-entry",
                           "--uninstall-desktop-entry") for a in argv)
    if (not positional or positional[0] not in COMMANDS) and not wants_help:
        argv.insert(len([a for a in argv if a == "--debug"]), "gui")
    parser = build_parser()
    args = parser.parse_args(argv)

    from packetizer.core.appdata.logconfig import log_file, setup_logging
    from packetizer.core.errors import PacketizerError

    setup_logging(args.debug)
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return cmd_desktop_entry(args)
        return HANDLERS[args.command](args)
    except KeyboardInterrupt:
        print("\npacketizer: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except PacketizerError as exc:
        if args.debug:
            raise
        log.info("error: %s", exc)
        print(f"packetizer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        if args.debug:
            raise
        log.exception("unexpected error")
        print(f"packetizer: unexpected error ({type(exc).__name__}: {exc}); details are in "
              f"{log_file()} — please report it.", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
