"""Votes and thumbs → a preference dataset: the loop from "a person compared two answers" to the next fine-tune.

Two kinds of feedback are stored in ``BREW_HOME/playground/``, one JSON object per line:

- ``ab_votes.jsonl`` (written by :func:`basementbrew.data.votes.record_vote`, for ``playground ab`` and the
  cockpit alike): prompt, the two models, both answers and the verdict (left, right, tie, both_bad);
- ``feedback.jsonl`` (:func:`record_feedback`, :func:`record_chat_feedback`; what the API route for a chat
  answer's thumbs up/down calls): model, prompt, answer, thumb.

:func:`prepare_from_votes` turns them into a versioned dataset through the same data steps as any import
(:func:`basementbrew.data.preference.store_preference`):

- ``pairs`` (DPO/ORPO): one (prompt, chosen, rejected) per distinct prompt and answer pair. Ties, both_bad,
  votes recorded without answers or without a prompt, and votes with an empty answer or two identical answers
  are skipped. Votes that contradict
  each other (the same two answers, each preferred at least once) keep the majority; an even split is dropped.
- ``thumbs`` (KTO): one (prompt, completion, label) per distinct answer: chat thumbs, plus the A/B winner as
  up and the loser as down (both_bad: both down). An answer with as many ups as downs is dropped.

Every skip is counted in the dataset card. A stored line not in the shape the playground writes stops the build
naming its file and line. A vote naming a model that no longer exists (neither a run nor a
registry model) stops the build with the names, unless ``skip_missing_models`` (then counted as well).
Nothing is stored unless the build succeeds.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from basementbrew.data import preference
from basementbrew.data.store import DatasetVersion
from basementbrew.data.votes import votes_path
from basementbrew.errors import BrewError
from basementbrew.workspace import sub

Thumb = Literal["up", "down"]
Kind = Literal["pairs", "thumbs"]
MAX_FEEDBACK_CHARS = 100_000  # one prompt or answer; longer text is refused, not cut


def feedback_path() -> Path:
    return sub("playground") / "feedback.jsonl"


def _append(path: Path, record: dict[str, Any]) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")  # one write per record


def record_feedback(model: str, prompt: str, answer: str, thumb: Thumb, *, system: str | None = None,
                    conversation: str | None = None) -> dict[str, Any]:
    """Store one thumbs up/down on an answer; returns the stored record."""
    if thumb not in ("up", "down"):
        raise BrewError(f"thumb {thumb!r}: choose up or down")
    for key, text in (("model", model), ("prompt", prompt), ("answer", answer)):
        if not isinstance(text, str) or not text.strip():
            raise BrewError(f"feedback needs a non-empty {key}")
        if len(text) > MAX_FEEDBACK_CHARS:
            raise BrewError(f"feedback {key} is {len(text)} characters; at most {MAX_FEEDBACK_CHARS}")
    record = {"time": time.time(), "model": model, "prompt": prompt, "answer": answer, "thumb": thumb,
              "system": system, "conversation": conversation}
    _append(feedback_path(), record)
    return record


def record_chat_feedback(conversation: str, turn: int, thumb: Thumb) -> dict[str, Any]:
    """Thumbs on the `turn`-th assistant answer (0-based) of a saved conversation: what a UI route calls."""
    from basementbrew.playground.chat import load_conversation

    convo = load_conversation(conversation)
    msgs = convo["messages"]
    answers = [i for i, m in enumerate(msgs) if m.get("role") == "assistant"]
    if not 0 <= turn < len(answers):
        raise BrewError(f"conversation {conversation} has {len(answers)} answers; turn {turn} does not exist")
    i = answers[turn]
    user = next((m["content"] for m in reversed(msgs[:i]) if m.get("role") == "user"), None)
    system = next((m["content"] for m in msgs[:i] if m.get("role") == "system"), None)
    if user is None:
        raise BrewError(f"conversation {conversation}: answer {turn} has no question before it")
    return record_feedback(convo["model"], user, msgs[i]["content"], thumb, system=system,
                           conversation=convo.get("id", conversation))


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _vote_problem(v: Any) -> str | None:
    """What makes a stored A/B vote unreadable (None when it has the shape record_vote writes)."""
    if not isinstance(v, dict):
        return "not a vote record (a JSON object with pair, vote, winner, prompt, answers)"
    pair = v.get("pair")
    if not isinstance(pair, list) or len(pair) != 2 or not all(_text(m) for m in pair):
        return "'pair' must be the two model names"
    if v.get("vote") not in ("left", "right", "tie", "both_bad"):
        return "'vote' must be left, right, tie or both_bad"
    if v.get("winner") is not None and v.get("winner") not in pair:
        return "'winner' must be one of the two models in 'pair' (or null)"
    if not _text(v.get("prompt", "")):
        return "'prompt' must be text"
    answers = v.get("answers")
    if answers is not None and not (isinstance(answers, dict) and all(_text(a) for a in answers.values())):
        return "'answers' must map each model to its answer text"
    return None


def _thumb_problem(t: Any) -> str | None:
    """What makes a stored thumb unreadable (None when it has the shape record_feedback writes)."""
    if not isinstance(t, dict):
        return "not a feedback record (a JSON object with model, prompt, answer, thumb)"
    for key in ("model", "prompt", "answer"):
        if not _text(t.get(key)) or not t[key].strip():
            return f"'{key}' must be non-empty text"
    if t.get("thumb") not in ("up", "down"):
        return "'thumb' must be up or down"
    if t.get("system") is not None and not _text(t["system"]):
        return "'system' must be text"
    return None


def _lines(path: Path, problem: Callable[[Any], str | None]) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                raise BrewError(f"{path}:{n}: not valid JSON; fix or delete that line") from None
            if (why := problem(rec)) is not None:
                raise BrewError(f"{path}:{n}: {why}; fix or delete that line")
            out.append(rec)
    return out


def model_exists(name: str) -> bool:
    """A voted-on model still exists: a run directory with an adapter, one of its complete checkpoints
    (``RUN/checkpoint-N``, as the server offers them to chat and A/B), or a registry model."""
    from basementbrew.models.registry import REGISTRY
    from basementbrew.runs import COMPLETE_MARKER, RunDir, runs_root

    if name in REGISTRY:
        return True
    run_name, _, checkpoint = name.partition("/")
    if checkpoint:
        if run_name in ("", ".", "..") or not checkpoint.startswith("checkpoint-") or "/" in checkpoint:
            return False
        folder = RunDir(runs_root() / run_name).checkpoints / checkpoint
        return (folder / COMPLETE_MARKER).is_file() and (folder / "adapter_config.json").is_file()
    run = RunDir(runs_root() / name)
    return (runs_root() / name).is_dir() and run.has_adapter


def _check_models(votes: list[dict[str, Any]], thumbs: list[dict[str, Any]], skip_missing: bool,
                  exists: Callable[[str], bool], counts: Counter) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    names = {m for v in votes for m in v.get("pair", [])} | {t.get("model") for t in thumbs}
    missing = sorted(n for n in names if isinstance(n, str) and not exists(n))
    if missing and not skip_missing:
        raise BrewError(f"votes name models that no longer exist: {', '.join(missing)}; restore those runs, or pass "
                        "--skip-missing-models to leave their votes out (they are counted in the card)")
    gone = set(missing)
    kept_votes = [v for v in votes if not gone & set(v.get("pair", []))]
    kept_thumbs = [t for t in thumbs if t.get("model") not in gone]
    counts["skipped_missing_model"] += len(votes) - len(kept_votes) + len(thumbs) - len(kept_thumbs)
    return kept_votes, kept_thumbs


def _pairs(votes: list[dict[str, Any]], counts: Counter) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], Counter] = {}
    for v in votes:
        answers = v.get("answers") or {}
        if v.get("vote") == "tie":
            counts["skipped_tie"] += 1
            continue
        if v.get("vote") == "both_bad":
            counts["skipped_both_bad"] += 1
            continue
        if not answers or v.get("winner") not in answers or len(answers) != 2:
            counts["skipped_without_answers"] += 1  # recorded before answers were stored
            continue
        if not v.get("prompt", "").strip():  # POST /v1/votes takes a vote without its prompt
            counts["skipped_without_prompt"] += 1
            continue
        winner = v["winner"]
        loser = next(m for m in answers if m != winner)
        chosen, rejected = answers[winner], answers[loser]
        if not chosen.strip() or not rejected.strip():
            counts["skipped_empty_answer"] += 1
            continue
        if chosen.strip() == rejected.strip():
            counts["skipped_identical_answers"] += 1
            continue
        a, b = sorted([chosen, rejected])
        groups.setdefault((v["prompt"], a, b), Counter())[chosen] += 1
    rows = []
    for (prompt, a, b), prefs in groups.items():
        total = sum(prefs.values())
        if prefs[a] and prefs[b]:
            counts["contradicting_votes"] += min(prefs[a], prefs[b])
            if prefs[a] == prefs[b]:
                counts["dropped_even_contradiction"] += 1
                continue
        chosen = a if prefs[a] > prefs[b] else b
        counts["duplicate_votes"] += total - 1 - (min(prefs[a], prefs[b]) if prefs[a] and prefs[b] else 0)
        rows.append({"prompt": prompt, "chosen": chosen, "rejected": b if chosen == a else a})
    return rows


def _thumbs(votes: list[dict[str, Any]], thumbs: list[dict[str, Any]], counts: Counter) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], Counter] = {}
    system: dict[tuple[str, str], str] = {}
    for t in thumbs:
        key = (t["prompt"], t["answer"])
        seen.setdefault(key, Counter())[t["thumb"] == "up"] += 1
        if t.get("system"):
            system[key] = t["system"]
    for v in votes:
        answers = v.get("answers") or {}
        if v.get("vote") == "tie":
            counts["skipped_tie"] += 1
            continue
        if len(answers) != 2:
            counts["skipped_without_answers"] += 1
            continue
        if not v.get("prompt", "").strip():
            counts["skipped_without_prompt"] += 1
            continue
        for model, text in answers.items():
            if not text.strip():
                counts["skipped_empty_answer"] += 1
                continue
            seen.setdefault((v["prompt"], text), Counter())[model == v.get("winner")] += 1
    rows = []
    for (prompt, answer), c in seen.items():
        if c[True] and c[False]:
            counts["contradicting_votes"] += min(c[True], c[False])
            if c[True] == c[False]:
                counts["dropped_even_contradiction"] += 1
                continue
        row = {"prompt": prompt, "completion": answer, "label": c[True] > c[False]}
        if (prompt, answer) in system:
            row["system"] = system[(prompt, answer)]
        rows.append(row)
    return rows


def collect(kind: Kind = "pairs", skip_missing_models: bool = False,
            exists: Callable[[str], bool] = model_exists) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """(rows, counts) from everything voted so far; nothing is written."""
    votes, thumbs = _lines(votes_path(), _vote_problem), _lines(feedback_path(), _thumb_problem)
    counts: Counter = Counter(ab_votes=len(votes), thumbs=len(thumbs))
    votes, thumbs = _check_models(votes, thumbs, skip_missing_models, exists, counts)
    rows = _pairs(votes, counts) if kind == "pairs" else _thumbs(votes, thumbs, counts)
    counts["rows"] = len(rows)
    return rows, dict(counts)


def prepare_from_votes(name: str | None = None, kind: Kind = "pairs", eval_fraction: float = 0.2, seed: int = 0,
                       skip_missing_models: bool = False) -> DatasetVersion:
    """Votes → a stored preference dataset version (``votes`` for pairs, ``votes-thumbs`` for KTO rows)."""
    if kind not in ("pairs", "thumbs"):
        raise BrewError(f"kind {kind!r}: choose pairs (dpo/orpo) or thumbs (kto)")
    rows, counts = collect(kind, skip_missing_models)
    if len({r["prompt"] for r in rows}) < 2:
        raise BrewError(f"only {len(rows)} usable {kind} from {counts['ab_votes']} A/B votes and {counts['thumbs']} "
                        f"thumbs ({json.dumps({k: v for k, v in counts.items() if k.startswith(('skip', 'drop'))})}); "
                        "vote on at least two different prompts (basementbrew playground ab ...)")
    train, eval_rows = preference.split_rows(rows, eval_fraction, seed)
    return preference.store_preference(name or ("votes" if kind == "pairs" else "votes-thumbs"), train, eval_rows,
                                       f"votes:{kind}", counts)
