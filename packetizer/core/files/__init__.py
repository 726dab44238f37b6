"""A user's file → facts: what it really is (inspect), a PDF made from it when it is Word, text
or an image (convert), what is on its pages (pagefacts), and page geometry (pages)."""

from packetizer.core.files.inspect import TYPE_NAMES, FileFacts, ReaderCache, inspect_file

__all__ = ["TYPE_NAMES", "FileFacts", "ReaderCache", "inspect_file"]
