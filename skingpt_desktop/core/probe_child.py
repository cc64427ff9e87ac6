"""The child process of the pack probe (core/packs/probe.py): load a pack exactly as the
engine will, encode a grey photo, answer one token, and report each stage on stdout.

It runs in its own process so that a file which makes llama.cpp stop the process takes only
this child with it. The address-space cap and the disabled core files keep a hostile file from
exhausting the machine or leaving a dump behind.
"""

from __future__ import annotations

import json
import sys

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.packs.probe import GREY_PHOTO_SIDE, PREFIX, STAGE_LABELS


def _say(kind: str, text: str = "") -> None:
    sys.stdout.write(f"{PREFIX}{kind} {text}".rstrip() + "\n")
    sys.stdout.flush()


def _limit_memory(address_space: int) -> None:
    """Cap this process's address space (0: no cap) and disable core files (POSIX only)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    limits = [(resource.RLIMIT_CORE, 0)]
    if address_space > 0:
        limits.append((resource.RLIMIT_AS, address_space))
    for limit, value in limits:
        try:
            soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass


def child_main(argv: list[str]) -> int:
    """The child: load the pack as the engine will, answer one token, report; exit code 0/1."""
    from PIL import Image

    from skingpt_desktop.core.engine import Engine, EngineSettings
    from skingpt_desktop.core.llm.sampling import GenerationSettings
    from skingpt_desktop.core.packs.pack import ModelPack

    try:
        folder, options, address_space = argv[0], json.loads(argv[1]), int(argv[2])
        _limit_memory(address_space)
        pack = ModelPack.open(folder, verify_hashes=False)  # the parent verified them
        settings = EngineSettings(**options)
        stages = {label: stage for stage, label in STAGE_LABELS.items()}
        engine = Engine.load(pack, settings, progress=lambda label, _f: (
            _say("stage", stages[label]) if label in stages else None))
        _say("stage", "encode")
        chat = engine.start_chat(Image.new("RGB", (GREY_PHOTO_SIDE,) * 2, (128, 128, 128)))
        _say("stage", "answer")
        chat.ask("Describe.", GenerationSettings(max_new_tokens=1, deterministic=True))
        engine.close()
    except SkinGPTError as exc:
        _say("error", " ".join(str(exc).split()))
        return 1
    except Exception as exc:  # noqa: BLE001  (named by type only: the parent words it)
        _say("fault", type(exc).__name__)
        return 1
    _say("ok")
    return 0
