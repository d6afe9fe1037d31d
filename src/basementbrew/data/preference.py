"""Preference datasets: what DPO/ORPO learn from (pairs) and what KTO learns from (thumbs), stored like any
other dataset version.

Two shapes, one per dataset:

- ``paired``: ``{"prompt", "chosen", "rejected"}`` (optional ``system``): the same prompt, a better and a
  worse answer (an A/B vote, or a file the user brings);
- ``unpaired``: ``{"prompt", "completion", "label"}``: one answer with a thumbs up (``true``) or down.

Files in TRL's conversational shapes (messages instead of strings) are read as these
(:mod:`basementbrew.data.conversational`).

Rows pass through the same data steps as any import (``pii`` masks chosen/rejected text too, ``toxicity``
drops the whole row); a pair whose two answers are identical is refused at import (a file: naming its line)
and dropped with a reason when masking made them equal. The card says ``"kind": "preference"`` with the
shape and the counts the caller supplies (votes seen, ties, contradictions, ...), so a training config can
tell, before any model loads, whether its dataset has pairs (:func:`check_ref`).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from basementbrew.data import store
from basementbrew.data.conversational import flat_row
from basementbrew.data.formats import check_record_size, is_thumbs_row, read_jsonl_lines
from basementbrew.data.pipeline import process_splits
from basementbrew.data.steps import DEFAULT_STEPS, check_names
from basementbrew.errors import BrewError

Shape = Literal["paired", "unpaired"]
PAIRED_METHODS = ("dpo", "orpo")
HINT = ("build one with `basementbrew data prepare --from-votes` or `basementbrew data prepare FILE.jsonl "
        "--preference` (rows of prompt/chosen/rejected)")


def shape_of(row: dict[str, Any], where: str) -> Shape:
    """The row's shape, or a BrewError naming ``where`` and what is missing."""
    if not isinstance(row, dict):
        raise BrewError(f"{where}: a preference row must be a JSON object with prompt, chosen, rejected")
    if any(k in row for k in ("messages", "instruction", "output")) or ("completion" in row and "label" not in row):
        raise BrewError(f"{where}: an SFT example, not a preference row: this dataset has no pairs. Use "
                        f"prompt/chosen/rejected rows (or prompt/completion/label thumbs); {HINT}")
    if not isinstance(row.get("prompt"), str) or not row["prompt"].strip():
        raise BrewError(f"{where}: missing or empty 'prompt' (a preference row needs prompt + chosen/rejected, or "
                        "prompt + completion + label)")
    if "chosen" in row or "rejected" in row:
        for key in ("chosen", "rejected"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise BrewError(f"{where}: missing or empty '{key}'; a pair needs both a chosen and a rejected answer")
        if row["chosen"].strip() == row["rejected"].strip():
            raise BrewError(f"{where}: chosen and rejected are identical, so there is nothing to prefer; drop the "
                            "row or fix one of the answers")
        return "paired"
    if isinstance(row.get("completion"), str) and row["completion"].strip() and isinstance(row.get("label"), bool):
        return "unpaired"
    raise BrewError(f"{where}: not a preference row; use prompt/chosen/rejected (pairs) or prompt/completion/label "
                    "(label true = thumbs up, false = thumbs down)")


def check_rows(numbered: Sequence[tuple[str, dict[str, Any]]]) -> Shape:
    """Every row valid and of one shape; returns it. ``numbered``: (where, row) pairs."""
    shapes: dict[Shape, str] = {}
    for where, row in numbered:
        shapes.setdefault(shape_of(row, where), where)
    if not shapes:
        raise BrewError(f"no preference rows; {HINT}")
    if len(shapes) > 1:
        raise BrewError(f"mixed preference shapes: pairs (first at {shapes['paired']}) and thumbs (first at "
                        f"{shapes['unpaired']}); store them as two datasets")
    return next(iter(shapes))


def _identical_after_steps(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kept, dropped = [], []
    for r in rows:
        same = "chosen" in r and str(r["chosen"]).strip() == str(r["rejected"]).strip()
        (dropped if same else kept).append(r)
    return kept, dropped


def store_preference(name: str, train: list[dict[str, Any]], eval_rows: list[dict[str, Any]], source: str,
                     counts: dict[str, Any] | None = None, steps: Sequence[str] = DEFAULT_STEPS,
                     ) -> store.DatasetVersion:
    """Rows (already checked) → a preference dataset version through the data steps; identical input and
    steps return the stored version. Refuses when nothing is left to train on or to measure."""
    shape = check_rows([(f"{source}/train:row {i}", r) for i, r in enumerate(train, 1)]
                       + [(f"{source}/eval:row {i}", r) for i, r in enumerate(eval_rows, 1)])
    steps = check_names(steps)
    key = hashlib.sha256(json.dumps([train, eval_rows, steps, counts or {}], sort_keys=True,
                                    ensure_ascii=False).encode()).hexdigest()
    for v in store.versions(name):
        if v.card.get("input_sha256") == key:
            return v
    done = process_splits({"train": train, "eval": eval_rows}, steps, source=source)
    excluded = list(done.excluded)
    rows: dict[str, list[dict[str, Any]]] = {}
    for split in ("train", "eval"):
        rows[split], same = _identical_after_steps(done.rows[split])
        excluded += [{"split": split, "step": "preference", "reason": "chosen equals rejected after masking",
                      "record": r} for r in same]
    for split in ("train", "eval"):
        if not rows[split]:
            raise BrewError(f"{source}: no {split} preference rows left after the data steps ({len(excluded)} "
                            f"excluded); add rows (a held-out split needs a few too)")
    extra = {"kind": "preference", "shape": shape, "counts": counts or {}}
    return store.write(name, rows["train"], rows["eval"], source, done.card, excluded, key, extra=extra)


def split_rows(rows: list[dict[str, Any]], eval_fraction: float, seed: int = 0,
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A seeded held-out split; rows of one prompt stay on one side (no prompt is both trained and measured)."""
    prompts = sorted({r["prompt"] for r in rows})
    random.Random(seed).shuffle(prompts)
    n_eval = max(1, round(len(prompts) * eval_fraction)) if len(prompts) > 1 else 0
    held = set(prompts[:n_eval])
    return [r for r in rows if r["prompt"] not in held], [r for r in rows if r["prompt"] in held]


def _read(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Numbered rows of a preference file, TRL's conversational rows read as flat ones; a row over the document
    size limit is refused before any step."""
    rows = read_jsonl_lines(path, what="preference file", hint="check the path")
    for n, row in rows:
        check_record_size(row, f"{path}:{n}", path)
    return [(f"{path}:{n}", flat_row(row, f"{path}:{n}")) for n, row in rows]


def import_file(path: Path, name: str | None = None, eval_fraction: float = 0.1, seed: int = 0,
                steps: Sequence[str] = DEFAULT_STEPS) -> store.DatasetVersion:
    """A JSONL file (or a folder with train.jsonl/eval.jsonl) of preference rows → a stored version."""
    path = Path(path).expanduser()
    if not path.exists():
        raise BrewError(f"preference file {path} not found")
    if path.is_dir():
        train_n = _read(path / "train.jsonl")
        eval_n = _read(path / "eval.jsonl") if (path / "eval.jsonl").is_file() else []
    else:
        train_n, eval_n = _read(path), []
    check_rows(train_n + eval_n)
    train, eval_rows = [r for _, r in train_n], [r for _, r in eval_n]
    if not eval_rows:
        train, eval_rows = split_rows(train, eval_fraction, seed)
        if not eval_rows:  # one prompt: its rows stay on one side of the split, so nothing is held out
            raise BrewError(f"{path}: every row has the same prompt, and a prompt's rows are never split between "
                            "training and held-out; add rows with at least one other prompt, or give a folder "
                            "with train.jsonl and eval.jsonl")
    slug = name or path.stem.lower().replace(" ", "-")
    return store_preference(slug, train, eval_rows, str(path), {"rows_in_file": len(train_n) + len(eval_n)}, steps)


def _is_file_ref(ref: str) -> bool:
    p = Path(ref).expanduser()
    return p.suffix == ".jsonl" or p.is_dir() or "/" in ref


def load(ref: str, eval_fraction: float = 0.1, steps: Sequence[str] = DEFAULT_STEPS) -> store.DatasetVersion:
    """``bundled:NAME``, a file/folder (imported on first use) or a stored ``NAME[@vN]``, not yet checked
    against a training method (evaluation reads either shape)."""
    if ref.startswith("bundled:"):
        folder = store.BUNDLED / ref.split(":", 1)[1]
        if not folder.is_dir():
            store.check_ref(ref)  # the usual error listing bundled datasets
        return import_file(folder, folder.name, eval_fraction, steps=steps)
    if _is_file_ref(ref):
        return import_file(Path(ref), None, eval_fraction, steps=steps)
    return store.resolve(ref)


def resolve(ref: str, method: str, eval_fraction: float = 0.1, steps: Sequence[str] = DEFAULT_STEPS,
            ) -> store.DatasetVersion:
    """A preference dataset for ``method``: ``bundled:NAME``, a file/folder (imported on first use) or a stored
    ``NAME[@vN]``; a BrewError when it holds no pairs (dpo/orpo) or no preference rows at all (kto)."""
    version = load(ref, eval_fraction, steps)
    check_version(version, method)
    return version


def holds_preference_rows(ref: str) -> bool:
    """Whether a bundled or file ``ref`` starts with a preference row (a pair, or a thumbs row): such a file
    is imported as a preference dataset, not through the SFT import that refuses it. False for stored refs
    (their card says what they are) and for anything unreadable (the SFT import reports that)."""
    if ref.startswith("bundled:"):
        path = store.BUNDLED / ref.split(":", 1)[1] / "train.jsonl"
    elif _is_file_ref(ref):
        path = Path(ref).expanduser()
        path = path / "train.jsonl" if path.is_dir() else path
    else:
        return False
    try:
        with path.open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        row = json.loads(first)
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(row, dict) and (("chosen" in row and "rejected" in row) or is_thumbs_row(row))


def preferred_answers(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Preference rows → ``messages`` records of the answers a person preferred: a pair's chosen answer, a
    thumbs-up completion; thumbs-down rows are left out. What held-out loss scores a model against on a
    preference dataset (the rejected or thumbs-down answers are no reference to imitate)."""
    out = []
    for r in rows:
        answer = r["chosen"] if "chosen" in r else (r["completion"] if r.get("label") is True else None)
        if answer is None:
            continue
        head = [{"role": "system", "content": r["system"]}] if isinstance(r.get("system"), str) and r["system"] else []
        out.append({"messages": [*head, {"role": "user", "content": r["prompt"]},
                                 {"role": "assistant", "content": answer}]})
    return out


def check_version(version: store.DatasetVersion, method: str) -> None:
    card = version.card
    if card.get("kind") != "preference":
        raise BrewError(f"data.dataset {version.ref} has no preference pairs (it is an SFT dataset), but "
                        f"training.method is {method}; {HINT}, or set training.method: sft")
    if method in PAIRED_METHODS and card.get("shape") != "paired":
        raise BrewError(f"data.dataset {version.ref} holds thumbs up/down (unpaired), but {method} needs pairs; "
                        "set training.method: kto, or use a dataset of chosen/rejected pairs")


def kto_label_error(rows: Sequence[dict[str, Any]], what: str) -> str | None:
    """Why KTO cannot learn from ``rows`` (``None``: it can): they are all thumbs-up or all thumbs-down.

    TRL's KTOTrainer scores a thumbs-up answer by ``1 - sigmoid(beta * (logratio - z))`` and a thumbs-down one
    by ``1 - sigmoid(beta * (z - logratio))``, where the reference point ``z`` is the policy/reference KL
    estimated from the batch's other (mismatched) answers: raising every answer raises ``z`` as much, so with
    one label the loss sits at 0.500 and a run trains for nothing (a pair counts as one of each)."""
    ups = sum(1 for r in rows if "chosen" in r or r.get("label") is True)
    downs = sum(1 for r in rows if "chosen" in r or r.get("label") is False)
    if not rows or (ups and downs):
        return None
    have, lack, add = (("thumbs-up", "thumbs-down", "false") if ups else ("thumbs-down", "thumbs-up", "true"))
    fix = (f"add {lack} rows (label: {add})"
           + (", or keep the answers as SFT examples (`data build` with output.format: messages) and set "
              "training.method: sft" if ups else ""))
    return (f"training.method kto: {what} has {len(rows)} {have} row(s) and no {lack} one; KTO learns by "
            f"weighing one against the other, so the loss stays at 0.500 and nothing is learned; {fix}")


def check_ref(ref: str, method: str) -> None:
    """Fail fast (seconds, no model loaded) when ``ref`` cannot feed a ``method`` run (KTO: when it holds only
    one thumbs label, :func:`kto_label_error`)."""
    if ref.startswith("bundled:"):
        store.check_ref(ref)
        folder = store.BUNDLED / ref.split(":", 1)[1]
        rows = _read(folder / "train.jsonl")
    elif _is_file_ref(ref):
        p = Path(ref).expanduser()
        if not p.exists():
            raise BrewError(f"dataset file {p} not found; check data.dataset")
        rows = _read(p / "train.jsonl" if p.is_dir() else p)
    else:
        store.check_ref(ref)
        version = store.resolve(ref)
        check_version(version, method)
        if method == "kto" and version.card.get("shape") == "unpaired":
            _refuse(kto_label_error(version.split("train"), f"data.dataset {version.ref}'s train split"))
        return
    shape = check_rows(rows) if rows else None
    if shape is None:
        raise BrewError(f"data.dataset {ref} is empty; {HINT}")
    if method in PAIRED_METHODS and shape != "paired":
        raise BrewError(f"data.dataset {ref} holds thumbs (prompt/completion/label), but {method} needs "
                        "chosen/rejected pairs; set training.method: kto")
    if method == "kto":
        _refuse(kto_label_error([r for _, r in rows], f"data.dataset {ref}"))


def _refuse(message: str | None) -> None:
    if message:
        raise BrewError(message)


def check_dataset_for(ref: str, method: str) -> None:
    """Whether ``ref`` can feed a ``method`` run, in seconds with no model loaded: a preference method reads
    pairs or thumbs (:func:`check_ref`); SFT reads chat/alpaca/prompt-completion rows, so a stored or bundled
    preference dataset or a built version of plain text is refused naming what does consume it. One check for
    ``basementbrew train`` and the cockpit's validate and train routes (the routes once skipped the SFT half,
    so an SFT run on `votes` started a job that failed after the model loaded)."""
    if method != "sft":
        check_ref(ref, method)
        return
    store.check_ref(ref)
    _refuse_for_sft(ref)


def _refuse_for_sft(ref: str) -> None:
    """An SFT run on a stored or bundled preference dataset (e.g. `votes` from `data prepare --from-votes`)
    is refused here, naming training.method, and one on a built version of plain text (output.format: text)
    naming what consumes it, instead of after the model loaded (a file is checked line by line by check_ref
    already)."""
    from basementbrew.data.formats import detect_format, plain_text_error, preference_dataset_error
    from basementbrew.data.processing.shards import text_rows

    if ref.startswith("bundled:"):
        train = store.BUNDLED / ref.split(":", 1)[1] / "train.jsonl"
        with train.open(encoding="utf-8") as fh:
            first = fh.readline()
        if first.strip():
            detect_format(json.loads(first), f"data.dataset {ref}")
        return
    if Path(ref).expanduser().suffix == ".jsonl" or Path(ref).expanduser().is_dir() or "/" in ref:
        return
    version = store.resolve(ref)
    card = version.card
    if text_rows(sorted(version.path.glob("train-*.parquet"))):  # a built version of continued-pretraining text
        raise plain_text_error(f"data.dataset {version.ref}")
    if card.get("kind") == "preference":
        what = ("thumbs up/down: prompt/completion/label" if card.get("shape") == "unpaired"
                else "prompt/chosen/rejected pairs")
        raise preference_dataset_error(f"data.dataset {version.ref}", what)
