"""Command-line interface behind ``main.py``.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``func`` (a callable taking the parsed namespace and returning an exit code).
Errors meant for the user (``SkinGPTError``) become one line on stderr and a non-zero exit code,
never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from skingpt_desktop.cli import languages, version
from skingpt_desktop.core.bounded_input import quote
from skingpt_desktop.core.crash import redacted_report
from skingpt_desktop.core.errors import SkinGPTError

EXIT_INTERNAL_ERROR = 1
EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader left

# Subcommand modules, in the order `--help` lists them.
SUBCOMMAND_MODULES = ("ask", "report", "evaluate", "vault", "packs", "tiny")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser: GUI options at top level, headless work as subcommands."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="SkinGPT Desktop: an offline dermatology assistant. Without a subcommand it "
        "opens the desktop app. Research-grade output, never a diagnosis.",
    )
    version.add_arguments(parser)
    languages.add_list_argument(parser)
    _add_gui_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        module = __import__(f"skingpt_desktop.cli.{name}", fromlist=["register"])
        module.register(subparsers)
    return parser


def _add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    gui = parser.add_argument_group("desktop app (no subcommand)")
    gui.add_argument("--pack", help="model pack to load at start: a folder, or the name of an "
                     "installed pack (if it is neither, the last used pack is loaded)")
    gui.add_argument("--image", help="photo to import at start")
    gui.add_argument("--ask", metavar="QUESTION", help="demo mode: ask this about --image")
    gui.add_argument("--screenshot", metavar="OUT.png",
                     help="demo mode: save a PNG of the window when the answer is done, then exit")
    gui.add_argument("--data-dir", help="vault folder (default: the platform's user data folder)")
    languages.add_lang_argument(gui, "language of the app, its texts and the answers it asks for "
                                "(default: the saved setting, else the system's language)")


def use_utf8_when_redirected() -> None:
    """Write UTF-8 to pipes and files on Windows, where Python defaults to the ANSI code page
    (cp1252 in Western Europe): an answer or a patient's name outside it would otherwise end in
    UnicodeEncodeError. Consoles are left alone (Python writes Unicode to them already)."""
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="replace")


def describe_os_error(exc: OSError) -> str:
    """One line for a file the system refused: the reason, and the file's name cut short."""
    reason = exc.strerror or type(exc).__name__
    name = exc.filename if exc.filename is not None else ""
    return f"{reason}: {quote(os.fsdecode(name), 80)}" if name != "" else reason


def main(argv: Sequence[str] | None = None,
         run_app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Parse ``argv`` (default: ``sys.argv[1:]``) and run; returns the process exit code.

    Without a subcommand the desktop app opens through ``run_app`` (``skingpt_desktop.entry``
    passes it): this package never imports the window itself.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    use_utf8_when_redirected()
    # A version-only or language-list command line skips the full parser, which imports every
    # subcommand and, through them, llama.cpp.
    if languages.is_list_request(argv):
        return languages.print_languages()
    parser = version.quick_parser() if version.is_version_request(argv) else build_parser()
    args = parser.parse_args(argv)
    version.check_usage(parser, args)
    try:
        if args.version:
            return version.run(args)
        if getattr(args, "list_languages", False):
            return languages.print_languages()
        languages.check_lang(args)
        if args.command is None:
            if run_app is None:
                raise SkinGPTError("no command given (run main.py without one to open the app)")
            return run_app(args)
        return int(args.func(args) or 0)
    except SkinGPTError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as Unix tools do. stdout points at
        # the null device, so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except sqlite3.Error as exc:  # a damaged or unusable vault file
        from skingpt_desktop.core.storage.schema import describe_database_error  # not on the
        print(f"error: {describe_database_error(exc)}", file=sys.stderr)  # fast paths above
        return EXIT_USER_ERROR
    except OSError as exc:  # a file the system refused (too long a name, no space, ...)
        print(f"error: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as exc:  # a defect: report where, never what (it may be patient data)
        print(f"error: unexpected internal error\n{redacted_report(type(exc), exc.__traceback__)}",
              file=sys.stderr)
        return EXIT_INTERNAL_ERROR
