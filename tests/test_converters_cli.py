"""The ``python -m converters`` command line: documented flags, no network unless --download,
and --download fetching only the files a conversion reads (from a local stand-in for the
Hub that serves the committed fixtures)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from converters.__main__ import build_parser
from converters.__main__ import main as converters_main
from skingpt_desktop.core.packs.pack import ModelPack
from tests.fake_hub import COMMIT, FakeHub, pack_files

ROOT = Path(__file__).resolve().parents[1]
CKPT = Path(__file__).parent / "fixtures" / "checkpoints"
SKINGPT4 = CKPT / "skingpt4" / "skingpt4_tiny.pth"


def _flags() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["skingpt4"]
    return {opt for action in sub._actions for opt in action.option_strings if opt.startswith("--")}


def test_help_documents_every_flag() -> None:
    top = subprocess.run([sys.executable, "-m", "converters", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert top.returncode == 0 and "skingpt4" in top.stdout
    sub = subprocess.run([sys.executable, "-m", "converters", "skingpt4", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert sub.returncode == 0
    documented = set(re.findall(r"--[a-z][a-z0-9-]*", sub.stdout))
    assert _flags() <= documented
    guide = (ROOT / "docs" / "conversion.md").read_text()
    missing = sorted(flag for flag in _flags() - {"--help"} if flag not in guide)
    assert missing == [], f"docs/conversion.md does not mention {missing}"


def test_sources_are_required_without_download(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code = converters_main(["skingpt4", "--out", str(tmp_path / "p"), "--skingpt4", str(SKINGPT4),
                            "--llm", str(CKPT / "llama_hf")])
    assert code == 2
    assert "--vision is required (or pass --download" in capsys.readouterr().err


def test_no_network_code_without_download(tmp_path: Path) -> None:
    """A full conversion in a fresh interpreter: the download module and huggingface-hub are
    never imported, and no socket is created."""
    script = (
        "import sys\n"
        "events = []\n"
        "sys.addaudithook(lambda e, a: events.append(e) if e.startswith('socket.') else None)\n"
        "from converters.__main__ import main\n"
        f"code = main(['skingpt4', '--quiet', '--out', {str(tmp_path / 'pack')!r}, '--skingpt4', "
        f"{str(SKINGPT4)!r}, '--vision', {str(CKPT / 'hf_blip2')!r}, '--llm', "
        f"{str(CKPT / 'llama_hf')!r}])\n"
        "print(code, 'converters.download' in sys.modules, 'huggingface_hub' in sys.modules, events)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.split("\n")[-2] == "0 False False []", result.stderr
    ModelPack.open(tmp_path / "pack")


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch):
    """The fixture folders served as Hugging Face repositories by a local hub (HF_ENDPOINT)."""
    hub = FakeHub(pack_files(CKPT / "hf_blip2"), repo="Salesforce/blip2-flan-t5-xxl",
                  more_repos={"meta-llama/Llama-2-13b-chat-hf": pack_files(CKPT / "llama_hf")})
    hub.start()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    yield hub
    hub.stop()


def fetched(hub: FakeHub, repo: str) -> set[str]:
    """The names of the files of ``repo`` asked for (HEAD, before a download)."""
    return {path.split("/resolve/", 1)[1].split("/", 1)[1]
            for verb, path, _r in hub.requests
            if verb == "HEAD" and path.startswith(f"/{repo}/resolve/")}


def test_download_fetches_only_needed_files(fake_hub: FakeHub, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, network_events: list) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_test_token")
    code = converters_main(["skingpt4", "--quiet", "--download", "--download-dir", str(tmp_path / "dl"),
                            "--out", str(tmp_path / "pack"), "--skingpt4", str(SKINGPT4)])
    assert code == 0
    vision = fetched(fake_hub, "Salesforce/blip2-flan-t5-xxl")
    assert "model-00003-of-00003.safetensors" not in vision  # the language model's shard
    assert {"config.json", "model.safetensors.index.json", "model-00001-of-00003.safetensors",
            "model-00002-of-00003.safetensors"} <= vision
    llama = fetched(fake_hub, "meta-llama/Llama-2-13b-chat-hf")
    assert {"config.json", "tokenizer.model", "model-00001-of-00002.safetensors",
            "model-00002-of-00002.safetensors"} <= llama
    assert set(fake_hub.auth) == {"Bearer hf_test_token"}
    sources = ModelPack.open(tmp_path / "pack").card.sources
    assert {s.origin for s in sources} >= {
        f"huggingface.co/Salesforce/blip2-flan-t5-xxl at revision {COMMIT}",
        f"huggingface.co/meta-llama/Llama-2-13b-chat-hf at revision {COMMIT}"}
    # every file after the first is asked for at the commit the first came from
    heads = [path for verb, path, _r in fake_hub.requests if verb == "HEAD"]
    assert heads[0].endswith("/resolve/main/config.json")
    assert all(f"/resolve/{COMMIT}/" in path for path in heads[1:] if "blip2" in path)
    connects = [args for event, args in network_events if event == "socket.connect"]
    assert all(args[1][0] == "127.0.0.1" for args in connects)


def test_gated_repository_explains_hf_token(fake_hub: FakeHub, tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    fake_hub.gated = {"meta-llama/Llama-2-13b-chat-hf"}
    code = converters_main(["skingpt4", "--quiet", "--download", "--download-dir", str(tmp_path / "dl"),
                            "--vision", str(CKPT / "hf_blip2"), "--out", str(tmp_path / "pack"),
                            "--skingpt4", str(SKINGPT4)])
    err = capsys.readouterr().err
    assert code == 2 and "HF_TOKEN" in err and "license" in err
    assert {path.split("/resolve/")[0] for _v, path, _r in fake_hub.requests} == \
        {"/meta-llama/Llama-2-13b-chat-hf"}
    assert not (tmp_path / "pack").exists()
