"""The packet on disk and every edit of it: the `.packet` file (store), documents and checklist
edits that the CLI and the app share, autosave for crash recovery, and `.packetz` bundles."""

from packetizer.core.packet.checklist import (
    add_comment,
    add_requirement,
    remove_comment,
    remove_requirement,
    reread_posting,
    set_applicant,
    set_export_options,
    update_requirement,
)
from packetizer.core.packet.documents import (
    AttachResult,
    add_documents,
    arrange_pages,
    attach,
    detach,
    find_document,
    find_requirement,
    make_document,
    move_document,
    new_packet,
    read_files,
    rename_document,
    replace_file,
    rotate_document,
    select_pages,
)
from packetizer.core.packet.store import load_packet, packet_from_dict, packet_to_dict, save_packet

__all__ = [
    "AttachResult", "add_comment", "add_documents", "add_requirement", "arrange_pages", "attach",
    "detach",
    "find_document", "find_requirement", "load_packet", "make_document", "move_document",
    "new_packet", "packet_from_dict", "packet_to_dict", "read_files", "remove_comment",
    "remove_requirement", "rename_document", "replace_file", "reread_posting", "rotate_document",
    "save_packet", "select_pages", "set_applicant", "set_export_options", "update_requirement",
]
