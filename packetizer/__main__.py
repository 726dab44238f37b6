"""`python -m packetizer` runs the command line (and, without a command, the app)."""

import sys

from packetizer.cli import main

sys.exit(main())
