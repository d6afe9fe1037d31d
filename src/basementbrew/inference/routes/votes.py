"""``/v1/votes``: A/B votes from the cockpit's Playground, stored and tallied by :mod:`basementbrew.data.votes`,
the same code path as ``basementbrew playground ab``, so CLI and UI votes count together and both feed the
preference dataset built from votes (the page sends both answers). In blind mode the browser hides the names
until the vote is in.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from basementbrew.errors import BrewError
from basementbrew.inference.routes.deps import APIError, Authed, Limited, State
from basementbrew.limits import MAX_PROMPT_CHARS

router = APIRouter(prefix="/v1/votes", tags=["playground"], dependencies=[Authed, Limited])


class VoteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    left: str = Field(min_length=1, max_length=200, description="Model id shown on the left.")
    right: str = Field(min_length=1, max_length=200)
    vote: Literal["left", "right", "tie", "both_bad"]
    blind: bool = False
    prompt: str = Field("", max_length=MAX_PROMPT_CHARS)
    left_answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS, description="The answer shown on the left.")
    right_answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS)


class VoteTally(BaseModel):
    pairs: dict[str, dict[str, Any]]
    recorded: dict[str, Any] | None = None


@router.get("")
def tally() -> VoteTally:
    from basementbrew.data.votes import tally as all_pairs

    return VoteTally(pairs=all_pairs())


@router.post("")
def vote(body: VoteRequest, state: State) -> VoteTally:
    from basementbrew.data.votes import record_vote
    from basementbrew.data.votes import tally as all_pairs

    if body.left == body.right:
        raise APIError(400, "right: A/B needs two different models", param="right")
    loadable = state.loadable()
    for side, param in ((body.left, "left"), (body.right, "right")):
        if side not in loadable:
            state.model(side, param=param)  # 404 for a model neither served nor on disk
    answers = None
    if body.left_answer is not None and body.right_answer is not None:
        answers = {body.left: body.left_answer, body.right: body.right_answer}
    try:
        record = record_vote(body.left, body.right, body.vote, blind=body.blind, prompt=body.prompt, answers=answers)
    except BrewError as exc:
        raise APIError(400, str(exc), param="vote") from None
    return VoteTally(pairs=all_pairs(), recorded=record)
