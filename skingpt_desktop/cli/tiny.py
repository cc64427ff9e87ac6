"""``main.py make-tiny-pack DIR``: write the tiny random-weight model pack.

The same pack as ``python -m converters.tiny_pack``, reachable from the installed app (which has
no ``python -m``), so that a frozen build can test itself end to end without real weights.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from skingpt_desktop.core.errors import SkinGPTError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``make-tiny-pack`` subcommand."""
    parser = subparsers.add_parser(
        "make-tiny-pack", help="write a tiny random-weight pack (for testing the installation)",
        description="Write a tiny model pack with random weights and the real architecture. It "
        "answers random text: use it to check that an installation works, never for advice.",
    )
    parser.add_argument("out_dir", type=Path, help="folder to create (must not exist or be empty)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the pack; a used folder or a write failure is a user error."""
    from converters.tiny_pack import write_tiny_pack  # numpy + gguf writer: load only when used

    try:
        path = write_tiny_pack(args.out_dir, seed=args.seed)
    except (FileExistsError, OSError) as exc:
        raise SkinGPTError(str(exc)) from exc
    print(f"tiny model pack written to {path}")
    return 0
