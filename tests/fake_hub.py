"""A local stand-in for the Hugging Face Hub, for download tests that never leave 127.0.0.1.

It answers what huggingface_hub asks for a file: ``HEAD`` and ``GET`` of
``/{repo}/resolve/{revision}/{file}`` with the hub's headers (``X-Repo-Commit``, ``ETag``, and
for a large (LFS) file ``X-Linked-Etag`` = its SHA-256, ``X-Linked-Size`` and a redirect to a
"CDN" on another port, which serves ``Range`` requests), and the hub's error codes
(``X-Error-Code: RepoNotFound / RevisionNotFound / EntryNotFound``).
"""

from __future__ import annotations

import hashlib
import http.server
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

COMMIT = "0123456789abcdef0123456789abcdef01234567"
LFS_FROM_BYTES = 4096  # files at least this large are "LFS" files: SHA-256 ETag and a redirect


@dataclass
class FakeHub:
    """Serves ``files`` as the repository ``repo`` at branch ``main`` = commit ``COMMIT``.

    ``drop_after[name] = n``: the next GET of ``name`` sends ``n`` body bytes, then closes the
    connection (once). ``stall_after[name] = n``: it sends ``n`` bytes, then nothing until
    ``released`` is set (once). ``delay_s``: pause between 16 KiB pieces. ``published[name]``: the hash
    the hub announces instead of the file's own. ``served[name]``: body bytes sent;
    ``answers``: (name, Range header, body bytes sent) of each finished GET. ``more_repos``:
    other repositories' files; ``gated``: repositories that answer 401 (``GatedRepo``);
    ``auth``: the Authorization header of every request to the hub.
    ``requests``: (method, path, Range header) of every request.
    """

    files: dict[str, bytes]
    repo: str = "clinic/skingpt4-tiny"
    more_repos: dict[str, dict[str, bytes]] = field(default_factory=dict)
    gated: set[str] = field(default_factory=set)
    auth: list[str | None] = field(default_factory=list)
    drop_after: dict[str, int] = field(default_factory=dict)
    stall_after: dict[str, int] = field(default_factory=dict)
    released: threading.Event = field(default_factory=threading.Event)
    delay_s: float = 0.0
    published: dict[str, str] = field(default_factory=dict)
    served: dict[str, int] = field(default_factory=dict)
    answers: list[tuple[str, str | None, int]] = field(default_factory=list)
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    servers: list[http.server.ThreadingHTTPServer] = field(default_factory=list)

    @property
    def endpoint(self) -> str:
        host, port = self.servers[0].server_address[:2]
        return f"http://{host}:{port}"

    @property
    def cdn(self) -> str:
        host, port = self.servers[1].server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeHub:
        """Listen on two free ports of 127.0.0.1: the hub and its CDN."""
        handler = self._handler()
        for _ in range(2):
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)
        return self

    def stop(self) -> None:
        self.released.set()
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def repo_files(self, repo: str) -> dict[str, bytes] | None:
        """The files of ``repo``; None for a repository the hub does not have."""
        return self.files if repo == self.repo else self.more_repos.get(repo)

    def etag(self, name: str, repo: str = "") -> str:
        """What the hub publishes: SHA-256 of an LFS file, git blob hash of a small one."""
        data = self.repo_files(repo or self.repo)[name]
        if name in self.published:
            return self.published[name]
        if len(data) >= LFS_FROM_BYTES:
            return hashlib.sha256(data).hexdigest()
        return hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest()

    def requests_for(self, name: str, method: str = "GET") -> list[str | None]:
        """The Range headers of the requests for ``name`` (hub and CDN), in order."""
        return [rng for verb, path, rng in self.requests
                if verb == method and path.endswith("/" + name)]

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_HEAD(self) -> None:  # noqa: N802 - http.server API
                owner._answer(self, body=False)

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                owner._answer(self, body=True)

        return Handler

    def _answer(self, handler: http.server.BaseHTTPRequestHandler, body: bool) -> None:
        self.requests.append((handler.command, handler.path, handler.headers.get("Range")))
        match = re.match(r"^/(?:cdn/)?([^/]+/[^/]+)/(?:resolve/([^/]+)/)?(.+)$", handler.path)
        repo, revision, name = match.groups() if match else ("", "", "")
        files = self.repo_files(repo)
        if handler.path.startswith("/cdn/") and files and name in files:
            self._send(handler, repo, name, body)
            return
        self.auth.append(handler.headers.get("Authorization"))
        if files is None or revision is None:
            self._error(handler, "RepoNotFound")
        elif repo in self.gated:
            self._error(handler, "GatedRepo", 401)
        elif revision not in ("main", COMMIT):
            self._error(handler, "RevisionNotFound")
        elif name not in files:
            self._error(handler, "EntryNotFound")
        elif len(files[name]) >= LFS_FROM_BYTES:
            self._redirect(handler, repo, name)
        else:
            self._send(handler, repo, name, body)

    def _error(self, handler: http.server.BaseHTTPRequestHandler, code: str,
               status: int = 404) -> None:
        handler.send_response(status)
        handler.send_header("X-Error-Code", code)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _redirect(self, handler: http.server.BaseHTTPRequestHandler, repo: str,
                  name: str) -> None:
        handler.send_response(302)
        handler.send_header("Location", f"{self.cdn}/cdn/{repo}/{name}")
        handler.send_header("X-Repo-Commit", COMMIT)
        handler.send_header("X-Linked-Etag", f'"{self.etag(name, repo)}"')
        handler.send_header("X-Linked-Size", str(len(self.repo_files(repo)[name])))
        handler.send_header("ETag", '"not-the-file-hash"')
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _send(self, handler: http.server.BaseHTTPRequestHandler, repo: str, name: str,
              body: bool) -> None:
        data = self.repo_files(repo)[name]
        start = 0
        header = handler.headers.get("Range")
        if header and header.startswith("bytes="):
            start = int(header[6:].split("-")[0])
            if start >= len(data):
                handler.send_response(416)
                handler.send_header("Content-Range", f"bytes */{len(data)}")
                handler.send_header("Content-Length", "0")
                handler.end_headers()
                return
            handler.send_response(206)
            handler.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            handler.send_response(200)
        handler.send_header("X-Repo-Commit", COMMIT)
        handler.send_header("ETag", f'"{self.etag(name, repo)}"')
        handler.send_header("Content-Length", str(len(data) - start))
        handler.end_headers()
        if body:
            self._body(handler, name, data[start:])

    def _body(self, handler: http.server.BaseHTTPRequestHandler, name: str, body: bytes) -> None:
        limit = self.drop_after.pop(name, None)
        if limit is not None:
            body = body[:limit]
        sent = 0
        try:
            for offset in range(0, len(body), 16384):
                piece = body[offset:offset + 16384]
                handler.wfile.write(piece)
                self.served[name] = self.served.get(name, 0) + len(piece)
                sent += len(piece)
                if sent >= self.stall_after.get(name, len(body) + 1):
                    del self.stall_after[name]
                    handler.wfile.flush()
                    self.released.wait(30)  # a server that goes silent mid-file
                if self.delay_s:
                    time.sleep(self.delay_s)
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True  # the client went away (a cancel)
            return
        finally:
            self.answers.append((name, handler.headers.get("Range"), sent))
        if limit is not None:
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(2)


def pack_files(pack: Path) -> dict[str, bytes]:
    """Every file of a folder by its path inside it (what the hub publishes)."""
    return {p.relative_to(pack).as_posix(): p.read_bytes() for p in sorted(pack.rglob("*"))
            if p.is_file()}
