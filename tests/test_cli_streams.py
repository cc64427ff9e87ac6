"""Output encoding of the headless commands: on Windows, pipes and files get UTF-8.

Python writes to a redirected stream in the ANSI code page on Windows (cp1252 in Western
Europe), so a model's answer or a patient's name outside it ended in UnicodeEncodeError there.
"""

from __future__ import annotations

import io
import sys

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
