"""Export: a packet → one merged, bookmarked PDF, or one PDF per item for upload portals.

plan (what goes where) → assemble (cover, documents, outline, labels, stamps, paper) → finish
(metadata, /ID, sanitising, a verified atomic write). cover, stamp, fonts, normalize, sanitize,
optimize and filenames are the parts they use.
"""

from packetizer.core.export.filenames import separate_file_names
from packetizer.core.export.merged import export_packet
from packetizer.core.export.plan import ExportResult, Section
from packetizer.core.export.separate import export_separate

__all__ = ["ExportResult", "Section", "export_packet", "export_separate", "separate_file_names"]
