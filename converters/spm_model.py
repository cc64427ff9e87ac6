"""Read a SentencePiece ``tokenizer.model`` without the sentencepiece or protobuf packages.

The file is a serialized protobuf ``ModelProto``. We need only a few fields, read with a small
bounded wire-format parser:

- ``ModelProto``: 1 ``pieces`` (repeated message), 2 ``trainer_spec``, 3 ``normalizer_spec``.
- ``SentencePiece``: 1 ``piece`` (string), 2 ``score`` (float), 3 ``type`` (enum, default
  NORMAL=1; UNKNOWN=2, CONTROL=3, USER_DEFINED=4, UNUSED=5, BYTE=6 — the same numbers GGUF uses).
- ``TrainerSpec``: 3 ``model_type`` (1 unigram, 2 BPE), 35 ``byte_fallback``, 40 ``unk_id``
  (default 0), 41 ``bos_id`` (1), 42 ``eos_id`` (2), 43 ``pad_id`` (-1).
- ``NormalizerSpec``: 3 ``add_dummy_prefix`` (default true).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from skingpt_desktop.core.errors import ConversionError

MAX_MODEL_BYTES = 64 << 20  # Llama's tokenizer.model is 500 KB
MAX_PIECES = 1 << 20

NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE = 1, 2, 3, 4, 5, 6


@dataclass
class SentencePieceModel:
    """The parts of a SentencePiece model a llama.cpp vocabulary needs."""

    pieces: list[str] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    types: list[int] = field(default_factory=list)
    model_type: int = 1
    byte_fallback: bool = False
    unk_id: int = 0
    bos_id: int = 1
    eos_id: int = 2
    pad_id: int = -1
    add_dummy_prefix: bool = True


class _Wire:
    """Protobuf wire-format reader over a bytes buffer that fails cleanly at its end."""

    def __init__(self, data: bytes, where: str) -> None:
        self.data, self.pos, self.where = data, 0, where

    def done(self) -> bool:
        return self.pos >= len(self.data)

    def _fail(self) -> ConversionError:
        return ConversionError(f"{self.where}: tokenizer model is truncated or malformed")

    def varint(self) -> int:
        value, shift = 0, 0
        while True:
            if self.pos >= len(self.data) or shift > 63:
                raise self._fail()
            byte = self.data[self.pos]
            self.pos += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise self._fail()
        chunk = self.data[self.pos:self.pos + count]
        self.pos += count
        return chunk

    def field(self) -> tuple[int, int, object]:
        """Next ``(field number, wire type, value)``; value is int, bytes or a float's bytes."""
        key = self.varint()
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            return number, wire_type, self.varint()
        if wire_type == 1:
            return number, wire_type, self.take(8)
        if wire_type == 2:
            return number, wire_type, self.take(self.varint())
        if wire_type == 5:
            return number, wire_type, self.take(4)
        raise self._fail()


def _int32(value: int) -> int:
    """Protobuf int32: negative numbers arrive as 64-bit two's complement varints."""
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


def _parse_piece(data: bytes, where: str) -> tuple[str, float, int]:
    wire = _Wire(data, where)
    piece, score, kind = "", 0.0, NORMAL
    while not wire.done():
        number, wire_type, value = wire.field()
        if number == 1 and wire_type == 2:
            try:
                piece = value.decode("utf-8")  # type: ignore[union-attr]
            except UnicodeDecodeError:
                raise ConversionError(f"{where}: a token is not valid UTF-8") from None
        elif number == 2 and wire_type == 5:
            score = struct.unpack("<f", value)[0]  # type: ignore[arg-type]
        elif number == 3 and wire_type == 0:
            kind = int(value)  # type: ignore[arg-type]
    if kind not in (NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE):
        raise ConversionError(f"{where}: token '{piece}' has unknown type {kind}")
    return piece, score, kind


def _parse_trainer(data: bytes, model: SentencePieceModel, where: str) -> None:
    wire = _Wire(data, where)
    ids = {40: "unk_id", 41: "bos_id", 42: "eos_id", 43: "pad_id"}
    while not wire.done():
        number, wire_type, value = wire.field()
        if wire_type != 0:
            continue
        if number == 3:
            model.model_type = int(value)  # type: ignore[arg-type]
        elif number == 35:
            model.byte_fallback = bool(value)
        elif number in ids:
            setattr(model, ids[number], _int32(int(value)))  # type: ignore[arg-type]


def _parse_normalizer(data: bytes, model: SentencePieceModel, where: str) -> None:
    wire = _Wire(data, where)
    while not wire.done():
        number, wire_type, value = wire.field()
        if number == 3 and wire_type == 0:
            model.add_dummy_prefix = bool(value)


def read_sentencepiece_model(path: str | Path) -> SentencePieceModel:
    """Parse ``tokenizer.model``; raises ConversionError naming the file on any problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MODEL_BYTES:
            raise ConversionError(f"{path}: too large to be a SentencePiece model")
        data = path.read_bytes()
    except OSError as exc:
        raise ConversionError(f"{path}: cannot be read ({exc.strerror})") from None
    model = SentencePieceModel()
    wire = _Wire(data, str(path))
    while not wire.done():
        number, wire_type, value = wire.field()
        if wire_type != 2:
            continue
        if number == 1:
            if len(model.pieces) >= MAX_PIECES:
                raise ConversionError(f"{path}: implausibly many tokens")
            piece, score, kind = _parse_piece(value, str(path))  # type: ignore[arg-type]
            model.pieces.append(piece)
            model.scores.append(score)
            model.types.append(kind)
        elif number == 2:
            _parse_trainer(value, model, str(path))  # type: ignore[arg-type]
        elif number == 3:
            _parse_normalizer(value, model, str(path))  # type: ignore[arg-type]
    _validate(model, path)
    return model


def _validate(model: SentencePieceModel, path: Path) -> None:
    n = len(model.pieces)
    if n == 0:
        raise ConversionError(f"{path}: not a SentencePiece model (no tokens)")
    for name in ("unk_id", "bos_id", "eos_id"):
        value = getattr(model, name)
        if not 0 <= value < n:
            raise ConversionError(f"{path}: {name} {value} is outside the vocabulary of {n}")
    if model.pad_id >= n:
        raise ConversionError(f"{path}: pad_id {model.pad_id} is outside the vocabulary of {n}")
