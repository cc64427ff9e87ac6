"""Untrusted JSON and files are read within bounds: one clear error, never a crash or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from skingpt_desktop.core.bounded_input import (
    MAX_INT_DIGITS,
    MAX_JSON_DEPTH,
    check_regular_file,
    json_depth,
    loads_json,
    quote,
    read_json,
)
from skingpt_desktop.core.errors import PackError


def _loads(raw: bytes | str, **limits: int):
    return loads_json(raw, "test.json", PackError, max_bytes=limits.pop("max_bytes", 1 << 20),
                      **limits)


def test_ordinary_json_parses() -> None:
    assert _loads(b'{"a": [1, 2.5, "x[{"], "b": {"c": null}}') == \
        {"a": [1, 2.5, "x[{"], "b": {"c": None}}


def test_deep_nesting_is_refused_before_parsing() -> None:
    with pytest.raises(PackError, match=r"test.json nests 30000 levels deep; at most 32"):
        _loads("[" * 30000 + "]" * 30000)
    with pytest.raises(PackError, match="nests 30000 levels"):
        _loads('{"a":' * 30000 + "1" + "}" * 30000)


def test_brackets_inside_strings_do_not_count() -> None:
    text = '["' + "[" * 5000 + '\\"{"]'
    assert json_depth(text) == 1
    assert _loads(text) == ["[" * 5000 + '"{']


def test_depth_limit_is_exact() -> None:
    assert _loads("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) is not None
    with pytest.raises(PackError, match="nests"):
        _loads("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))


@pytest.mark.parametrize("digits", [MAX_INT_DIGITS + 1, 4000, 100_000])
def test_long_integers_are_refused(digits: int) -> None:
    with pytest.raises(PackError, match=f"integer of {digits} digits"):
        _loads('{"ram_bytes": -' + "9" * digits + "}")


def test_64_bit_integers_still_parse() -> None:
    assert _loads(str(2**64 - 1)) == 2**64 - 1


@pytest.mark.parametrize("raw", ["NaN", "[Infinity]", '{"x": -Infinity}', "1e999", "[-1e400]"])
def test_non_finite_numbers_are_refused(raw: str) -> None:
    with pytest.raises(PackError, match="test.json holds"):
        _loads(raw)


def test_size_and_encoding_are_checked() -> None:
    with pytest.raises(PackError, match="larger than the limit of 1 KiB"):
        _loads(b" " * 1025, max_bytes=1024)
    with pytest.raises(PackError, match="not UTF-8"):
        _loads(b'{"a": "\xff"}')
    with pytest.raises(PackError, match=r"not valid JSON \(line 1, column 2"):
        _loads(b"{x")


def test_quote_is_short_and_printable() -> None:
    quoted = quote("\x1b[31mred\x00" + "A" * 1_000_000)
    assert len(quoted) < 60 and "\x1b" not in quoted and "\x00" not in quoted
    assert quoted.endswith("...'") and "\\x1b" in quoted


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # opening it for reading would block forever: no writer exists
    with pytest.raises(PackError, match="not a regular file"):
        read_json(fifo, "the file", PackError, max_bytes=1024)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_devices_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="/dev/zero is not a regular file"):
        check_regular_file("/dev/zero", "the photo", PackError)
    with pytest.raises(PackError, match="is a folder"):
        check_regular_file(tmp_path, "the photo", PackError)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * 4096 + b"]")
    with pytest.raises(PackError, match="big.json is larger than the limit of 4 KiB"):
        read_json(big, "the file", PackError, max_bytes=4096)


def test_unterminated_escaped_strings_are_scanned_in_one_pass() -> None:
    # '"\"\"\...' never closes: a backtracking string pattern retried this from every quote
    # (quadratic: hours for a 1 MiB manifest); the scan reads it once.
    hostile = '["' + '\\"' * 300_000
    assert json_depth(hostile) == 1
    with pytest.raises(PackError, match="not valid JSON"):
        _loads(hostile)
