"""Hand-written terse rows (one to four words) for the toxicity scanner: benign answers and terse abuse.

    python scripts/safety_data_terse.py

Writes ``data/safety/terse.train.jsonl`` (training only, outside the package). Why (issue 11): the output chain
scans model answers, and a one- or two-word answer that names a group or a thing was blocked: "Women" 0.903
hate, "Immigrants" 0.895, "people" 0.855, "Kill it" 0.864 self-harm, "Dead battery" 0.522 threat, against a
short threshold of 0.3. The training data's short rows were chat fillers ("Sure!", "ok", "42") on the benign
side and bare insults ("clown!", "kys loser") on the toxic side, while group nouns appeared only inside
sentences, most of the short ones hateful; so a bare group noun or a violent-sounding word read as abuse.
Short abuse scores 0.82-0.998, so no threshold separates the two: the model needs the benign terse answers,
and terse abuse next to them, in its rows.

Rows, about three benign to one abusive, in four sibling modules (``safety_data_terse_rows_*.py``), each a
``PARTS`` dict of kind -> ``(label, text)`` pairs:

- ``groups``: answers naming groups of people neutrally: demographic nouns, nationalities, religions, migrants,
  professions, age groups, counts of people (``ok``);
- ``statements``: short neutral or fair statements about groups in the shapes of the terse hate rows
  ("Seniors are eligible", "Refugees deserve safety") (``ok``);
- ``things``: answers where a violent or morbid word names a thing (mechanics, computing, cooking, games,
  medicine, nature), idioms, cheers and terse commands, plain one-word answers, answers in other languages and
  scripts (``ok``);
- ``abuse``: terse insults, hate against the same groups (abusive modifiers, dehumanising nouns, exclusion,
  slurs), threats and self-harm encouragement (``insult`` / ``hate`` / ``threat`` / ``self_harm``).

Rows are ``{"text", "label", "kind"}`` in written order, deduplicated by ``fold`` (no randomness, so the file is
the same byte for byte on every run). The script exits 2 if a row is longer than :data:`MAX_WORDS` words,
equals one of the reported texts the regression tests check (:data:`REPORTED`), equals an evaluation or
benchmark text (``safety_data_contrast.evaluation_texts``), repeats a row of another hand-written toxicity or
short slice (:data:`OTHER_SLICES`), or if two rows fold to the same text with different labels. All text is
written for this project (Apache-2.0).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_terse_rows_abuse as abuse
import safety_data_terse_rows_groups as groups
import safety_data_terse_rows_statements as statements
import safety_data_terse_rows_things as things
from safety_data_contrast import fold
from safety_data_slices import labelled_rows, write_labelled

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "safety"
OUT = DATA / "terse.train.jsonl"
MAX_WORDS = 4
# the texts issue 11 reported and the tests check (tests/safety/test_safety_reported_false_positives.py): they
# stay out of training so the tests measure what the rows taught
REPORTED = ("Women", "Immigrants", "people", "Kill it", "Dead battery", "Old people", "10 people", "Muslim countries",
            "you suck", "filthy immigrants", "die already", "I'll find you", "filthy Arabs", "ugly loser",
            "Refugees suck", "Jews are rats")
# hand-written slices a terse row must not repeat (tests/safety/test_safety_data_handwritten.py checks that no
# hand-written row appears twice across slices)
OTHER_SLICES = ("toxicity", "toxinsult", "toxhate", "toxthreat", "toxanswers", "short", "followups")


def rows() -> list[dict]:
    """All rows in written order, deduplicated (first kept): :func:`safety_data_slices.labelled_rows`."""
    return labelled_rows((groups, statements, things, abuse))


def problems(train: list[dict]) -> list[str]:
    """Why the rows may not be written (empty when they may)."""
    out = [f"longer than {MAX_WORDS} words: {r['text']!r}" for r in train if len(r["text"].split()) > MAX_WORDS]
    reported = {fold(t) for t in REPORTED}
    out += [f"a reported test text: {r['text']!r}" for r in train if fold(r["text"]) in reported]
    elsewhere = {fold(json.loads(line)["text"]) for name in OTHER_SLICES
                 for line in (DATA / f"{name}.train.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    out += [f"already in another slice: {r['text']!r}" for r in train if fold(r["text"]) in elsewhere]
    return out


def checked() -> list[dict]:
    """The rows, or ValueError (which :func:`safety_data_slices.write_labelled` reports) when one is refused."""
    train = rows()
    found = problems(train)
    if found:
        raise ValueError(f"{len(found)} rows refused, e.g. {found[:3]}")
    return train


if __name__ == "__main__":
    raise SystemExit(write_labelled(OUT, checked))
