"""The toxicity scanner's slur list (issue 11: "slurs the model never saw"), each case on its exact text.

Before the list, "nigger", "that kike again" and "My new neighbours are ragheads." passed the toxicity scanner
(0.19, 0.12, 0.07: no training row holds those words). Mentions, questions about a slur and the harmless
senses the list leaves out must still pass.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from tests.script_helpers import load_script

from basementbrew.safety.registry import get_scanner
from basementbrew.safety.scanners.base import CATEGORIES
from basementbrew.safety.scanners.toxicity import slur

SPEC = json.loads((resources.files("basementbrew.safety") / "models" / "slurs.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def tox():
    return get_scanner("toxicity")


USED = ["nigger", "that kike again", "Those spics are everywhere.", "you n1gger", "Wetbacks.",
        "My new neighbours are ragheads.", "He is such a tranny lol"]


@pytest.mark.parametrize("text", USED)
def test_a_slur_in_use_is_blocked_as_hate(tox, text):
    verdict = tox.scan(text, role="assistant")
    assert not verdict.allowed
    assert verdict.reason == "toxic_hate"
    assert verdict.category == CATEGORIES["S10"]


def test_an_insult_from_the_list_is_an_insult_not_hate(tox):
    verdict = tox.scan("shut up fatso", role="assistant")
    assert (verdict.allowed, verdict.reason) == (False, "toxic_insult")


@pytest.mark.parametrize("text", [
    "What does the word 'kike' mean?",
    'Is "raghead" a slur?',
    "The term wetback is offensive.",
    "Kids at school called me a paki, what should I do?",
    "Why is 'gook' offensive?",
])  # fmt: skip
def test_a_mentioned_slur_passes(tox, text):
    assert tox.scan(text).allowed, text


def test_the_later_items_of_a_mentioned_list_are_mentions_too():
    assert slur("slurs like kike and spic are racist") is None
    assert slur("the words \"kike\", \"spic\" or \"gook\"") is None
    assert slur("slurs like kike. those spics again") == "hate"


@pytest.mark.parametrize("text", [
    "Add two kaffir lime leaves to the curry.",
    "Homo sapiens evolved in Africa.",
    "There is a chink in the armour.",
    "Edit the photo in GIMP.",
    "The Rio Negro joins the Amazon at Manaus.",
    "He trains sambo twice a week.",
    "Blue tits came to the feeder.",
    "C'est trop tard.",
    "Slut-shaming is harmful.",
    "Pakistani food is great.",
    "A Japanese car.",
])  # fmt: skip
def test_harmless_senses_of_left_out_words_pass(tox, text):
    assert tox.scan(text, role="assistant").allowed, text


def test_the_shipped_list_is_the_script_s_output():
    script = load_script("scripts/safety_slurs.py")
    kept = set(SPEC["hate"]) | set(SPEC["insult"])
    assert kept and not kept & set(script.LEFT_OUT)
    assert set(SPEC["insult"]) == script.INSULTS
    assert SPEC["left_out"] == dict(sorted(script.LEFT_OUT.items()))
    assert SPEC["source"].startswith("wordfilter==0.2.7")
    assert len(kept) + len(script.LEFT_OUT) == SPEC["source_words"]
