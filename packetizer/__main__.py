"""`python -m packetizer` runs the command line (and, without a command, the app)."""

import sys

from packetizer.cli import main

if __name__ == "__main__":  # the app's worker process imports this module again: do nothing
    sys.exit(main())
