"""Reports of a posting and a check, for people and scripts: text and JSON-ready data (text),
one self-contained HTML file (html); the one table of status marks."""

from packetizer.core.reports.html import format_check_html
from packetizer.core.reports.text import (
    MARKS,
    check_to_dict,
    format_check,
    format_posting,
    posting_to_dict,
)

__all__ = ["MARKS", "check_to_dict", "format_check", "format_check_html", "format_posting",
           "posting_to_dict"]
