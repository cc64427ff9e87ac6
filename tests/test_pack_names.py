"""A pack can be named wherever one is asked for: a folder, or an installed pack's name; a
pack that is neither falls back to the last used one in the app (issue: the clinic's
workflow, defect 6)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from skingpt_desktop.cli import main
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.pack_folders import installed_names, packs_dir, resolve_pack


def install(pack: Path, data_folder: Path, name: str = "tiny-random") -> Path:
    """Put ``pack`` where the packs dialog installs packs."""
    return Path(shutil.copytree(pack, packs_dir(data_folder) / name))


def test_a_folder_or_an_installed_name_resolves(tiny_pack, tmp_path) -> None:
    data = tmp_path / "data"
    assert resolve_pack(str(tiny_pack), data) == tiny_pack
    installed = install(tiny_pack, data)
    assert resolve_pack("tiny-random", data) == installed
    assert installed_names(data) == ["tiny-random"]


@pytest.mark.parametrize("spec", ["tiny-randon", "packs/tiny-random", "/no/such/folder", ""])
def test_an_unknown_pack_names_the_installed_ones(tiny_pack, tmp_path, monkeypatch, spec) -> None:
    data = tmp_path / "data"
    install(tiny_pack, data)
    monkeypatch.chdir(tmp_path)  # no such folder relative to here: only a name could match
    with pytest.raises(PackError, match="installed packs: tiny-random"):
        resolve_pack(spec, data)


def test_with_nothing_installed_the_error_says_how_to_install(tmp_path) -> None:
    with pytest.raises(PackError, match="no pack is installed yet"):
        resolve_pack("tiny-random", tmp_path / "data")


def test_ask_takes_an_installed_pack_name(tiny_pack, photo_paths, capsys) -> None:
    install(tiny_pack, Path(os.environ["SKINGPT_DATA_DIR"]))
    code = main(["ask", "--pack", "tiny-random", "--image", str(photo_paths[0]), "--json",
                 "--max-tokens", "4", "--deterministic", "What is this?"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["pack"] == "tiny-random"


def test_ask_with_an_unknown_pack_lists_the_installed_ones(tiny_pack, photo_paths, capsys) -> None:
    install(tiny_pack, Path(os.environ["SKINGPT_DATA_DIR"]))
    code = main(["ask", "--pack", "tiny", "--image", str(photo_paths[0]), "What is this?"])
    err = capsys.readouterr().err
    assert code != 0 and "installed packs: tiny-random" in err and "Traceback" not in err
