"""The stream guard releases text as soon as it is safe (issue 19): the first judged word goes out at once,
and text is held only while something that could still need redacting is open (an identifier run)."""

from __future__ import annotations

import pytest

from basementbrew.config import SafetyConfig
from basementbrew.safety.guardrails import STREAM_FIRST_EMIT, Guardrails
from basementbrew.safety.scanners.sanitize import _IMAGE, _LINK

SPLITS = [1, 2, 3, 5, 7]


@pytest.fixture(scope="module")
def guard() -> Guardrails:
    return Guardrails.from_config(SafetyConfig())


def test_the_first_words_are_released_without_a_fixed_hold_back(guard):
    sg = guard.stream()
    out = [sg.feed(piece).text for piece in ["The", " capital", " of", " France", " is", " Paris", "."]]
    assert out[0] == "" and out[1] == "The "  # the first word, once the next delta shows it is whole
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
    for text in (
        "Mash at 67 C for 60 minutes, then boil 60 minutes with 30 g of hops at 60 minutes.",
        "Write to jane.doe@example.com or call +1 415 555 0132 before noon on Friday, thanks.",
    ):
        sg = guard.stream()
        out = "".join(sg.feed(text[i : i + size]).text for i in range(0, len(text), size)) + sg.finish().text
        assert out == guard.check_output(text).text


def _first_emit(guard: Guardrails, deltas: list[str]) -> tuple[int, str]:
    """(how many deltas went in before the first text came out, that text)."""
    sg = guard.stream()
    for k, delta in enumerate(deltas, 1):
        text = sg.feed(delta).text
        if text:
            return k, text
    return len(deltas) + 1, sg.finish().text


def test_an_unfinished_word_is_held_even_at_the_start(guard):
    k, text = _first_emit(guard, ["Bre", "wing", " a", " pale", " ale", " at", " home."])
    assert (k, text) == (3, "Brewing ")  # not "Bre": an unfinished word could still become PII or worse


@pytest.mark.parametrize("opening", ["[the docs", "![a diagram", "See [the docs"])
def test_an_unfinished_link_at_the_start_is_held_until_it_is_complete(guard, opening):
    text = opening + "](https://evil.example/c?token=aaaaaaaaaaaaaaaaaaaaaaaa) and then some plain words follow."
    sg = guard.stream()
    pieces = []
    for i in range(0, len(text), 3):
        pieces.append(sg.feed(text[i : i + 3]).text)
        assert "[" not in "".join(pieces)  # nothing from the "[" on goes out before the link is complete
        if "evil" in text[: i + 3]:
            break
    out = "".join(pieces)
    for delta in [text[j : j + 3] for j in range(i + 3, len(text), 3)]:
        out += sg.feed(delta).text
    out += sg.finish().text
    assert "evil.example" not in out and _LINK.search(out) is None and _IMAGE.search(out) is None
    assert out == guard.check_output(text).text


def test_a_secret_like_first_word_is_never_emitted_in_part(guard):
    key = "AKIA" + "ABCDEFGHIJKLMNOP"
    deltas = [key[:4], key[4:9], key[9:], " is", " the", " access", " key", " you", " asked", " for."]
    sg = guard.stream()
    out = ""
    for delta in deltas:
        out += sg.feed(delta).text
        assert "AKIA" not in out
    out += sg.finish().text
    assert key not in out and "[SECRET]" in out


def test_a_short_opening_the_chain_blocks_is_held_not_emitted_and_does_not_stop_the_stream(guard):
    # "Die" alone reads as self-harm encouragement; the film title it opens does not (the opening used to be
    # "Look: !", the classifier's noise on a few characters, which the terse training rows took away)
    assert not guard.check_output("Die").allowed
    deltas = ["Die", " Hard", " is", " a", " 1988", " action", " film", " set", " in", " a", " Los", " Angeles",
              " office", " tower", "."]
    sg = guard.stream()
    pieces = [sg.feed(d) for d in deltas]
    assert all(p.allowed for p in pieces)
    first = next(i for i, p in enumerate(pieces) if p.text)
    assert first >= 1 and pieces[0].text == ""  # "Die" alone was held, not emitted
    assert guard.check_output("".join(deltas[: first + 1])).allowed  # judged again with more words
    assert "".join(p.text for p in pieces) + sg.finish().text == "".join(deltas)


def test_a_toxic_opening_is_never_emitted_and_stops_the_stream_once_long_enough(guard):
    deltas = ["Stupid", " moron", ",", " nobody", " wants", " your", " questions", " here", "."]
    sg = guard.stream()
    out, seen, result = "", "", None
    for d in deltas:
        result = sg.feed(d)
        out, seen = out + result.text, seen + d
        if not result.allowed:
            break
    assert out == "" and result is not None and not result.allowed and result.reason.startswith("toxicity:")
    assert len(seen) - len(d) < STREAM_FIRST_EMIT  # stopped by the first delta that reached STREAM_FIRST_EMIT


def _stream(guard: Guardrails, pieces: list[str]) -> tuple[list[str], str]:
    sg = guard.stream()
    return [sg.feed(p).text for p in pieces], sg.finish().text


ZH = ("你好！我是一个酿酒助手。做淡色艾尔啤酒，先把麦芽捣碎，在六十七度的水里糖化一个小时，然后煮沸并加入啤酒花。"
      "冷却以后加入酵母，在十八度左右发酵两个星期，最后装瓶。")


@pytest.mark.parametrize("size", [1, 2, 3])
def test_chinese_text_streams_in_pieces_instead_of_waiting_for_the_end(guard, size):
    # no spaces: the guard used to hold the whole answer until the stream ended
    out, rest = _stream(guard, [ZH[i : i + size] for i in range(0, len(ZH), size)])
    assert "".join(out) + rest == ZH
    assert sum(1 for piece in out if piece) >= 2 and len(rest) < len(ZH) // 2


def test_a_run_with_no_word_break_is_released_but_for_its_tail(guard):
    row = "*" * 200
    out, rest = _stream(guard, [row[i : i + 2] for i in range(0, len(row), 2)])
    assert "".join(out) + rest == row and any(out) and len(rest) <= 64 + 32


@pytest.mark.parametrize("size", [1, 3, 4])
def test_an_address_inside_chinese_text_is_never_emitted_in_part(guard, size):
    text = "请发邮件到john.doe@example.com联系我们，谢谢你的耐心和帮助，祝你酿酒顺利，干杯！"
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    sg, emitted = guard.stream(), ""
    for piece in pieces:
        emitted += sg.feed(piece).text
        assert "john" not in emitted and "example" not in emitted
    assert emitted + sg.finish().text == guard.check_output(text).text == text.replace("john.doe@example.com",
                                                                                      "[EMAIL]")


def test_a_long_key_in_a_run_with_no_word_break_is_never_emitted_in_part(guard):
    key = "sk-proj-" + "Zq7X" * 30
    text = "a" * 70 + "token=" + key + "&next=1"
    out, rest = _stream(guard, [text[i : i + 4] for i in range(0, len(text), 4)])
    whole = "".join(out) + rest
    assert key[:12] not in whole and "sk-proj" not in "".join(out) and "[SECRET]" in whole


@pytest.mark.parametrize(("deltas", "first"), [
    (["Sure", "!", " Here", " is"], "Sure!"),  # out with the "!", not a delta later
    (["Hello", ",", " brewer"], "Hello,"),
    (["1", ",", "000", " people", " came", " to", " the", " festival", "."], ""),  # digits: an identifier run, held
])  # fmt: skip
def test_a_word_closed_by_an_exclamation_mark_or_comma_goes_out_with_it(guard, deltas, first):
    out, rest = _stream(guard, deltas)
    assert out[1] == first and "".join(out) + rest == "".join(deltas)


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_a_comma_inside_a_credential_url_does_not_release_part_of_it(guard, size):
    text = "Connect with https://admin:hunter,xyz@db.example.com today and tell me how the migration went."
    sg, emitted = guard.stream(), ""
    for i in range(0, len(text), size):
        emitted += sg.feed(text[i : i + size]).text
        assert "hunter" not in emitted and "admin" not in emitted
    assert "[SECRET]" in emitted + sg.finish().text
