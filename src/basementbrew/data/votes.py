"""A/B votes: one record shape, one file and one tally for every place that takes a vote (``basementbrew
playground ab`` and the in-process playground through :mod:`basementbrew.playground.ab`, the cockpit through
``POST /v1/votes``) and for what reads them (the tally, the preference dataset of
:mod:`basementbrew.playground.feedback`).

Here, below the playground and the server, because both write votes and the server may not import the
playground. Votes are appended to ``BREW_HOME/playground/ab_votes.jsonl``, one JSON object per line written
with a single ``write`` (a reader never sees half a record). A pair is keyed by its two model names in sorted
order, so "a vs b" and "b vs a" tally together. A record carries both answers when the caller has them (what
a preference dataset needs); a line that does not parse is skipped by the tally, never fatal.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Literal, get_args

from basementbrew.errors import BrewError
from basementbrew.workspace import sub

Vote = Literal["left", "right", "tie", "both_bad"]
VOTES_FILE = "ab_votes.jsonl"


def votes_path() -> Path:
    return sub("playground") / VOTES_FILE


def record_vote(left: str, right: str, vote: Vote, *, blind: bool = False, prompt: str = "",
                answers: dict[str, str] | None = None) -> dict[str, Any]:
    """Append one vote for the models shown `left` and `right` and return the stored record."""
    if vote not in get_args(Vote):
        raise BrewError(f"vote {vote!r}: choose left, right, tie or both_bad")
    if left == right:
        raise BrewError("A/B needs two different models; pass two ids from /v1/models")
    record: dict[str, Any] = {
        "time": time.time(),
        "pair": sorted([left, right]),
        "winner": {"left": left, "right": right}.get(vote),
        "vote": vote,
        "blind": blind,
        "prompt": prompt,
    }
    if answers:  # what a preference dataset needs (basementbrew.playground.feedback): both answers, by model
        record["answers"] = {left: answers[left], right: answers[right]}
    with votes_path().open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record


def read_votes() -> list[dict[str, Any]]:
    """Every stored vote, oldest first (lines that do not parse are skipped)."""
    path = votes_path()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if _well_formed(rec):
            out.append(rec)
    return out


def _well_formed(rec: Any) -> bool:
    """A record the tally can count: two model names, a known vote, a winner that is one of them or None."""
    if not isinstance(rec, dict):
        return False
    pair = rec.get("pair")
    if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(m, str) for m in pair):
        return False
    return rec.get("vote") in get_args(Vote) and (rec.get("winner") is None or rec.get("winner") in pair)


def tally() -> dict[str, dict[str, Any]]:
    """Per pair "a vs b": wins per model, ties, both_bad, total, and each model's win rate."""
    out: dict[str, dict[str, Any]] = {}
    for rec in read_votes():
        a, b = rec["pair"]
        row = out.setdefault(f"{a} vs {b}", {"wins": {a: 0, b: 0}, "tie": 0, "both_bad": 0, "total": 0})
        row["total"] += 1
        if rec.get("winner") in row["wins"]:
            row["wins"][rec["winner"]] += 1
        elif rec.get("vote") in ("tie", "both_bad"):
            row[rec["vote"]] += 1
    for row in out.values():
        row["win_rate"] = {m: round(w / row["total"], 3) for m, w in row["wins"].items()}
    return out
