"""PNG in and out with the standard library only, for the packaging smoke test.

The smoke test runs on a bare system (no numpy, no Pillow outside the bundle), so it writes its
test photo and reads the app's screenshot with zlib alone: 8-bit RGB or RGBA, not interlaced,
which is what the app's Qt screenshots are.
"""

from __future__ import annotations

import math
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {2: 3, 6: 4}  # PNG colour type -> samples per pixel (RGB, RGBA)


@dataclass(frozen=True)
class ImageStats:
    width: int
    height: int
    colours: int  # distinct RGB values (counted on a sample grid)
    busy_fraction: float  # share of sampled pixels that differ from the most common colour


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def write_test_photo(path: Path, width: int = 320, height: int = 240) -> Path:
    """A synthetic skin-coloured photo with texture and a darker patch (no real person's skin).

    Texture matters: the app's quality check asks for a retake of a featureless image.
    """
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type 0 (None) for every scanline
        for x in range(width):
            grain = ((x * 7919 + y * 104729) % 23) - 11  # deterministic pore-like texture
            patch = math.hypot(x - width * 0.55, (y - height * 0.5) * 1.2) < height * 0.22
            base = (176, 84, 72) if patch else (214, 164, 132)
            row += bytes(max(0, min(255, c + grain - (y * 20) // height)) for c in base)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(PNG_SIGNATURE + _chunk(b"IHDR", header)
                     + _chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + _chunk(b"IEND", b""))
    return path


def _read_chunks(data: bytes) -> tuple[bytes, bytes]:
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    offset, header, idat = len(PNG_SIGNATURE), b"", []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        header = body if kind == b"IHDR" else header
        if kind == b"IDAT":
            idat.append(body)
        offset += 12 + length
    return header, zlib.decompress(b"".join(idat))


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def _unfilter(raw: bytes, width: int, height: int, bpp: int) -> list[bytes]:
    """Undo PNG's per-scanline filters (None, Sub, Up, Average, Paeth)."""
    stride, rows, previous = width * bpp, [], bytes(width * bpp)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            predictor = (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]
            line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = bytes(line)
    return rows


def image_stats(path: Path, grid: int = 97) -> ImageStats:
    """How much is on an 8-bit RGB(A) PNG: distinct colours and non-background share."""
    header, raw = _read_chunks(path.read_bytes())
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour_type not in CHANNELS or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour_type})")
    bpp = CHANNELS[colour_type]
    rows = _unfilter(raw, width, height, bpp)
    samples = [rows[y][x * bpp:x * bpp + 3]
               for y in range(0, height, max(1, height // grid))
               for x in range(0, width, max(1, width // grid))]
    counts: dict[bytes, int] = {}
    for sample in samples:
        counts[sample] = counts.get(sample, 0) + 1
    background = max(counts.values())
    return ImageStats(width, height, len(counts), 1 - background / len(samples))
