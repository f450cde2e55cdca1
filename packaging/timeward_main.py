"""The bundle's program: the tray with no command, the command line with one (``timeward.__main__``)."""
from __future__ import annotations

import sys

from timeward.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
