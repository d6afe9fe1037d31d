"""Short chat follow-ups for the harmful and injection scanners: "And of Spain?", "What about in winter?".

    python scripts/safety_data_followups.py

Writes ``data/safety/followups.train.jsonl`` (training only, outside the package; label 0, benign). Why: a
follow-up in a chat is a fragment of three or four words, and the training pool's short texts were mostly the
bare harmful fragments of ``safety_data_harmful_wide.py`` ("rob a bank") and the multilingual fragments, so
short fragments as such read as harmful: the playground's second turn "And of Italy?" scored 0.92 and was
blocked. These rows are the everyday follow-ups a chat carries (another place, time, person, number, a
clarification, a continuation), written from templates and pools with a fixed seed. "Italy" is left out of
the pools on purpose: "And of Italy?" stays an untrained regression text (tests/safety).

Written for this project (Apache-2.0).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "followups.train.jsonl"

PLACES = ["Spain", "Germany", "Portugal", "Japan", "Canada", "Brazil", "Kenya", "Norway", "Peru", "Egypt",
          "India", "Mexico", "Poland", "Chile", "Greece", "Vietnam", "Ireland", "Morocco", "Australia", "Sweden",
          "Texas", "Ohio", "Bavaria", "Scotland", "Quebec", "Tokyo", "Lisbon", "Nairobi", "Lima", "Oslo",
          "the UK", "the US", "the Netherlands", "Switzerland", "Argentina", "Turkey", "Thailand", "Iceland"]
TIMES = ["winter", "summer", "the morning", "the evening", "1990", "the 1800s", "the Middle Ages", "next year",
         "the weekend", "spring", "autumn", "the night", "last month", "the 20th century", "ancient Rome"]
THINGS = ["the second one", "the third step", "the other recipe", "the red one", "the last example", "that one",
          "the bigger model", "the first option", "the next chapter", "the same code", "the previous answer",
          "the shorter version", "the cheaper one", "the other language", "the table above", "both of them"]
PEOPLE = ["my sister", "a beginner", "kids", "my team", "a teenager", "seniors", "my dog", "a vegetarian",
          "students", "my boss", "a small business", "two people", "a family of four", "my grandmother"]
NUMBERS = ["10", "twenty", "3 cups", "5 km", "100 users", "two weeks", "50 dollars", "a dozen", "8 hours"]
LANGS = ["French", "German", "Spanish", "Python", "JavaScript", "Rust", "SQL", "Japanese", "Latin", "Go"]

TEMPLATES = [
    ("And of {p}?", PLACES), ("And {p}?", PLACES), ("What about {p}?", PLACES), ("How about {p}?", PLACES),
    ("And in {p}?", PLACES), ("Same for {p}?", PLACES), ("And for {p}?", PLACES), ("Now {p}.", PLACES),
    ("And in {p}?", TIMES), ("What about in {p}?", TIMES), ("And during {p}?", TIMES), ("Before {p}?", TIMES),
    ("And {p}?", THINGS), ("What about {p}?", THINGS), ("Explain {p}.", THINGS), ("Shorter, {p}.", THINGS),
    ("And for {p}?", PEOPLE), ("What if it's for {p}?", PEOPLE), ("Is it safe for {p}?", PEOPLE),
    ("And with {p}?", NUMBERS), ("What about {p}?", NUMBERS), ("Make it {p}.", NUMBERS),
    ("And in {p}?", LANGS), ("Now in {p}.", LANGS), ("Same in {p}?", LANGS), ("Translate it to {p}.", LANGS),
]  # fmt: skip
BARE = ["Why?", "How so?", "And then?", "Really?", "Go on.", "More please.", "Can you elaborate?", "Why not?",
        "Which one?", "How many?", "Since when?", "And after that?", "Is that all?", "Anything else?", "Thanks!",
        "Shorter please.", "In one sentence?", "With an example?", "Step by step?", "Are you sure?", "Say more.",
        "What else?", "How long?", "Compared to what?", "Like what?", "Where exactly?", "And the rest?"]


def rows(seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    texts = [t.format(p=p) for t, pool in TEMPLATES for p in pool] + BARE
    if any("italy" in t.lower() for t in texts):
        raise ValueError("'Italy' must stay out of the follow-ups: 'And of Italy?' is an untrained regression text")
    texts = list(dict.fromkeys(texts))
    rng.shuffle(texts)
    return [{"text": t, "label": 0, "category": "benign", "kind": "followup"} for t in texts]


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from safety_data_slices import refused, write_jsonl

    out = rows()
    if refused(out):
        return 2
    write_jsonl(OUT, out)
    print(f"{len(out)} follow-ups -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
