"""``main.py --version [--verbose [--json]]``: which build this is, for the user and for support.

``--version`` prints one line (``SkinGPT Desktop 0.1.0``) without loading llama.cpp, so it stays
instant; ``--verbose`` adds Python, the platform, the llama.cpp build and every compute device it
found (:mod:`skingpt_desktop.core.build_info`), ``--json`` the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from skingpt_desktop.core import build_info

VERSION_OPTIONS = frozenset({"--version", "--verbose", "--json"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--version``, ``--verbose`` and ``--json`` (top level only; ``ask --json`` differs)."""
    group = parser.add_argument_group("version and build report")
    group.add_argument("--version", action="store_true", help="print the version and exit")
    group.add_argument("--verbose", action="store_true",
                       help="with --version: also Python, the platform, the llama.cpp build and "
                       "the compute devices it found (what support asks for)")
    # Its own dest: the ask and vault subcommands have a --json of their own.
    group.add_argument("--json", dest="version_json", action="store_true",
                       help="with --version --verbose: print the report as one JSON object")


def is_version_request(argv: Sequence[str]) -> bool:
    """True for a command line of version options only, answered by :func:`quick_parser`."""
    return "--version" in argv and set(argv) <= VERSION_OPTIONS


def quick_parser() -> argparse.ArgumentParser:
    """A parser of the version options alone: the full one imports every subcommand and, through
    them, llama.cpp, which plain ``--version`` must not wait for."""
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    add_arguments(parser)
    return parser


def check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Reject ``--verbose`` or ``--json`` without what they modify (exits 2 with the usage)."""
    if args.verbose and not args.version:
        parser.error("--verbose goes with --version: main.py --version --verbose")
    if args.version_json and not (args.version and args.verbose):
        parser.error("--json at this place goes with --version --verbose "
                     "(a subcommand's own --json comes after its name)")


def run(args: argparse.Namespace) -> int:
    """Print the version line, or the whole report with ``--verbose``; returns 0."""
    if not args.verbose:
        print(build_info.version_line())
        return 0
    info = build_info.gather()  # loads llama.cpp
    if args.version_json:
        print(json.dumps(build_info.as_dict(info), indent=2))
    else:
        print("\n".join(build_info.report_lines(info)))
    return 0
