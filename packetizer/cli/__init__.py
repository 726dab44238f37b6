"""The `packetizer` command: every core feature from a terminal, and the app's launcher.

Exit codes: 0 success / packet complete; 1 `check` found errors or `export` refused an
incomplete packet; 2 bad usage or bad input (one line on stderr); 130 interrupted.
The commands live in packet_commands (one packet) and other_commands; HANDLERS is the table.
"""

from __future__ import annotations

import logging
import sys

from packetizer.cli import other_commands as other
from packetizer.cli import packet_commands as packet
from packetizer.cli import season_commands as season
from packetizer.cli.parser import build_parser
from packetizer.cli.terminal import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

log = logging.getLogger("packetizer.cli")

# the command table: name -> handler (the parser's subcommands, in the order of --help)
HANDLERS = {
    "demo": other.cmd_demo, "posting": packet.cmd_posting, "new": packet.cmd_new,
    "attach": packet.cmd_attach, "detach": packet.cmd_detach, "move": packet.cmd_move,
    "replace": packet.cmd_replace, "pages": packet.cmd_pages, "rotate": packet.cmd_rotate,
    "ocr": other.cmd_ocr, "rename": packet.cmd_rename, "applicant": packet.cmd_applicant,
    "show": packet.cmd_show,
    "check": packet.cmd_check, "export": packet.cmd_export, "comment": other.cmd_comment,
    "apps": season.cmd_apps, "library": season.cmd_library, "mark": season.cmd_mark,
    "referees": season.cmd_referees,
    "bundle": other.cmd_bundle, "unbundle": other.cmd_unbundle, "batch": other.cmd_batch,
    "gui": other.cmd_gui,
}
COMMANDS = tuple(HANDLERS)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `packetizer [PACKET]` opens the app: route a first non-option argument that is not a
    # command to `gui`
    positional = [a for a in argv if not a.startswith("-")]
    wants_help = any(a in ("-h", "--help", "--version", "--install-desktop-entry",
                           "--uninstall-desktop-entry") for a in argv)
    routed = (not positional or positional[0] not in COMMANDS) and not wants_help
    if routed:
        argv.insert(len([a for a in argv if a == "--debug"]), "gui")
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # the hint names the command they were given to: `packetizer demo --help`
        usage = parser if routed else parser.commands[args.command]
        usage.error(f"unrecognized arguments: {' '.join(extra)}")

    from packetizer.core.appdata.logconfig import log_file, setup_logging
    from packetizer.core.errors import PacketizerError

    setup_logging(args.debug)
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return other.cmd_desktop_entry(args)
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
