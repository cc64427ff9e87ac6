"""The safetensors and SentencePiece readers: exact values, and clear refusals of damaged or
hostile headers (sizes that lie, offsets out of the file, shard names that leave the folder)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from converters.llama_hf import load_vocab
from converters.safetensors_reader import (
    SafetensorsFile,
    ShardedTensors,
    needed_shards,
    open_weights_dir,
    read_index,
)
from converters.spm_model import BYTE, CONTROL, read_sentencepiece_model
from skingpt_desktop.core.errors import ConversionError
from tests.checkpoint_tools import save_safetensors

CKPT = Path(__file__).parent / "fixtures" / "checkpoints"


def _raw(path: Path, header: dict, data: bytes = b"", length: int | None = None) -> Path:
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw) if length is None else length) + raw + data)
    return path


def test_safetensors_round_trip_f16_f32(tmp_path: Path) -> None:
    arrays = {"a": np.arange(12, dtype=np.float32).reshape(3, 4), "b": np.ones((2, 2), np.float16)}
    source = SafetensorsFile(save_safetensors(tmp_path / "x.safetensors", arrays))
    for name, array in arrays.items():
        np.testing.assert_array_equal(source.read(name), array)
        assert source.read(name).dtype == array.dtype
    source.close()


def test_bfloat16_is_widened_exactly(tmp_path: Path) -> None:
    values = np.array([1.0, -2.5, 3.140625, 65280.0], np.float32)  # exactly representable in bf16
    bits = (values.view(np.uint32) >> 16).astype("<u2").tobytes()
    header = {"w": {"dtype": "BF16", "shape": [4], "data_offsets": [0, 8]}}
    path = _raw(tmp_path / "bf.safetensors", header, bits)
    np.testing.assert_array_equal(SafetensorsFile(path).read("w"), values)


@pytest.mark.parametrize("header, data, length, message", [
    ({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}, b"\0" * 8, None, "past the end"),
    ({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 12]}}, b"\0" * 16, None, "should take 16"),
    ({"w": {"dtype": "C64", "shape": [4], "data_offsets": [0, 32]}}, b"\0" * 32, None, "unsupported"),
    ({"w": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}, b"\0" * 4, None, "invalid shape"),
    ({}, b"", 1 << 40, "header length"),
    ({"w": {"dtype": "F32", "shape": [1 << 62, 4], "data_offsets": [0, 0]}}, b"", None, "should take"),
])
def test_damaged_safetensors_headers(tmp_path: Path, header: dict, data: bytes, length, message: str) -> None:
    with pytest.raises(ConversionError, match=message):
        SafetensorsFile(_raw(tmp_path / "x.safetensors", header, data, length))


def test_shard_index_cannot_point_outside_its_folder(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors.index.json").write_text(
        json.dumps({"weight_map": {"w": "../../etc/passwd"}}))
    with pytest.raises(ConversionError, match="plain file name"):
        read_index(tmp_path / "model.safetensors.index.json")


def test_shards_open_lazily_and_only_when_needed(tmp_path: Path) -> None:
    save_safetensors(tmp_path / "a.safetensors", {"x": np.ones(2, np.float32)})
    save_safetensors(tmp_path / "b.safetensors", {"y": np.zeros(2, np.float32)})
    weight_map = {"x": "a.safetensors", "y": "b.safetensors", "z": "c.safetensors"}
    (tmp_path / "model.safetensors.index.json").write_text(json.dumps({"weight_map": weight_map}))
    assert needed_shards(weight_map, lambda n: n != "z") == ["a.safetensors", "b.safetensors"]
    source = open_weights_dir(tmp_path)
    assert isinstance(source, ShardedTensors) and source.opened_shards == []
    np.testing.assert_array_equal(source.read("x"), [1, 1])
    assert source.opened_shards == ["a.safetensors"]
    with pytest.raises(ConversionError, match="c.safetensors: shard listed .* is missing"):
        source.read("z")
    source.close()


def test_sentencepiece_model_matches_the_sentencepiece_library() -> None:
    """reference_llm.json holds what the sentencepiece library itself reported."""
    expected = json.loads((CKPT / "reference_llm.json").read_text())["tokenizer_check"]
    model = read_sentencepiece_model(CKPT / "llama_hf" / "tokenizer.model")
    assert model.pieces == expected["pieces"]
    np.testing.assert_allclose(model.scores, expected["scores"], rtol=0, atol=0)
    assert [t == BYTE for t in model.types] == expected["byte"]
    assert [t == CONTROL for t in model.types] == expected["control"]
    assert (model.unk_id, model.bos_id, model.eos_id, model.pad_id) == (
        expected["unk_id"], expected["bos_id"], expected["eos_id"], expected["pad_id"])
    assert model.byte_fallback and model.model_type == 2 and model.add_dummy_prefix


def test_vocabulary_is_padded_to_the_embedding_rows(tmp_path: Path) -> None:
    folder = tmp_path / "llama"
    folder.mkdir()
    (folder / "tokenizer.model").write_bytes((CKPT / "llama_hf" / "tokenizer.model").read_bytes())
    (folder / "added_tokens.json").write_text(json.dumps({"<pad>": 400}))
    vocab = load_vocab(folder, 402)
    assert vocab.tokens[400] == "<pad>" and vocab.tokens[401] == "[PAD401]"
    with pytest.raises(ConversionError, match="400 tokens but the model's vocab_size is 300"):
        load_vocab(folder, 300)


def test_truncated_tokenizer_model(tmp_path: Path) -> None:
    data = (CKPT / "llama_hf" / "tokenizer.model").read_bytes()
    (tmp_path / "tokenizer.model").write_bytes(data[: len(data) // 2])
    with pytest.raises(ConversionError, match="truncated or malformed"):
        read_sentencepiece_model(tmp_path / "tokenizer.model")
