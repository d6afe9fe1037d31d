"""Exact-answer accuracy: the scoring rule on hand-written answers, and the held-out driver."""

from __future__ import annotations

import pytest

from basementbrew.evaluation.accuracy import checkable_answer, heldout_accuracy, is_correct, score

SAISON = "**5.0-7.0% ABV**\nSaison, typical range."
OFF = "**Off topic**\nI only answer homebrewing questions."


def test_checkable_answer_is_the_first_bold_span_else_the_first_line() -> None:
    assert checkable_answer(SAISON) == "5.0-7.0% ABV"
    assert checkable_answer("Paris.\nIt is the capital.") == "Paris."


@pytest.mark.parametrize(("output", "ok"), [
    (SAISON, True),
    ("**5-7% ABV**", True),                                   # same numbers at another precision
    ("A Saison is usually 5.0-7.0% ABV.", True),               # wording is free, the numbers are not
    ("**5.0-7.5% ABV**", False),                               # one bound wrong
    ("**4.8%**", False),
    ("Since 1890: 5 to 7 percent", True),                      # 5 and 7 follow each other among its numbers
    ("5 percent in 1890, 7 now", False),                       # ... here they do not
    ("", False),
])
def test_numeric_answers_need_the_expected_numbers_in_order(output: str, ok: bool) -> None:
    assert is_correct(output, SAISON) is ok


def test_numbers_are_not_signed_and_tolerance_is_absolute() -> None:
    assert is_correct("18-22 °C", "**18-22 °C**")              # "-22" is a range bound, not minus 22
    assert is_correct("18.04-21.96 °C", "**18-22 °C**")
    assert not is_correct("18.1-22 °C", "**18-22 °C**")


def test_text_answers_match_ignoring_case_and_punctuation() -> None:
    assert is_correct("**Off topic**\nI only answer homebrewing questions.", OFF)
    assert is_correct("off-topic, sorry", OFF)
    assert not is_correct("The largest ocean is the Pacific.", OFF)


def test_score_counts_and_rejects_mismatched_lengths() -> None:
    result = score([SAISON, "**4.8%**"], [SAISON, SAISON])
    assert (result["correct"], result["total"], result["accuracy"]) == (1, 2, 0.5)
    with pytest.raises(ValueError):
        score([SAISON], [])


def test_heldout_accuracy_calls_generate_once_with_the_prompts() -> None:
    rows = [{"prompt": [{"role": "user", "content": f"q{i}"}],
             "completion": [{"role": "assistant", "content": SAISON if i % 2 else OFF}]} for i in range(5)]
    calls: list[list] = []

    def generate(prompts: list) -> list[str]:
        calls.append(prompts)
        return [SAISON for _ in prompts]

    result = heldout_accuracy(generate, rows, limit=4)
    assert len(calls) == 1 and [p[-1]["content"] for p in calls[0]] == ["q0", "q1", "q2", "q3"]
    assert (result["correct"], result["total"]) == (2, 4)
    assert result["items"][0] == {"prompt": "q0", "expected": "Off topic", "output": SAISON, "correct": False}
