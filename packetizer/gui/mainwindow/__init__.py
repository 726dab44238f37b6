"""The main window (window) and the parts it is wired from: the open packet (open_packet), the
panels, the action table (actions), the fix table (fixes), and what the user does to files,
documents, checklist items and exports."""

from packetizer.gui.mainwindow.window import MainWindow

__all__ = ["MainWindow"]
