"""Reading a posting: its text (from a file, paste or stdin) → a Posting with its checklist.

source (text from .txt/.md/.html/.pdf) → blocks (lines, lists, headings, sentences) →
vocabulary (which material a phrase names) → items (one requirement per material, with limits
from limits) → facts (deadline, job id, title, link, size limit); reader puts them together.
"""

from packetizer.core.posting.facts import materials_passage
from packetizer.core.posting.reader import MAX_POSTING_CHARS, decode_posting_bytes, read_posting
from packetizer.core.posting.source import posting_text_from_bytes, read_posting_file

__all__ = ["MAX_POSTING_CHARS", "decode_posting_bytes", "materials_passage",
           "posting_text_from_bytes", "read_posting", "read_posting_file"]
