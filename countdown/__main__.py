"""`python -m countdown` runs the command line (no arguments starts the desktop app)."""

import sys

from countdown.cli.main import main

sys.exit(main())
