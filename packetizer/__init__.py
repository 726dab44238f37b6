"""Packetizer: from a job posting to a checked, bookmarked application packet."""

__version__ = "0.1.0"
