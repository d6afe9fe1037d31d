"""Exact-answer accuracy: the scoring rule on hand-written answers, and the held-out driver."""

from __future__ import annotations

import pytest

from basementbrew.evaluation.accuracy import checkable_answer, heldout_accuracy, is_correct, precision, score

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


def test_numbers_are_not_signed_and_tolerance_follows_the_references_precision() -> None:
    assert is_correct("18-22 °C", "**18-22 °C**")              # "-22" is a range bound, not minus 22
    assert is_correct("18.04-21.96 °C", "**18-22 °C**")        # whole numbers: within ±0.5
    assert is_correct("18.4-22 °C", "**18-22 °C**")
    assert not is_correct("18.6-22 °C", "**18-22 °C**")
    assert not is_correct("17-22 °C", "**18-22 °C**")
    assert is_correct("5.04-7.0", SAISON)                        # one decimal: within ±0.05
    assert not is_correct("5.1-7.0", SAISON)


GRAVITY = "**1.011**\nThat is 11 gravity points."


@pytest.mark.parametrize(("output", "ok"), [
    ("**1.011**", True),
    ("**1.0110**", True),
    ("The final gravity of your German Pilsner is 1.011.", True),   # lenient: anywhere in a long answer
    ("**1.052**", False),                                           # was True with the old ±0.05
    ("The gravity is 1", False),                                    # was True: 1 is within 0.05 of 1.011
    ("The final gravity of your German Pilsner is 1", False),       # the untrained model's 'correct' answer
    ("**1.01**", False),                                            # 0.001 off: not at the reference's precision
    ("**1.012**", False),
    ("**1.000**", False),
])
def test_gravities_are_matched_to_three_decimals(output: str, ok: bool) -> None:
    assert is_correct(output, GRAVITY) is ok


@pytest.mark.parametrize(("output", "ok"), [
    ("**52 points**", True),
    ("That is 52 gravity points.", True),
    ("**52.4 points**", True),
    ("**53 points**", False),
    ("**51 points**", False),
    ("1.052 is 5 points", False),
])
def test_whole_number_answers_are_matched_to_half_a_unit(output: str, ok: bool) -> None:
    assert is_correct(output, "**52 points**") is ok


def test_precision_is_half_a_unit_in_the_last_place() -> None:
    assert precision("1.011") == pytest.approx(0.0005)
    assert precision("52") == pytest.approx(0.5)
    assert precision("5.0") == pytest.approx(0.05)


def test_an_explicit_tolerance_overrides_the_precision() -> None:
    assert is_correct("**1.052**", GRAVITY, tolerance=0.05)
    assert not is_correct("**53**", "**52**", tolerance=0.1)


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
