"""``main.py evaluate``: check one or more packs on a clinic's own labelled photos, offline.

    main.py evaluate --pack DIR [--pack DIR2] --dataset CASES.csv|FOLDER (--out OUT | --vault)
                     [--runs N] [--limit K] [--seed S] [--labels MAP.json] [--resume]

With ``--out``: writes OUT/results.json, OUT/cases.csv, OUT/plots/, OUT/report.html
(core/evaluate/outputs.py) and OUT/report.pdf (render/evaluation_pdf.py); the answers are
appended case by case to OUT/runs/PACK.jsonl. With ``--vault``: the answers and then the
results are encrypted records of the vault (core/storage/evaluations.py) and no file is
written; ``main.py vault export-evaluation ID OUT`` writes the report out later. Either way
Ctrl-C or a crash loses at most the case being asked and ``--resume`` continues. Nothing
leaves the machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path

from skingpt_desktop.cli.ask import load_engine, validate_machine_arguments
from skingpt_desktop.cli.vault import PASSPHRASE_ENV, open_unlocked
from skingpt_desktop.cli.vault_evaluations import write_pdf
from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.evaluation import (
    MAX_RUNS,
    EvaluationProgress,
    load_cases,
    run_evaluation,
)
from skingpt_desktop.core.evaluate.stores import (
    FolderStore,
    ResultStore,
    VaultStore,
    has_run,
    runs_file,
    vault_store,
)
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import resolve_pack
from skingpt_desktop.core.storage import data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate", allow_abbrev=False, help="measure packs on your own labelled photos",
        description="Ask each labelled photo the report's structured question and measure how "
        "often the pack names the label (top-1, top-3 with 95 % intervals, per class, per "
        "Fitzpatrick group, consistency across runs). Offline; the results go to --out only, "
        "or with --vault only into the encrypted vault.")
    parser.add_argument("--pack", action="append", required=True,
                        help="model pack folder or installed pack name (repeat to compare)")
    parser.add_argument("--dataset", required=True, type=Path,
                        help="a folder of class folders, or a CSV/JSON manifest with image and "
                        "label columns (and optionally fitzpatrick)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="folder for the results")
    where.add_argument("--vault", action="store_true",
                       help="keep the answers and results encrypted in the vault instead (its "
                       f"passphrase is asked for, or read from ${PASSPHRASE_ENV}); "
                       "`vault export-evaluation` writes the report out later")
    parser.add_argument("--runs", type=int, default=1,
                        help="answers per photo: 1 greedy, more sampled for consistency")
    parser.add_argument("--limit", type=int, help="use only the first K cases")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sampled runs")
    parser.add_argument("--labels", type=Path, metavar="MAP.json",
                        help="dataset label -> condition class id (JSON object)")
    parser.add_argument("--resume", action="store_true",
                        help="continue a stopped run: the one in --out, or with --vault the "
                        "newest stopped one of the same dataset, packs, runs and seed")
    machine = parser.add_argument_group("machine")
    machine.add_argument("--threads", type=int, help="CPU threads (default: all physical cores)")
    machine.add_argument("--gpu-layers", type=int, default=0, help="LLM layers on the GPU")
    machine.add_argument("--accept-license", action="store_true",
                         help="accept the packs' model licenses where their cards require it")
    machine.add_argument("--data-dir", help="data folder of the packs and the vault (default: "
                         "the app's)")
    # load_engine's other machine options, at their defaults
    parser.set_defaults(func=run, ctx=None, vision_weights="auto", vision_backend="auto",
                        draft="off", max_tokens=None)


def _check(args: argparse.Namespace) -> None:
    validate_machine_arguments(args)
    if not 1 <= args.runs <= MAX_RUNS:
        raise SkinGPTError(f"--runs must be between 1 and {MAX_RUNS}")
    if args.limit is not None and args.limit < 1:
        raise SkinGPTError("--limit must be at least 1")
    if args.out is not None and has_run(args.out) and not args.resume:
        raise SkinGPTError(f"{args.out} already holds a run: add --resume to continue it, or "
                           "choose another folder")


def run(args: argparse.Namespace) -> int:
    """Evaluate every pack on the dataset, then write (or store) the results."""
    _check(args)
    dataset = load_cases(args.dataset, args.labels, args.limit)
    print(f"{len(dataset.cases)} cases, {len(dataset.bad_rows)} rows not used", file=sys.stderr)
    packs = [ModelPack.open(resolve_pack(spec, data_dir(args.data_dir))) for spec in args.pack]
    with ExitStack() as stack:
        store, kept_in = _store(args, packs, stack)

        @contextmanager
        def engine_for(pack: ModelPack) -> Iterator[Engine]:
            with ExitStack() as engine_stack:
                try:
                    yield load_engine(args, pack, engine_stack)
                except KeyboardInterrupt:
                    print(f"stopped; what was asked is kept in {kept_in(pack)}: run the same "
                          "command with --resume to continue", file=sys.stderr)
                    raise

        report = run_evaluation(dataset, store, packs, engine_for, runs=args.runs,
                                seed=args.seed, progress=_print_progress)
    assert report is not None  # nothing cancels it but Ctrl-C, which raises
    for name, block in report["packs"].items():
        print(f"{name}: top-1 {100 * block['top1']['value']:.1f} %, top-3 "
              f"{100 * block['top3']['value']:.1f} % on {block['n_cases']} cases")
    if isinstance(store, VaultStore):
        print(f"Stored in the vault as evaluation {store.evaluation_id}; write its report out "
              f"with: main.py vault export-evaluation {store.evaluation_id} FOLDER")
        return 0
    pdf = write_pdf(args.out, report)
    print(f"Wrote {args.out / 'results.json'}, cases.csv, report.html"
          + (" and report.pdf" if pdf else ""))
    return 0


def _store(args: argparse.Namespace, packs: list[ModelPack],
           stack: ExitStack) -> tuple[ResultStore, Callable[[ModelPack], str]]:
    """The folder or the vault (unlocked now, before the slow part, and locked when the
    command ends), and where a pack's answers are kept, for the Ctrl-C message."""
    if not args.vault:
        return FolderStore(args.out), lambda pack: str(runs_file(args.out, pack.name))
    vault = stack.enter_context(open_unlocked(args.data_dir, idle_timeout_s=None))
    store = vault_store(lambda: nullcontext(vault), args.dataset.resolve(),
                        [pack.name for pack in packs], args.runs, args.seed, resume=args.resume)
    print(f"evaluation {store.evaluation_id} in the vault", file=sys.stderr)
    return store, lambda _pack: f"the vault (evaluation {store.evaluation_id})"


def _print_progress(step: EvaluationProgress) -> None:
    eta = f", about {step.seconds_left:.0f} s left" if step.seconds_left is not None else ""
    print(f"{step.pack}: {step.done}/{step.total}{eta}", file=sys.stderr, flush=True)
