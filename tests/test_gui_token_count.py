"""The line under the question box counts one token in the singular."""

from __future__ import annotations

import pytest

from tests.gui_helpers import add_photo, load_pack
from tests.test_gui_report import ask

pytestmark = pytest.mark.gui


def test_one_token_is_singular(qtbot, window, tiny_pack, photo_paths) -> None:
    win = window
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    win.services.settings.max_new_tokens = 1
    answer = ask(qtbot, win, "Describe it.")
    assert answer.generated_tokens == 1
    status = win.chat.status.text()
    # Only the count at the start is checked: the rate ("2514.1 tokens/s") may
    # itself end in "1 tokens".
    assert status.startswith("1 token in "), status
    win.services.settings.max_new_tokens = 3
    answer = ask(qtbot, win, "And now?")
    n = answer.generated_tokens
    assert win.chat.status.text().startswith("1 token in " if n == 1 else f"{n} tokens in ")
