"""``/v1/votes``: A/B votes from the cockpit's Playground, stored and tallied like ``basementbrew playground ab``.

Same file and record shape as :mod:`basementbrew.playground.ab` (``BREW_HOME/playground/ab_votes.jsonl``,
one object per line written with a single ``write``; the pair in sorted order so "a vs b" and "b vs a"
tally together), so CLI and UI votes count together. The server cannot import the playground (it sits a
floor above), hence the few lines here; in blind mode the browser hides the names until the vote is in.
"""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from basementbrew.inference.routes.deps import APIError, Authed, Limited, State
from basementbrew.limits import MAX_PROMPT_CHARS
from basementbrew.workspace import sub

router = APIRouter(prefix="/v1/votes", tags=["playground"], dependencies=[Authed, Limited])
VOTES_FILE = "ab_votes.jsonl"  # under BREW_HOME/playground/, as playground.ab.votes_path()


class VoteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    left: str = Field(min_length=1, max_length=200, description="Model id shown on the left.")
    right: str = Field(min_length=1, max_length=200)
    vote: Literal["left", "right", "tie", "both_bad"]
    blind: bool = False
    prompt: str = Field("", max_length=MAX_PROMPT_CHARS)


class VoteTally(BaseModel):
    pairs: dict[str, dict[str, Any]]
    recorded: dict[str, Any] | None = None


def _tally() -> dict[str, dict[str, Any]]:
    path = sub("playground") / VOTES_FILE
    out: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        try:
            rec = json.loads(line)
            a, b = rec["pair"]
        except (json.JSONDecodeError, KeyError, ValueError):
            continue
        row = out.setdefault(f"{a} vs {b}", {"wins": {a: 0, b: 0}, "tie": 0, "both_bad": 0, "total": 0})
        row["total"] += 1
        if rec.get("winner") in row["wins"]:
            row["wins"][rec["winner"]] += 1
        elif rec.get("vote") in ("tie", "both_bad"):
            row[rec["vote"]] += 1
    for row in out.values():
        row["win_rate"] = {m: round(w / row["total"], 3) for m, w in row["wins"].items()}
    return out


@router.get("")
def tally() -> VoteTally:
    return VoteTally(pairs=_tally())


@router.post("")
def vote(body: VoteRequest, state: State) -> VoteTally:
    if body.left == body.right:
        raise APIError(400, "right: A/B needs two different models", param="right")
    for side in (body.left, body.right):
        state.model(side, param="left" if side == body.left else "right")  # 404 for a model not served
    record = {"time": time.time(), "pair": sorted([body.left, body.right]),
              "winner": {"left": body.left, "right": body.right}.get(body.vote), "vote": body.vote,
              "blind": body.blind, "prompt": body.prompt}
    with (sub("playground") / VOTES_FILE).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return VoteTally(pairs=_tally(), recorded=record)
