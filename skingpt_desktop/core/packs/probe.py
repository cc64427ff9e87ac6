"""A pack's first load happens in a short-lived child process, so a file that crashes llama.cpp
ends in an error sentence instead of taking the app (and the unsaved conversation) with it.

Why: llama.cpp and its vision code stop the whole process (``GGML_ASSERT`` -> SIGABRT, or a
SIGSEGV) on some malformed files that pass every check the app can make before native code
runs (core/native/gguf_check.py bounds the GGUF structure; it cannot foresee every internal
assertion). So the first time a set of pack files is used, a child process loads them exactly
as the engine will and runs one tiny forward pass (a grey photo, one answer token). A signal, a
timeout or running out of its memory allowance there becomes a ``PackError`` naming the file;
the parent process never loads files that failed. Success is remembered in
``probed-packs.json`` in the data folder, keyed by the files' SHA-256 (as verified against the
manifest), the llama.cpp and app versions and the engine settings, so later loads skip the child.

The child is this same program (``main.py`` or the frozen app) started with ``PROBE_FLAG``
(core/probe_child.py); it reports on stdout in lines ``skingpt-probe: stage|error|fault|ok ...``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skingpt_desktop import __version__
from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.bounded_input import loads_json
from skingpt_desktop.core.errors import PackError

if TYPE_CHECKING:
    from skingpt_desktop.core.packs.pack import ModelPack

# The engine's settings (core.engine.EngineSettings, a dataclass): not imported, as the engine
# imports this module.
EngineSettings = Any

PROBE_FLAG = "--probe-pack-in-child"
LEDGER_FILENAME = "probed-packs.json"
MAX_LEDGER_ENTRIES = 256
MAX_LEDGER_BYTES = 64 << 10
PREFIX = "skingpt-probe: "
# Time allowance: fixed part plus reading speed (a slow laptop disk, ~20 MB/s, and the
# encoder's first run); 8 GB gets about 7 minutes, a tiny test pack 20 s.
BASE_TIMEOUT_S = 20.0
BYTES_PER_SECOND = 20e6
# Address-space allowance (Linux/macOS, CPU only): the runtime itself (measured: 374 MB peak
# address space for the tiny packs on 2 cores; each further thread adds its stack and a malloc
# arena of up to 72 MB), the mapped files, and as much again for buffers. A file that asks for
# far more (absurd layer counts or widths) fails inside the allowance instead of swapping the
# machine. GPU drivers reserve large address ranges, so with GPU layers there is no cap.
BASE_ADDRESS_SPACE = 3 << 30
# Stages the child reports: what it was doing names the file when it dies.
STAGES = ("vision", "llm", "encode", "answer")
# The engine's progress labels (Engine.load) of the stages that load a file.
STAGE_LABELS = {"vision": "Loading the vision model", "llm": "Loading the language model"}
GREY_PHOTO_SIDE = 64

ProgressCallback = Callable[[str, float], None]


class ProbeLedger:
    """Which pack probes passed: a small JSON file of keys, oldest dropped past 256."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _keys(self) -> list[str]:
        try:
            raw = self.path.read_bytes()
        except OSError:
            return []
        try:
            data = loads_json(raw, str(self.path), ValueError, max_bytes=MAX_LEDGER_BYTES)
        except ValueError:
            return []  # damaged: probing again is safe
        keys = data.get("passed") if isinstance(data, dict) else None
        return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []

    def passed(self, key: str) -> bool:
        """Whether a probe with this key succeeded before."""
        return key in self._keys()

    def remember(self, key: str) -> None:
        """Record a successful probe (best effort: an unwritable folder means probing again)."""
        keys = [k for k in self._keys() if k != key][-(MAX_LEDGER_ENTRIES - 1):] + [key]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps({"passed": keys}))
        except OSError:
            pass


def probe_key(pack: "ModelPack", settings: EngineSettings) -> str:
    """What a probe result is valid for: the files' verified hashes, versions, settings."""
    import llama_cpp

    files = sorted((f.role, f.sha256) for f in pack.manifest.files)
    knobs = {k: v for k, v in dataclasses.asdict(settings).items() if k != "threads"}
    text = json.dumps([files, llama_cpp.__version__, __version__, knobs], sort_keys=True,
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ensure_loads_safely(pack: "ModelPack", settings: EngineSettings, ledger: ProbeLedger,
                        progress: ProgressCallback | None = None) -> None:
    """Probe ``pack`` in a child process unless an identical probe passed before.

    Raises PackError (one sentence naming the file) if the child fails in any way. Packs whose
    hashes were not verified are probed every time and never recorded.
    """
    key = probe_key(pack, settings) if pack.hashes_verified else None
    if key is not None and ledger.passed(key):
        return
    ProbeRun(pack, settings, progress).run()
    if key is not None:
        ledger.remember(key)


class ProbeRun:
    """One child process loading ``pack``: started, watched, and its end explained."""

    def __init__(self, pack: "ModelPack", settings: EngineSettings,
                 progress: ProgressCallback | None) -> None:
        self.pack = pack
        self.settings = settings
        self.progress = progress or (lambda _stage, _fraction: None)
        self.pack_bytes = sum(f.size for f in pack.manifest.files)
        self.timeout = BASE_TIMEOUT_S + self.pack_bytes / BYTES_PER_SECOND
        self.stage = "start"
        self.error: str | None = None  # the child's SkinGPTError, a sentence for the user
        self.fault: str | None = None  # the type of any other exception in the child
        self.ok = False

    def command(self) -> list[str]:
        """This program in probe mode: the frozen app, or this Python with the package."""
        program = [sys.executable] if getattr(sys, "frozen", False) else [
            sys.executable, "-m", "skingpt_desktop"]
        options = dataclasses.asdict(self.settings)
        address_space = 0 if self.settings.gpu_layers > 0 else \
            BASE_ADDRESS_SPACE + 2 * self.pack_bytes
        return [*program, PROBE_FLAG, str(self.pack.root), json.dumps(options, default=str),
                str(address_space)]

    def run(self) -> None:
        """Run the child to its end; PackError unless it reported success."""
        env = {**os.environ, "GGML_NO_BACKTRACE": "1", "PYTHONFAULTHANDLER": ""}
        self.progress("Loading the vision model", 0.0)
        child = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        reader = threading.Thread(target=self._read, args=(child,), daemon=True)
        reader.start()
        try:
            code = child.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            reader.join(5)
            raise PackError(f"{self._file()} did not finish loading within "
                            f"{self.timeout:.0f} s in a test run; the file may be damaged "
                            "or unsuitable") from None
        reader.join(5)
        self._explain(code)

    def _read(self, child: subprocess.Popen) -> None:
        assert child.stdout is not None
        for raw in iter(lambda: child.stdout.readline(4096), b""):  # type: ignore[union-attr]
            # "\r\n" on Windows, where the child's stdout is in text mode
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not line.startswith(PREFIX):
                continue  # native code writing to stdout
            kind, _, rest = line[len(PREFIX):].partition(" ")
            if kind == "stage" and rest in STAGES:
                self.stage = rest
                label = STAGE_LABELS.get(rest)
                if label:
                    self.progress(label, 0.1 if rest == "vision" else 0.2)
            elif kind == "error":
                self.error = rest[:1000]
            elif kind == "fault":
                self.fault = rest[:100]
            elif kind == "ok":
                self.ok = True

    def _file(self) -> str:
        """The file the child was working on, as a message names it."""
        if self.stage in ("vision", "encode"):
            return f"this pack's {self.pack.vision_path.name}"
        if self.stage == "llm":
            return f"this pack's {self.pack.llm_path.name}"
        return "this pack"

    def _explain(self, code: int) -> None:
        if code == 0 and self.ok:
            return
        if self.error:  # the child's own one-sentence error (a SkinGPTError it raised)
            raise PackError(self.error)
        what = {"encode": "could not encode a test photo",
                "answer": "could not answer a test question"}.get(self.stage,
                                                                  "could not be loaded")
        if self.fault == "MemoryError":
            raise PackError(f"{self._file()} {what}: it asks for more memory than its files "
                            "explain; it is damaged or not made for this version")
        if self.fault:
            raise PackError(f"{self._file()} {what}: the test run failed ({self.fault}); the "
                            "file is damaged or not made for this version")
        if code < 0:
            name = _signal_name(-code)
            raise PackError(f"{self._file()} {what}: llama.cpp stopped with an internal check "
                            f"({name}); the file is damaged or not made for this version")
        if code >= 0xC0000000:  # a Windows exception code (access violation, abort)
            raise PackError(f"{self._file()} {what}: llama.cpp crashed (code {code:#x}); the "
                            "file is damaged or not made for this version")
        raise PackError(f"{self._file()} {what}: the test run ended unexpectedly "
                        f"(exit code {code})")


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
