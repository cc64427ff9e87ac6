"""Bad inputs, full disks and interruptions: each a clear one-line error, and never anything
left behind that could be taken for a pack."""

from __future__ import annotations

import errno
import shutil
import signal
import subprocess
import sys
import time
from collections import namedtuple
from pathlib import Path

import pytest

from converters import assemble
from converters.__main__ import main as converters_main
from converters.pth_reader import PthTensors
from converters.safetensors_reader import SafetensorsFile
from converters.tiny_llama import write_tiny_llama
from tests.checkpoint_tools import save_pth, save_safetensors

ROOT = Path(__file__).resolve().parents[1]
CKPT = Path(__file__).parent / "fixtures" / "checkpoints"
EVA, BLIP2 = CKPT / "lavis" / "eva_vit_g.pth", CKPT / "lavis" / "blip2_pretrained_flant5xxl.pth"
HEADS = CKPT / "lavis" / "vision_hparams.json"
SKINGPT4 = CKPT / "skingpt4" / "skingpt4_tiny.pth"


def run(tmp_path: Path, capsys: pytest.CaptureFixture, *, skingpt4: Path = SKINGPT4,
        vision: list[Path] | None = None, llm: Path = CKPT / "llama_hf", extra: tuple = ()) -> str:
    """Run a conversion that must fail; return its error line. Checks nothing was left."""
    out_root = tmp_path / "out"
    out_root.mkdir(exist_ok=True)
    vision = vision if vision is not None else [EVA, BLIP2]
    code = converters_main(["skingpt4", "--quiet", "--out", str(out_root / "pack"),
                            "--skingpt4", str(skingpt4), "--vision", *map(str, vision),
                            "--vision-hparams", str(HEADS), "--llm", str(llm), *extra])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err
    assert list(out_root.iterdir()) == []  # no pack, no hidden staging folder
    return err


def hf_args(out: Path, *extra: str) -> list[str]:
    """Arguments of a quiet conversion of the Hugging Face fixtures into ``out``."""
    return ["skingpt4", "--quiet", "--out", str(out), "--skingpt4", str(SKINGPT4),
            "--vision", str(CKPT / "hf_blip2"), "--llm", str(CKPT / "llama_hf"), *extra]


def _state(path: Path) -> dict:
    with PthTensors(path) as tensors:
        return {name: tensors.read(name) for name in tensors.keys()}


# --- damaged or wrong inputs -----------------------------------------------------------------

def test_truncated_checkpoint(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    cut = tmp_path / "cut.pth"
    cut.write_bytes(SKINGPT4.read_bytes()[:5000])
    assert "truncated" in run(tmp_path, capsys, skingpt4=cut)


def test_truncated_safetensors_shard(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = Path(shutil.copytree(CKPT / "hf_blip2", tmp_path / "hf"))
    shard = folder / "model-00001-of-00003.safetensors"
    shard.write_bytes(shard.read_bytes()[:-1000])
    assert "truncated" in run(tmp_path, capsys, vision=[folder])


def test_missing_tensor_lavis(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    state = _state(BLIP2)
    del state["ln_vision.weight"]
    broken = save_pth(tmp_path / "blip2.pth", {"model": state})
    err = run(tmp_path, capsys, vision=[EVA, broken])
    assert "'ln_vision.weight'" in err and "missing" in err


def test_missing_tensor_hf(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = Path(shutil.copytree(CKPT / "hf_blip2", tmp_path / "hf"))
    shard = folder / "model-00002-of-00003.safetensors"
    source = SafetensorsFile(shard)
    arrays = {n: source.read(n) for n in source.keys() if n != "qformer.layernorm.weight"}
    source.close()
    save_safetensors(shard, arrays)
    err = run(tmp_path, capsys, vision=[folder])
    assert "'qformer.layernorm.weight'" in err and "missing" in err


def test_missing_tensor_llama(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = Path(shutil.copytree(CKPT / "llama_bin", tmp_path / "llama"))
    state = _state(folder / "pytorch_model.bin")
    del state["model.norm.weight"]
    save_pth(folder / "pytorch_model.bin", state)
    err = run(tmp_path, capsys, llm=folder)
    assert "'model.norm.weight'" in err and "missing" in err


def test_wrong_shaped_tensor(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    state = _state(EVA)
    state["blocks.1.mlp.fc2.weight"] = state["blocks.1.mlp.fc2.weight"].T.copy()
    broken = save_pth(tmp_path / "eva.pth", state)
    err = run(tmp_path, capsys, vision=[broken, BLIP2])
    assert "'blocks.1.mlp.fc2.weight'" in err and "(64, 32)" in err and "expected (32, 64)" in err


def test_wrong_shaped_llama_tensor(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = Path(shutil.copytree(CKPT / "llama_bin", tmp_path / "llama"))
    state = _state(folder / "pytorch_model.bin")
    state["model.layers.1.mlp.down_proj.weight"] = state["model.layers.1.mlp.down_proj.weight"][:, :64].copy()
    save_pth(folder / "pytorch_model.bin", state)
    err = run(tmp_path, capsys, llm=folder)
    assert "'model.layers.1.mlp.down_proj.weight'" in err and "expected (64, 128)" in err


def _skingpt4_with_projection(tmp_path: Path, rows: int, cols: int):
    import numpy as np

    proj = {"llama_proj.weight": np.zeros((rows, cols), np.float32),
            "llama_proj.bias": np.zeros(rows, np.float32)}
    return save_pth(tmp_path / "skingpt4.pth", {"model": proj})


def test_projection_and_llm_width_mismatch(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    err = run(tmp_path, capsys, skingpt4=_skingpt4_with_projection(tmp_path, 128, 32))
    assert "width is 64" in err and "128-wide" in err


def test_projection_and_qformer_width_mismatch(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    err = run(tmp_path, capsys, skingpt4=_skingpt4_with_projection(tmp_path, 64, 16))
    assert "'llama_proj.weight'" in err or "16-wide" in err


def test_not_a_skingpt4_checkpoint(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert "not a SkinGPT-4" in run(tmp_path, capsys, skingpt4=BLIP2)


def test_non_llama_gguf(tmp_path: Path, capsys: pytest.CaptureFixture, tiny_pack: Path) -> None:
    err = run(tmp_path, capsys, llm=tiny_pack / "vision.gguf")
    assert "architecture is 'skingpt4-vision', not 'llama'" in err


def test_llama_gguf_of_the_wrong_width(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    gguf = write_tiny_llama(tmp_path / "wide.gguf", n_embd=128)
    assert "width is 128" in run(tmp_path, capsys, llm=gguf)


def test_damaged_gguf(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    gguf = write_tiny_llama(tmp_path / "x.gguf")
    gguf.write_bytes(gguf.read_bytes()[:3000])
    assert "truncated" in run(tmp_path, capsys, llm=gguf)


def test_quantized_gguf_is_not_requantized(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from converters.quantize import quantize_gguf

    src = write_tiny_llama(tmp_path / "f16.gguf")
    quantize_gguf(src, tmp_path / "q8.gguf", "Q8_0")
    err = run(tmp_path, capsys, llm=tmp_path / "q8.gguf", extra=("--llm-type", "Q4_K_M"))
    assert "already quantized (Q8_0)" in err


@pytest.mark.parametrize("case", ["one_file", "empty_folder", "two_eva", "text_llm", "bert_llm"])
def test_unknown_source_layout(tmp_path: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    (tmp_path / "notes.txt").write_text("not weights")
    (tmp_path / "empty").mkdir()
    (tmp_path / "bert").mkdir()
    (tmp_path / "bert" / "config.json").write_text('{"model_type": "bert"}')
    vision, llm = [EVA, BLIP2], CKPT / "llama_hf"
    if case == "one_file":
        vision = [tmp_path / "notes.txt"]
    elif case == "empty_folder":
        vision = [tmp_path / "empty"]
    elif case == "two_eva":
        vision = [EVA, EVA]
    elif case == "text_llm":
        llm = tmp_path / "notes.txt"
    else:
        llm = tmp_path / "bert"
    err = run(tmp_path, capsys, vision=vision, llm=llm)
    assert "unknown source layout" in err or "two eva checkpoints" in err or "not 'llama'" in err


def test_existing_destination_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "pack"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    code = converters_main(hf_args(out))
    assert code == 2 and "--force" in capsys.readouterr().err
    assert (out / "keep.txt").read_text() == "mine"


# --- disk full and interruptions -------------------------------------------------------------

def test_too_little_free_space_is_found_before_writing(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(assemble.shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 4096, 4096))
    err = run(tmp_path, capsys)
    assert "not enough free disk space" in err and "GiB" in err


def test_disk_full_while_writing(tmp_path: Path, capsys: pytest.CaptureFixture,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def fills_the_disk(folder, out_path, dtype, progress):
        Path(out_path).write_bytes(b"\0" * 1000)  # a partial file that must be cleaned up
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(assemble, "convert_hf_llama", fills_the_disk)
    assert "disk full" in run(tmp_path, capsys)


def test_real_write_failure_from_the_kernel(tmp_path: Path) -> None:
    """A file-size limit makes the kernel refuse writes (EFBIG), as a full disk would."""
    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))\n"
        "from converters.__main__ import main\n"
        f"sys.exit(main({hf_args(out / 'pack', '--vision-type', 'f32')!r}))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    assert "disk full" in result.stderr and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_ctrl_c_leaves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(assemble, "quantize_gguf", interrupted)
    out = tmp_path / "out"
    out.mkdir()
    code = converters_main(hf_args(out / "pack"))
    assert code == 130 and "interrupted" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_sigterm_mid_conversion_leaves_nothing(tmp_path: Path) -> None:
    """A real signal while the vision tower is being written (slowed down to be catchable)."""
    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import sys, time\n"
        "from converters import assemble\n"
        "real = assemble.write_vision_gguf\n"
        "def slow(path, hp, get, dtype, progress):\n"
        "    def get_slowly(name):\n"
        "        time.sleep(0.2)\n"
        "        return get(name)\n"
        "    return real(path, hp, get_slowly, dtype=dtype, progress=progress)\n"
        "assemble.write_vision_gguf = slow\n"
        "from converters.__main__ import main\n"
        f"sys.exit(main({hf_args(out / 'pack')!r}))\n")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any((out).iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    staging = list(out.iterdir())
    assert staging and staging[0].name.startswith(".pack.partial-")
    time.sleep(0.3)  # let it write a tensor or two
    child.send_signal(signal.SIGTERM)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130, stderr
    assert list(out.iterdir()) == []


def test_failed_forced_rebuild_keeps_the_old_pack(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                  tiny_pack: Path) -> None:
    out = Path(shutil.copytree(tiny_pack, tmp_path / "pack"))
    before = sorted((p.name, p.stat().st_size) for p in out.iterdir())
    code = converters_main(["skingpt4", "--quiet", "--force", "--out", str(out), "--skingpt4",
                            str(SKINGPT4), "--vision", str(CKPT / "hf_blip2"), "--llm",
                            str(tiny_pack / "vision.gguf")])
    assert code == 2
    assert sorted((p.name, p.stat().st_size) for p in out.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack"]
    assert "error:" in capsys.readouterr().err


def test_ctrl_c_stops_the_native_quantizer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """llama.cpp cannot see Ctrl-C until it has quantized every tensor: the child is killed."""
    from converters import quantize

    children: list[subprocess.Popen] = []

    class RecordingPopen(subprocess.Popen):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            children.append(self)

    def interrupt_at_first_tensor(done: int, total: int, name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(quantize.subprocess, "Popen", RecordingPopen)
    src = write_tiny_llama(tmp_path / "src.gguf", n_embd=512, n_layer=6, n_ff=2048)
    with pytest.raises(KeyboardInterrupt):
        quantize.quantize_gguf(src, tmp_path / "out.gguf", "Q4_K_M", progress=interrupt_at_first_tensor)
    assert children[0].returncode not in (0, None)  # killed: neither left running nor finished
    assert not (tmp_path / "out.gguf").exists()
