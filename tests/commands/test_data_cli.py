"""`basementbrew data ...` through the real entry point, asserting on what users read."""

from __future__ import annotations

import pytest

from cli_helpers import run_cli


@pytest.mark.parametrize("ref", ["nosuch", "nosuch@v3"])
def test_show_of_a_name_not_stored_points_at_the_store_not_at_what_show_refuses(
        ref: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`data show nosuch` said "use bundled:brewing-assistant or a .jsonl path" (data.dataset's advice), and
    `data show bundled:brewing-assistant` is then refused: "give a stored NAME or NAME@vN"."""
    code, said = run_cli(["data", "show", ref], monkeypatch, capsys)
    assert code == 2, said
    assert said == "error: no dataset named 'nosuch' in the store; see `basementbrew data list`"
