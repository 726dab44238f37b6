"""Checks: a packet and its files' facts → a report of findings (code, severity, evidence, fix).

packet runs them: file_rules (a file and its pages), content_rules over content (does a
document say what was asked), and the packet-wide rules; findings holds what they report.
"""

from packetizer.core.check.findings import ERROR, INFO, WARNING, CheckReport, Finding
from packetizer.core.check.packet import check_packet

__all__ = ["ERROR", "INFO", "WARNING", "CheckReport", "Finding", "check_packet"]
