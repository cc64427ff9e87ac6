"""Write docs/cli.md, the command line's help, from the parser itself.

    python packaging/cli_docs.py          # rewrite docs/cli.md
    python packaging/cli_docs.py --check  # change nothing; exit 1 when docs/cli.md is stale

Every form of ``main.py`` (the app's options and each subcommand, with their actions) is
printed as ``--help`` prints it, at a fixed width, so the page changes only when the parser
does. Run it with the Python of the environment that has the app's dependencies
(``.venv/bin/python``): building the parser imports the subcommands.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"
WIDTH = 100  # argparse wraps help text to $COLUMNS
HEADER = """# Command line

Generated from the parser by `packaging/cli_docs.py` (Python {python}); do not edit by hand.
`python main.py` without a subcommand opens the desktop app; each subcommand runs headless and
reports an error as one `error:` line on stderr with exit code 2 (1 for a defect).
"""


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser's subcommands (or actions) by name, in the order ``--help`` lists them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices.items())
    return {}


def _sections(parser: argparse.ArgumentParser, path: list[str]) -> list[str]:
    """``--help`` of ``parser`` and, depth first, of each of its subcommands."""
    title = " ".join(["main.py", *path])
    sections = [f"## `{title}`\n\n```text\n{parser.format_help().rstrip()}\n```\n"]
    for name, sub in _subparsers(parser).items():
        sections += _sections(sub, [*path, name])
    return sections


def render() -> str:
    """The whole page for the current parser."""
    os.environ["COLUMNS"] = str(WIDTH)
    sys.path.insert(0, str(ROOT))
    from skingpt_desktop.cli import build_parser

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return "\n".join([HEADER.format(python=python), *_sections(build_parser(), [])])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when docs/cli.md differs from the parser")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
        if current != text:
            print(f"{DOC.relative_to(ROOT)} is stale: run python packaging/cli_docs.py",
                  file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
