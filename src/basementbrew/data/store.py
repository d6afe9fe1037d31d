"""Versioned, immutable datasets under ``BREW_HOME/datasets/<name>/v<N>/``.

A version holds ``train.jsonl``, ``eval.jsonl`` (or, for a version written by ``data build``,
``train-*.parquet`` / ``eval-*.parquet`` shards, see :mod:`basementbrew.data.processing`), ``card.json``
(source, counts, content hash, created,
per-split stats, the pipeline's steps and per-step stats) and ``excluded.jsonl`` (records a step dropped,
with step and reason). Imports pass through the data-pipeline steps, by default ``pii`` and ``toxicity``
(:mod:`basementbrew.data.pipeline`); the hash covers the stored rows *and* the steps and their mode, so a
filtered and an unfiltered import of the same file are different versions. Every record is checked at
import (:func:`basementbrew.data.formats.check_records`: encoding, one known shape, an assistant answer, a
held-out split), so a stored version is one a run can train on, and errors name the file and line the user
edits, not the store's copy. Versions are written through an atomic folder rename and never modified;
importing the same input through the same steps again returns the existing version (matched on
``input_sha256``, without re-running the steps). A run records the exact ``name@vN`` and hash it trained on.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.data.document import Document
from basementbrew.data.formats import check_records, read_jsonl, read_jsonl_lines
from basementbrew.data.pipeline import DangerConsent, process_splits
from basementbrew.data.steps import CONTENT_STEPS, DEFAULT_STEPS, check_names
from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_dir, sub

BUNDLED = Path(__file__).resolve().parents[1] / "assets" / "datasets"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class DatasetVersion:
    name: str
    version: int
    path: Path

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def card(self) -> dict[str, Any]:
        return json.loads((self.path / "card.json").read_text(encoding="utf-8"))

    def split(self, name: str) -> list[dict[str, Any]]:
        """The split's training rows: ``NAME.jsonl``, or a built version's ``NAME-*.parquet`` shards."""
        shards = sorted(self.path.glob(f"{name}-*.parquet"))
        if shards and not (self.path / f"{name}.jsonl").is_file():
            from basementbrew.data.processing.shards import iter_rows, training_row

            return [training_row(r) for p in shards for r in iter_rows(p, ["text", "record"])]
        if self.card.get("kind") == "raw":
            raise BrewError(f"{self.ref} is a raw (scraped) dataset without train/eval splits; turn it into a "
                            "training dataset first with `basementbrew data build CONFIG.yaml`")
        return read_jsonl(self.path / f"{name}.jsonl")

    def documents(self) -> Iterator[Document]:
        """A raw (scraped, ``card["kind"] == "raw"``) version's documents, shard by shard: a processing input."""
        from basementbrew.data.sources.shards import read_shard, row_doc

        card = self.card
        if card.get("kind") != "raw":
            raise BrewError(f"{self.ref} is a training dataset, not a raw one; raw datasets come from basementbrew "
                            "scrape")
        for shard in card["shards"]:
            for row in read_shard(self.path / shard):
                yield row_doc(row)


def _root(name: str) -> Path:
    if not NAME_RE.match(name):
        raise BrewError(f"dataset name {name!r} is invalid; use lowercase letters, digits, '.', '_' or '-'")
    return sub("datasets") / name


def versions(name: str) -> list[DatasetVersion]:
    root = _root(name)
    found = []
    for d in root.glob("v*"):
        if d.name[1:].isdigit() and (d / "card.json").is_file():
            found.append(DatasetVersion(name, int(d.name[1:]), d))
    return sorted(found, key=lambda v: v.version)


def not_stored(name: str, fix: str) -> BrewError:
    """The error for a name with no stored version; one whose build has not published yet (interrupted, or
    still running) says so and how to finish it, not to use another dataset."""
    work = sorted(_root(name).glob(".build-*"), key=lambda p: p.stat().st_mtime)
    if work:
        return BrewError(f"no version of {name!r} is stored yet: its data build has not finished (work folder "
                         f"{work[-1]}); run the same `basementbrew data build CONFIG.yaml` again to resume it")
    return BrewError(f"no dataset named {name!r} in the store; {fix}")


def all_versions() -> list[DatasetVersion]:
    """Every stored version of every dataset (training and raw), by name then version."""
    return [v for folder in sorted(p for p in sub("datasets").iterdir() if p.is_dir()) for v in versions(folder.name)]


def _hash(rows: list[dict[str, Any]]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps(r, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def _stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    chars = [len(json.dumps(r, ensure_ascii=False)) for r in rows]
    return {"rows": len(rows), "chars_total": sum(chars), "chars_mean": round(sum(chars) / max(1, len(rows)), 1),
            "chars_max": max(chars, default=0)}


def _jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write(name: str, train: list[dict[str, Any]], eval_rows: list[dict[str, Any]], source: str,
          pipeline: dict[str, Any] | None = None, excluded: list[dict[str, Any]] | None = None,
          input_sha256: str | None = None, extra: dict[str, Any] | None = None) -> DatasetVersion:
    """Store a new version (or return the identical latest one); ``pipeline`` is the steps' card section;
    ``extra`` adds card fields (a preference dataset: ``kind`` and its vote counts)."""
    steps = {"__steps__": (pipeline or {}).get("steps", []), "mode": (pipeline or {}).get("mode", "filter")}
    digest = _hash([*train, {"__split__": "eval"}, *eval_rows, steps])
    while True:  # another process may publish the same version number first: then take the next one
        existing = versions(name)
        for v in existing:
            if v.card.get("sha256") == digest:
                return v
        number = (existing[-1].version + 1) if existing else 1
        final = _root(name) / f"v{number}"
        try:
            with atomic_dir(final, replace=False) as tmp:
                for split, rows in [("train", train), ("eval", eval_rows)]:
                    (tmp / f"{split}.jsonl").write_text(_jsonl(rows), encoding="utf-8")
                (tmp / "excluded.jsonl").write_text(_jsonl(excluded or []), encoding="utf-8")
                card = {"name": name, "version": number, "source": source, "sha256": digest,
                        "created": time.time(), "splits": {"train": _stats(train), "eval": _stats(eval_rows)},
                        "pipeline": pipeline or {"steps": [], "mode": "filter", "excluded": 0, "stats": {}},
                        "input_sha256": input_sha256, **(extra or {})}
                (tmp / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
        except FileExistsError:
            continue
        return DatasetVersion(name, number, final)


# Files a user may hand to `data prepare` or data.dataset that are no JSONL: what each is and which command
# reads it (a table goes through `data build`, a document through `scrape files`, then `data build`)
TABLE_FILES = {".csv": "CSV", ".parquet": "Parquet", ".gz": "gzip-compressed"}
DOCUMENT_FILES = {".pdf": "PDF", ".docx": "DOCX", ".doc": "Word", ".txt": "text", ".md": "Markdown",
                  ".markdown": "Markdown", ".html": "HTML", ".htm": "HTML"}


def names_a_file(ref: str, p: Path) -> bool:
    """Whether ``ref`` means a path rather than a stored ``NAME``/``NAME@vN``: a .jsonl, a path with a slash, a
    .json/table/document file name or a folder (unless a stored dataset has that name and no such file exists;
    an existing alpaca_data.json was looked up in the store as a dataset name), or any other file here that no
    stored dataset is named after (`noext` was looked up in the store while `./noext` was read). A bare name
    that is both an existing file or folder and a stored dataset is refused, saying how to pick either."""
    if p.suffix == ".jsonl" or "/" in ref:
        return True
    name = ref.partition("@v")[0]
    if p.suffix.lower() in TABLE_FILES.keys() | DOCUMENT_FILES.keys() | {".json"}:
        return p.exists() or not (NAME_RE.match(name) and versions(name))
    if not p.exists():
        return False
    found = versions(name) if NAME_RE.match(name) else []
    if found and all(_imported_from(v, p) for v in found):  # made by `data prepare noext`: reading it again is
        return True                                          # what that does (the same version if unchanged)
    if found and "@v" not in ref:
        kind = "folder" if p.is_dir() else "file"
        latest = found[-1].ref
        raise BrewError(f"{ref!r} is both a {kind} here and a stored dataset ({', '.join(v.ref for v in found)}); "
                        f"give ./{ref} for the {kind}, or {latest} for the stored dataset")
    return not found


def _imported_from(version: DatasetVersion, p: Path) -> bool:
    source = version.card.get("source")
    return isinstance(source, str) and bool(source) and Path(source).expanduser().resolve() == p.resolve()


def check_import_path(p: Path, hint: str = "check data.dataset") -> None:
    """Refuse, in one line, a path that cannot be imported as JSON lines: missing (``hint`` says where the
    path came from: ``data.dataset`` of a training config, or the argument of ``data prepare``), a folder
    without ``train.jsonl``, or a table or document file, naming the command that does read it. Without
    this a CSV was reported as 'not valid JSON' on line 1 and a DOCX (a zip) as UTF-16 text to convert."""
    if p.is_dir():
        if not (p / "train.jsonl").is_file():
            raise BrewError(f"{p} is a folder without a train.jsonl; a dataset folder holds train.jsonl (and "
                            "optionally eval.jsonl). For a folder of raw files (.jsonl.gz, .csv, .parquet) use "
                            f"`basementbrew data build CONFIG.yaml` with input: {{path: {p}}}; for documents "
                            f"(PDF, DOCX, text) `basementbrew scrape files {p}` first")
        return
    if not p.exists():
        raise BrewError(f"dataset file {p} not found; {hint}")
    suffix = p.suffix.lower()
    if suffix in TABLE_FILES:
        raise BrewError(f"{p} is a {TABLE_FILES[suffix]} file, and datasets are imported from JSON lines (.jsonl, "
                        "one record per line); build it into a dataset with `basementbrew data build CONFIG.yaml` "
                        f"(input: {{path: {p}}}; reads CSV, Parquet and .jsonl.gz), then use the NAME@vN it prints")
    if suffix in DOCUMENT_FILES:
        raise BrewError(f"{p} is a {DOCUMENT_FILES[suffix]} document, not training records; collect documents "
                        f"with `basementbrew scrape files {p} --name NAME`, then turn them into records with "
                        "`basementbrew data build CONFIG.yaml` (input: {path: NAME@v1}; e.g. a synthesize step, "
                        "configs/data/brew-qa.yaml)")



def _read_checked(path: Path) -> list[dict[str, Any]]:
    """A JSONL file's records, refused at import (file and line named) unless every one can be trained on."""
    numbered = read_jsonl_lines(path)
    check_records(numbered, path)
    return [row for _, row in numbered]


def import_file(path: Path, name: str | None, eval_fraction: float, seed: int = 0,
                steps: Sequence[str] = DEFAULT_STEPS, *, danger: DangerConsent | None = None,
                skipped: Sequence[str] = ()) -> DatasetVersion:
    """Import a JSONL file (or a folder with train.jsonl/eval.jsonl) through ``steps`` as a new version.

    ``danger`` (checked DANGER MODE consent) runs the content steps in audit mode and logs the ingestion
    to the audit log; ``skipped`` names steps left out (``safety.guardrails: false``), for the card."""
    path = Path(path)
    if path.is_dir():
        train = _read_checked(path / "train.jsonl")
        eval_rows = _read_checked(path / "eval.jsonl") if (path / "eval.jsonl").is_file() else []
    else:
        train, eval_rows = _read_checked(path), []
    if not eval_rows and eval_fraction > 0:
        if len(train) < 2:
            where = path / "train.jsonl" if path.is_dir() else path
            raise BrewError(
                f"{where} has {len(train)} record: nothing is left to hold out for measuring the loss, so no run "
                f"could train on it. Add records (a few dozen is a useful minimum), or put held-out records in an "
                f"eval.jsonl next to a train.jsonl and import the folder")
        rng = random.Random(seed)
        order = list(range(len(train)))
        rng.shuffle(order)
        n_eval = max(1, int(len(train) * eval_fraction))
        eval_idx = set(order[:n_eval])
        eval_rows = [r for i, r in enumerate(train) if i in eval_idx]
        train = [r for i, r in enumerate(train) if i not in eval_idx]
    slug = name or re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-") or "dataset"
    steps = check_names(steps)
    audit = danger is not None and any(s in CONTENT_STEPS for s in steps)
    key = _hash([*train, {"__split__": "eval"}, *eval_rows, {"__steps__": steps, "mode": audit}])
    session = danger.open() if audit and danger else None  # danger_on, before any filter is switched off
    try:
        version = next((v for v in versions(slug) if v.card.get("input_sha256") == key), None)
        if version is None:
            done = process_splits({"train": train, "eval": eval_rows}, steps, audit=audit, source=str(path),
                                  skipped=skipped)
            for split, before in [("train", train), ("eval", eval_rows)]:
                if before and not done.rows[split]:  # nothing left to train on or to measure: refuse now
                    reasons = sorted({f"{e['step']}: {e['reason']}" for e in done.excluded if e["split"] == split})
                    raise BrewError(
                        f"{path}: the data steps dropped every {split} record ({len(before)} of {len(before)}: "
                        f"{'; '.join(reasons)[:300]}); no run could use this version. Add or fix records, or leave "
                        f"the content steps out (safety.guardrails: false in the training config)")
            version = write(slug, done.rows["train"], done.rows["eval"], str(path), done.card, done.excluded, key)
        if session:
            pipe = version.card["pipeline"]
            session.log(dataset=version.ref, sha256=version.card["sha256"], source=str(path),
                        steps=pipe["steps"], verdicts={n: s["counts"] for n, s in pipe["stats"].items()})
    finally:
        if session:
            session.close()  # danger_off
    return version


def check_ref(ref: str, hint: str = "check data.dataset") -> None:
    """Fail fast, before any model or trainer is imported: the dataset a config names exists, and a file
    (or folder) to import parses and has a training shape on every line. Raises the same errors that
    :func:`resolve` would raise minutes later."""
    if ref.startswith("bundled:"):
        name = ref.split(":", 1)[1]
        if not (BUNDLED / name).is_dir():
            known = ", ".join(sorted(p.name for p in BUNDLED.iterdir() if p.is_dir()))
            raise BrewError(f"unknown bundled dataset {name!r}; bundled: {known}")
        return
    p = Path(ref).expanduser()
    if names_a_file(ref, p):
        check_import_path(p, hint)
        files = [p / n for n in ("train.jsonl", "eval.jsonl") if (p / n).is_file()] if p.is_dir() else [p]
        for f in files:
            check_records(read_jsonl_lines(f), f)  # the same check an import runs, file:line in errors
        return
    name, _, ver = ref.partition("@v")
    found = versions(name)
    if not found:
        raise not_stored(name, "use bundled:brewing-assistant or a .jsonl path")
    if ver and ver not in {str(v.version) for v in found}:
        raise BrewError(f"{name} has versions {[v.version for v in found]}, not v{ver}")


def resolve(ref: str, eval_fraction: float = 0.1, steps: Sequence[str] = DEFAULT_STEPS, *,
            danger: DangerConsent | None = None, skipped: Sequence[str] = (),
            hint: str = "check data.dataset") -> DatasetVersion:
    """`bundled:NAME`, `NAME`, `NAME@vN` or a path → a stored version (importing through ``steps`` on first
    use; a stored ``NAME``/``NAME@vN`` is returned as it was stored). ``hint`` ends a missing path's error:
    where the path came from."""
    opts: dict[str, Any] = {"steps": steps, "danger": danger, "skipped": skipped}
    if ref.startswith("bundled:"):
        name = ref.split(":", 1)[1]
        folder = BUNDLED / name
        if not folder.is_dir():
            known = ", ".join(sorted(p.name for p in BUNDLED.iterdir() if p.is_dir()))
            raise BrewError(f"unknown bundled dataset {name!r}; bundled: {known}")
        return import_file(folder, name, eval_fraction, **opts)
    p = Path(ref).expanduser()
    if names_a_file(ref, p):
        check_import_path(p, hint)
        return import_file(p, None, eval_fraction, **opts)
    name, _, ver = ref.partition("@v")
    found = versions(name)
    if not found:
        raise not_stored(name, "use bundled:brewing-assistant or a .jsonl path")
    if not ver:
        return found[-1]
    for v in found:
        if str(v.version) == ver:
            return v
    raise BrewError(f"{name} has versions {[v.version for v in found]}, not v{ver}")
