"""Votes and thumbs → a preference dataset: ties, both_bad and contradictions are handled and counted in the
card, a vote for a model that no longer exists stops the build (nothing stored), and chat thumbs become KTO rows."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.data import store
from basementbrew.errors import BrewError
from basementbrew.playground import feedback
from basementbrew.playground.ab import ABRound, record_vote
from basementbrew.playground.backends import Reply

GOOD, BAD = "smollm2-135m", "llama-3.1-8b"  # registry models: they exist


def _round(prompt: str, left: tuple[str, str], right: tuple[str, str]) -> ABRound:
    def reply(model: str, text: str) -> tuple[str, Reply]:
        return model, Reply(text, "stop", 3, 5, 0.1, 0.2, model)

    return ABRound(prompt, reply(*left), reply(*right), blind=True)


def _vote_many() -> None:
    for i in range(4):
        rnd = _round(f"q{i}?", (GOOD, f"right {i}"), (BAD, f"wrong {i}"))
        record_vote(rnd, "left")
    record_vote(_round("q0?", (BAD, "wrong 0"), (GOOD, "right 0")), "right")  # same preference again
    record_vote(_round("q1?", (GOOD, "right 1"), (BAD, "wrong 1")), "right")  # contradicts q1: even split
    record_vote(_round("q2?", (GOOD, "right 2"), (BAD, "wrong 2")), "tie")
    record_vote(_round("q3?", (GOOD, "right 3"), (BAD, "wrong 3")), "both_bad")


def test_votes_become_pairs_with_every_skip_counted() -> None:
    _vote_many()
    version = feedback.prepare_from_votes(eval_fraction=0.34)
    rows = version.split("train") + version.split("eval")
    assert sorted(r["prompt"] for r in rows) == ["q0?", "q2?", "q3?"]  # q1 contradicts itself evenly
    assert all(r["chosen"].startswith("right") and r["rejected"].startswith("wrong") for r in rows)
    counts = version.card["counts"]
    assert counts["ab_votes"] == 8 and counts["rows"] == 3
    assert counts["skipped_tie"] == 1 and counts["skipped_both_bad"] == 1
    assert counts["contradicting_votes"] == 1 and counts["dropped_even_contradiction"] == 1
    assert counts["duplicate_votes"] == 1
    assert version.card["kind"] == "preference" and version.ref == "votes@v1"


def test_votes_for_a_missing_model_stop_the_build_and_store_nothing() -> None:
    _vote_many()
    record_vote(_round("q9?", ("deleted-run", "x"), (GOOD, "y")), "right")
    with pytest.raises(BrewError, match=r"no longer exist: deleted-run.*--skip-missing-models"):
        feedback.prepare_from_votes()
    assert store.versions("votes") == []
    result = CliRunner().invoke(app, ["data", "prepare", "--from-votes"])  # cli.main prints it, exit code 2
    assert isinstance(result.exception, BrewError) and "deleted-run" in str(result.exception)
    version = feedback.prepare_from_votes(skip_missing_models=True, eval_fraction=0.34)
    assert version.card["counts"]["skipped_missing_model"] == 1


def test_thumbs_and_votes_become_kto_rows() -> None:
    from basementbrew.playground.chat import conversations_dir

    convo = {"id": "c1", "model": GOOD, "messages": [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "OG 1.050, FG 1.010?"},
        {"role": "assistant", "content": "**ABV: 5.3%**"}, {"role": "user", "content": "And 1.060 to 1.012?"},
        {"role": "assistant", "content": "Lots, probably."}]}
    (conversations_dir() / "c1.json").write_text(json.dumps(convo), encoding="utf-8")
    feedback.record_chat_feedback("c1", 0, "up")
    feedback.record_chat_feedback("c1", 1, "down")
    with pytest.raises(BrewError, match="turn 5 does not exist"):
        feedback.record_chat_feedback("c1", 5, "up")
    with pytest.raises(BrewError, match="choose up or down"):
        feedback.record_feedback(GOOD, "p", "a", "sideways")  # type: ignore[arg-type]
    record_vote(_round("q?", (GOOD, "good"), (BAD, "bad")), "left")
    rows, counts = feedback.collect("thumbs")
    labels = {r["completion"]: r["label"] for r in rows}
    assert labels == {"**ABV: 5.3%**": True, "Lots, probably.": False, "good": True, "bad": False}
    assert next(r for r in rows if r["completion"] == "**ABV: 5.3%**")["system"] == "Be brief."
    assert counts["thumbs"] == 2 and counts["ab_votes"] == 1
    version = feedback.prepare_from_votes(kind="thumbs", eval_fraction=0.5)
    assert version.card["shape"] == "unpaired" and version.ref == "votes-thumbs@v1"


def test_a_malformed_stored_vote_or_thumb_is_named_with_its_line() -> None:
    """'data prepare --from-votes' on an ab_votes.jsonl line such as [1, 2], a 'pair' holding a list, an answer
    that is a number or a 'winner' that is a list crashed with a traceback (AttributeError / TypeError), as did a
    feedback.jsonl line without 'thumb' (KeyError). Each is now one line naming the file, the line and the field."""
    from basementbrew.data.votes import votes_path

    _vote_many()
    good = votes_path().read_text(encoding="utf-8")
    for line, why in (
        ("[1, 2]", "not a vote record"),
        ('{"pair": [["x"], "b"], "vote": "left"}', "'pair' must be the two model names"),
        (json.dumps({"pair": [GOOD, BAD], "vote": "left", "winner": GOOD, "prompt": "p",
                     "answers": {GOOD: 5, BAD: "y"}}), "'answers' must map each model to its answer text"),
        (json.dumps({"pair": [GOOD, BAD], "vote": "left", "winner": [GOOD], "prompt": "p"}), "'winner' must be one"),
        (json.dumps({"pair": [GOOD, BAD], "vote": "left", "winner": GOOD, "prompt": None}), "'prompt' must be text"),
    ):
        votes_path().write_text(good + line + "\n", encoding="utf-8")
        for kind in ("pairs", "thumbs"):
            with pytest.raises(BrewError) as exc:
                feedback.prepare_from_votes(kind=kind)
            assert str(exc.value).startswith(f"{votes_path()}:9: {why}"), exc.value
            assert str(exc.value).endswith("; fix or delete that line")
    votes_path().write_text(good, encoding="utf-8")
    feedback.feedback_path().write_text(json.dumps({"model": GOOD, "prompt": "p", "answer": "a"}) + "\n",
                                        encoding="utf-8")
    with pytest.raises(BrewError, match=r"feedback.jsonl:1: 'thumb' must be up or down; fix or delete that line"):
        feedback.prepare_from_votes(kind="thumbs")
    assert store.versions("votes") == [] and store.versions("votes-thumbs") == []


def test_a_vote_without_its_prompt_or_with_an_empty_answer_is_skipped_and_counted() -> None:
    """POST /v1/votes takes a vote with prompt "" and an answer "": such a vote stopped the whole build with
    'votes:pairs/train:row 2: missing or empty 'prompt'' (a row number no file has). It is now skipped and
    counted in the card like a tie, and the other votes build."""
    from basementbrew.data.votes import record_vote as store_vote

    _vote_many()
    store_vote(GOOD, BAD, "left", prompt="", answers={GOOD: "fine", BAD: "worse"})
    store_vote(GOOD, BAD, "left", prompt="q7?", answers={GOOD: "fine", BAD: " "})
    version = feedback.prepare_from_votes(eval_fraction=0.34)
    counts = version.card["counts"]
    assert counts["skipped_without_prompt"] == 1 and counts["skipped_empty_answer"] == 1 and counts["rows"] == 3
    thumbs = feedback.prepare_from_votes(kind="thumbs", eval_fraction=0.34)
    assert thumbs.card["counts"]["skipped_without_prompt"] == 1
    assert thumbs.card["counts"]["skipped_empty_answer"] == 1
    rows = thumbs.split("train") + thumbs.split("eval")
    assert {"prompt": "q7?", "completion": "fine", "label": True} in rows
    assert all(r["prompt"] and r["completion"].strip() for r in rows)


def test_a_vote_for_a_served_checkpoint_counts_as_an_existing_model(embedded_dir) -> None:
    """The server offers a run's complete checkpoints to chat and A/B as 'RUN/checkpoint-N'; a vote for one
    stopped 'data prepare --from-votes' with 'votes name models that no longer exist: ck/checkpoint-2' while the
    checkpoint was on disk. It now builds; a checkpoint that is gone (or never completed) still stops it."""
    import shutil

    from basementbrew.runs import COMPLETE_MARKER, servable_adapters
    from serving_fixtures import make_adapter_run

    run = make_adapter_run(embedded_dir, "ck")
    for step, complete in ((2, True), (3, False)):
        ckpt = run / "checkpoints" / f"checkpoint-{step}"
        shutil.copytree(run / "adapter", ckpt)
        if complete:
            (ckpt / COMPLETE_MARKER).write_text("{}")
    assert "ck/checkpoint-2" in servable_adapters("smollm2-135m")
    for i in range(3):
        record_vote(_round(f"q{i}?", ("ck/checkpoint-2", f"right {i}"), (GOOD, f"wrong {i}")), "left")
    version = feedback.prepare_from_votes(eval_fraction=0.34)
    assert version.card["counts"]["skipped_missing_model"] == 0 and version.card["counts"]["rows"] == 3
    record_vote(_round("q9?", ("ck/checkpoint-3", "a"), (GOOD, "b")), "left")
    record_vote(_round("q9?", ("ck/checkpoint-7", "a"), ("../ck", "b")), "left")
    with pytest.raises(BrewError, match=r"no longer exist: \.\./ck, ck/checkpoint-3, ck/checkpoint-7;"):
        feedback.prepare_from_votes()
