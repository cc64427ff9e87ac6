#!/usr/bin/env python3
"""SkinGPT Desktop entry point.

``python main.py`` opens the desktop app; ``python main.py SUBCOMMAND ...`` runs headless
(``ask``, ``vault``); ``python main.py --help`` lists everything.
"""

import sys

from skingpt_desktop.entry import main

if __name__ == "__main__":
    sys.exit(main())
