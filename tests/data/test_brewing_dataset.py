"""The bundled brewing-assistant set: reproducible from its seeded script, held-out prompts never trained on,
every answer checkable, held-out gravity values never shown in training."""

from __future__ import annotations

import json
from pathlib import Path

from basementbrew.evaluation.accuracy import checkable_answer, is_correct
from script_helpers import load_script

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src/basementbrew/assets/datasets/brewing-assistant"


def _script():
    return load_script("scripts/make_brewing_dataset.py")


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (SHIPPED / name).read_text(encoding="utf-8").splitlines()]


def test_shipped_files_are_what_the_seeded_script_writes() -> None:
    train, evals = _script().build()
    assert train == _rows("train.jsonl") and evals == _rows("eval.jsonl")
    assert "CC0" in (SHIPPED / "README.md").read_text()


def test_no_prompt_is_in_both_splits_and_none_repeats() -> None:
    prompts = {split: [r["messages"][1]["content"] for r in _rows(split)] for split in ("train.jsonl", "eval.jsonl")}
    assert not set(prompts["train.jsonl"]) & set(prompts["eval.jsonl"])
    assert all(len(p) == len(set(p)) for p in prompts.values())


def test_every_answer_is_checkable_and_heldout_gravities_are_new() -> None:
    answers = {split: [r["messages"][-1]["content"] for r in _rows(split)] for split in ("train.jsonl", "eval.jsonl")}
    for split in answers.values():
        assert all(a.startswith("**") and checkable_answer(a) == a.split("\n")[0].strip("*") for a in split)
        assert all(is_correct(a, a) for a in split)  # a reference scores as its own answer
    points = {split: {checkable_answer(a) for a in answers[split] if a.endswith(" points**")}
              for split in answers}
    assert points["eval.jsonl"] and not points["eval.jsonl"] & points["train.jsonl"]
    kinds = [checkable_answer(a) == "Off topic" for a in answers["eval.jsonl"]]
    assert 0 < sum(kinds) < len(kinds)  # refusals and brewing answers are both held out
