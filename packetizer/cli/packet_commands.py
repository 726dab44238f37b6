"""The commands that read a posting, and make, change, check and export one packet."""

from __future__ import annotations

import sys
from pathlib import Path

from packetizer.cli.terminal import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    apply_profile,
    conversion_paper,
    file_name,
    load,
    print_json,
    progress_line,
    quiet_progress,
    read_posting_arg,
    save,
    warn,
)


def cmd_posting(args) -> int:
    from packetizer.core.posting import read_posting
    from packetizer.core.reports.text import format_posting, posting_to_dict

    posting = read_posting(read_posting_arg(args.file))
    if args.json:
        print_json(posting_to_dict(posting))
    else:
        print(format_posting(posting))
    return EXIT_OK


def cmd_new(args) -> int:
    from packetizer.core.appdata.settings import load_settings
    from packetizer.core.errors import InputError
    from packetizer.core.model import Applicant
    from packetizer.core.packet import new_packet

    target = Path(args.packet)
    if target.suffix != ".packet":
        target = target.with_name(target.name + ".packet")
    if target.exists():
        raise InputError("already exists; choose another name or remove it first.", path=target)
    settings = load_settings()
    applicant = Applicant(args.applicant or settings.applicant_name,
                          args.email or settings.applicant_email)
    packet = new_packet(read_posting_arg(args.posting), applicant, settings.footer_template)
    save(packet, str(target))
    print(f"Created {target} with {len(packet.posting.requirements)} requirements:")
    for req in packet.posting.requirements:
        print(f"  {req.id:24} {req.label}")
    print(f"Next: packetizer attach {target} REQUIREMENT FILE")
    return EXIT_OK


def cmd_attach(args) -> int:
    """The good files go in, the bad ones are named on stderr (exit 2 when any was bad)."""
    from packetizer.core.files.inspect import TYPE_NAMES
    from packetizer.core.packet import attach

    packet = load(args.packet)
    files = args.files
    if args.copy:  # copies beside the packet, to be edited for this application alone
        from packetizer.core.packet import find_requirement
        from packetizer.core.season.library import copy_beside

        find_requirement(packet, args.requirement)  # a wrong item: no copies made

        folder = Path(args.packet).resolve().parent
        files = [copy_beside(file, folder) for file in files]
        for source, copy in zip(args.files, files, strict=True):
            print(f"Copied {Path(source).name} to {copy}")
    result = attach(packet, args.requirement, files, title=args.title or "",
                    pages=args.pages, paper=conversion_paper())
    if result.documents:
        save(packet, args.packet)
    for doc in result.documents:
        facts = result.facts[doc.id]
        made = f", made into a PDF from {TYPE_NAMES[facts.converted_from]}" \
            if facts.converted_from else ""
        print(f"Attached {Path(doc.path).name} ({doc.page_count} page"
              f"{'s' if doc.page_count != 1 else ''}{made}) to "
              f"{packet.posting.requirement(doc.requirement_id).label} as {doc.id}")
        if facts.converter_missing:
            warn(f"warning: {facts.path}: {facts.problem} {facts.fix}")
    for problem in result.problems:
        warn(problem)
    if result.problems and result.documents:
        warn(f"attached {len(result.documents)} of {len(args.files)} files; the others were "
             "left out.")
    return EXIT_USAGE if result.problems else EXIT_OK


def cmd_detach(args) -> int:
    from packetizer.core.packet import detach

    packet = load(args.packet)
    doc = detach(packet, args.document)
    save(packet, args.packet)
    print(f"Removed {Path(doc.path).name} ({doc.id}) from the packet.")
    return EXIT_OK


def cmd_show(args) -> int:
    from packetizer.core.packet import packet_to_dict
    from packetizer.core.reports.text import format_posting

    packet = load(args.packet)
    if args.json:
        data = packet_to_dict(packet)
        for doc, shown in zip(packet.documents, data["documents"], strict=True):
            # "title" is the bookmark title as exported; an automatic one follows the item
            shown["title"] = packet.document_title(doc)
            shown["title_is_automatic"] = not doc.title
        print_json(data)
        return EXIT_OK
    print(format_posting(packet.posting))
    applicant = packet.applicant
    print(f"\nApplicant: {applicant.name or '(not set)'}"
          + (f" <{applicant.email}>" if applicant.email else ""))
    print("Documents:" if packet.documents else "Documents: none attached yet")
    for doc in packet.documents:
        pages = f", pages {doc.pages}" if doc.pages else ""
        print(f"  {doc.id}  [{doc.requirement_id}] {packet.document_title(doc)} — {doc.path}"
              f" ({doc.page_count} pages{pages})")
    return EXIT_OK


def cmd_check(args) -> int:
    from packetizer.core.check import check_packet
    from packetizer.core.reports.text import check_to_dict, format_check

    packet = load(args.packet)
    apply_profile(packet, args.profile)
    report = check_packet(packet, progress_line(not args.json) or quiet_progress,
                          paper=conversion_paper())
    if args.html:
        from packetizer.core.appdata.atomicfile import atomic_write
        from packetizer.core.reports.html import format_check_html

        with atomic_write(args.html, "w") as handle:
            handle.write(format_check_html(packet, report))
    if args.json:
        print_json(check_to_dict(packet, report))
    else:
        print(format_check(packet, report))
        if args.html:
            print(f"\nHTML report written to {args.html}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_export(args) -> int:
    from packetizer.core.errors import IncompletePacket, InputError
    from packetizer.core.export import export_packet, export_separate

    if not args.output and not args.separate:
        raise InputError("say where to export: -o OUT.pdf or --separate DIR.")
    packet = load(args.packet)
    if args.output and Path(args.output).resolve() == Path(args.packet).resolve():
        raise InputError("is the packet file itself; choose another name for the PDF.",
                         path=args.output)
    apply_profile(packet, args.profile)
    if args.paper:
        packet.export_options.paper = "" if args.paper == "keep" else args.paper
    if args.header is not None:
        packet.export_options.header_template = args.header
    progress = progress_line(not args.json) or quiet_progress
    paper = conversion_paper()
    try:
        results = []
        if args.output:
            results.append(export_packet(packet, args.output, force=args.force,
                                         progress=progress, paper=paper,
                                         max_size=args.max_size, shrink=not args.no_shrink))
        if args.separate:
            results += export_separate(packet, args.separate, force=args.force,
                                       progress=progress, paper=paper, max_size=args.max_size,
                                       shrink=not args.no_shrink)
    except IncompletePacket as exc:
        if args.json:
            from packetizer.core.reports.text import check_to_dict

            print_json({"exported": False, "error": str(exc),
                         **check_to_dict(packet, exc.report)})
        else:
            from packetizer.core.reports.text import format_check

            print(format_check(packet, exc.report), file=sys.stderr)
            print(f"packetizer: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    _record_export(args.packet)
    if args.json:
        print_json({"exported": True, "files": [
            {"path": r.path, "pages": r.page_count, "size": r.size,
             "skipped_documents": r.skipped, "removed_active_content": r.removed,
             "portal_limits_exceeded": r.profile_notes,
             "shrunk": {"before": r.shrunk.before, "after": r.shrunk.after,
                        "images_resampled": r.shrunk.images, "dpi": r.shrunk.dpi,
                        "note": r.shrunk.note} if r.shrunk else None}
            for r in results]})
    else:
        for r in results:
            note = f" ({len(r.skipped)} unusable documents left out)" if r.skipped else ""
            pages = f"{r.page_count} page{'s' if r.page_count != 1 else ''}"
            print(f"Wrote {r.path}: {pages}, {r.size / 1024:.0f} KB{note}")
            if r.removed:
                print(f"  Removed active content: {'; '.join(r.removed)}")
            if r.shrunk:
                print(f"  Shrunk to fit its size limit: {r.shrunk.note}")
        notes = sorted({note for r in results for note in r.profile_notes})
        for note in notes:
            print(f"  Note: {note}", file=sys.stderr)
    return EXIT_OK


def _record_export(packet_path: str) -> None:
    """The day of the last export, in the packet file (for `packetizer apps`): a fresh copy is
    loaded so that this run's --profile or --paper are not saved with it."""
    import datetime as dt
    import logging

    from packetizer.core.errors import PacketizerError

    try:
        packet = load(packet_path)
        packet.record_export(dt.date.today().isoformat())
        save(packet, packet_path)
    except (PacketizerError, OSError) as exc:  # a read-only packet: the export still stands
        logging.getLogger(__name__).info("could not record the export: %s", exc)


# --- edits of one document (the app's document actions) ----------------------------------


def cmd_move(args) -> int:
    from packetizer.core.packet import find_document, move_document

    packet = load(args.packet)
    position = args.position - 1 if args.position and args.position > 0 else -1
    doc = find_document(packet, args.document)
    if move_document(packet, doc.id, args.requirement, position):
        save(packet, args.packet)
    req = packet.posting.requirement(doc.requirement_id)
    place = [d.id for d in packet.documents_for(req.id)].index(doc.id) + 1
    print(f"{file_name(doc.path)} is document {place} of {req.label}.")
    return EXIT_OK


def cmd_replace(args) -> int:
    from packetizer.core.packet import find_document, make_document, replace_file

    packet = load(args.packet)
    doc = find_document(packet, args.document)
    old = file_name(doc.path)
    new = make_document(args.file, doc.requirement_id, title=doc.title,
                        paper=conversion_paper())
    replace_file(packet, doc.id, new)
    save(packet, args.packet)
    print(f"Replaced {old} with {file_name(new.path)} ({new.page_count} page"
          f"{'s' if new.page_count != 1 else ''}) as {doc.id}; all its pages are included.")
    return EXIT_OK


def _edit_document(args, change, *values):
    """Load the packet, apply a core edit to the document the command names, save when it
    changed anything; returns the document and what the edit returned."""
    from packetizer.core.packet import find_document

    packet = load(args.packet)
    doc = find_document(packet, args.document)
    before = (doc.pages, doc.rotation, dict(doc.page_rotations), doc.title)
    result = change(packet, doc.id, *values)
    if (doc.pages, doc.rotation, doc.page_rotations, doc.title) != before:
        save(packet, args.packet)
    return doc, result


def cmd_pages(args) -> int:
    from packetizer.core.packet import select_pages

    doc, _ = _edit_document(args, select_pages, args.selection)
    chosen = f"pages {doc.pages}" if doc.pages else "every page"
    print(f"{file_name(doc.path)}: {chosen} of {doc.page_count} go into the packet.")
    return EXIT_OK


def cmd_rotate(args) -> int:
    from packetizer.core.model import parse_page_selection
    from packetizer.core.packet import find_document, rotate_document

    pages = None
    if args.pages:
        doc = find_document(load(args.packet), args.document)
        pages = [i + 1 for i in parse_page_selection(args.pages, doc.page_count)]
    doc, rotation = _edit_document(args, rotate_document, args.degrees, pages)
    what = f"page{'s' if len(pages) > 1 else ''} {args.pages} of " if pages else ""
    print(f"{what}{file_name(doc.path)} {'are' if pages and len(pages) > 1 else 'is'} turned "
          f"{rotation}° clockwise in the export.")
    return EXIT_OK


def cmd_rename(args) -> int:
    from packetizer.core.packet import rename_document

    doc, _ = _edit_document(args, rename_document, args.title)
    print(f"{file_name(doc.path)}'s bookmark is “{doc.title}”.")  # the one just given
    return EXIT_OK


def cmd_applicant(args) -> int:
    from packetizer.core.packet import set_applicant

    packet = load(args.packet)
    name = packet.applicant.name if args.name is None else args.name
    email = packet.applicant.email if args.email is None else args.email
    if set_applicant(packet, name, email):
        save(packet, args.packet)
    applicant = packet.applicant
    print(f"Applicant: {applicant.name or '(not set)'}"
          + (f" <{applicant.email}>" if applicant.email else ""))
    return EXIT_OK
