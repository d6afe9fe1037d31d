"""Preference datasets in the store: one shape per dataset, identical pairs refused with their line, the data
steps run over chosen/rejected too, and a config that needs pairs is refused before any model loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.data import preference, store
from basementbrew.errors import BrewError


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _pairs(n: int = 6) -> list[dict]:
    return [{"prompt": f"What is {i} + {i}?", "chosen": f"{i} + {i} = {2 * i}.", "rejected": f"Maybe {i + 7}?"}
            for i in range(n)]


def test_pairs_are_stored_as_a_preference_version(tmp_path: Path) -> None:
    version = preference.import_file(_write(tmp_path / "p.jsonl", _pairs()), "arith", eval_fraction=0.34)
    card = version.card
    assert card["kind"] == "preference" and card["shape"] == "paired"
    train, held = version.split("train"), version.split("eval")
    assert len(train) + len(held) == 6 and held
    assert not {r["prompt"] for r in train} & {r["prompt"] for r in held}
    assert preference.import_file(tmp_path / "p.jsonl", "arith", eval_fraction=0.34).ref == version.ref  # same input


def test_identical_chosen_and_rejected_is_refused_with_its_line(tmp_path: Path) -> None:
    rows = _pairs()
    rows[3]["rejected"] = rows[3]["chosen"] + "  "
    path = _write(tmp_path / "bad.jsonl", rows)
    with pytest.raises(BrewError, match=r"bad.jsonl:4: chosen and rejected are identical"):
        preference.import_file(path, "bad")
    assert store.versions("bad") == []  # nothing stored


def test_mixed_shapes_and_sft_rows_are_refused(tmp_path: Path) -> None:
    thumbs = [{"prompt": "hi", "completion": "hello", "label": True}]
    with pytest.raises(BrewError, match="mixed preference shapes"):
        preference.import_file(_write(tmp_path / "mix.jsonl", _pairs(2) + thumbs), "mix")
    sft = [{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}]
    with pytest.raises(BrewError, match=r"sft.jsonl:1: an SFT example, not a preference row"):
        preference.import_file(_write(tmp_path / "sft.jsonl", sft), "sft")


def test_pii_step_masks_chosen_and_rejected(tmp_path: Path) -> None:
    rows = _pairs(4)
    rows[0]["chosen"] = "Mail me at jane.doe@example.com for the answer 0."
    version = preference.import_file(_write(tmp_path / "pii.jsonl", rows), "pii", eval_fraction=0.25)
    stored = version.split("train") + version.split("eval")
    assert not any("jane.doe@example.com" in json.dumps(r) for r in stored)
    assert version.card["pipeline"]["steps"] == ["pii", "toxicity"]


def test_a_dpo_config_on_a_dataset_without_pairs_is_refused(tmp_path: Path) -> None:
    msgs = [{"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]}
            for i in range(4)]
    sft = store.import_file(_write(tmp_path / "sft.jsonl", msgs), "sft", 0.25)
    with pytest.raises(BrewError, match=r"has no preference pairs.*training.method is dpo"):
        preference.check_ref(sft.ref, "dpo")
    thumbs = [{"prompt": f"q{i}", "completion": f"a{i}", "label": i % 2 == 0} for i in range(4)]
    kto = preference.import_file(_write(tmp_path / "t.jsonl", thumbs), "thumbs", eval_fraction=0.25)
    preference.check_ref(kto.ref, "kto")
    with pytest.raises(BrewError, match="needs pairs"):
        preference.check_ref(kto.ref, "orpo")
    preference.check_ref("bundled:brewing-preference", "dpo")  # the shipped pairs pass


def test_evaluation_scores_the_preferred_answers_only(tmp_path: Path) -> None:
    """What `basementbrew eval` measures on a preference dataset: a pair's chosen answer, a thumbs-up
    completion (with the row's system prompt); thumbs-down and rejected answers are no reference."""
    pairs = _pairs(2)
    pairs[1]["system"] = "Be brief."
    assert preference.preferred_answers(pairs) == [
        {"messages": [{"role": "user", "content": "What is 0 + 0?"}, {"role": "assistant", "content": "0 + 0 = 0."}]},
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 1 + 1?"},
                      {"role": "assistant", "content": "1 + 1 = 2."}]}]
    thumbs = [{"prompt": "a?", "completion": "good", "label": True},
              {"prompt": "b?", "completion": "bad", "label": False}]
    assert [r["messages"][-1]["content"] for r in preference.preferred_answers(thumbs)] == ["good"]
    # a pair or thumbs file is recognised as preference rows; SFT files, stored refs and missing files are not
    assert preference.holds_preference_rows(str(_write(tmp_path / "p.jsonl", pairs)))
    assert preference.holds_preference_rows(str(_write(tmp_path / "t.jsonl", thumbs)))
    assert preference.holds_preference_rows("bundled:brewing-preference")
    sft = [{"prompt": "a?", "completion": "b", "label": "math"}]
    assert not preference.holds_preference_rows(str(_write(tmp_path / "s.jsonl", sft)))
    assert not preference.holds_preference_rows("bundled:brewing-assistant")
    assert not preference.holds_preference_rows("votes@v1") and not preference.holds_preference_rows("/nope.jsonl")


def test_a_file_of_one_prompt_is_refused_naming_the_split_not_the_data_steps(tmp_path: Path) -> None:
    """'data prepare pairs.jsonl --preference' on rows that all share one prompt said 'no eval preference rows
    left after the data steps (0 excluded)': no step dropped anything; a prompt's rows never straddle the split."""
    rows = [{"prompt": "Best yeast?", "chosen": f"US-05, reason {i}.", "rejected": "Any."} for i in range(4)]
    path = _write(tmp_path / "one.jsonl", rows)
    with pytest.raises(BrewError) as exc:
        preference.import_file(path)
    assert str(exc.value) == (f"{path}: every row has the same prompt, and a prompt's rows are never split between "
                              "training and held-out; add rows with at least one other prompt, or give a folder "
                              "with train.jsonl and eval.jsonl")
    assert store.versions("one") == []
