"""``main.py evaluate``: check one or more packs on a clinic's own labelled photos, offline.

    main.py evaluate --pack DIR [--pack DIR2] --dataset CASES.csv|FOLDER --out OUT
                     [--runs N] [--limit K] [--seed S] [--labels MAP.json] [--resume]

Writes OUT/results.json, OUT/cases.csv and OUT/report.html (core/evaluate/outputs.py); the
answers are appended case by case to OUT/runs/PACK.jsonl, so Ctrl-C or a crash loses at most
the case being asked and ``--resume`` continues. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from contextlib import ExitStack
from pathlib import Path

from skingpt_desktop.cli.ask import load_engine, validate_machine_arguments
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.dataset import load_dataset
from skingpt_desktop.core.evaluate.metrics import mcnemar, summarize
from skingpt_desktop.core.evaluate.outputs import (
    write_cases_csv,
    write_report_html,
    write_results,
)
from skingpt_desktop.core.evaluate.run import (
    case_results,
    evaluate_pack,
    runs_file,
    timing_and_urgency,
)
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import resolve_pack
from skingpt_desktop.core.report.labels import default_label_spaces
from skingpt_desktop.core.storage import data_dir

MAX_RUNS = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate", allow_abbrev=False, help="measure packs on your own labelled photos",
        description="Ask each labelled photo the report's structured question and measure how "
        "often the pack names the label (top-1, top-3 with 95 %% intervals, per class, per "
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
    started = (args.out / "runs").is_dir() and any((args.out / "runs").glob("*.jsonl"))
    if started and not args.resume:
        raise SkinGPTError(f"{args.out} already holds a run: add --resume to continue it, or "
                           "choose another folder")


def run(args: argparse.Namespace) -> int:
    """Evaluate every pack on the dataset, then write the results."""
    _check(args)
    classes = default_label_spaces().class_ids
    dataset = load_dataset(args.dataset, classes, args.labels)
    if args.limit:
        dataset.cases = dataset.cases[:args.limit]
    if not dataset.cases:
        raise SkinGPTError(f"{args.dataset}: no usable case ({len(dataset.bad_rows)} rows not "
                           "used)")
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{len(dataset.cases)} cases, {len(dataset.bad_rows)} rows not used", file=sys.stderr)
    per_pack, extras, bad = {}, {}, list(dataset.bad_rows)
    for pack_arg in args.pack:
        name, results, failed, records = _evaluate_one(args, pack_arg, dataset)
        per_pack[name], extras[name] = results, timing_and_urgency(records)
        bad += [row for row in failed if row not in bad]
    report = {"packs": {name: {**summarize(results, classes), **extras[name]}
                        for name, results in per_pack.items()},
              "comparison": _comparisons(per_pack), "bad_rows": bad, "runs": args.runs,
              "seed": args.seed}
    write_results(args.out, report)
    write_cases_csv(args.out, per_pack)
    write_report_html(args.out, report)
    for name, block in report["packs"].items():
        print(f"{name}: top-1 {100 * block['top1']['value']:.1f} %, top-3 "
              f"{100 * block['top3']['value']:.1f} % on {block['n_cases']} cases")
    print(f"Wrote {args.out / 'results.json'}, cases.csv and report.html")
    return 0


def _evaluate_one(args: argparse.Namespace, pack_arg: str, dataset):
    pack = ModelPack.open(resolve_pack(pack_arg, data_dir(args.data_dir)))
    with ExitStack() as stack:
        engine = load_engine(args, pack, stack)

        def progress(done: int, total: int, left: float | None) -> None:
            eta = f", about {left:.0f} s left" if left is not None else ""
            print(f"{pack.name}: {done}/{total}{eta}", file=sys.stderr, flush=True)

        try:
            records = evaluate_pack(engine, dataset, args.out, runs=args.runs, seed=args.seed,
                                    progress=progress)
        except KeyboardInterrupt:
            print(f"stopped; what was asked is kept in {runs_file(args.out, pack.name)}: run the "
                  "same command with --resume to continue", file=sys.stderr)
            raise
    results, failed = case_results(dataset, records, args.runs)
    return pack.name, results, failed, records


def _comparisons(per_pack: dict[str, list]) -> dict[str, dict]:
    """McNemar for every pair of packs, on the cases both answered."""
    tests = {}
    for (a, ra), (b, rb) in itertools.combinations(per_pack.items(), 2):
        shared = sorted({r.case_id for r in ra} & {r.case_id for r in rb})
        hits_a = {r.case_id: r.hit(1) for r in ra}
        hits_b = {r.case_id: r.hit(1) for r in rb}
        tests[f"{a} vs {b}"] = mcnemar([hits_a[c] for c in shared], [hits_b[c] for c in shared])
    return tests
