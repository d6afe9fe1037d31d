"""TRL's conversational preference rows (messages instead of strings) read as the flat rows the store keeps:
explicit and implicit prompts, UltraFeedback-binarized's row with its ``messages`` copy, KTO thumbs, and the
rows that have no flat form refused with their line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.data import preference
from basementbrew.data.conversational import flat_row
from basementbrew.errors import BrewError
from basementbrew.training.preference import to_trainer_rows


def _m(role: str, content: str) -> dict[str, str]:
    return {"role": role, "content": content}


def _ultrafeedback(i: int) -> dict:
    """The shape of a HuggingFaceH4/ultrafeedback_binarized row: prompt text, whole conversations as answers."""
    prompt = f"What is {i} + {i}?"
    chosen = [_m("user", prompt), _m("assistant", f"{i} + {i} = {2 * i}.")]
    return {"prompt": prompt, "prompt_id": f"id{i}", "chosen": chosen,
            "rejected": [_m("user", prompt), _m("assistant", f"Maybe {i + 7}?")], "messages": chosen,
            "score_chosen": 8.0, "score_rejected": 3.0}


def test_explicit_prompt_with_a_system_message() -> None:
    row = {"prompt": [_m("system", "Answer with the sum."), _m("user", "What is 2 + 2?")],
           "chosen": [_m("assistant", "4.")], "rejected": [_m("assistant", "5?")]}
    assert flat_row(row, "f:1") == {"prompt": "What is 2 + 2?", "chosen": "4.", "rejected": "5?",
                                    "system": "Answer with the sum."}


def test_implicit_prompt_and_ultrafeedbacks_extra_keys() -> None:
    assert flat_row(_ultrafeedback(3), "f:1") == {"prompt": "What is 3 + 3?", "chosen": "3 + 3 = 6.",
                                                  "rejected": "Maybe 10?"}


def test_kto_thumbs_keep_their_label() -> None:
    row = {"prompt": [_m("user", "Name a hop.")], "completion": [_m("assistant", "Cascade.")], "label": False}
    assert flat_row(row, "f:1") == {"prompt": "Name a hop.", "completion": "Cascade.", "label": False}


def test_flat_rows_pass_unchanged() -> None:
    row = {"prompt": "p", "chosen": "a", "rejected": "b"}
    assert flat_row(row, "f:1") is row


@pytest.mark.parametrize(("row", "says"), [
    ({"prompt": [_m("user", "hi"), _m("assistant", "hello"), _m("user", "sum 2+2?")],
      "chosen": [_m("assistant", "4")], "rejected": [_m("assistant", "5")]}, "the prompt is 3 turns"),
    ({"chosen": [_m("user", "a"), _m("assistant", "x")], "rejected": [_m("user", "b"), _m("assistant", "y")]},
     "differ before their last message"),
    ({"prompt": "p", "chosen": [_m("assistant", "x"), _m("user", "more?")], "rejected": [_m("assistant", "y")]},
     "ends with a user message"),
    ({"prompt": "p", "chosen": [_m("assistant", "x")], "rejected": "y"}, "'rejected' is not a list of messages"),
    ({"chosen": [_m("assistant", "x")], "rejected": [_m("assistant", "y")]}, "no prompt"),
    ({"prompt": "p", "chosen": [{"role": "assistant", "content": [{"type": "text", "text": "x"}]}],
      "rejected": [_m("assistant", "y")]}, "content is list, not text"),
])
def test_rows_without_a_flat_form_are_refused_with_their_line(row: dict, says: str) -> None:
    with pytest.raises(BrewError, match=r"f\.jsonl:7") as err:
        flat_row(row, "f.jsonl:7")
    assert says in str(err.value)


def test_an_ultrafeedback_file_imports_as_pairs_and_trains_from_messages(tmp_path: Path) -> None:
    path = tmp_path / "uf.jsonl"
    path.write_text("".join(json.dumps(_ultrafeedback(i)) + "\n" for i in range(6)), encoding="utf-8")
    assert preference.holds_preference_rows(str(path))
    version = preference.import_file(path, "uf", eval_fraction=0.34)
    assert version.card["kind"] == "preference" and version.card["shape"] == "paired"
    rows = version.split("train") + version.split("eval")
    assert sorted(r["prompt"] for r in rows) == [f"What is {i} + {i}?" for i in range(6)]
    assert {r["chosen"] for r in rows} == {f"{i} + {i} = {2 * i}." for i in range(6)}
    trainer_rows = to_trainer_rows(rows, system=None)  # what DPOTrainer gets: messages again
    assert trainer_rows[0]["prompt"][-1]["role"] == "user" and trainer_rows[0]["chosen"][0]["role"] == "assistant"


def test_a_multi_turn_row_in_a_file_names_its_line(tmp_path: Path) -> None:
    rows = [_ultrafeedback(0), {"prompt": [_m("user", "hi"), _m("assistant", "yo"), _m("user", "2+2?")],
                                "chosen": [_m("assistant", "4")], "rejected": [_m("assistant", "5")]}]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(BrewError, match=r"mixed.jsonl:2: the prompt is 3 turns"):
        preference.import_file(path, "mixed")
