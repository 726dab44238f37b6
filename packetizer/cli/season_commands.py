"""A season's commands (issue 20): `apps`, `mark`, `referees` and `library`."""

from __future__ import annotations

from pathlib import Path

from packetizer.cli.terminal import EXIT_OK, load, print_json, progress_line, quiet_progress, save


def cmd_apps(args) -> int:
    """A season's applications, soonest deadline first; a calendar and a spreadsheet of them."""
    from dataclasses import asdict

    from packetizer.core.appdata.atomicfile import atomic_write
    from packetizer.core.season import (
        csv_text,
        due_soon,
        ics,
        linked_packets,
        season,
        workspace_for,
    )

    workspace = workspace_for(args.workspace)
    if args.workspace is None and not workspace.is_dir():  # no season yet: nothing to list
        rows = []
    else:
        rows = season(workspace, linked=linked_packets(workspace))
    for path, text in ((args.ics, ics(rows) if args.ics else ""),
                       (args.csv, csv_text(rows) if args.csv else "")):
        if path:
            with atomic_write(path, "wb") as handle:
                handle.write(text.encode("utf-8"))
    if args.json:
        print_json({"applications": [asdict(row) for row in rows]})
        return EXIT_OK
    if not rows:
        print(f"No applications (.packet files) in {workspace.resolve()}.")
        return EXIT_OK
    for row in rows:
        when = "no deadline" if row.deadline is None else f"{row.deadline} ({_days(row)})"
        state = row.outcome or f"{row.ready} of {row.required} ready"
        if row.errors and not row.outcome:
            state += f", {row.errors} error{'s' if row.errors != 1 else ''}"
        due = " ← due soon, not submitted" if due_soon(row) else ""
        if row.out_of_date:
            state += ", export out of date"
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


def cmd_library(args) -> int:
    """`library [WORKSPACE]` lists the documents; `library update [WORKSPACE] NEW --replaces
    OLD [--in PACKET…]` gives the applications using OLD's document the file NEW."""
    from dataclasses import asdict

    from packetizer.core.errors import InputError
    from packetizer.core.model import kind_name
    from packetizer.core.season import linked_packets, workspace_for
    from packetizer.core.season.library import library

    words = list(args.words)
    updating = bool(words) and words[0] == "update"
    if updating:
        words.pop(0)
        if not 1 <= len(words) <= 2 or not args.replaces:
            raise InputError("library update needs the new file and --replaces OLD_FILE: "
                             "`packetizer library update [WORKSPACE] NEW_FILE --replaces "
                             "OLD_FILE`.")
    elif len(words) > 1 or args.replaces or args.only:
        raise InputError("lists a workspace's documents: `packetizer library [WORKSPACE]`; to "
                         "give them a new version, `packetizer library update`.")
    workspace = workspace_for(words[0] if len(words) == (2 if updating else 1) else None)
    if updating:
        return _library_update(args, workspace, words[-1])
    defaulted = not words
    documents = [] if defaulted and not workspace.is_dir() else \
        library(workspace, linked_packets(workspace))
    if args.json:
        print_json({"documents": [asdict(doc) for doc in documents]})
        return EXIT_OK
    if not documents:
        print(f"No documents in the applications in {workspace.resolve()}.")
    for doc in documents:
        count = len(doc.applications)
        print(f"{doc.name} ({kind_name(doc.kind)}): {len(doc.versions)} version"
              f"{'s' if len(doc.versions) != 1 else ''}, in {count} application"
              f"{'s' if count != 1 else ''}")
        for version in doc.versions:
            used = len(version.applications)
            state = "" if version.present else " (file gone or changed)"
            print(f"  {version.date or '—':10}  {version.pages:3} page"
                  f"{'s' if version.pages != 1 else ' '}  {_short(version.sha256)}  "
                  f"{used:3} using it  {version.path}{state}")
    return EXIT_OK


def _short(sha256: str) -> str:
    return sha256[:12] if sha256 else "—" * 12


def _library_update(args, workspace: Path, new_file: str) -> int:
    from dataclasses import asdict

    from packetizer.core.model import kind_name
    from packetizer.core.season import linked_packets
    from packetizer.core.season.library import find_in_library, library, update_document

    linked = linked_packets(workspace)
    document = find_in_library(library(workspace, linked), args.replaces)
    results = update_document(workspace, new_file, document, args.only, linked=linked,
                              progress=progress_line(not args.json) or quiet_progress)
    if args.json:
        print_json({"document": {"id": document.id, "name": document.name},
                    "new_file": str(Path(new_file).resolve()),
                    "updated": [asdict(r) for r in results]})
        return EXIT_OK
    if not results:
        print(f"Nothing to update: every application using {document.name} already has "
              f"{Path(new_file).name}.")
        return EXIT_OK
    print(f"{Path(new_file).name} is now the {kind_name(document.kind)} in {len(results)} "
          f"application{'s' if len(results) != 1 else ''}:")
    for r in results:
        state = f"ready ({r.ready} of {r.required})" if not r.errors else \
            f"{r.errors} error{'s' if r.errors != 1 else ''}: " + \
            "; ".join(problem.rstrip(".") for problem in r.problems[:2])
        notes = [n for n, on in (("page selection cleared", r.pages_cleared),
                                 ("its last export is out of date", r.exported_before)) if on]
        print(f"  {r.packet}: {state}" + (f" ({'; '.join(notes)})" if notes else ""))
    return EXIT_OK
