"""``--lang CODE`` and ``main.py --list-languages``: the languages of the texts and answers.

``--list-languages`` prints one language a line (``ar     العربية (Arabic)``) and, like
``--version``, answers without the full parser, so it never waits for llama.cpp. ``--lang``
is checked once, after parsing, for the app and every subcommand that has it: an unknown code
is one ``error:`` line naming the supported ones (exit 2).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.i18n import LANGUAGES, SOURCE_LANGUAGE, language_codes, validate_language

LIST_OPTION = "--list-languages"


def add_list_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--list-languages`` (top level)."""
    parser.add_argument(LIST_OPTION, dest="list_languages", action="store_true",
                        help="print the supported languages (code and name, one a line) and exit")


def add_lang_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup, help_text: str,
                      suppress_default: bool = False) -> None:
    """Add ``--lang CODE``. In a subcommand ``suppress_default`` keeps a ``--lang`` given
    before the subcommand's name from being reset by the subcommand's default."""
    parser.add_argument("--lang", metavar="CODE", help=f"{help_text}; codes: "
                        f"{', '.join(language_codes())} (see --list-languages)",
                        default=argparse.SUPPRESS if suppress_default else None)


def is_list_request(argv: Sequence[str]) -> bool:
    """True for the command line ``--list-languages`` alone."""
    return list(argv) == [LIST_OPTION]


def print_languages() -> int:
    """Print ``code  native name (English name)`` for each language; returns 0."""
    width = max(len(language.code) for language in LANGUAGES)
    for language in LANGUAGES:
        print(f"{language.code:<{width}}  {language.display_name()}")
    return 0


def check_lang(args: argparse.Namespace) -> None:
    """Replace ``args.lang`` by its table code; ``SkinGPTError`` (one line) if unknown."""
    code = getattr(args, "lang", None)
    if code is not None:
        try:
            args.lang = validate_language(code)
        except SkinGPTError as exc:
            raise SkinGPTError(f"--lang: {exc}") from None


def lang_or_english(args: argparse.Namespace) -> str:
    """The checked ``--lang`` of a headless command, English when none was given (scripts get
    the same output whatever the machine's locale)."""
    return getattr(args, "lang", None) or SOURCE_LANGUAGE
