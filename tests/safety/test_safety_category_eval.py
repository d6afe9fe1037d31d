"""``scripts/safety_eval_categories.py``: the public category mapping (fixed before any result was read) and the
accuracy and confusion it reports. Pure functions on made-up rows: no wheel, no model."""

from __future__ import annotations

from pathlib import Path

import pytest

from script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "safety_eval_categories.py"
CODES = {f"S{i}" for i in range(1, 15)}

pytestmark = pytest.mark.skipif(not SCRIPT.is_file(), reason="scripts/ not present (installed package)")


@pytest.fixture(scope="module")
def ev():
    return load_script(SCRIPT)


def test_every_strongreject_category_is_mapped_to_llama_guard_codes(ev):
    assert set(ev.STRONGREJECT) == {"Disinformation and deception", "Hate, harassment and discrimination",
                                    "Illegal goods and services", "Non-violent crimes", "Sexual content", "Violence"}
    for table in (ev.STRONGREJECT, ev.PYRIT):
        for accepted in table.values():
            assert accepted and accepted <= CODES
    assert not set(ev.PYRIT) & ev.PYRIT_LEFT_OUT
    assert ev.PYRIT["self_harm"] == {"S11"} and ev.PYRIT["hate_speech"] == {"S10"}


def test_label_rows_drops_ambiguous_pyrit_categories_and_refuses_unknown_ones(ev):
    strong = [{"text": "a", "category": "Violence"}]
    pyrit = [{"text": "b", "category": "self_harm"}, {"text": "c", "category": "exploits"},
             {"text": "d", "category": ""}]
    rows = ev.label_rows(strong, pyrit)
    assert [(r["text"], r["set"]) for r in rows] == [("a", "StrongREJECT"), ("b", "PyRIT")]
    assert rows[0]["accepted"] == ev.STRONGREJECT["Violence"]
    with pytest.raises(ValueError, match="neither mapped nor left out"):
        ev.label_rows([], [{"text": "e", "category": "a_new_category"}])


def _rows(ev):
    return ev.label_rows([{"text": "t1", "category": "Violence"}, {"text": "t2", "category": "Violence"},
                          {"text": "t3", "category": "Sexual content"}], [{"text": "t4", "category": "privacy"}])


def test_accuracy_counts_a_code_in_the_accepted_set_as_right(ev):
    acc = ev.accuracy(_rows(ev), ["S1", "S10", "S3", "S7"])  # S10 is not a code for violence
    assert acc["overall"] == {"n": 4, "right": 3, "accuracy": 0.75}
    assert acc["StrongREJECT"] == {"n": 3, "right": 2, "accuracy": 0.6667}
    assert acc["StrongREJECT: Violence"] == {"n": 2, "right": 1, "accuracy": 0.5}
    assert acc["PyRIT: privacy"]["accuracy"] == 1.0
    assert ev.accuracy([], [])["overall"] == {"n": 0, "right": 0, "accuracy": None}


def test_confusion_and_evaluate_on_all_rows_and_on_blocked_rows(ev):
    rows = _rows(ev)
    given = {"t1": "S1", "t2": "S10", "t3": "S12", "t4": "S2"}
    assert ev.confusion(rows, [given[r["text"]] for r in rows])["StrongREJECT: Violence"] == {"S1": 1, "S10": 1}
    result = ev.evaluate(rows, given.__getitem__, lambda text: given[text] if text in ("t2", "t3") else None)
    assert result["all"]["accuracy"]["overall"]["right"] == 2
    assert result["blocked"]["accuracy"]["overall"] == {"n": 2, "right": 1, "accuracy": 0.5}
    assert result["blocked"]["confusion"] == {"StrongREJECT: Violence": {"S10": 1},
                                              "StrongREJECT: Sexual content": {"S12": 1}}
    assert "blocked" in ev.render({"ours": {}, **result})
