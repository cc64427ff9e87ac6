"""Output encoding of the headless commands: on Windows, pipes and files get UTF-8.

Python writes to a redirected stream in the ANSI code page on Windows (cp1252 in Western
Europe), so a model's answer or a patient's name outside it ended in UnicodeEncodeError there.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from skingpt_desktop import cli


class Stream(io.TextIOWrapper):
    def __init__(self, tty: bool) -> None:
        super().__init__(io.BytesIO(), encoding="cp1252")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_redirected_streams_on_windows_write_utf8(monkeypatch):
    out, err = Stream(tty=False), Stream(tty=True)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli.use_utf8_when_redirected()
    assert out.encoding == "utf-8"
    assert err.encoding == "cp1252"  # a console: Python already writes Unicode to it
    out.write("Zoë 診所 · ok")
    out.flush()
    assert out.buffer.getvalue().decode("utf-8") == "Zoë 診所 · ok"


def test_other_systems_keep_their_streams(monkeypatch):
    out = Stream(tty=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "stdout", out)
    cli.use_utf8_when_redirected()
    assert out.encoding == "cp1252"



def test_a_file_the_system_refuses_is_one_error_line(tiny_pack, photo_paths, tmp_path):
    """An OSError that no command turned into its own message (here: a report written to a
    5,000-character file name) ends in one line with the reason and the name cut short."""
    out = tmp_path / ("x" * 5000 + ".pdf")
    result = subprocess.run(
        [sys.executable, "main.py", "report", "--pack", str(tiny_pack), "--image",
         str(photo_paths[0]), "--question", "Describe it.", "--deterministic", "--max-tokens",
         "4", "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "SKINGPT_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "xxxx" in errors[0] and len(errors[0]) < 250
