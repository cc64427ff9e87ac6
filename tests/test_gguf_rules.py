"""Hyper-parameters that stop llama.cpp are refused before it runs, in one sentence naming the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gguf import GGUFReader

from skingpt_desktop.core.errors import GGUFFormatError
from skingpt_desktop.core.native.gguf_check import check_gguf_file
from skingpt_desktop.core.native.gguf_rules import check_metadata

U32, F32, I32 = 4, 6, 5
LLAMA = {"general.architecture": "llama", "llama.block_count": 2,
         "llama.embedding_length": 64, "llama.attention.head_count": 4,
         "llama.attention.head_count_kv": 4, "llama.rope.freq_base": 10000.0,
         "llama.attention.layer_norm_rms_epsilon": 1e-5}
CLIP = {"general.architecture": "clip", "clip.vision.image_size": 224,
        "clip.vision.patch_size": 16, "clip.vision.embedding_length": 32,
        "clip.vision.attention.head_count": 2,
        "clip.vision.attention.layer_norm_epsilon": 1e-6}


def types_of(metadata: dict) -> dict[str, int]:
    return {k: (F32 if isinstance(v, float) else U32) for k, v in metadata.items()
            if not isinstance(v, str)}


@pytest.mark.parametrize("base, key, value, words", [
    (LLAMA, "llama.block_count", 1048577, "between 1 and 512"),
    (LLAMA, "llama.block_count", 0, "between 1 and 512"),
    (LLAMA, "llama.attention.head_count", 3, "multiple of llama.attention.head_count"),
    (LLAMA, "llama.attention.head_count_kv", 3, "multiple of llama.attention.head_count_kv"),
    (LLAMA, "llama.rope.freq_base", -1.0, "greater than 0"),
    (LLAMA, "llama.rope.freq_base", float("nan"), "finite"),
    (LLAMA, "llama.attention.layer_norm_rms_epsilon", -1.0, "between 0 and 1"),
    (LLAMA, "llama.attention.layer_norm_rms_epsilon", float("inf"), "finite"),
    (LLAMA, "llama.expert_used_count", 2, "cannot exceed llama.expert_count"),
    (LLAMA, "llama.rope.scaling.type", "spiral", "known types"),
    (LLAMA, "general.alignment", 16, "power of two"),
    (LLAMA, "general.alignment", 48, "power of two"),
    (CLIP, "clip.vision.patch_size", 1, "between 2 and 1024"),
    (CLIP, "clip.vision.patch_size", 17, "multiple of clip.vision.patch_size"),
    (CLIP, "clip.vision.attention.head_count", 3, "multiple of clip.vision.attention.head_count"),
    (CLIP, "clip.vision.attention.layer_norm_epsilon", -1.0, "between 0 and 1"),
    (CLIP, "clip.vision.embedding_length", 1.5, "stored as float32"),
])
def test_a_bad_value_is_named(base, key, value, words) -> None:
    metadata = {**base, key: value}
    types = types_of(metadata)
    with pytest.raises(GGUFFormatError) as caught:
        check_metadata("model.gguf", metadata, types)
    message = str(caught.value)
    assert message.startswith("model.gguf: ") and key in message and words in message


def test_sound_values_pass() -> None:
    check_metadata("a.gguf", LLAMA, types_of(LLAMA))
    check_metadata("b.gguf", CLIP, types_of(CLIP))
    check_metadata("c.gguf", {**LLAMA, "llama.expert_count": 8, "llama.expert_used_count": 2,
                              "general.alignment": 64}, None)


def test_a_key_of_another_type_is_named_with_both_types() -> None:
    metadata = {**CLIP}
    with pytest.raises(GGUFFormatError, match="clip.vision.image_size .* stored as int32, not "
                                              "uint32"):
        check_metadata("m.gguf", metadata, {**types_of(CLIP), "clip.vision.image_size": I32})


def test_a_duplicated_vocabulary_entry_is_named() -> None:
    with pytest.raises(GGUFFormatError, match=r"tokenizer.ggml.tokens\[3\] is 'ab'; this text "
                                              "is already an earlier vocabulary entry"):
        check_metadata("m.gguf", {**LLAMA, "tokenizer.ggml.tokens": ["<s>", "ab", "c", "ab"]},
                       None)


def test_the_pack_files_themselves_are_checked(tiny_pack: Path, tmp_path: Path) -> None:
    check_gguf_file(tiny_pack / "llm.gguf")  # the sound file passes
    damaged = Path(shutil.copy(tiny_pack / "llm.gguf", tmp_path / "llm.gguf"))
    reader = GGUFReader(damaged, "r+")
    field = reader.fields["llama.attention.head_count"]
    field.parts[field.data[0]][0] = 3
    reader.data.flush()
    del reader
    with pytest.raises(GGUFFormatError, match=r"multiple of llama.attention.head_count \(3\)"):
        check_gguf_file(damaged)
