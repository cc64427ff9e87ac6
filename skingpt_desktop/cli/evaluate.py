"""``main.py evaluate``: check one or more packs on a clinic's own labelled photos, offline.

    main.py evaluate --pack DIR [--pack DIR2] --dataset CASES.csv|FOLDER --out OUT
                     [--runs N] [--limit K] [--seed S] [--labels MAP.json] [--resume]

Writes OUT/results.json, OUT/cases.csv, OUT/plots/, OUT/report.html (core/evaluate/outputs.py)
and OUT/report.pdf (render/evaluation_pdf.py); the
answers are appended case by case to OUT/runs/PACK.jsonl, so Ctrl-C or a crash loses at most
the case being asked and ``--resume`` continues. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from skingpt_desktop.cli.ask import load_engine, validate_machine_arguments
from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.evaluation import (
    MAX_RUNS,
    EvaluationProgress,
    has_run,
    load_cases,
    run_evaluation,
)
from skingpt_desktop.core.evaluate.run import runs_file
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import resolve_pack
from skingpt_desktop.core.storage import data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate", allow_abbrev=False, help="measure packs on your own labelled photos",
        description="Ask each labelled photo the report's structured question and measure how "
        "often the pack names the label (top-1, top-3 with 95 % intervals, per class, per "
        "Fitzpatrick group, consistency across runs). Offline; results go to --out only.")
    parser.add_argument("--pack", action="append", required=True,
                        help="model pack folder or installed pack name (repeat to compare)")
    parser.add_argument("--dataset", required=True, type=Path,
                        help="a folder of class folders, or a CSV/JSON manifest with image and "
                        "label columns (and optionally fitzpatrick)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the results")
    parser.add_argument("--runs", type=int, default=1,
                        help="answers per photo: 1 greedy, more sampled for consistency")
    parser.add_argument("--limit", type=int, help="use only the first K cases")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sampled runs")
    parser.add_argument("--labels", type=Path, metavar="MAP.json",
                        help="dataset label -> condition class id (JSON object)")
    parser.add_argument("--resume", action="store_true",
                        help="continue a run in --out that was stopped")
    machine = parser.add_argument_group("machine")
    machine.add_argument("--threads", type=int, help="CPU threads (default: all physical cores)")
    machine.add_argument("--gpu-layers", type=int, default=0, help="LLM layers on the GPU")
    machine.add_argument("--accept-license", action="store_true",
                         help="accept the packs' model licenses where their cards require it")
    machine.add_argument("--data-dir", help="packs folder's data folder (default: the app's)")
    # load_engine's other machine options, at their defaults
    parser.set_defaults(func=run, ctx=None, vision_weights="auto", vision_backend="auto",
                        draft="off", max_tokens=None)


def _check(args: argparse.Namespace) -> None:
    validate_machine_arguments(args)
    if not 1 <= args.runs <= MAX_RUNS:
        raise SkinGPTError(f"--runs must be between 1 and {MAX_RUNS}")
    if args.limit is not None and args.limit < 1:
        raise SkinGPTError("--limit must be at least 1")
    if has_run(args.out) and not args.resume:
        raise SkinGPTError(f"{args.out} already holds a run: add --resume to continue it, or "
                           "choose another folder")


def run(args: argparse.Namespace) -> int:
    """Evaluate every pack on the dataset, then write the results."""
    _check(args)
    dataset = load_cases(args.dataset, args.labels, args.limit)
    print(f"{len(dataset.cases)} cases, {len(dataset.bad_rows)} rows not used", file=sys.stderr)
    packs = [ModelPack.open(resolve_pack(spec, data_dir(args.data_dir))) for spec in args.pack]

    @contextmanager
    def engine_for(pack: ModelPack) -> Iterator[Engine]:
        with ExitStack() as stack:
            try:
                yield load_engine(args, pack, stack)
            except KeyboardInterrupt:
                print(f"stopped; what was asked is kept in {runs_file(args.out, pack.name)}: "
                      "run the same command with --resume to continue", file=sys.stderr)
                raise

    report = run_evaluation(dataset, args.out, packs, engine_for, runs=args.runs,
                            seed=args.seed, progress=_print_progress)
    assert report is not None  # nothing cancels it but Ctrl-C, which raises
    pdf = _write_pdf(args.out, report)
    for name, block in report["packs"].items():
        print(f"{name}: top-1 {100 * block['top1']['value']:.1f} %, top-3 "
              f"{100 * block['top3']['value']:.1f} % on {block['n_cases']} cases")
    print(f"Wrote {args.out / 'results.json'}, cases.csv, report.html"
          + (" and report.pdf" if pdf else ""))
    return 0


def _write_pdf(out: Path, report: dict) -> bool:
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


def _print_progress(step: EvaluationProgress) -> None:
    eta = f", about {step.seconds_left:.0f} s left" if step.seconds_left is not None else ""
    print(f"{step.pack}: {step.done}/{step.total}{eta}", file=sys.stderr, flush=True)
