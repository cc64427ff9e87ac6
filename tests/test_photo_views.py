"""A photo's view label (close-up, wide, other) is stored with it and comes back with the case;
photos saved before the label existed are close-ups."""

from __future__ import annotations

import pytest

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import KdfParams, Message, Vault
from skingpt_desktop.core.storage.drafts import CaseDraft
from skingpt_desktop.core.storage.record_migrations import upgrade_fields
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import add_photo


def test_views_are_stored_with_the_photos(tmp_path, photo_paths) -> None:
    vault = Vault.create(tmp_path / "vault.skg", "a long enough passphrase", kdf=KdfParams.for_tests())
    saved = vault.save_case(CaseDraft(), [Message("user", "Spot?")],
                            [photo_paths[0], photo_paths[1]], "pack",
                            CaseDetails(title="Spot"), views=["wide", "other"])
    case_id = saved.draft.case_id
    assert [p.view for p in vault.list_photos(case_id)] == ["wide", "other"]
    assert vault.add_photo(case_id, photo_paths[0]).view == "close-up"
    with pytest.raises(VaultError, match="photo view"):
        vault.add_photo(case_id, photo_paths[0], view="sideways")
    vault.close()


def test_photos_from_before_the_label_become_close_ups() -> None:
    old = {"mime": "image/jpeg", "width": 4, "height": 4, "sha256": "ab", "created_at": 1.0}
    assert upgrade_fields("photo", old, 3)["view"] == "close-up"
    assert upgrade_fields("photo", {**old, "view": "wide"}, 3)["view"] == "wide"


def test_the_window_reopens_a_case_with_its_views(qtbot, window, photo_paths) -> None:
    win = window
    add_photo(qtbot, win, photo_paths[0])
    add_photo(qtbot, win, photo_paths[1])  # a second photo starts as the wide shot
    win.photos.photos[0].view = "other"
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case(details=CaseDetails(title="Two views"))
    case_id = saved.args[0]
    assert [p.view for p in win.services.vault.list_photos(case_id)] == ["other", "wide"]
    win.new_case()
    assert win.photos.photos == []
    with qtbot.waitSignal(win.case_opened, timeout=20_000):
        win.open_case(case_id)
    assert [p.view for p in win.photos.photos] == ["other", "wide"]
