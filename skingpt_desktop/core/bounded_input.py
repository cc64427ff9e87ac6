"""Reading untrusted input with bounds: regular files only, size caps, bounded JSON.

Packs come from USB drives and downloads, backups from drives that failed, photos from
anywhere. Everything read from such a source goes through here, so that a hostile or damaged
file ends in one sentence naming the file and the problem, never in a hang (a FIFO), an
unbounded read (``/dev/zero``), a ``RecursionError`` (JSON nested thousands deep), a slow
big-integer conversion, or ``NaN`` values travelling on as numbers.

The JSON limits are checked before ``json.loads`` can recurse: the nesting depth is measured on
the text with strings removed, integers are converted by a ``parse_int`` that refuses long
digit strings, and ``NaN``/``Infinity`` (which Python's ``json`` accepts by default) are refused.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

MAX_JSON_DEPTH = 32  # the app's own JSON files nest at most 5 deep
MAX_INT_DIGITS = 20  # a 64-bit integer has at most 20 digits
MAX_QUOTE_CHARS = 40  # how much of a file's own content an error message may quote

# What the depth scan looks at: an escape pair (so that \" does not end a string), a quote, a
# bracket.
_TOKENS = re.compile(r'\\.|["\[\]{}]', re.DOTALL)


class _Refused(ValueError):
    """Raised from inside ``json.loads`` by the number and constant hooks."""


def quote(text: str | bytes, limit: int = MAX_QUOTE_CHARS) -> str:
    """``text`` as a short, printable quotation for an error message: at most ``limit``
    characters, control and other non-printable characters escaped, '...' when cut."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    cut = text[:limit]
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in cut)
    return repr(shown + ("..." if len(text) > limit else ""))


def quote_value(value: object, limit: int = MAX_QUOTE_CHARS) -> str:
    """A value read from a file, for an error message: a string as :func:`quote` shows it,
    anything else as a short ``repr``."""
    if isinstance(value, str):
        return quote(value, limit)
    text = repr(value)
    return text if len(text) <= limit and text.isprintable() else quote(text, limit)


def check_regular_file(path: str | os.PathLike[str], what: str, error: type[Exception],
                       max_bytes: int | None = None) -> int:
    """The size of ``path``, after checking it is a regular file of at most ``max_bytes``.

    A FIFO, a device (``/dev/zero``), a socket or a folder is refused at once, without opening
    it (opening a FIFO for reading blocks until a writer appears). Raises ``error`` with one
    sentence naming ``what`` and the path.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error(f"{what} {short_path(path)} does not exist") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or "invalid path"
        raise error(f"{what} {short_path(path)} cannot be read ({reason})") from None
    if stat.S_ISDIR(info.st_mode):
        raise error(f"{what} {short_path(path)} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{what} {short_path(path)} is not a regular file (a device, pipe or "
                    "socket); only ordinary files are read")
    if max_bytes is not None and info.st_size > max_bytes:
        raise error(f"{what} {short_path(path)} is larger than the limit of "
                    f"{_size_text(max_bytes)}")
    return info.st_size


def read_regular_file(path: str | os.PathLike[str], what: str, error: type[Exception],
                      max_bytes: int) -> bytes:
    """The bytes of the regular file ``path`` (see :func:`check_regular_file`), never more than
    ``max_bytes`` even if the file grows while it is read."""
    check_regular_file(path, what, error, max_bytes)
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise error(f"{what} {short_path(path)} cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise error(f"{what} {short_path(path)} is larger than the limit of "
                    f"{_size_text(max_bytes)}")
    return data


def loads_json(raw: bytes | str, where: str, error: type[Exception], *, max_bytes: int,
               max_depth: int = MAX_JSON_DEPTH, max_int_digits: int = MAX_INT_DIGITS) -> Any:
    """Parse untrusted JSON within bounds; ``error`` names ``where`` and the problem otherwise.

    Refused: more than ``max_bytes`` bytes, text that is not UTF-8, nesting deeper than
    ``max_depth``, integers of more than ``max_int_digits`` digits, ``NaN``, ``Infinity`` and
    numbers too large for a float.
    """
    if len(raw) > max_bytes:
        _fail(error, where, f"is larger than the limit of {_size_text(max_bytes)}")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            _fail(error, where, "is not valid JSON (it is not UTF-8 text)")
    depth = json_depth(raw)
    if depth > max_depth:
        _fail(error, where, f"nests {depth} levels deep; at most {max_depth} are allowed")
    try:
        return json.loads(raw, parse_int=_int_parser(max_int_digits),
                          parse_float=_finite_float, parse_constant=_no_constant)
    except _Refused as exc:
        _fail(error, where, str(exc))
    except json.JSONDecodeError as exc:
        _fail(error, where, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg})")
    except RecursionError:  # unreachable after the depth check; kept as a last line of defence
        _fail(error, where, "nests too deep")


def read_json(path: str | os.PathLike[str], what: str, error: type[Exception], *,
              max_bytes: int, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parsed JSON of the regular file ``path`` within the bounds of :func:`loads_json`."""
    raw = read_regular_file(path, what, error, max_bytes)
    return loads_json(raw, f"{what} {short_path(path)}", error, max_bytes=max_bytes,
                      max_depth=max_depth)


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (brackets inside strings do not
    count), measured in one linear pass without recursion."""
    depth = deepest = 0
    in_string = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == '"':
            in_string = not in_string
        elif in_string:
            continue  # a bracket or an escape pair inside a string
        elif token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def _int_parser(max_digits: int) -> Callable[[str], int]:
    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > max_digits:
            raise _Refused(f"holds an integer of {len(digits.lstrip('-'))} digits; at most "
                           f"{max_digits} are allowed")
        return int(digits)
    return parse_int


def _finite_float(text: str) -> float:
    if len(text) > 64:
        raise _Refused(f"holds a number written with {len(text)} characters")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"holds the number {quote(text)}, too large for a float")
    return value


def _no_constant(name: str) -> NoReturn:
    raise _Refused(f"holds {name}, which is not a number JSON allows")


def _fail(error: type[Exception], where: str, problem: str) -> NoReturn:
    raise error(f"{where} {problem}")


def short_path(path: str | os.PathLike[str]) -> str:
    """A path for a message: printable (bytes that were not UTF-8 escaped), and a very long
    one cut in the middle."""
    text = str(Path(path)) if not isinstance(path, str) else path
    text = text.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return text if len(text) <= 200 else f"{text[:100]}...{text[-60:]}"


def _size_text(size: int) -> str:
    if size >= 1 << 20 and size % (1 << 20) == 0:
        return f"{size >> 20} MiB"
    if size >= 1 << 10 and size % (1 << 10) == 0:
        return f"{size >> 10} KiB"
    return f"{size} bytes"
