"""`ask --max-tokens N` that the context window cannot hold is refused before anything is
generated, naming the flags to change (--max-tokens, --ctx)."""

from __future__ import annotations

from pathlib import Path

from test_cli_ask import run_main

from skingpt_desktop.cli.context_check import tokens


def test_too_long_an_answer_is_refused_before_starting(tiny_pack: Path,
                                                       photo_paths: list[Path]) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                      "--ctx", "256", "--max-tokens", "1000", "--clinical")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: --max-tokens 1000 does not fit"), result.stderr
    assert "--ctx" in lines[-1] and "256 tokens" in lines[-1]
    assert "max_new_tokens" not in result.stderr and "n_ctx" not in result.stderr
    assert result.stdout.strip() == "", "an answer had started"


def test_an_answer_that_fits_still_runs(tiny_pack: Path, photo_paths: list[Path]) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                      "--ctx", "256", "--max-tokens", "8", "Describe it.")
    assert result.returncode == 0, result.stderr


def test_token_counts_are_singular_for_one() -> None:
    assert (tokens(1), tokens(0), tokens(2)) == ("1 token", "0 tokens", "2 tokens")


def test_export_onto_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    from test_cli_vault import assert_clean_error, cli

    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    target = tmp_path / "backups"
    target.mkdir()
    assert_clean_error(cli(folder, "export", str(target)), "is a folder")
    assert list(target.iterdir()) == []


def test_status_names_the_record_version_and_the_stored_records_apart(tmp_path: Path) -> None:
    from test_cli_vault import cli

    from skingpt_desktop.core.storage.record_migrations import LATEST_RECORD_VERSION

    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    status = cli(folder, "status", "--locked")
    assert status.returncode == 0, status.stderr
    assert f"record version {LATEST_RECORD_VERSION}" in status.stdout
    stored = [line for line in status.stdout.splitlines() if line.startswith("records stored:")]
    assert len(stored) == 1 and status.stdout.count("records") == 1


def test_a_report_checks_the_answer_room_before_asking(tiny_pack: Path, photo_paths: list[Path],
                                                        tmp_path: Path) -> None:
    result = run_main("report", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                      "--question", "Describe it.", "--ctx", "256", "--max-tokens", "1000",
                      "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: --max-tokens 1000 does not fit")
    assert "Asking and summarising" not in result.stderr and not (tmp_path / "r.pdf").exists()
