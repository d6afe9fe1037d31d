"""Generate the bundled `brewing-assistant` instruction dataset (licence: CC0, written for this project).

Why this shape: the quickstart fine-tunes a 135M model for a few minutes on 2 CPU cores, and its samples
must come out *right*, checkably. A 135M model cannot do four-digit arithmetic in its head (the first
version of this set taught ABV and temperature formulas: after training every answer had the right format
and the wrong number), but it does learn, in that budget, (1) facts that the set states again and again
in varied words (typical ABV and bitterness of a dozen styles, fermentation temperatures of yeast families)
and (2) a house rule: questions that are not about brewing get one fixed refusal.

Every answer opens with one bold span, the *checkable answer* (``**5.0-7.0% ABV**``, ``**Off topic**``),
followed by one short line; ``basementbrew.evaluation.accuracy`` scores a generation by that span. The
held-out split asks the same facts in phrasings that never occur in training, and off-topic questions on
subjects training never saw, so no prompt is shared between the splits. Deterministic (seeded):

    python scripts/make_brewing_dataset.py   # rewrites src/basementbrew/assets/datasets/brewing-assistant/
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/basementbrew/assets/datasets/brewing-assistant"
SYSTEM = "You are BrewBot, a concise homebrewing assistant."

# Typical ranges (ABV %, IBU), stated in our own words from general brewing knowledge (style ranges are facts).
STYLES = {
    "German Pilsner": (4.4, 5.2, 22, 40),
    "American IPA": (5.5, 7.5, 40, 70),
    "Irish Stout": (4.0, 4.5, 25, 45),
    "Hefeweizen": (4.3, 5.6, 8, 15),
    "Belgian Tripel": (7.5, 9.5, 20, 40),
    "American Pale Ale": (4.5, 6.2, 30, 50),
    "Porter": (4.5, 6.0, 20, 40),
    "Saison": (5.0, 7.0, 20, 35),
    "Barleywine": (8.0, 12.0, 50, 100),
    "Kolsch": (4.4, 5.2, 18, 30),
    "Witbier": (4.5, 5.5, 8, 20),
    "Berliner Weisse": (2.8, 3.8, 3, 8),
}
# Fermentation temperature ranges in °C, typical for each yeast family.
YEASTS = {
    "lager": (9, 13),
    "American ale": (18, 22),
    "kveik": (30, 37),
    "saison": (24, 32),
    "hefeweizen": (18, 24),
    "Belgian abbey": (18, 25),
}
REFUSAL = "**Off topic**\nI only answer homebrewing questions."

# Phrasings: training and held-out templates are disjoint, so the held-out prompts are new sentences.
ABV_TRAIN = ["What ABV is typical for a {s}?", "How strong is a {s} usually?", "Typical alcohol range of {s}?",
             "How much alcohol does a {s} have?"]
ABV_EVAL = ["What alcohol strength should a {s} have?", "{s}: what ABV range is normal?"]
IBU_TRAIN = ["How bitter is a {s}?", "IBU range for {s}?", "What bitterness should a {s} have?",
             "How many IBU in a {s}?"]
IBU_EVAL = ["What is the usual IBU of a {s}?", "{s}: how much bitterness is typical?"]
YEAST_TRAIN = ["What temperature do I ferment {y} yeast at?", "Fermentation temperature for {y} yeast?",
               "How warm should {y} yeast ferment?", "Best temperature range for {y} yeast?"]
YEAST_EVAL = ["At what temperature should I keep my {y} yeast fermenting?", "{y} yeast: what fermentation range?"]
PREFIX_TRAIN = ["", "Quick question: ", "Hi BrewBot! ", "Planning my next brew. ", "Hey, ", "Help please: "]
PREFIX_EVAL = ["", "Hello! "]

OFF_TOPIC_TRAIN = [
    "What is the capital of France?", "Write a poem about the sea.", "Who won the 1998 football World Cup?",
    "How do I fix a flat bicycle tyre?", "Explain how a rainbow forms.", "Write a Python function to sort a list.",
    "What is the square root of 144?", "Recommend a good science fiction novel.", "How do I change a car battery?",
    "What is the tallest mountain on Earth?", "Translate 'good morning' into Spanish.",
    "How many legs does a spider have?",
    "Tell me a joke about cats.", "What year did the Berlin Wall fall?", "How do I bake sourdough bread?",
    "Who painted the Mona Lisa?", "What is the speed of light?", "Give me tips for a job interview.",
    "How do vaccines work?", "Plan a three-day trip to Rome.", "What is photosynthesis?",
    "How do I learn to play guitar?", "Summarise the plot of Hamlet.", "What is the boiling point of mercury?",
    "How do I train my dog to sit?", "Which planet is closest to the Sun?", "What is a black hole?",
    "How do I knit a scarf?", "Write a limerick about a frog.", "What is inflation in economics?",
]
OFF_TOPIC_EVAL = [
    "Who wrote Pride and Prejudice?", "How do I replace a kitchen tap?", "What is the largest ocean?",
    "Write a haiku about autumn.", "How does a refrigerator work?", "What is the population of Japan?",
    "Explain the rules of chess.", "How do I start running?", "What causes earthquakes?",
    "Suggest a name for my goldfish.",
]


def _style_rows(templates: list[str], prefixes: list[str]) -> list[tuple[str, str]]:
    rows = []
    for style, (lo, hi, ilo, ihi) in STYLES.items():
        for t in templates:
            kind = "abv" if t in ABV_TRAIN + ABV_EVAL else "ibu"
            answer = (f"**{lo:.1f}-{hi:.1f}% ABV**\n{style}, typical range." if kind == "abv"
                      else f"**{ilo}-{ihi} IBU**\n{style}, typical range.")
            rows += [(p + t.format(s=style), answer) for p in prefixes]
    return rows


def _yeast_rows(templates: list[str], prefixes: list[str]) -> list[tuple[str, str]]:
    rows = []
    for yeast, (lo, hi) in YEASTS.items():
        answer = f"**{lo}-{hi} °C**\n{yeast[0].upper() + yeast[1:]} yeast, typical range."
        rows += [(p + t.format(y=yeast), answer) for t in templates for p in prefixes]
    return rows


def _message(q: str, a: str) -> dict:
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": q},
                         {"role": "assistant", "content": a}]}


def build(n_train: int = 360, n_eval: int = 60, seed: int = 1234) -> tuple[list[dict], list[dict]]:
    """Train rows sampled from the training phrasings, eval rows from the held-out ones (disjoint prompts)."""
    rng = random.Random(seed)
    train_pool = (_style_rows(ABV_TRAIN + IBU_TRAIN, PREFIX_TRAIN) + _yeast_rows(YEAST_TRAIN, PREFIX_TRAIN)
                  + [(p + q, REFUSAL) for q in OFF_TOPIC_TRAIN for p in PREFIX_TRAIN[:3]])
    eval_pool = (_style_rows(ABV_EVAL + IBU_EVAL, PREFIX_EVAL[:1]) + _yeast_rows(YEAST_EVAL, PREFIX_EVAL[:1])
                 + [(q, REFUSAL) for q in OFF_TOPIC_EVAL])
    rng.shuffle(train_pool)
    rng.shuffle(eval_pool)
    train, evals = train_pool[:n_train], eval_pool[:n_eval]
    assert not {q for q, _ in train} & {q for q, _ in evals}, "a prompt is in both splits"
    return [_message(q, a) for q, a in train], [_message(q, a) for q, a in evals]


def main() -> None:
    train, evals = build()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in [("train.jsonl", train), ("eval.jsonl", evals)]:
        (OUT / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (OUT / "README.md").write_text(
        "# brewing-assistant\n\nGenerated by `scripts/make_brewing_dataset.py` (seeded, reproducible). "
        f"{len(train)} train / {len(evals)} held-out conversations in `messages` format. Licence: CC0.\n\n"
        f"Tasks: typical ABV and IBU ranges of {len(STYLES)} beer styles, fermentation temperatures of "
        f"{len(YEASTS)} yeast families, and one house rule (questions that are not about brewing get "
        "`**Off topic**`).\n"
        "Every answer opens with a bold span, the checkable answer that `basementbrew.evaluation.accuracy` "
        "scores. The held-out split asks the same facts in phrasings training never uses and off-topic "
        "questions on other subjects: no prompt appears in both splits.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(train)} train and {len(evals)} eval rows to {OUT}")


if __name__ == "__main__":
    main()
