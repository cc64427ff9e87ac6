"""Helpers and fixtures for the GUI tests (pytest-qt, offscreen).

Import the fixtures you need into a test module (``from tests.gui_helpers import ...``); the
Qt platform is forced to ``offscreen`` before any Qt module loads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import http.server
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from skingpt_desktop.core.storage.crypto import KdfParams
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import CancelToken

PASSPHRASE = "correct horse battery staple"


class DirectContext:
    """Stands in for a TaskContext when a test calls a task function on its own thread."""

    def __init__(self) -> None:
        self.cancel = CancelToken()
        self.reports: list = []

    def progress(self, value) -> None:
        self.reports.append(value)


def make_services(folder: Path) -> Services:
    """Services on ``folder`` with a cheap key derivation (tests only)."""
    return Services(folder, kdf=KdfParams.for_tests())


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """Services on a fresh data folder; closed after the test."""
    svc = make_services(tmp_path / "appdata")
    yield svc
    svc.close()


@pytest.fixture
def window(qtbot, services: Services):
    """A quiet main window (errors go to ``error_shown``, no message boxes), vault unlocked."""
    from skingpt_desktop.ui.main_window import MainWindow

    services.create_vault(DirectContext(), PASSPHRASE, False)
    services.settings.disclaimer_accepted = True
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.after_unlock()
    yield win
    win._closing = True
    win.close()


def load_pack(qtbot, win, pack: Path, timeout: int = 30_000) -> None:
    """Load ``pack`` into ``win`` and wait until the engine is ready."""
    with qtbot.waitSignal(win.engine_ready, timeout=timeout):
        win.load_pack(str(pack), remember=False)


def print_dialog_to_pdf(path: Path):
    """A stand-in for ``run_print_dialog``: the user "chose" to print into ``path`` (PDF)."""
    def choose(printer, _parent) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def add_photo(qtbot, win, path: Path, timeout: int = 20_000) -> None:
    """Import a photo through the photo panel and wait until it is shown."""
    with qtbot.waitSignal(win.photos.photos_changed, timeout=timeout):
        win.photos.add_source(str(path))


# --- a local stand-in for the Hugging Face file server -----------------------------------


@dataclass
class PackServer:
    """Serves ``/{repo}/resolve/{revision}/{file}`` with Range support on 127.0.0.1.

    ``drop_after[name] = n``: the next request for ``name`` sends only ``n`` body bytes, then
    closes the connection (once). ``delay_s``: pause between 16 KiB chunks (to cancel midway).
    ``redirect``: answer 302 to ``/cdn/{file}`` first, as the Hub does for large files.
    ``requests`` records (path, Range header) of every request.
    """

    files: dict[str, bytes]
    repo: str = "clinic/skingpt4-tiny"
    drop_after: dict[str, int] = field(default_factory=dict)
    delay_s: float = 0.0
    redirect: bool = False
    requests: list[tuple[str, str | None]] = field(default_factory=list)
    server: http.server.ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "PackServer":
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                owner.requests.append((self.path, self.headers.get("Range")))
                match = re.match(rf"^/{re.escape(owner.repo)}/resolve/[^/]+/(.+)$", self.path)
                cdn = re.match(r"^/cdn/(.+)$", self.path)
                name = (match or cdn).group(1) if (match or cdn) else ""
                if name not in owner.files:
                    self.send_error(404)
                    return
                if match and owner.redirect and name != "manifest.json":
                    self.send_response(302)
                    self.send_header("Location", f"/cdn/{name}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                owner._send(self, name)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def _send(self, handler: http.server.BaseHTTPRequestHandler, name: str) -> None:
        import time

        data = self.files[name]
        start = 0
        header = handler.headers.get("Range")
        if header and header.startswith("bytes="):
            start = int(header[6:].split("-")[0])
            if start >= len(data):
                handler.send_response(416)
                handler.send_header("Content-Range", f"bytes */{len(data)}")
                handler.end_headers()
                return
            handler.send_response(206)
            handler.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            handler.send_response(200)
        body = data[start:]
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        limit = self.drop_after.pop(name, None)
        if limit is not None:
            body = body[:limit]
        for offset in range(0, len(body), 16384):
            handler.wfile.write(body[offset:offset + 16384])
            if self.delay_s:
                time.sleep(self.delay_s)
        if limit is not None:
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(2)

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def pack_files(pack: Path) -> dict[str, bytes]:
    """Every file of a pack folder by name (what the server publishes)."""
    return {p.name: p.read_bytes() for p in pack.iterdir() if p.is_file()}
