"""`main.py ask` as a user runs it: streaming output, --clinical, --json, and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop import __version__
from skingpt_desktop.cli import main
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str) -> subprocess.CompletedProcess:
    """Run ``python main.py ARGS`` exactly as a user would."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_version() -> None:
    result = run_main("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_ask_streams_an_answer(tiny_pack: Path, photo_paths: list[Path]) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                      "--max-tokens", "12", "--seed", "3", "What is this?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "no answer printed"
    assert "not a diagnosis" in result.stderr
    assert "Traceback" not in result.stderr


def test_clinical_json_reports_transcript_and_timings(tiny_pack: Path, photo_paths: list[Path],
                                                      capsys: pytest.CaptureFixture) -> None:
    code = main(["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--clinical",
                 "--json", "--max-tokens", "8", "--deterministic"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pack"] == "tiny-random"
    assert [turn["question"] for turn in report["transcript"]] == list(CLINICAL_PROMPTS)
    timings = report["timings"]
    assert timings["image_encode_ms"] > 0 and timings["prompt_tokens"] > 0
    assert 0 < timings["generated_tokens"] <= 4 * 8 and timings["tokens_per_second"] > 0


def test_clinical_text_prints_each_question(tiny_pack: Path, photo_paths: list[Path]) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[1]),
                      "--clinical", "--max-tokens", "4")
    assert result.returncode == 0, result.stderr
    for prompt in CLINICAL_PROMPTS:
        assert f"Q: {prompt}" in result.stdout


def test_deterministic_mode_repeats(tiny_pack: Path, photo_paths: list[Path],
                                    capsys: pytest.CaptureFixture) -> None:
    args = ["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--json",
            "--deterministic", "--max-tokens", "16", "Describe it."]
    answers = []
    for _ in range(2):
        assert main(args) == 0
        answers.append(json.loads(capsys.readouterr().out)["transcript"][0]["answer"])
    assert answers[0] == answers[1]


def test_no_network_during_ask(tiny_pack: Path, photo_paths: list[Path],
                               network_events: list, capsys: pytest.CaptureFixture) -> None:
    assert main(["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                 "--max-tokens", "4", "Hello?"]) == 0
    assert network_events == []


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda pack, tmp: ["--pack", str(pack), "--image", str(tmp / "missing.jpg"), "q"],
         "missing.jpg: file not found"),
        (lambda pack, tmp: ["--pack", str(tmp / "nopack"), "--image", str(tmp / "p.jpg"), "q"],
         "model pack folder not found"),
        (lambda pack, tmp: ["--pack", str(tmp), "--image", str(tmp / "p.jpg"), "q"],
         "manifest.json: missing"),
        (lambda pack, tmp: ["--pack", str(pack), "--image", str(tmp / "notes.jpg"), "q"],
         "notes.jpg: not a supported photo"),
        (lambda pack, tmp: ["--pack", str(pack), "--image", str(tmp / "p.jpg")],
         "no question given"),
    ],
)
def test_bad_inputs_give_one_clear_line(tiny_pack: Path, tmp_path: Path, make_args,
                                        message: str) -> None:
    from tests.conftest import synthetic_skin_photo

    synthetic_skin_photo(1, (64, 64)).save(tmp_path / "p.jpg")
    (tmp_path / "notes.jpg").write_text("shopping list")
    result = run_main("ask", *make_args(tiny_pack, tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert message in result.stderr and "Traceback" not in result.stderr


def test_photo_over_size_limit(tiny_pack: Path, tmp_path: Path) -> None:
    """A photo claiming 900 megapixels is refused before decoding."""
    from tests.test_preprocess import _png_header_only

    (tmp_path / "huge.png").write_bytes(_png_header_only(30000, 30000))
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(tmp_path / "huge.png"), "q")
    assert result.returncode == 2 and "over the limit" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_save_stores_the_case_in_the_vault(tiny_pack: Path, photo_paths: list[Path],
                                               tmp_path: Path) -> None:
    env = {**os.environ, "SKINGPT_DATA_DIR": str(tmp_path / "data"),
           "SKINGPT_PASSPHRASE": "correct horse battery staple", "SKINGPT_VAULT_TEST_KDF": "1"}

    def main_py(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)

    assert main_py("vault", "init").returncode == 0
    saved = main_py("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--save",
                    "--max-tokens", "6", "Is this mole changing?")
    assert saved.returncode == 0, saved.stderr
    case_id = saved.stderr.split("saved as case ")[1].split()[0]
    cases = main_py("vault", "cases")
    assert case_id in cases.stdout and "Is this mole changing?" in cases.stdout


def test_ask_save_with_wrong_passphrase_fails_before_generating(
        tiny_pack: Path, photo_paths: list[Path], tmp_path: Path) -> None:
    env = {**os.environ, "SKINGPT_DATA_DIR": str(tmp_path / "data"),
           "SKINGPT_VAULT_TEST_KDF": "1"}
    init = subprocess.run([sys.executable, "main.py", "vault", "init"], cwd=ROOT, capture_output=True,
                          text=True, env={**env, "SKINGPT_PASSPHRASE": "the right passphrase"})
    assert init.returncode == 0, init.stderr
    result = subprocess.run(
        [sys.executable, "main.py", "ask", "--pack", str(tiny_pack), "--image",
         str(photo_paths[0]), "--save", "q"], cwd=ROOT, capture_output=True, text=True,
        env={**env, "SKINGPT_PASSPHRASE": "a wrong passphrase"})
    assert result.returncode == 2 and result.stdout == ""
    assert "passphrase" in result.stderr.lower() and "Traceback" not in result.stderr


def test_a_reader_that_leaves_early_ends_the_command_quietly(tiny_pack: Path,
                                                             photo_paths: list[Path]) -> None:
    """`main.py ask ... | head -n 1`: no internal-error report when the reader has gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "ask", "--pack", str(tiny_pack), "--image",
             str(photo_paths[0]), "--max-tokens", "8", "What is this?"],
            cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)
    assert result.returncode == 141, result.stderr
    assert "unexpected internal error" not in result.stderr and "Traceback" not in result.stderr
