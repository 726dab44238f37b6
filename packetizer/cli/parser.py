"""The command line's arguments: one subcommand per thing a user does."""

from __future__ import annotations

import argparse
import re

from packetizer import __version__
from packetizer.cli.terminal import EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line naming the problem, then the usage hint
        self.exit(EXIT_USAGE, f"packetizer: {message} (see `{self.prog} --help`)\n")


_SIZE_UNITS = {"": 1_000_000, "b": 1, "kb": 1_000, "k": 1_000, "kib": 1_024, "mb": 1_000_000,
               "m": 1_000_000, "mib": 1_048_576, "gb": 1_000_000_000, "gib": 1_073_741_824}


def parse_size(text: str) -> int:
    """"2MB", "2 MB", "1.5MiB", "500kB" as bytes; a bare number is MB (10^6 bytes), as postings
    mean it."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", text.lower())
    if not match or match.group(2) not in _SIZE_UNITS or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it as 2MB, 1.5MiB or "
                                         "500kB")
    return int(float(match.group(1)) * _SIZE_UNITS[match.group(2)])


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") \
            from None


def _document_command(sub, name: str, help_text: str) -> argparse.ArgumentParser:
    """A command about one document of a packet: PACKET DOCUMENT …"""
    p = sub.add_parser(name, help=help_text)
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("document", metavar="DOCUMENT", help="document id or file name")
    return p


WORKSPACE_HELP = ("the folder that holds the packets (default: this one when it holds packets, "
                  "else the app's)")


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
    p.add_argument("--copy", action="store_true",
                   help="attach a copy of each file, made beside the packet, to edit for this "
                        "application alone (e.g. another application's cover letter)")

    p = sub.add_parser("detach", help="remove a document from the packet")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("document", metavar="DOCUMENT", help="document id or file name")

    p = _document_command(sub, "move", "move a document to another item or position")
    p.add_argument("requirement", metavar="REQUIREMENT", help="requirement id or kind")
    p.add_argument("--position", type=int, metavar="N",
                   help="its place among the item's documents, 1 = first (default: last)")

    p = _document_command(sub, "replace", "attach another file in a document's place")
    p.add_argument("file", metavar="FILE")

    p = _document_command(sub, "pages", "choose which pages of a document go into the packet")
    p.add_argument("selection", metavar="PAGES", nargs="?", default="",
                   help="e.g. 1-3,5 (leave out for every page)")

    p = _document_command(sub, "rotate", "turn a document's pages clockwise in the export")
    p.add_argument("--degrees", type=int, default=90, choices=[90, 180, 270, -90],
                   help="clockwise (default 90; -90 turns it back)")
    p.add_argument("--pages", metavar="PAGES",
                   help="turn only these pages of the file, e.g. 2 or 3-4 (default: all)")

    p = _document_command(sub, "ocr", "make a scanned document searchable (adds a text layer "
                                      "with OCR; your file is not changed)")
    p.add_argument("--language", default="eng", metavar="LANG",
                   help="Tesseract's language codes, e.g. eng, deu, eng+fra (default: eng)")

    p = _document_command(sub, "rename", "set a document's bookmark title")
    p.add_argument("title", metavar="TITLE")

    p = sub.add_parser("applicant", help="set the applicant's name and e-mail in a packet")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--email", metavar="EMAIL")

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
    p.add_argument("--max-size", type=parse_size, metavar="SIZE",
                   help="the largest each file may be (2MB, 1.5MiB, 500kB); default: the "
                        "posting's or the portal's limit. Larger exports get their images "
                        "resampled to fit")
    p.add_argument("--header", metavar="TEMPLATE",
                   help="a line at the top of every page, with the footer's fields, e.g. "
                        "'{applicant} — {title}' (default: the packet's; '' for none)")
    p.add_argument("--no-shrink", action="store_true",
                   help="never resample images; refuse an export over its size limit")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("apps", help="the applications of a season: deadlines and where each "
                                    "stands")
    p.add_argument("workspace", metavar="WORKSPACE", nargs="?", default=None,
                   help=WORKSPACE_HELP)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ics", metavar="FILE", help="also write the deadlines as a calendar file")
    p.add_argument("--csv", metavar="FILE", help="also write the list as a spreadsheet (CSV)")

    p = sub.add_parser(
        "library", usage="packetizer library [WORKSPACE] [--json]\n"
                         "       packetizer library update [WORKSPACE] NEW_FILE --replaces "
                         "OLD_FILE [--in PACKET ...] [--json]",
        help="the documents of a season's applications, each once with its versions; "
             "`library update` gives the applications a new version of one")
    p.add_argument("words", metavar="[update] [WORKSPACE] [NEW_FILE]", nargs="*",
                   help=WORKSPACE_HELP)
    p.add_argument("--replaces", metavar="OLD_FILE",
                   help="with update: a file of the document to update (any of its versions)")
    p.add_argument("--in", dest="only", metavar="PACKET", nargs="+", action="extend",
                   help="with update: only these applications (default: all that use it)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("mark", help="record what happened to an application")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("outcome", choices=["submitted", "interview", "offer", "rejected",
                                       "withdrawn"])
    p.add_argument("--on", metavar="YYYY-MM-DD", type=_iso_date,
                   help="the day it happened (default: today)")

    p = sub.add_parser("referees", help="who was asked for a letter, and who confirmed sending "
                                        "it (one application, or a whole season)")
    p.add_argument("target", metavar="PACKET|WORKSPACE",
                   help="a packet, or a folder of applications for the season's referees")
    p.add_argument("--ask", metavar="NAME", help="record that NAME was asked for a letter")
    p.add_argument("--email", default="", help="with --ask: the referee's e-mail")
    p.add_argument("--institution", default="", help="with --ask: where they work")
    p.add_argument("--confirmed", metavar="NAME", help="record that NAME sent the letter")
    p.add_argument("--remove", metavar="NAME", help="forget NAME for this application")
    p.add_argument("--on", metavar="YYYY-MM-DD", type=_iso_date,
                   help="the day it happened (default: today)")
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
    parser.commands = sub.choices  # each command's own parser, for its own usage errors
    return parser
