"""A/B: one prompt to two models side by side, optionally blind, with votes stored and tallied per pair.

Votes are stored and tallied by :mod:`basementbrew.data.votes` (the one record shape, shared with the
cockpit's ``POST /v1/votes``). In blind mode the sides are shuffled and shown as "left"/"right"; the mapping
is kept in the round and only revealed after the vote.
"""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from basementbrew.data import votes
from basementbrew.data.votes import Vote, tally, votes_path
from basementbrew.errors import BrewError
from basementbrew.playground.backends import Backend, Reply

__all__ = ["ABRound", "Vote", "record_vote", "run_round", "tally", "votes_path"]


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
    """Store the vote on a round, with both answers (:func:`basementbrew.data.votes.record_vote`)."""
    (left, left_reply), (right, right_reply) = rnd.left, rnd.right
    return votes.record_vote(left, right, vote, blind=rnd.blind, prompt=rnd.prompt,
                             answers={left: left_reply.text, right: right_reply.text})
