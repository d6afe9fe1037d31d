"""The stream guard releases text as soon as it is safe (issue 19): the first judged word goes out at once,
and text is held only while something that could still need redacting is open (an identifier run)."""

from __future__ import annotations

import pytest

from basementbrew.config import SafetyConfig
from basementbrew.safety.guardrails import Guardrails

SPLITS = [1, 2, 3, 5, 7]


@pytest.fixture(scope="module")
def guard() -> Guardrails:
    return Guardrails.from_config(SafetyConfig())


def test_the_first_words_are_released_without_a_fixed_hold_back(guard):
    sg = guard.stream()
    out = [sg.feed(piece).text for piece in ["The", " capital", " of", " France", " is", " Paris", "."]]
    assert out[:4] == ["", "", "", ""] and out[4] == "The capital of France "  # a few words, not 64 + 32 chars
    assert "".join(out) + sg.finish().text == "The capital of France is Paris."


@pytest.mark.parametrize("size", SPLITS)
def test_a_card_number_streamed_in_groups_never_leaks_unredacted(guard, size):
    text = "Sure, the card on file is 4111 1111 1111 1111 and it expires soon, so renew it today please."
    sg = guard.stream()
    pieces, emitted = [], ""
    for i in range(0, len(text), size):
        pieces.append(sg.feed(text[i : i + size]).text)
        emitted = "".join(pieces)
        assert "4111 1111" not in emitted and "1111 1111" not in emitted  # never a partial group run
    final = emitted + sg.finish().text
    assert final == guard.check_output(text).text and "4111" not in final


@pytest.mark.parametrize("size", SPLITS)
def test_streamed_equals_whole_for_plain_and_pii_text(guard, size):
    for text in ("Mash at 67 C for 60 minutes, then boil 60 minutes with 30 g of hops at 60 minutes.",
                 "Write to jane.doe@example.com or call +1 415 555 0132 before noon on Friday, thanks."):
        sg = guard.stream()
        out = "".join(sg.feed(text[i : i + size]).text for i in range(0, len(text), size)) + sg.finish().text
        assert out == guard.check_output(text).text
