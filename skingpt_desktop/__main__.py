"""``python -m skingpt_desktop``: the same as ``main.py`` (used to start the pack probe's
child process from a source checkout; core/packs/probe.py)."""

import sys

from skingpt_desktop.entry import main

sys.exit(main())
