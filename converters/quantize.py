"""Quantize a Llama GGUF with llama.cpp's own quantizer (``llama_model_quantize``).

The quantizer runs in a child process (``python -m converters.quantize SRC DST TYPE``) for two
reasons: a native call cannot be interrupted from Python, so Ctrl-C would otherwise wait for the
whole 13B pass, and a native abort on a bad file must not take the converter down with it. The
child's log lines (``[  12/ 363] blk.1.attn_q.weight - ...``) drive the progress bar, and its
last lines become the error message if it fails.

Types: Q4_K_M (default; ~7.9 GB for 13B), Q5_K_M (~9.2 GB), Q8_0 (~13.8 GB), F16 (~26 GB, no
quantization). llama.cpp falls back to a simpler type for a tensor whose rows are not a multiple
of the K-quant block (256); it logs that, and it only happens for toy models.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from pathlib import Path

from skingpt_desktop.core.errors import ConversionError

# Our type names -> llama.cpp llama_ftype constant names (values come from llama_cpp).
LLM_TYPES: dict[str, str] = {
    "Q4_K_M": "LLAMA_FTYPE_MOSTLY_Q4_K_M",
    "Q5_K_M": "LLAMA_FTYPE_MOSTLY_Q5_K_M",
    "Q8_0": "LLAMA_FTYPE_MOSTLY_Q8_0",
    "F16": "LLAMA_FTYPE_MOSTLY_F16",
}
DEFAULT_LLM_TYPE = "Q4_K_M"
# Bits per weight llama.cpp reports for Llama-2-13B, for disk-space estimates.
BITS_PER_WEIGHT: dict[str, float] = {"Q4_K_M": 4.85, "Q5_K_M": 5.69, "Q8_0": 8.5, "F16": 16.0}

_PROGRESS_LINE = re.compile(r"\[\s*(\d+)\s*/\s*(\d+)\s*\]\s+(\S+)")
ProgressFn = Callable[[int, int, str], None]


def _project_root() -> str:
    return str(Path(__file__).resolve().parent.parent)


def quantize_gguf(src: str | Path, dst: str | Path, llm_type: str, threads: int | None = None,
                  progress: ProgressFn | None = None) -> None:
    """Quantize ``src`` (an F16/F32 Llama GGUF) to ``dst`` as ``llm_type``.

    ``progress(done, total, tensor_name)`` follows llama.cpp's per-tensor log. Raises
    ConversionError with llama.cpp's last messages if it fails; ``dst`` is removed then.
    """
    if llm_type not in LLM_TYPES:
        raise ConversionError(f"unknown LLM type '{llm_type}' (use {', '.join(LLM_TYPES)})")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_project_root(), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "converters.quantize", str(src), str(dst), llm_type,
               str(threads or 0)]
    tail: deque[str] = deque(maxlen=8)
    child = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, errors="replace")
    try:
        assert child.stdout is not None
        for line in child.stdout:
            tail.append(line.rstrip())
            match = _PROGRESS_LINE.search(line)
            if match and progress is not None:
                progress(int(match.group(1)), int(match.group(2)), match.group(3))
        code = child.wait()
    except BaseException:
        # Ctrl-C or an error here: the native quantizer would not notice a signal before it
        # finishes the whole model, so stop it now.
        child.kill()
        child.wait()
        Path(dst).unlink(missing_ok=True)
        raise
    finally:
        if child.stdout is not None:
            child.stdout.close()
    if code != 0:
        Path(dst).unlink(missing_ok=True)
        details = " | ".join(line for line in tail if line)[-600:]
        if any(word in details.lower() for word in ("no space", "disk full", "errno 28")):
            raise ConversionError(f"{dst}: disk full while quantizing the LLM")
        raise ConversionError(f"llama.cpp could not quantize {src} to {llm_type} "
                              f"(exit {code}): {details}")


def _run_child(src: str, dst: str, llm_type: str, threads: int) -> int:
    """In the child: call llama_model_quantize and return its status."""
    import ctypes

    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, LLM_TYPES[llm_type])
    params.nthread = threads if threads > 0 else (os.cpu_count() or 1)
    print(f"quantizing {src} -> {dst} as {llm_type}", flush=True)
    status = llama_cpp.llama_model_quantize(src.encode(), dst.encode(), ctypes.byref(params))
    sys.stderr.flush()
    return int(status)


def main(argv: list[str] | None = None) -> int:
    """``python -m converters.quantize SRC DST TYPE [THREADS]``: quantize one GGUF."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) not in (3, 4) or args[2] not in LLM_TYPES:
        print(f"usage: python -m converters.quantize SRC.gguf DST.gguf {{{','.join(LLM_TYPES)}}} "
              "[THREADS]", file=sys.stderr)
        return 2
    threads = int(args[3]) if len(args) == 4 else 0
    sys.stderr = sys.stdout  # one stream, so the parent sees log lines in order
    status = _run_child(args[0], args[1], args[2], threads)
    if status != 0:
        print(f"llama_model_quantize returned {status}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
