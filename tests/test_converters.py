"""End to end: the committed tiny checkpoints, in every source layout, through
``python -m converters skingpt4`` into packs whose outputs match the PyTorch reference.

The fixtures (tests/fixtures/make_reference_checkpoints.py) hold the same numbers in every
layout; reference_llm.npz is the transformers pipeline on a fixed skingpt4 conversation about
photo alpha.png: the projected image embeddings spliced at <ImageHere>, the prompt's token ids,
a 20-token greedy continuation and the logits at every step. Measured when written: F16 logits
within 0.004 of the reference (smallest top-1/top-2 gap 0.60), Q8_0 within 0.16, 20/20 tokens.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from converters.__main__ import main as converters_main
from converters.blip2_hf import hf_blip2_tensor_name_map
from converters.quantize import quantize_gguf
from converters.safetensors_reader import SafetensorsFile
from converters.tiny_llama import write_tiny_llama
from skingpt_desktop.core.llm.chat_session import ChatSession
from skingpt_desktop.core.llm.llm import LLM, GenerationSettings
from skingpt_desktop.core.native.gguf_check import read_gguf_header
from skingpt_desktop.core.packs.hashing import sha256_file
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.vision.vision import VisionEncoder
from skingpt_desktop.core.vision.vision_format import TINY_HPARAMS
from skingpt_desktop.core.vision.vision_gguf import VisionWeights

FIXTURES = Path(__file__).parent / "fixtures"
CKPT = FIXTURES / "checkpoints"
REFERENCE = FIXTURES / "reference"
LAVIS = [str(CKPT / "lavis" / "eva_vit_g.pth"), str(CKPT / "lavis" / "blip2_pretrained_flant5xxl.pth"),
         "--vision-hparams", str(CKPT / "lavis" / "vision_hparams.json")]
HF_VISION = [str(CKPT / "hf_blip2")]
SKINGPT4 = str(CKPT / "skingpt4" / "skingpt4_tiny.pth")
Q8_TYPE, Q4_K_TYPE, Q6_K_TYPE, F16_TYPE = 8, 12, 14, 1
F16_LOGIT_ATOL = 0.05  # measured 0.004; the logits spread over about +-10


def convert(out: Path, vision: list[str], llm: Path, *extra: str) -> Path:
    code = converters_main(["skingpt4", "--quiet", "--out", str(out), "--skingpt4", SKINGPT4,
                            "--vision", *vision, "--llm", str(llm), *extra])
    assert code == 0
    return out


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("converted")
    built = {
        "lavis": convert(root / "lavis", LAVIS, CKPT / "llama_hf", "--llm-type", "F16",
                         "--vision-type", "f32"),
        "hf_bin": convert(root / "hf_bin", HF_VISION, CKPT / "llama_bin", "--llm-type", "F16",
                          "--vision-type", "f32"),
        "hf_q8": convert(root / "hf_q8", HF_VISION, CKPT / "llama_hf", "--llm-type", "Q8_0"),
    }
    built["from_gguf"] = convert(root / "from_gguf", LAVIS, built["lavis"] / "llm.gguf",
                                 "--vision-type", "q8_0", "--llm-type", "Q4_K_M")
    return built


@pytest.fixture(scope="module")
def reference() -> dict:
    data = dict(np.load(CKPT / "reference_llm.npz"))
    data.update(json.loads((CKPT / "reference_llm.json").read_text()))
    return data


def _tensors(path: Path) -> dict[str, np.ndarray]:
    with VisionWeights(path) as weights:
        return {name: weights.tensor(name).copy() for name in weights.names}


# --- vision ----------------------------------------------------------------------------------

def test_all_layouts_give_identical_vision_tensors(packs: dict[str, Path]) -> None:
    lavis, hf = _tensors(packs["lavis"] / "vision.gguf"), _tensors(packs["hf_bin"] / "vision.gguf")
    assert lavis.keys() == hf.keys()
    for name in lavis:
        np.testing.assert_array_equal(lavis[name], hf[name], err_msg=name)
    # ... and they are the reference's own numbers (projection from the SkinGPT-4 checkpoint,
    # which holds make_reference.py's projection).
    source = SafetensorsFile(REFERENCE / "blip2_tiny.safetensors")
    names = hf_blip2_tensor_name_map(TINY_HPARAMS)
    width = TINY_HPARAMS.vit_width
    for ours, theirs in names.items():
        expected = source.read(theirs).astype(np.float32)
        if ours.endswith("attn.q_bias"):
            expected = expected[:width]
        elif ours.endswith("attn.v_bias"):
            expected = expected[2 * width:]
        np.testing.assert_array_equal(lavis[ours], expected, err_msg=ours)
    source.close()


@pytest.mark.parametrize("photo", ["alpha", "small", "wide"])
def test_vision_parity_with_reference(packs: dict[str, Path], photo: str) -> None:
    data = np.load(REFERENCE / f"{photo}.npz")
    pixels, expected = data["pixels"].astype(np.float32), data["embeddings"]
    f32 = VisionEncoder.from_gguf(packs["lavis"] / "vision.gguf").encode(pixels)
    assert np.abs(f32 - expected).max() <= 1e-4
    f16 = VisionEncoder.from_gguf(packs["hf_q8"] / "vision.gguf").encode(pixels)
    cosine = (f16 * expected).sum(1) / np.linalg.norm(f16, axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() >= 0.9999


def test_unneeded_shard_is_never_opened(packs: dict[str, Path]) -> None:
    index = json.loads((CKPT / "hf_blip2" / "model.safetensors.index.json").read_text())
    absent = set(index["weight_map"].values()) - {p.name for p in (CKPT / "hf_blip2").iterdir()}
    assert absent == {"model-00003-of-00003.safetensors"}  # listed, not shipped, not needed
    manifest = json.loads((packs["hf_q8"] / "manifest.json").read_text())
    sources = {s["name"] for s in manifest["card"]["sources"]}
    assert {"model-00001-of-00003.safetensors", "model-00002-of-00003.safetensors",
            "model.safetensors.index.json"} <= sources  # the shards read are on record
    assert not absent & sources


# --- LLM -------------------------------------------------------------------------------------

def _prompt(llm: LLM, ref: dict, image: np.ndarray) -> int:
    """Evaluate <s>seg0 | image | seg1 the way the reference builds inputs_embeds."""
    ids0, ids1 = [int(t) for t in ref["ids0"]], [int(t) for t in ref["ids1"]]
    llm.eval_tokens(ids0, 0, want_logits=False)
    llm.eval_embeddings(image, len(ids0), want_logits=False)
    llm.eval_tokens(ids1, len(ids0) + len(image))
    return len(ids0) + len(image) + len(ids1)


def test_f16_tokenizes_and_continues_exactly_like_the_reference(packs: dict[str, Path],
                                                                reference: dict) -> None:
    for name in ("lavis", "hf_bin"):  # safetensors shards and .bin give the same model
        with LLM(packs[name] / "llm.gguf", n_ctx=256, n_threads=1) as llm:
            assert llm.tokenize(reference["seg0"], add_bos=True) == list(reference["ids0"])
            assert llm.tokenize(reference["seg1"]) == list(reference["ids1"])
            pos = _prompt(llm, reference, reference["image_embeddings"])
            np.testing.assert_allclose(llm.logits(), reference["prompt_logits"], rtol=0, atol=F16_LOGIT_ATOL)
            greedy = []
            for step in range(20):
                logits = llm.logits()
                np.testing.assert_allclose(logits, reference["step_logits"][step], rtol=0,
                                           atol=F16_LOGIT_ATOL)
                greedy.append(int(logits.argmax()))
                llm.eval_tokens([greedy[-1]], pos)
                pos += 1
            assert greedy == list(reference["greedy_tokens"])


def test_whole_pipeline_photo_to_answer_at_f16(packs: dict[str, Path], reference: dict) -> None:
    """Our vision tower's embeddings of the photo, through the app's chat session."""
    pixels = np.load(REFERENCE / "alpha.npz")["pixels"].astype(np.float32)
    image = VisionEncoder.from_gguf(packs["lavis"] / "vision.gguf").encode(pixels)
    with LLM(packs["lavis"] / "llm.gguf", n_ctx=256, n_threads=1) as llm:
        session = ChatSession(llm, "skingpt4", image)
        answer = session.ask(reference["question"], GenerationSettings(deterministic=True, max_new_tokens=20))
        prompt = list(session.last_prompt_items)
        assert prompt == [*reference["ids0"], *range(-1, -33, -1), *reference["ids1"]]
        assert answer.generated_tokens == 20
        # the cache holds the prompt and every generated token but the last (never evaluated)
        assert list(session.kv_items[len(prompt):]) == list(reference["greedy_tokens"][:19])
        assert answer.text.strip() == llm.detokenize(reference["greedy_tokens"]).strip()


def test_q8_0_agrees_with_the_reference(packs: dict[str, Path], reference: dict) -> None:
    header = read_gguf_header(packs["hf_q8"] / "llm.gguf")
    assert header.tensors["blk.0.attn_q.weight"].ggml_type == Q8_TYPE
    agree = 0
    with LLM(packs["hf_q8"] / "llm.gguf", n_ctx=256, n_threads=1) as llm:
        pos = _prompt(llm, reference, reference["image_embeddings"])
        for token in reference["greedy_tokens"]:  # teacher forcing: the reference's tokens
            agree += int(llm.logits().argmax() == token)
            llm.eval_tokens([int(token)], pos)
            pos += 1
    assert agree / len(reference["greedy_tokens"]) >= 0.95


def test_existing_gguf_is_quantized_and_still_runs(packs: dict[str, Path], reference: dict) -> None:
    header = read_gguf_header(packs["from_gguf"] / "llm.gguf")
    # width 64 is below the K-quant block (256): llama.cpp falls back to 32-blocks here
    assert {t.ggml_type for t in header.tensors.values()} - {0, 1} <= {2, 3, 6, 7, 8}
    manifest = ModelPack.open(packs["from_gguf"]).manifest
    assert manifest.quantization == "Q4_K_M"
    with LLM(packs["from_gguf"] / "llm.gguf", n_ctx=256, n_threads=1) as llm:
        _prompt(llm, reference, reference["image_embeddings"])
        assert np.isfinite(llm.logits()).all()


def test_k_quants_at_a_width_they_apply_to(tmp_path: Path) -> None:
    """Q4_K_M and Q5_K_M really produce K-quant tensors once rows are 256 wide."""
    src = write_tiny_llama(tmp_path / "wide.gguf", n_embd=256, n_layer=1, n_ff=512)
    for llm_type, expected in (("Q4_K_M", {Q4_K_TYPE, Q6_K_TYPE}), ("Q5_K_M", {13, Q6_K_TYPE})):
        out = tmp_path / f"{llm_type}.gguf"
        quantize_gguf(src, out, llm_type)
        types = {t.ggml_type for t in read_gguf_header(out).tensors.values()}
        assert expected <= types
        assert out.stat().st_size < src.stat().st_size * 0.5


# --- the pack itself -------------------------------------------------------------------------

def test_manifest_records_provenance_and_model_card(packs: dict[str, Path]) -> None:
    pack = ModelPack.open(packs["lavis"])
    card, manifest = pack.card, pack.manifest
    assert manifest.conversation_format == "skingpt4"
    assert manifest.quantization == "F16"
    assert "testing the code, not for diagnosis" in card.intended_use
    assert "Llama 2 Community License" in card.license and "BSD-3-Clause" in card.license
    by_name = {s.name: s for s in card.sources}
    for path in (CKPT / "skingpt4" / "skingpt4_tiny.pth", CKPT / "lavis" / "eva_vit_g.pth",
                 CKPT / "llama_hf" / "tokenizer.model",
                 CKPT / "llama_hf" / "model-00001-of-00002.safetensors"):
        assert by_name[path.name].sha256 == sha256_file(path)
    files = sum(f.size for f in manifest.files)
    assert manifest.ram_bytes > files
    # The parts come from the models themselves: the tower's float32 size and the LLM's cache.
    from skingpt_desktop.core.packs.memory import vision_f32_bytes
    from skingpt_desktop.core.vision.vision_gguf import read_vision_hparams
    parts = manifest.memory_parts()
    hp = read_vision_hparams(pack.vision_path)
    assert (parts.vision_f32, parts.vision_layer_f32) == vision_f32_bytes(hp)
    assert parts.kv_cache > 0 and parts.vision_file == manifest.file("vision").size
    # The fixture Llama was trained for 512 tokens: its pack must load with its own defaults.
    assert manifest.generation["n_ctx"] == 512 and manifest.generation["top_p"] == 0.9


def test_quantized_gguf_is_copied_as_it_is(packs: dict[str, Path], tmp_path: Path) -> None:
    source = packs["hf_q8"] / "llm.gguf"
    out = convert(tmp_path / "pack", HF_VISION, source)
    assert (out / "llm.gguf").read_bytes() == source.read_bytes()
    assert ModelPack.open(out).manifest.quantization == "Q8_0"


def test_nothing_but_the_pack_is_left(packs: dict[str, Path]) -> None:
    root = packs["lavis"].parent
    assert sorted(p.name for p in root.iterdir()) == sorted(packs)
    for pack in packs.values():
        assert sorted(p.name for p in pack.iterdir()) == ["llm.gguf", "manifest.json", "vision.gguf"]


def test_force_replaces_an_existing_pack(packs: dict[str, Path], tmp_path: Path) -> None:
    out = Path(shutil.copytree(packs["hf_q8"], tmp_path / "pack"))
    before = (out / "manifest.json").read_text()
    convert(out, HF_VISION, packs["lavis"] / "llm.gguf", "--force", "--name", "replaced")
    pack = ModelPack.open(out)
    assert pack.name == "replaced"
    # an F16 GGUF without --llm-type is quantized with the default type
    assert pack.manifest.quantization == "Q4_K_M" and pack.manifest.display_name == "SkinGPT-4 (Q4_K_M)"
    assert F16_TYPE not in {t.ggml_type for t in read_gguf_header(out / "llm.gguf").tensors.values()}
    assert (out / "manifest.json").read_text() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack"]


def test_a_short_context_model_gets_its_own_context_in_the_manifest(packs: dict[str, Path],
                                                                    tmp_path: Path) -> None:
    width = read_gguf_header(packs["lavis"] / "llm.gguf").metadata["llama.embedding_length"]
    short = write_tiny_llama(tmp_path / "short.gguf", n_embd=width, n_ctx_train=1024,
                             dtype="f32")
    pack = ModelPack.open(convert(tmp_path / "pack", LAVIS, short, "--llm-type", "Q8_0"))
    assert pack.manifest.generation["n_ctx"] == 1024  # min(2048, what it was trained for)
    with LLM(pack.llm_path, n_ctx=pack.manifest.generation["n_ctx"], n_threads=1) as llm:
        assert llm.n_ctx == 1024 and llm.notice == ""


def test_a_draft_model_is_added_when_its_vocabulary_matches(packs: dict[str, Path],
                                                            tmp_path: Path) -> None:
    """The Q8_0 LLM of another conversion of the same model as draft: same tokens, accepted."""
    out = convert(tmp_path / "with-draft", LAVIS, packs["lavis"] / "llm.gguf", "--vision-type",
                  "q8_0", "--draft", str(packs["hf_q8"] / "llm.gguf"))
    pack = ModelPack.open(out)
    assert pack.draft_path == out / "draft.gguf"
    assert {f.role for f in pack.manifest.files} == {"vision", "llm", "draft"}


def test_a_draft_model_with_another_vocabulary_is_refused(tmp_path: Path, packs, capsys) -> None:
    from converters.tiny_llama import write_tiny_llama

    other = write_tiny_llama(tmp_path / "other.gguf")
    code = converters_main(["skingpt4", "--quiet", "--out", str(tmp_path / "p"), "--skingpt4",
                            SKINGPT4, "--vision", *LAVIS, "--llm", str(packs["lavis"] / "llm.gguf"),
                            "--draft", str(other)])
    assert code != 0 and not (tmp_path / "p").exists()
    assert "a draft needs the same vocabulary" in capsys.readouterr().err


def test_a_hugging_face_folder_becomes_the_draft_model(tmp_path: Path) -> None:
    """--draft HF_FOLDER is converted like the LLM; the tiny Llama folder shares its vocabulary."""
    out = convert(tmp_path / "hf-draft", LAVIS, CKPT / "llama_hf", "--llm-type", "F16",
                  "--vision-type", "q8_0", "--draft", str(CKPT / "llama_hf"))
    pack = ModelPack.open(out)
    assert pack.draft_path == out / "draft.gguf"
    assert not (out / "draft-f16.gguf").exists()
    draft, model = (LLM(path, n_ctx=128, n_threads=1) for path in (pack.draft_path, pack.llm_path))
    try:
        assert draft.n_vocab == model.n_vocab and draft.token_bytes(300) == model.token_bytes(300)
    finally:
        draft.close()
        model.close()
