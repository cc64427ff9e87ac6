"""``python -m converters mtmd``: wrapping a llama.cpp multimodal model (an LLM GGUF and its
mmproj GGUF) into an mtmd pack, on tiny real GGUF pairs. Every bad input gives one clear error
before anything is copied, and no staging folder is ever left behind."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import gguf
import numpy as np
import pytest

from converters import download, mtmd_pack
from converters.__main__ import EXIT_ERROR, EXIT_INTERRUPTED, build_parser
from converters.__main__ import main as converters_main
from converters.tiny_mtmd import SHAPES, write_tiny_gemma3, write_tiny_mmproj
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.native.gguf_check import GGUFSummary
from skingpt_desktop.core.packs.hashing import sha256_file
from skingpt_desktop.core.packs.memory import kv_cache_bytes
from skingpt_desktop.core.packs.pack import ModelPack
from tests.fake_hub import COMMIT, FakeHub

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """A tiny Gemma 3 LLM and its gemma3 mmproj (widths matching)."""
    src = tmp_path / "src"
    src.mkdir()
    return (write_tiny_gemma3(src / "tiny-gemma3-F16.gguf"),
            write_tiny_mmproj(src / "mmproj-tiny.gguf", n_embd_llm=SHAPES.n_embd))


def _write_gguf(path: Path, arch: str, metadata: dict[str, object]) -> Path:
    """A GGUF with ``metadata`` and one small tensor (what the converter reads is the header)."""
    writer = gguf.GGUFWriter(path, arch)
    for key, value in metadata.items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        else:
            writer.add_string(key, str(value))
    writer.add_tensor("t.weight", np.zeros(32, np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _llm_metadata(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "general.file_type": 15, "gemma3.embedding_length": SHAPES.n_embd,
        "gemma3.block_count": 3, "gemma3.attention.head_count": 4,
        "gemma3.attention.head_count_kv": 2, "gemma3.context_length": 131072,
        "tokenizer.chat_template": "{{ '<start_of_turn>user\\n' }}",
    }
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}


def _mmproj_metadata(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "clip.projector_type": "gemma3", "clip.has_vision_encoder": True,
        "clip.vision.projection_dim": SHAPES.n_embd,
    }
    base.update(changes)
    return base


def _run(llm: Path, mmproj: Path, out: Path, *extra: str) -> int:
    return converters_main(["mtmd", "--llm", str(llm), "--mmproj", str(mmproj), "--out", str(out),
                            "--quiet", *extra])


def _leftovers(folder: Path) -> list[str]:
    """Hidden staging folders of a build (there must never be any after it returns)."""
    return [p.name for p in folder.iterdir() if ".partial-" in p.name] if folder.is_dir() else []


def _one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err
    return err


# --- a pack is built ------------------------------------------------------------------------

def test_pack_is_built_and_opens(pair: tuple[Path, Path], tmp_path: Path,
                                 network_events: list) -> None:
    llm, mmproj = pair
    out = tmp_path / "packs" / "tiny-mtmd"
    assert _run(llm, mmproj, out) == 0
    pack = ModelPack.open(out)
    manifest = pack.manifest
    assert manifest.architecture == "mtmd" and manifest.conversation_format == "gemma"
    assert sorted(p.name for p in out.iterdir()) == ["llm.gguf", "manifest.json", "mmproj.gguf"]
    assert (out / "llm.gguf").read_bytes() == llm.read_bytes()
    assert (out / "mmproj.gguf").read_bytes() == mmproj.read_bytes()
    assert manifest.quantization == "F16" and manifest.name == "tiny-mtmd"
    assert manifest.display_name == "tiny-random-gemma3 (F16)"
    kv_width = SHAPES.n_head_kv * SHAPES.head_dim
    assert manifest.memory["kv_cache"] == kv_cache_bytes(SHAPES.n_layer, kv_width, 2048)
    assert manifest.memory["vision_f32"] == mmproj.stat().st_size
    assert manifest.generation["n_ctx"] == 2048 and manifest.ram_bytes == manifest.ram_needed()
    sources = {s.name: s for s in manifest.card.sources}
    assert sources[llm.name].sha256 == sha256_file(llm)
    assert sources[mmproj.name].sha256 == sha256_file(mmproj)
    assert any("not a diagnosis tool" in item.lower() for item in manifest.card.limitations)
    assert "model's own license" in manifest.card.license
    assert _leftovers(out.parent) == [] and network_events == []


def test_an_empty_out_folder_is_used(pair: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert _run(*pair, out, "--name", "x", "--display-name", "My model") == 0
    manifest = ModelPack.open(out).manifest
    assert (manifest.name, manifest.display_name) == ("x", "My model")


def test_context_is_capped_and_kv_width_comes_from_the_heads(tmp_path: Path) -> None:
    llm = _write_gguf(tmp_path / "m-Q4_K_M.gguf", "gemma3", _llm_metadata())
    mmproj = _write_gguf(tmp_path / "mmproj.gguf", "clip", _mmproj_metadata())
    out = tmp_path / "pack"
    assert _run(llm, mmproj, out) == 0
    manifest = ModelPack.open(out).manifest
    head_dim = SHAPES.n_embd // 4  # no key_length: embedding_length / head_count
    assert manifest.memory["kv_cache"] == kv_cache_bytes(3, 2 * head_dim, 2048)
    assert manifest.generation["n_ctx"] == 2048 and manifest.quantization == "Q4_K_M"


@pytest.mark.parametrize(("file_type", "name"), [(15, "Q4_K_M"), (7, "Q8_0"), (1, "F16"),
                                                 (0, "F32"), (999, "unknown"), (None, "unknown")])
def test_quantization_named_from_file_type(file_type: int | None, name: str) -> None:
    metadata = {} if file_type is None else {"general.file_type": file_type}
    assert mtmd_pack.quantization_of(GGUFSummary(Path("x.gguf"), 3, metadata)) == name


def test_chat_template_detection_is_a_table() -> None:
    summary = GGUFSummary(Path("x.gguf"), 3, {"tokenizer.chat_template": "a <start_of_turn> b"})
    assert mtmd_pack.detect_format(summary) == "gemma"
    assert ("<start_of_turn>", "gemma") in mtmd_pack.CHAT_TEMPLATE_FORMATS


# --- bad inputs: one error, nothing left behind ---------------------------------------------

def _refused(capsys: pytest.CaptureFixture[str], llm: Path, mmproj: Path, out: Path,
             *extra: str) -> str:
    assert _run(llm, mmproj, out, *extra) == EXIT_ERROR
    assert not out.exists() and _leftovers(out.parent) == []
    return _one_error(capsys)


def test_width_mismatch_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    llm = write_tiny_gemma3(tmp_path / "llm.gguf")
    mmproj = write_tiny_mmproj(tmp_path / "mmproj.gguf", n_embd_llm=SHAPES.n_embd * 2)
    err = _refused(capsys, llm, mmproj, tmp_path / "pack")
    assert f"projection width {SHAPES.n_embd * 2}" in err and str(SHAPES.n_embd) in err


def test_wrong_projector_type_is_refused(pair: tuple[Path, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    mmproj = _write_gguf(tmp_path / "mmproj-qwen.gguf", "clip",
                         _mmproj_metadata(**{"clip.projector_type": "qwen2.5vl"}))
    err = _refused(capsys, pair[0], mmproj, tmp_path / "pack")
    assert "qwen2.5vl" in err and "gemma3" in err


def test_swapped_files_are_refused(pair: tuple[Path, Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, pair[1], pair[0], tmp_path / "pack")
    assert "--mmproj must be 'clip'" in err


def test_unknown_chat_template_is_refused_then_format_given(
        pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    llm = _write_gguf(tmp_path / "other.gguf", "gemma3",
                      _llm_metadata(**{"tokenizer.chat_template": "<|turn|>{{ m }}"}))
    mmproj = _write_gguf(tmp_path / "mmproj.gguf", "clip", _mmproj_metadata())
    err = _refused(capsys, llm, mmproj, tmp_path / "pack")
    assert "--format" in err and "gemma" in err and "skingpt4" in err
    assert _run(llm, mmproj, tmp_path / "pack", "--format", "gemma") == 0
    assert ModelPack.open(tmp_path / "pack").manifest.conversation_format == "gemma"


def test_missing_chat_template_and_unknown_format(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    llm = _write_gguf(tmp_path / "llm.gguf", "gemma3",
                      _llm_metadata(**{"tokenizer.chat_template": None}))
    mmproj = _write_gguf(tmp_path / "mmproj.gguf", "clip", _mmproj_metadata())
    assert "is missing" in _refused(capsys, llm, mmproj, tmp_path / "pack")
    err = _refused(capsys, llm, mmproj, tmp_path / "pack", "--format", "vicuna")
    assert "'vicuna'" in err and "gemma" in err and "chatml" in err


def test_missing_header_key_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    llm = _write_gguf(tmp_path / "llm.gguf", "gemma3",
                      _llm_metadata(**{"gemma3.block_count": None}))
    mmproj = _write_gguf(tmp_path / "mmproj.gguf", "clip", _mmproj_metadata())
    assert "gemma3.block_count is missing" in _refused(capsys, llm, mmproj, tmp_path / "pack")


def test_existing_out_is_refused(pair: tuple[Path, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert _run(*pair, out) == EXIT_ERROR
    assert "already exists" in _one_error(capsys)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"] and _leftovers(tmp_path) == []


@pytest.mark.parametrize("which", ["--llm", "--mmproj"])
def test_missing_file_is_named(pair: tuple[Path, Path], tmp_path: Path, which: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    llm, mmproj = pair
    gone = tmp_path / "nowhere.gguf"
    args = (gone, mmproj) if which == "--llm" else (llm, gone)
    err = _refused(capsys, *args, tmp_path / "pack")
    assert f"{gone}: {which} file not found" in err


def test_failure_while_building_leaves_nothing(pair: tuple[Path, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error", "manifest.json")

    monkeypatch.setattr(mtmd_pack, "write_manifest", fail)
    err = _refused(capsys, *pair, tmp_path / "pack")
    assert "Input/output error" in err


def test_interrupt_while_copying_leaves_nothing(pair: tuple[Path, Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_copy = mtmd_pack.copy_hashed

    def copy_then_interrupt(src: Path, dst: Path, label: str, report: object) -> str:
        real_copy(src, dst, label, report)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(mtmd_pack, "copy_hashed", copy_then_interrupt)
    out = tmp_path / "pack"
    assert _run(*pair, out) == EXIT_INTERRUPTED
    assert not out.exists() and _leftovers(tmp_path) == []


# --- the model card -------------------------------------------------------------------------

CARD = {"provenance": "MedGemma 4B-it from Google, GGUF by a third party.",
        "license": "Health AI Developer Foundations terms of use",
        "intended_use": "Research.", "limitations": ["Not a diagnosis tool."]}


def test_card_json_is_used(pair: tuple[Path, Path], tmp_path: Path) -> None:
    card = tmp_path / "card.json"
    card.write_text(json.dumps(CARD))
    assert _run(*pair, tmp_path / "pack", "--card", str(card)) == 0
    written = ModelPack.open(tmp_path / "pack").card
    assert written.license == CARD["license"] and written.limitations == CARD["limitations"]
    assert {s.name for s in written.sources} == {p.name for p in pair}
    assert written.license_acceptance_required is False


def test_a_card_can_require_the_license_to_be_accepted(pair: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    card = tmp_path / "card.json"
    card.write_text(json.dumps({**CARD, "license_acceptance_required": True}))
    assert _run(*pair, tmp_path / "pack", "--card", str(card)) == 0
    assert ModelPack.open(tmp_path / "pack").card.license_acceptance_required is True


@pytest.mark.parametrize(("change", "named"), [
    ({"license_acceptance_required": "yes"}, "license_acceptance_required"),
    ({"sources": []}, "sources"),
    ({"license": ""}, "license"),
    ({"limitations": "one string"}, "limitations"),
    ({"limitations": ["ok", 3]}, "limitations"),
])
def test_bad_card_is_refused_naming_the_field(pair: tuple[Path, Path], tmp_path: Path,
                                              change: dict, named: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.json"
    card.write_text(json.dumps({**CARD, **change}))
    err = _refused(capsys, *pair, tmp_path / "pack", "--card", str(card))
    assert f"'{named}'" in err and str(card) in err


# --- --download (the app's download code, against a local stand-in for the Hub) ----------

LISTING = ["README.md", "model-Q4_K_M.gguf", "model-Q8_0.gguf", "mmproj-F16.gguf"]


@pytest.fixture
def hubs():
    """Stops the local hubs a test started."""
    started: list[FakeHub] = []
    yield started
    for hub in started:
        hub.stop()


def _fake_hub(monkeypatch: pytest.MonkeyPatch, pair: tuple[Path, Path], listing: list[str],
              hubs: list[FakeHub], repo: str = "org/model-GGUF") -> list[str]:
    """Serve ``pair`` under the GGUF names of ``listing`` as ``repo`` on a local hub that
    HF_ENDPOINT points to; returns the names fetched (in order)."""
    files = {name: (pair[1] if name.startswith("mmproj") else pair[0]).read_bytes()
             for name in listing if name.endswith(".gguf")}
    hub = FakeHub(files, repo=repo).start()
    hubs.append(hub)
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    monkeypatch.setattr(mtmd_pack, "repo_files", lambda repo: list(listing))
    fetched: list[str] = []
    original = hub._answer

    def record(handler, body: bool) -> None:
        name = handler.path.rsplit("/", 1)[-1]
        if handler.command == "HEAD" and name not in fetched:
            fetched.append(name)
        original(handler, body)

    hub._answer = record
    return fetched


def test_download_picks_q4_k_m_and_the_mmproj(pair: tuple[Path, Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, hubs,
                                              network_events: list) -> None:
    fetched = _fake_hub(monkeypatch, pair, LISTING, hubs)
    out = tmp_path / "pack"
    assert converters_main(["mtmd", "--download", "org/model-GGUF", "--out", str(out),
                            "--download-dir", str(tmp_path / "dl"), "--quiet"]) == 0
    assert fetched == ["model-Q4_K_M.gguf", "mmproj-F16.gguf"]
    pack = ModelPack.open(out)
    assert "huggingface.co/org/model-GGUF" in pack.card.provenance
    assert all("huggingface.co/org/model-GGUF" in s.origin for s in pack.card.sources)
    record = pack.manifest.download  # the commit and the hashes checked against the hub
    assert record.repo == "org/model-GGUF" and record.revision == COMMIT
    assert {f.name: f.sha256 for f in record.files} == {
        "model-Q4_K_M.gguf": sha256_file(pair[0]), "mmproj-F16.gguf": sha256_file(pair[1])}
    connects = [args for event, args in network_events if event == "socket.connect"]
    assert connects and all(args[1][0] == "127.0.0.1" for args in connects)


def test_download_goes_through_the_apps_one_download_function(
        pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hubs) -> None:
    from skingpt_desktop.core.packs import download as core_download

    _fake_hub(monkeypatch, pair, LISTING, hubs)
    calls: list[list[str]] = []
    real = core_download.download_files
    monkeypatch.setattr(core_download, "download_files",
                        lambda repo, names, *a, **k: calls.append(list(names)) or
                        real(repo, names, *a, **k))
    monkeypatch.setattr(download, "download_files", core_download.download_files)
    assert converters_main(["mtmd", "--download", "org/model-GGUF", "--out",
                            str(tmp_path / "p"), "--download-dir", str(tmp_path / "dl"),
                            "--quiet"]) == 0
    assert calls == [["model-Q4_K_M.gguf", "mmproj-F16.gguf"]]


def test_download_named_files_skip_the_listing(pair: tuple[Path, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, hubs) -> None:
    fetched = _fake_hub(monkeypatch, pair, LISTING, hubs, repo="org/m")
    monkeypatch.setattr(mtmd_pack, "repo_files", lambda repo: pytest.fail("listed"))
    assert converters_main(["mtmd", "--download", "org/m", "--llm-file", "model-Q8_0.gguf",
                            "--mmproj-file", "mmproj-F16.gguf", "--out", str(tmp_path / "p"),
                            "--quiet"]) == 0
    assert fetched == ["model-Q8_0.gguf", "mmproj-F16.gguf"]


@pytest.mark.parametrize(("listing", "flag", "listed"), [
    (["a-Q4_K_M.gguf", "mmproj-F16.gguf", "mmproj-F32.gguf"], "--mmproj-file",
     "mmproj-F16.gguf, mmproj-F32.gguf"),
    (["a-Q4_K_M.gguf", "b-Q4_K_M.gguf", "mmproj.gguf"], "--llm-file",
     "a-Q4_K_M.gguf, b-Q4_K_M.gguf"),
    (["a-Q8_0.gguf", "a-F16.gguf", "mmproj.gguf"], "--llm-file", "a-F16.gguf, a-Q8_0.gguf"),
    (["a-Q4_K_M.gguf"], "--mmproj-file", "none"),
])
def test_ambiguous_listing_fails_with_the_list(listing: list[str], flag: str, listed: str) -> None:
    with pytest.raises(ConversionError) as info:
        mtmd_pack.pick_files("org/m", listing)
    assert flag in str(info.value) and f"({listed})" in str(info.value)


def test_download_missing_named_file(pair: tuple[Path, Path], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, hubs,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _fake_hub(monkeypatch, pair, LISTING, hubs, repo="org/m")
    assert converters_main(["mtmd", "--download", "org/m", "--llm-file", "nope.gguf",
                            "--out", str(tmp_path / "p"), "--quiet"]) == EXIT_ERROR
    assert "'nope.gguf' is not in the repository" in _one_error(capsys)
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--download", "org/m", "--llm", "x.gguf"], "not both"),
    (["--llm-file", "x.gguf", "--llm", "x.gguf", "--mmproj", "y.gguf"], "--download REPO"),
    (["--llm", "x.gguf"], "--mmproj is required"),
])
def test_flag_combinations(args: list[str], message: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str], network_events: list) -> None:
    assert converters_main(["mtmd", *args, "--out", str(tmp_path / "p")]) == EXIT_ERROR
    assert message in _one_error(capsys) and network_events == []


# --- documentation --------------------------------------------------------------------------

def test_help_and_guide_document_every_flag() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["mtmd"]
    flags = {opt for action in sub._actions for opt in action.option_strings
             if opt.startswith("--")} - {"--help"}
    shown = subprocess.run([sys.executable, "-m", "converters", "mtmd", "--help"], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0
    assert flags <= set(re.findall(r"--[a-z][a-z0-9-]*", shown.stdout))
    guide = (ROOT / "docs" / "conversion.md").read_text(encoding="utf-8")
    section = guide[guide.index("(mtmd)"):]
    assert sorted(flag for flag in flags if flag not in section) == []


def test_a_catalogue_models_files_get_its_license_and_acceptance(
        pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hubs) -> None:
    """MedGemma downloaded by name: the card carries the catalogue's terms, to be accepted."""
    _fake_hub(monkeypatch, pair, ["medgemma-4b-it-Q4_K_M.gguf", "mmproj-F16.gguf"], hubs,
              repo="unsloth/medgemma-4b-it-GGUF")
    out = tmp_path / "pack"
    assert converters_main(["mtmd", "--download", "unsloth/medgemma-4b-it-GGUF", "--llm-file",
                            "medgemma-4b-it-Q4_K_M.gguf", "--mmproj-file", "mmproj-F16.gguf",
                            "--out", str(out), "--quiet"]) == 0
    card = ModelPack.open(out).card
    assert card.license == "Health AI Developer Foundations terms of use"
    assert card.license_acceptance_required is True
    assert card.limitations[0].startswith("Not a diagnosis tool")


def test_a_draft_with_the_same_vocabulary_is_added(pair: tuple[Path, Path], tmp_path: Path) -> None:
    from converters.tiny_mtmd import write_tiny_gemma3

    draft = write_tiny_gemma3(tmp_path / "small.gguf", seed=3)
    assert _run(*pair, tmp_path / "pack", "--draft", str(draft)) == 0
    pack = ModelPack.open(tmp_path / "pack")
    assert pack.draft_path == tmp_path / "pack" / "draft.gguf"


def test_a_draft_with_another_vocabulary_is_refused(pair: tuple[Path, Path], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from converters.tiny_llama import write_tiny_llama

    other = write_tiny_llama(tmp_path / "llama.gguf")  # architecture llama: not a gemma3 draft
    err = _refused(capsys, *pair, tmp_path / "pack", "--draft", str(other))
    assert "draft model has architecture 'llama'" in err
    assert not (tmp_path / "pack").exists()


def test_a_draft_that_spells_one_token_differently_is_refused(pair: tuple[Path, Path],
                                                              tmp_path: Path) -> None:
    """The token lists are compared, not only their lengths."""
    from converters.draft import check_draft
    from converters.tiny_mtmd import write_tiny_gemma3
    from skingpt_desktop.core.errors import ConversionError

    draft = write_tiny_gemma3(tmp_path / "small.gguf", seed=3)
    reader = gguf.GGUFReader(draft, "r+")
    field = reader.fields["tokenizer.ggml.tokens"]
    token = field.parts[field.data[300]]  # one token's UTF-8 bytes, edited in place
    token[0] = ord("Q") if token[0] != ord("Q") else ord("R")
    del reader
    with pytest.raises(ConversionError, match="token 300 is .*a draft needs the same vocabulary"):
        check_draft(draft, pair[0], ("gemma3",))
