"""The one download path (core/packs/download.py) against a local stand-in for the Hub:
byte progress, cancel mid-file and resume, dropped connections, hash checks, offline mode,
no connection, disk space, provenance in the manifest, and no other HTTP code in the app."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import namedtuple
from pathlib import Path

import pytest

from skingpt_desktop.core.packs import download
from skingpt_desktop.core.packs.download import (
    INCOMPLETE,
    download_files,
    download_folder,
    download_pack,
)
from skingpt_desktop.core.packs.install import InstallCancelled, InstallError, InstallProgress
from skingpt_desktop.core.packs.pack import ModelPack
from tests.fake_hub import COMMIT, FakeHub, pack_files

REPO = "clinic/skingpt4-tiny"
ROOT = Path(__file__).resolve().parents[1]
BIG = bytes(range(256)) * 4096  # 1 MiB, an "LFS" file


@pytest.fixture
def hub():
    server = FakeHub({"big.bin": BIG, "small.json": b'{"a": 1}\n'}, repo=REPO).start()
    yield server
    server.stop()


@pytest.fixture
def pack_hub(tiny_pack: Path):
    server = FakeHub(pack_files(tiny_pack), repo=REPO).start()
    yield server
    server.stop()


def test_files_arrive_checked_with_byte_progress_and_the_commit(hub, tmp_path) -> None:
    seen: list[InstallProgress] = []
    got = download_files(REPO, ["small.json", "big.bin"], tmp_path, endpoint=hub.endpoint,
                         progress=seen.append)
    assert got.revision == COMMIT
    assert got.path("big.bin").read_bytes() == BIG
    assert got.sha256["big.bin"] == hashlib.sha256(BIG).hexdigest()
    assert got.sha256["small.json"] == hashlib.sha256(b'{"a": 1}\n').hexdigest()
    loads = [p for p in seen if p.stage == "download"]
    assert loads[-1].done == loads[-1].total == len(BIG) + 9
    assert len({p.done for p in loads if p.file == "big.bin"}) > 4  # many steps, not one
    assert any(p.speed > 0 for p in loads)
    # every file after the first is asked for at the commit the first one came from
    assert all(f"/resolve/{COMMIT}/" in path for verb, path, _r in hub.requests
               if verb == "HEAD" and "big.bin" in path)
    assert not list(tmp_path.glob("*" + INCOMPLETE))


def test_cancel_mid_file_is_prompt_and_the_next_start_resumes(hub, tmp_path) -> None:
    hub.delay_s = 0.01  # about 0.6 s for the file
    cancel = threading.Event()
    asked: list[float] = []

    def press_cancel(p: InstallProgress) -> None:
        if p.done > 200_000 and not cancel.is_set():
            cancel.set()
            asked.append(time.monotonic())

    with pytest.raises(InstallCancelled):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint,
                       progress=press_cancel, cancel=cancel)
    latency = time.monotonic() - asked[0]
    assert latency < 1.0, latency
    kept = (tmp_path / ("big.bin" + INCOMPLETE)).stat().st_size
    assert 200_000 <= kept < len(BIG)
    hub.delay_s = 0.0
    got = download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert got.path("big.bin").read_bytes() == BIG
    assert hub.requests_for("big.bin")[-1] == f"bytes={kept}-"
    resumed = [sent for name, rng, sent in hub.answers if rng == f"bytes={kept}-"]
    assert resumed == [len(BIG) - kept]  # the first part is not sent again


def test_cancel_is_prompt_even_when_the_server_goes_silent(hub, tmp_path) -> None:
    hub.stall_after["big.bin"] = 16384 * 8
    cancel = threading.Event()
    asked: list[float] = []

    def press_cancel_later(p: InstallProgress) -> None:
        if p.done >= 16384 * 8 and not asked:
            asked.append(time.monotonic())
            threading.Timer(0.3, cancel.set).start()  # pressed while nothing arrives

    with pytest.raises(InstallCancelled):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint,
                       progress=press_cancel_later, cancel=cancel)
    latency = time.monotonic() - asked[0] - 0.3
    assert latency < 1.0, latency
    assert (tmp_path / ("big.bin" + INCOMPLETE)).stat().st_size >= 16384 * 8  # kept


RESTART_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from skingpt_desktop.core.packs.download import download_files
download_files(sys.argv[2], ["big.bin"], sys.argv[3], endpoint=sys.argv[4])
"""


def test_a_download_killed_midway_resumes_after_a_restart(hub, tmp_path) -> None:
    """The app closed or crashed mid-file (the process is killed): the next start resumes."""
    hub.delay_s = 0.01
    child = subprocess.Popen([sys.executable, "-c", RESTART_CHILD, str(ROOT), REPO,
                              str(tmp_path), hub.endpoint])
    part = tmp_path / ("big.bin" + INCOMPLETE)
    deadline = time.monotonic() + 20
    while (not part.exists() or part.stat().st_size < 200_000) and time.monotonic() < deadline:
        time.sleep(0.02)
    child.kill()
    child.wait()
    kept = part.stat().st_size
    assert 200_000 <= kept < len(BIG)
    hub.delay_s = 0.0
    got = download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert got.path("big.bin").read_bytes() == BIG
    assert hub.requests_for("big.bin")[-1] == f"bytes={kept}-"


def test_a_dropped_connection_resumes_by_itself(hub, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(download, "RETRY_PAUSE_S", 0.05)
    hub.drop_after["big.bin"] = 300_000
    got = download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert got.path("big.bin").read_bytes() == BIG
    assert hub.requests_for("big.bin") == [None, "bytes=300000-"]


def test_cancel_while_hashing_keeps_the_whole_file(hub, tmp_path) -> None:
    hub.files["huge.bin"] = huge = BIG * 9  # hashed in several pieces
    cancel = threading.Event()

    def press_cancel(p: InstallProgress) -> None:
        if p.stage == "verify":
            cancel.set()

    with pytest.raises(InstallCancelled):
        download_files(REPO, ["huge.bin"], tmp_path, endpoint=hub.endpoint,
                       progress=press_cancel, cancel=cancel)
    assert (tmp_path / ("huge.bin" + INCOMPLETE)).stat().st_size == len(huge)
    got = download_files(REPO, ["huge.bin"], tmp_path, endpoint=hub.endpoint)
    assert got.path("huge.bin").read_bytes() == huge
    assert hub.requests_for("huge.bin") == [None]  # hashed now, not fetched again


def test_a_finished_file_is_not_fetched_or_hashed_again(hub, tmp_path) -> None:
    download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    seen: list[InstallProgress] = []
    download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint, progress=seen.append)
    assert len(hub.requests_for("big.bin")) == 1
    assert not [p for p in seen if p.stage == "verify"]


def test_a_file_unlike_the_hubs_hash_is_deleted(hub, tmp_path) -> None:
    hub.published["big.bin"] = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(InstallError, match="does not match the hash Hugging Face publishes"):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert not (tmp_path / "big.bin").exists()
    assert not (tmp_path / ("big.bin" + INCOMPLETE)).exists()


def test_a_small_git_file_is_checked_by_its_git_hash(hub, tmp_path) -> None:
    hub.published["small.json"] = "0" * 40
    with pytest.raises(InstallError, match="small.json: SHA-256 does not match"):
        download_files(REPO, ["small.json"], tmp_path, endpoint=hub.endpoint)


@pytest.mark.parametrize("how", ["at start-up", "since then"])
def test_offline_mode_says_so_without_a_socket(hub, tmp_path, monkeypatch, network_events,
                                               how) -> None:
    from huggingface_hub import constants

    if how == "at start-up":
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    else:
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(InstallError, match="HF_HUB_OFFLINE"):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert network_events == [] and hub.requests == []


def test_a_refused_connection_is_said_at_once_without_retrying(tmp_path, monkeypatch) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    attempts: list[tuple] = []
    connect = socket.create_connection

    def counted(address, *args, **kwargs):
        attempts.append(address)
        return connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", counted)
    with pytest.raises(InstallError, match="Cannot reach 127.0.0.1: the connection was refused"):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=f"http://127.0.0.1:{port}")
    assert attempts == [("127.0.0.1", port)]  # one try, no back-off loop to wait through


def test_an_address_that_never_answers_is_given_up_on_after_the_connect_timeout(
        tmp_path, monkeypatch) -> None:
    """A computer without a route drops the connection attempt silently (no refusal)."""
    waited: list[float] = []

    def black_hole(address, timeout=None, **_kwargs):
        waited.append(timeout)
        time.sleep(timeout)
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", black_hole)
    with pytest.raises(InstallError, match="no answer within 2 s.*offline"):
        download_files(REPO, ["big.bin"], tmp_path, endpoint="http://127.0.0.1:9")
    assert waited == [download.CONNECT_TIMEOUT_S]  # one attempt, bounded by the connect timeout


def test_a_silent_name_server_is_given_up_on_after_the_lookup_timeout(tmp_path,
                                                                       monkeypatch) -> None:
    released, answered = threading.Event(), threading.Event()

    def silent_dns(*_args, **_kwargs):
        released.wait(60)  # answers only when the test lets it (or after a minute)
        answered.set()
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", silent_dns)
    monkeypatch.setattr(download, "NAME_LOOKUP_TIMEOUT_S", 0.3)
    try:
        with pytest.raises(InstallError, match="name could not be looked up.*offline"):
            download_files(REPO, ["big.bin"], tmp_path, endpoint="https://huggingface.invalid")
        # the name server never answered: the look-up time-out, not its answer, ended the wait
        assert not answered.is_set()
    finally:
        released.set()


def test_disk_space_is_checked_before_the_first_byte(hub, tmp_path, monkeypatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 1000))
    with pytest.raises(InstallError, match=r"needs 1\.0 MB and 1\.0 KB are free"):
        download_files(REPO, ["big.bin"], tmp_path, endpoint=hub.endpoint)
    assert hub.requests_for("big.bin") == []


def test_unknown_repository_and_file_are_named(hub, tmp_path) -> None:
    with pytest.raises(InstallError, match="clinic/nope was not found"):
        download_files("clinic/nope", ["big.bin"], tmp_path, endpoint=hub.endpoint)
    with pytest.raises(download.RemoteFileMissing, match="gone.bin was not found"):
        download_files(REPO, ["gone.bin"], tmp_path, endpoint=hub.endpoint)
    with pytest.raises(InstallError, match="not a repository id"):
        download_files("not a repo", ["big.bin"], tmp_path, endpoint=hub.endpoint)


def test_only_the_files_are_asked_for(hub, tmp_path, monkeypatch) -> None:
    """No telemetry: every request to the hub and its CDN is about a file asked for."""
    from huggingface_hub import constants
    from huggingface_hub.utils import _headers

    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", False)
    # with telemetry on, huggingface_hub would fetch a registry from the hub to describe the
    # caller; it must not even be asked
    monkeypatch.setattr(_headers, "detect_agent", lambda: pytest.fail("telemetry"))
    download_files(REPO, ["small.json", "big.bin"], tmp_path, endpoint=hub.endpoint)
    assert all(path.endswith(("/small.json", "/big.bin")) for _v, path, _r in hub.requests)


@pytest.mark.parametrize("name", ["../escape.bin", "/etc/passwd", "a/../../b", ".hidden",
                                  "x.incomplete", ""])
def test_a_name_that_would_leave_the_folder_is_refused(hub, tmp_path, name) -> None:
    with pytest.raises(InstallError, match="not a plain file path"):
        download_files(REPO, [name], tmp_path / "dl", endpoint=hub.endpoint)
    assert hub.requests == []


def test_the_token_goes_to_the_hub(hub, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_test_token")
    download_files(REPO, ["small.json"], tmp_path, endpoint=hub.endpoint)
    assert hub.auth and set(hub.auth) == {"Bearer hf_test_token"}


def test_a_downloaded_pack_records_its_commit_and_hashes(pack_hub, tmp_path, tiny_pack) -> None:
    packs = tmp_path / "packs"
    installed = download_pack(REPO, packs, endpoint=pack_hub.endpoint)
    pack = ModelPack.open(installed, verify_hashes=True)
    record = pack.manifest.download
    assert record is not None and record.repo == REPO and record.revision == COMMIT
    names = {f.name: f.sha256 for f in record.files}
    assert names["llm.gguf"] == hashlib.sha256((tiny_pack / "llm.gguf").read_bytes()).hexdigest()
    assert set(names) == {"manifest.json", *(f.path for f in pack.manifest.files)}
    assert json.loads((installed / "manifest.json").read_text())["download"]["revision"] == COMMIT
    assert not download_folder(packs, REPO, "main").exists()  # moved into place


def test_an_installed_pack_holds_only_its_files(pack_hub, tmp_path) -> None:
    packs = tmp_path / "packs"
    staging = download_folder(packs, REPO, "main")
    staging.mkdir(parents=True)
    (staging / "llm.gguf.part").write_bytes(b"left by an older version")
    installed = download_pack(REPO, packs, endpoint=pack_hub.endpoint)
    manifest = json.loads((installed / "manifest.json").read_text())
    assert sorted(p.name for p in installed.iterdir()) == \
        sorted(["manifest.json", *(f["path"] for f in manifest["files"])])


def test_a_pack_file_unlike_its_manifest_is_not_installed(pack_hub, tmp_path) -> None:
    data = bytearray(pack_hub.files["llm.gguf"])
    data[len(data) // 2] ^= 0xFF  # the hub's hash matches these bytes, the manifest's not
    pack_hub.files["llm.gguf"] = bytes(data)
    with pytest.raises(InstallError, match="llm.gguf: SHA-256 does not match the pack manifest"):
        download_pack(REPO, tmp_path / "packs", endpoint=pack_hub.endpoint)
    assert [p.name for p in (tmp_path / "packs").iterdir()] == [".downloads"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_has_its_own_http_code() -> None:
    """Downloads go through huggingface_hub only (core/packs/download.py)."""
    offenders = [str(path.relative_to(ROOT)) for package in ("skingpt_desktop", "converters")
                 for path in sorted((ROOT / package).rglob("*.py"))
                 if _imports(path) & {"urllib.request", "http.client", "urllib.urlopen"}]
    assert offenders == []
