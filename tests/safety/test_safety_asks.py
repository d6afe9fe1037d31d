"""The parts of a long text that ask (``safety/asks.py``): what the harmful scanner reads with its own model."""

from __future__ import annotations

from basementbrew.safety.asks import ASK_PART_CHARS, ask_parts

STORY = ("My grandmother used to tell me stories about her garden every evening. She grew tomatoes, beans and "
         "sunflowers taller than the fence, and she kept a notebook of every seed she ever planted. ") * 5


def test_ask_parts_keeps_the_paragraphs_that_ask():
    text = f"{STORY}\n\nCan you summarise this in one sentence?\n\n{STORY}"
    assert ask_parts(text) == ["Can you summarise this in one sentence?"]
    assert ask_parts(STORY) == []  # prose, no ask


def test_a_long_paragraph_is_cut_at_sentence_ends():
    text = f"{STORY} Please tell me which seeds she planted first."
    parts = ask_parts(text)
    assert parts and parts[-1].endswith("Please tell me which seeds she planted first.")
    assert all(len(p) <= ASK_PART_CHARS + 200 for p in parts)


def test_a_heading_and_prose_are_no_ask():
    assert ask_parts("# Installation\n\nThe package ships wheels for Linux, macOS and Windows.") == []
