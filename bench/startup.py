"""Benchmark: start-up of the frozen app against ``python main.py`` from the virtual environment.

Two measurements, each for both ways of starting, alternated run by run so that both see the
same machine load:

- ``--version``: interpreter start and the command-line entry point;
- first window: the app started in demo mode (``--screenshot OUT.png`` offscreen, no pack, no
  question) runs until its main window is shown, a throw-away vault is unlocked and the window
  is saved. Both pay the same vault key derivation (Argon2id, about 0.4-0.6 s), so the ratio
  understates the difference in Python and Qt start-up alone.

Each run gets a fresh HOME and TMPDIR. The first run of each command is reported apart from the
median of the rest: it is the cold one (files not yet in the page cache, fontconfig cache not
yet written). Not a test; run it on a quiet machine after ``python3 packaging/build.py``:

    python3 bench/startup.py --frozen dist/SkinGPT-Desktop/skingpt-desktop --runs 7
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_run(command: list[str], extra_env: dict[str, str]) -> float:
    """Seconds from spawn to exit of ``command`` in an empty HOME; fails loudly on an error."""
    with tempfile.TemporaryDirectory(prefix="skingpt-startup-") as tmp:
        home, tmpdir = Path(tmp) / "home", Path(tmp) / "tmp"
        home.mkdir()
        tmpdir.mkdir()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(tmpdir),
               "LANG": "C.UTF-8", **extra_env}
        command = [part.replace("{tmp}", tmp) for part in command]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return took


def measure(launchers: dict[str, list[str]], args: list[str], env: dict[str, str],
            runs: int) -> dict[str, dict[str, float]]:
    """First and median-of-the-rest seconds per launcher, runs alternated between launchers."""
    times: dict[str, list[float]] = {name: [] for name in launchers}
    for _ in range(runs):
        for name, launcher in launchers.items():
            times[name].append(timed_run([*launcher, *args], env))
    return {name: {"first_s": values[0], "median_s": statistics.median(values[1:] or values)}
            for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frozen", type=Path, required=True, help="the bundle's launcher")
    parser.add_argument("--python", type=Path, default=ROOT / ".venv" / "bin" / "python",
                        help="the virtual environment's interpreter (default .venv)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    launchers = {"frozen": [str(args.frozen.resolve())],
                 "venv": [str(args.python), str(ROOT / "main.py")]}
    results = {
        "--version": measure(launchers, ["--version"], {}, args.runs),
        "first window": measure(launchers, ["--screenshot", "{tmp}/window.png"],
                                {"QT_QPA_PLATFORM": "offscreen"}, args.runs),
    }
    for label, result in results.items():
        frozen, venv = result["frozen"], result["venv"]
        print(f"{label:13s} frozen {frozen['median_s'] * 1000:6.0f} ms (first "
              f"{frozen['first_s'] * 1000:.0f})  venv {venv['median_s'] * 1000:6.0f} ms (first "
              f"{venv['first_s'] * 1000:.0f})  ratio {frozen['median_s'] / venv['median_s']:.2f}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
