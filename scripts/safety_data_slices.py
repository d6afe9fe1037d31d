"""What every hand-written slice script does with its rows, in one place.

The twinned slices (``safety_data_{personal,groups,sexual,hazards,longharm,pretext,implicit}.py``) hold their
rows as ``(code, text)`` pairs per kind, ``code`` a Llama Guard code (S1-S14) or ``"ok"`` for a benign twin;
the ordinary slices (``safety_data_ordinary{,2,3}.py``) hold plain benign texts per kind. This module turns both
into training rows (written order, first occurrence of each folded text; for pairs, refusing an unknown code or
a text written with both labels) and writes them; the toxicity slices
(``safety_data_tox{insult,hate,threat,answers}.py``) hold ``(label, text)`` pairs per kind, ``label`` one of
:data:`TOX_LABELS`, and go through :func:`labelled_rows` and :func:`write_labelled` the same way. Each
writes after the same evaluation-text check every safety_data_* script makes
(:func:`safety_data_contrast.clashes`); benign rows are also refused when they equal a harmful row of another
training file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_contrast import clashes, evaluation_texts, fold, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
CODES = {f"S{i}" for i in range(1, 15)}
TOX_LABELS = ("ok", "insult", "threat", "hate", "self_harm")


def _first(seen: dict[str, object], text: str, label: object) -> bool:
    """True the first time ``text`` (folded by :func:`fold`) is written, recording its label in ``seen``; False
    for a repeat with the same label.

    Raises:
        ValueError: when the text was written before with another label.
    """
    key = fold(text)
    if key in seen:
        if seen[key] != label:
            raise ValueError(f"written with both labels: {text!r}")
        return False
    seen[key] = label
    return True


def coded_rows(parts: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> list[dict]:
    """Rows from ``(kind, [(code, text), ...])`` in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for kind, pairs in parts:
        for code, text in pairs:
            if code != "ok" and code not in CODES:
                raise ValueError(f"unknown code {code!r} for {text!r}")
            label = 0 if code == "ok" else 1
            if _first(seen, text, label):
                out.append({"text": text, "label": label, "category": "benign" if label == 0 else code,
                            "kind": kind})
    return out


def refused(train: list[dict], harmful: set[str] | None = None) -> bool:
    """True, with the reason on stderr, when a row equals an evaluation or benchmark text or (given ``harmful``,
    folded label-1 training texts) a harmful training row; else False, noting when the public wheels were
    not there to check against."""
    evaluation, have_public = evaluation_texts()
    clash = clashes(train, evaluation)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation or benchmark text, e.g. {clash[:3]}", file=sys.stderr)
        return True
    contradict = clashes(train, harmful) if harmful is not None else []
    if contradict:
        print(f"error: {len(contradict)} rows equal a label-1 training row, e.g. {contradict[:3]}", file=sys.stderr)
        return True
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    return False


def _written(out: Path, rows: Callable[[], list[dict]]) -> list[dict] | None:
    """Build the rows and write ``out``; None, with the reason on stderr, when building fails or a row equals an
    evaluation text (nothing is written then)."""
    try:
        train = rows()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return None
    if refused(train):
        return None
    write_jsonl(out, train)
    return train


def write_slice(out: Path, rows: Callable[[], list[dict]], report: Callable[[list[dict]], None] | None = None) -> int:
    """Build the rows, refuse evaluation texts (exit 2), write ``out`` and print counts per label, category and
    kind (``report`` adds lines before the kinds). Returns the exit code."""
    train = _written(out, rows)
    if train is None:
        return 2
    labels = Counter(r["label"] for r in train)
    print(f"{out.relative_to(ROOT)}: {len(train)} rows; label 1: {labels[1]}, label 0: {labels[0]}")
    print("categories: " + ", ".join(f"{c}: {n}" for c, n in sorted(Counter(r["category"] for r in train).items())))
    if report:
        report(train)
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: label 1: {kinds[(kind, 1)]}, label 0: {kinds[(kind, 0)]}")
    return 0


def benign_rows(parts: Iterable[tuple[str, Iterable[str]]], seen: set[str] | None = None) -> list[dict]:
    """Benign-only rows from ``(kind, [text, ...])`` in written order, deduplicated by :func:`fold` (first kept),
    skipping folded texts already in ``seen``."""
    seen = set(seen or ())
    out: list[dict] = []
    for kind, texts in parts:
        for text in texts:
            key = fold(text)
            if key in seen:
                continue
            seen.add(key)
            out.append({"text": text, "label": 0, "category": "benign", "kind": kind})
    return out


def harmful_elsewhere(out: Path) -> set[str]:
    """Folded label-1 texts of every training file but ``out``, so no benign row contradicts one of them."""
    texts: set[str] = set()
    for path in sorted(out.parent.glob("*.train.jsonl")):
        if path == out:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["label"] == 1:
                texts.add(fold(json.loads(line)["text"]))
    return texts


def write_benign(out: Path, train: list[dict]) -> int:
    """Refuse evaluation texts and harmful training texts (exit 2), write ``out``, print counts per kind."""
    if refused(train, harmful_elsewhere(out)):
        return 2
    write_jsonl(out, train)
    print(f"{out.relative_to(ROOT)}: {len(train)} rows, all label 0")
    for kind, n in Counter(r["kind"] for r in train).items():
        print(f"  {kind}: {n}")
    return 0


def labelled_rows(modules: Iterable) -> list[dict]:
    """Toxicity rows ``{"text", "label", "kind"}`` from each module's ``PARTS`` (``{kind: [(label, text), ...]}``)
    in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on a label outside :data:`TOX_LABELS`, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, str] = {}
    for module in modules:
        for kind, pairs in module.PARTS.items():
            for label, text in pairs:
                if label not in TOX_LABELS:
                    raise ValueError(f"unknown label {label!r} for {text!r}")
                if _first(seen, text, label):
                    out.append({"text": text, "label": label, "kind": kind})
    return out


def write_labelled(out: Path, rows: Callable[[], list[dict]]) -> int:
    """Build toxicity rows, refuse evaluation texts (exit 2), write ``out`` and print counts: toxic and ok, per
    label, and per kind. Returns the exit code."""
    train = _written(out, rows)
    if train is None:
        return 2
    labels = Counter(r["label"] for r in train)
    print(f"{out.relative_to(ROOT)}: {len(train)} rows; toxic: {len(train) - labels['ok']}, ok: {labels['ok']}")
    print("labels: " + ", ".join(f"{label}: {labels[label]}" for label in TOX_LABELS))
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: " + ", ".join(f"{lab}: {kinds[(kind, lab)]}" for lab in TOX_LABELS if kinds[(kind, lab)]))
    return 0
