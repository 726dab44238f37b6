"""The frozen app's entry point: the command line, which opens the app without a command.

multiprocessing.freeze_support() must run first: the app's worker process and `batch`'s
processes start this same executable."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from packetizer.cli import main

    sys.exit(main())
