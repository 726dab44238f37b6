"""What every command shares: exit codes, the progress line, JSON output, and reading the packet,
posting and settings a command line names."""

from __future__ import annotations

import json
import sys
from pathlib import Path

# exit codes (documented in README: a scripting interface; never change their meaning)
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def progress_line(enabled: bool):
    """A progress callback drawing one updating line on stderr (only on a terminal), or None."""
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


def quiet_progress(done: int, total: int, message: str) -> None:
    """For `--json` runs and pipes: nothing on stderr."""


def print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def warn(error) -> None:
    """One line on stderr for a problem that did not stop the command."""
    print(f"packetizer: {error}", file=sys.stderr)


def read_posting_arg(arg: str) -> str:
    """The posting's text from a file, or from standard input for "-"."""
    from packetizer.core.errors import InputError
    from packetizer.core.posting import posting_text_from_bytes, read_posting_file

    if arg == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("no posting on standard input.")
        return posting_text_from_bytes(sys.stdin.buffer.read(), "standard input")
    return read_posting_file(arg)


def load(path: str):
    from packetizer.core.packet import load_packet

    return load_packet(path)


def save(packet, path: str) -> None:
    from packetizer.core.packet import save_packet

    save_packet(packet, path)


def apply_profile(packet, name: str | None) -> None:
    if name:
        from packetizer.core.appdata.profiles import load_profile

        load_profile(name)  # a clear error for an unknown name
        packet.export_options.profile = name


def conversion_paper() -> str:
    """The paper text and image files are converted on: the user's setting (as in the app)."""
    from packetizer.core.appdata.settings import load_settings

    return load_settings().paper_size


def file_name(path: str) -> str:
    return Path(path).name
