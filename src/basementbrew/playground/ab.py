"""A/B: one prompt to two models side by side, optionally blind, with votes stored and tallied per pair.

Votes are appended to ``BREW_HOME/playground/ab_votes.jsonl`` (one JSON object per line, written with a
single ``write``). A pair is keyed by its two model names in sorted order, so "a vs b" and "b vs a" tally
together. In blind mode the sides are shuffled and shown as "left"/"right"; the mapping is kept in the
round and only revealed after the vote.
"""

from __future__ import annotations

import json
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from basementbrew.errors import BrewError
from basementbrew.playground.backends import Backend, Reply
from basementbrew.workspace import sub

Vote = Literal["left", "right", "tie", "both_bad"]


def votes_path() -> Path:
    return sub("playground") / "ab_votes.jsonl"


@dataclass
class ABRound:
    prompt: str
    left: tuple[str, Reply]
    right: tuple[str, Reply]
    blind: bool

    def shown(self, side: str) -> str:
        name = (self.left if side == "left" else self.right)[0]
        return side if self.blind else name


def run_round(
    backend: Backend,
    prompt: str,
    model_a: str,
    model_b: str,
    blind: bool = False,
    rng: random.Random | None = None,
    **params: Any,
) -> ABRound:
    """Ask both models at once (they batch together on the server) and place them left/right."""
    if model_a == model_b:
        raise BrewError("A/B needs two different models; pass two ids from /v1/models")
    msgs = [{"role": "user", "content": prompt}]
    with ThreadPoolExecutor(2) as pool:
        fa = pool.submit(backend.chat, model_a, msgs, **params)
        fb = pool.submit(backend.chat, model_b, msgs, **params)
        sides = [(model_a, fa.result()), (model_b, fb.result())]
    if blind:
        (rng or random.Random()).shuffle(sides)
    return ABRound(prompt, sides[0], sides[1], blind)


def record_vote(rnd: ABRound, vote: Vote) -> dict[str, Any]:
    if vote not in ("left", "right", "tie", "both_bad"):
        raise BrewError(f"vote {vote!r}: choose left, right, tie or both_bad")
    winner = {"left": rnd.left[0], "right": rnd.right[0]}.get(vote)
    record = {
        "time": time.time(),
        "pair": sorted([rnd.left[0], rnd.right[0]]),
        "winner": winner,
        "vote": vote,
        "blind": rnd.blind,
        "prompt": rnd.prompt,
        # what a preference dataset needs (basementbrew.playground.feedback): both answers, by model
        "answers": {rnd.left[0]: rnd.left[1].text, rnd.right[0]: rnd.right[1].text},
    }
    with votes_path().open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record


def tally() -> dict[str, dict[str, Any]]:
    """Per pair "a vs b": wins per model, ties, both_bad, total, and each model's win rate."""
    out: dict[str, dict[str, Any]] = {}
    path = votes_path()
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        a, b = rec["pair"]
        row = out.setdefault(f"{a} vs {b}", {"wins": {a: 0, b: 0}, "tie": 0, "both_bad": 0, "total": 0})
        row["total"] += 1
        if rec["winner"]:
            row["wins"][rec["winner"]] += 1
        else:
            row[rec["vote"]] += 1
    for row in out.values():
        row["win_rate"] = {m: round(w / row["total"], 3) for m, w in row["wins"].items()}
    return out
