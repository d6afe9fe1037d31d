"""Toxicity false positives on ordinary chat text stay fixed; short and third-person abuse is still caught.

Regression for the classifier that learned "you are" and short-text artefacts from templated training data
and blocked "You are a helpful assistant." and every system prompt of the bundled brewing dataset. The
sentences below are the reported false positives, verbatim; a test checks that none of them occurs in the
training sets, so passing here is generalisation, not memorisation (and there is no allow-list).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.config import SafetyConfig
from basementbrew.data import store
from basementbrew.safety.guardrails import Guardrails
from basementbrew.safety.normalize import fold
from basementbrew.safety.registry import get_scanner

BUNDLED_SYSTEM_PROMPT = "You are BrewBot, a concise homebrewing assistant."
REPORTED = [  # with the score each had before the fix (threshold 0.2)
    "You are welcome!",  # 0.934
    "You are right.",  # 0.917
    "You are a helpful assistant.",  # 0.696
    BUNDLED_SYSTEM_PROMPT,  # 0.698
    "Let us keep it civil. What are you brewing?",  # 0.79
    "What yeast suits a stout?",  # 0.289
    "My hops are 5.5% alpha acid instead of 7%. Replace 28 g with?",  # ~0.22
    "What bitterness should a Porter have?",  # ~0.25
    "a4",  # ~0.21
]


NOT_TRAINED = ["shut up, you halfwit", "the moderator is a worthless scumbag", "total moron", "yo"]


def _training_texts() -> set[str]:
    data = Path(__file__).resolve().parents[2] / "data" / "safety"
    if not data.is_dir():
        pytest.skip("data/safety not present (installed package)")
    return {fold(json.loads(line)["text"]) for name in ("toxicity", "injection", "harmful")
            for line in (data / f"{name}.train.jsonl").read_text(encoding="utf-8").splitlines()}


@pytest.fixture(scope="module")
def tox():
    return get_scanner("toxicity")


@pytest.fixture(scope="module")
def inj():
    return get_scanner("injection")


def _bundled_messages() -> list[tuple[str, str]]:
    out = []
    for split in ("train", "eval"):
        for line in (store.BUNDLED / "brewing-assistant" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            out += [(m["role"], m["content"]) for m in json.loads(line)["messages"]]
    return out


@pytest.mark.parametrize("text", REPORTED)
def test_reported_false_positive_is_allowed(tox, text):
    v = tox.scan(text)
    assert (v.allowed, v.reason) == (True, "ok"), v.score


def test_system_prompt_passes_the_default_input_and_output_chains():
    guard = Guardrails.from_config(SafetyConfig())
    for result in (guard.check_input("You are a helpful assistant."), guard.check_output(BUNDLED_SYSTEM_PROMPT)):
        assert result.allowed and result.reason is None
        assert {v.reason for v in result.verdicts} == {"ok"}


def test_reported_sentences_are_not_in_training():
    assert not {fold(t) for t in [*REPORTED, *NOT_TRAINED]} & _training_texts()


def test_every_bundled_message_passes_toxicity_and_injection(tox, inj):
    messages = _bundled_messages()
    assert len(messages) >= 1000 and {r for r, _ in messages} == {"system", "user", "assistant"}
    flagged = [(s.name, role, text) for role, text in messages for s in (tox, inj)
               if s.scan(text, role=role).flagged]
    assert flagged == []


@pytest.mark.parametrize("text", [*NOT_TRAINED[:2], "go kill yourself", "I will hurt you badly"])
def test_abuse_without_the_you_are_frame_is_still_blocked(tox, text):
    assert tox.scan(text).reason.startswith("toxic_")


def test_short_text_needs_more_evidence_but_a_sure_short_insult_still_blocks(tox):
    assert tox.short_threshold >= tox.threshold  # calibrated on short training texts, stored in the model
    assert tox.scan("yo").reason == "ok"
    v = tox.scan("total moron")  # not in the training set
    assert not v.allowed and v.reason == "toxic_insult" and v.score >= tox.short_threshold
