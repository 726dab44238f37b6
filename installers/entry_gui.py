"""The frozen app's windowed entry point (`packetizer-gui`, no console window on Windows)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from packetizer.gui.app import main

    sys.exit(main())
