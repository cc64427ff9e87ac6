"""``main.py vault evaluations | export-evaluation | delete-evaluation``: the pack evaluations
that ``main.py evaluate --vault`` keeps encrypted in the vault (core/storage/evaluations.py).

Export is the one way their numbers leave the vault: into a folder the user names, as the same
files ``evaluate --out`` writes (results.json, cases.csv, plots, report.html, report.pdf).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.stores import export_stored
from skingpt_desktop.core.storage import Vault
from skingpt_desktop.core.storage.evaluations import StoredEvaluation

# Opens and unlocks the vault of the command's data folder (cli/vault.py passes its own).
OpenVault = Callable[[argparse.Namespace], AbstractContextManager[Vault]]


def register_evaluation_actions(actions: argparse._SubParsersAction,
                                common: argparse.ArgumentParser, open_vault: OpenVault) -> None:
    """Add the three actions to ``main.py vault``."""
    listing = actions.add_parser("evaluations", parents=[common],
                                 help="list the pack evaluations kept in the vault")
    listing.set_defaults(func=lambda args: list_evaluations(open_vault, args))
    export = actions.add_parser(
        "export-evaluation", parents=[common],
        help="write a stored evaluation's report.html, report.pdf, results.json and cases.csv "
        "into a folder")
    export.add_argument("evaluation", metavar="ID", help="the id `vault evaluations` shows")
    export.add_argument("out", metavar="OUT", type=Path, help="folder for the files")
    export.add_argument("--force", action="store_true",
                        help="replace the results of an earlier export in OUT")
    export.set_defaults(func=lambda args: export_evaluation(open_vault, args))
    delete = actions.add_parser("delete-evaluation", parents=[common],
                                help="delete a stored evaluation with all its answers")
    delete.add_argument("evaluation", metavar="ID")
    delete.set_defaults(func=lambda args: delete_evaluation(open_vault, args))


def list_evaluations(open_vault: OpenVault, args: argparse.Namespace) -> int:
    """One line per stored evaluation, newest first."""
    with open_vault(args) as vault:
        found = vault.list_evaluations()
    if not found:
        print("No evaluations in the vault yet (main.py evaluate --vault stores one).")
    for stored in found:
        print(f"{stored.id}  {_date(stored.created_at)}  {evaluation_line(stored)}")
    return 0


def evaluation_line(stored: StoredEvaluation) -> str:
    """``packs · N runs · dataset · finished (top-1 ...) | stopped after N answers``."""
    runs = f"{stored.runs} run" + ("" if stored.runs == 1 else "s")
    if stored.results is None:
        state = f"stopped after {stored.answers} answers (evaluate --vault --resume)"
    else:
        state = "finished: " + ", ".join(
            f"{name} top-1 {100 * block['top1']['value']:.1f} %"
            for name, block in stored.results.get("packs", {}).items())
    return " · ".join((", ".join(stored.packs), runs, stored.dataset, state))


def export_evaluation(open_vault: OpenVault, args: argparse.Namespace) -> int:
    """Write a finished stored evaluation's files into OUT."""
    if (args.out / "results.json").exists() and not args.force:
        raise SkinGPTError(f"{args.out} already holds results: add --force to replace them, "
                           "or choose another folder")
    with open_vault(args) as vault:
        stored = vault.get_evaluation(args.evaluation)
    export_stored(stored, args.out)
    assert stored.results is not None  # export_stored refuses an unfinished one
    pdf = write_pdf(args.out, stored.results)
    print(f"Wrote {args.out / 'results.json'}, cases.csv, report.html"
          + (" and report.pdf" if pdf else ""))
    return 0


def delete_evaluation(open_vault: OpenVault, args: argparse.Namespace) -> int:
    """Delete one stored evaluation and its answers."""
    with open_vault(args) as vault:
        removed = vault.delete_evaluation(args.evaluation)
    print(f"Deleted the evaluation and its answers ({removed} records).")
    return 0


def write_pdf(out: Path, report: dict[str, Any]) -> bool:
    """report.pdf beside report.html; False (with a note) where Qt cannot start."""
    try:
        from skingpt_desktop.render.evaluation_pdf import write_report_pdf
        from skingpt_desktop.render.qt_gui import gui_application
    except ImportError as exc:
        print(f"note: report.pdf not written: Qt (PySide6) cannot start: {exc}", file=sys.stderr)
        return False
    gui_application()
    write_report_pdf(out, report)
    return True


def _date(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")
