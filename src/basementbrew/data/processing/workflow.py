"""`basementbrew data build CONFIG.yaml` top to bottom: plan, run the waves, publish one immutable version.

The work folder ``datasets/<name>/.build-<key>/`` is keyed by the config (minus executor settings) and the
input's fingerprint, so a rerun of the same build after a crash resumes there; once the version is
published the folder is removed, and a rerun of the same build returns that version without doing any work
(its card holds the key as ``input_sha256``). A new version never touches an existing one: it is written
to a temp folder and renamed into ``v<N>`` (a concurrent build that takes the number first makes this one
take the next).

A build whose steps leave no row at all publishes nothing: an empty version would be recommended for
training and shadow the last useful one, so :func:`run_build` refuses it, naming the step that dropped the
last documents and its drop counts per reason (the work folder goes; existing versions are untouched).
A build that keeps rows but none in the train split (a tiny input, or steps that leave a few rows, all of
whose ids hash into ``output.eval_fraction``) is refused the same way, naming the counts and the fix, and so
is one that mixes thumbs rows (KTO data), preference pairs (DPO data) and other rows; a build of thumbs rows
only is published as a preference dataset that ``training.method=kto`` trains on, one of pairs only as a
paired one for ``dpo``/``orpo`` (:mod:`basementbrew.data.processing.thumbs`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

import yaml

from basementbrew.data.processing import executor as executors
from basementbrew.data.processing import readers, stages, thumbs
from basementbrew.data.processing.config import BuildConfig, load_build_config
from basementbrew.data.processing.shards import count_rows
from basementbrew.data.steps.base import StepStats
from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_dir


def work_folder(cfg: BuildConfig, key: str) -> Path:
    from basementbrew.data import store

    return store._root(cfg.name) / f".build-{key[:16]}"


def build_key(cfg: BuildConfig, shards: list[readers.InputShard]) -> str:
    """Config, input fingerprint, the reader's record version and the split version: any change is a new build."""
    body = (f"{cfg.key()}:{readers.fingerprint(shards)}:records-v{readers.RECORDS_VERSION}"
            f":split-v{stages.SPLIT_VERSION}")
    return hashlib.sha256(body.encode()).hexdigest()


def run_build(cfg: BuildConfig, *, config_path: Path | None = None, progress: Any = None) -> Any:
    """Run ``cfg`` and return the :class:`~basementbrew.data.store.DatasetVersion` it wrote (or found)."""
    from basementbrew.data import store

    say = progress or (lambda msg: None)
    shards, source = readers.discover(cfg.input.path)
    key = build_key(cfg, shards)
    for v in store.versions(cfg.name):
        if v.card.get("input_sha256") == key:
            say(f"unchanged input and config: {v.ref} already holds this build")
            return v
    work = work_folder(cfg, key)
    work.mkdir(parents=True, exist_ok=True)
    lock = _lock(work)  # one build per work folder; the OS releases it when the process dies (even SIGKILL)
    (work / "config.json").write_text(cfg.model_dump_json(indent=2), encoding="utf-8")
    segs = stages.segments(cfg)
    n = len(shards)
    cfg_json = cfg.model_dump_json()
    ex = executors.make(cfg.executor, cfg.workers, cfg.ray_address)
    started = time.time()
    waves: dict[str, float] = {}  # wall time of the global steps' reduce waves (this run's part of them)
    try:
        for k, seg in enumerate(segs):
            what = ", ".join(s for s, _ in seg.steps) or ("read" if k == 0 else "apply drops")
            say(f"stage {k + 1}/{len(segs)}: {what} over {n} shard(s)")
            ex.wave(stages.map_task, [(cfg_json, str(work), k, i, shards[i] if k == 0 else None) for i in range(n)])
            if seg.global_step:
                from basementbrew.data.processing import registry

                gname = seg.global_step[0]
                step = registry.build_step(*seg.global_step)
                say(f"stage {k + 1}/{len(segs)}: {gname}: {len(step.reduce_tasks())} bucket task(s), then clusters")
                t0 = time.perf_counter()
                ex.wave(stages.reduce_task, [(cfg_json, str(work), k, t, n) for t in step.reduce_tasks()])
                t1 = time.perf_counter()
                ex.wave(stages.finalize_task, [(cfg_json, str(work), k, n)])
                waves[f"{gname}:buckets"], waves[f"{gname}:clusters"] = t1 - t0, time.perf_counter() - t1
    finally:
        ex.close()
    empty = _nothing_left(cfg, work, segs, n) or thumbs.mixed_error(cfg.name, *_kinds(work, segs, n))
    if empty:
        shutil.rmtree(work, ignore_errors=True)
        lock.close()
        raise BrewError(empty)
    version = publish(cfg, work, segs, n, source, key, config_path, time.time() - started, waves)
    shutil.rmtree(work, ignore_errors=True)
    lock.close()
    return version


def _lock(work: Path) -> Any:
    import fcntl
    import os

    fh = (work / ".lock").open("a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        pid = fh.read().strip() or "?"
        fh.close()
        raise BrewError(f"this build is already running (pid {pid}, work folder {work}); wait for it, or stop "
                        "it and run again to resume") from None
    fh.seek(0)
    fh.truncate()
    fh.write(str(os.getpid()))
    fh.flush()
    return fh


def _merge_stats(work: Path, segs: list[stages.Segment], n: int) -> tuple[dict[str, StepStats], dict, dict, str,
                                                                          dict[str, float]]:
    totals: dict[str, StepStats] = {}
    seconds: dict[str, float] = {}
    examples: dict[str, list[dict[str, Any]]] = {}
    languages: dict[str, int] = {}
    tokenizer = "words"
    for k in range(len(segs)):
        for i in range(n):
            body = json.loads((work / f"s{k}" / f"stats-{i:05d}.json").read_text(encoding="utf-8"))
            for name, d in body["stats"].items():
                s = stages.stats_from_dict(d)
                totals[name] = totals[name].merge(s) if name in totals else s
            for key, rows in body["examples"].items():
                examples.setdefault(key, [])
                examples[key] += rows[: max(0, 3 - len(examples[key]))]
            for lang, c in body["languages"].items():
                languages[lang] = languages.get(lang, 0) + c
            tokenizer = body.get("tokenizer") or tokenizer
            for name, sec in body.get("seconds", {}).items():
                seconds[name] = seconds.get(name, 0.0) + sec
    return totals, examples, languages, tokenizer, seconds


def _kinds(work: Path, segs: list[stages.Segment], n: int) -> tuple[Any, dict[str, str]]:
    """Row kinds written by the last stage (thumbs up/down or other), summed over shards, with first ids."""
    last = work / f"s{len(segs) - 1}"
    return thumbs.merge(json.loads((last / f"stats-{i:05d}.json").read_text(encoding="utf-8")) for i in range(n))


def _nothing_left(cfg: BuildConfig, work: Path, segs: list[stages.Segment], n: int) -> str | None:
    """Why the build has no train row to publish (``None``: it has some): every kept row fell into the eval
    split, or the step that dropped the last ones."""
    last = work / f"s{len(segs) - 1}"
    rows = {s: sum(count_rows(last / f"{s}-{i:05d}.parquet") for i in range(n)) for s in ("train", "eval")}
    where = f"build {cfg.name}: nothing to publish (no version written)"
    if rows["train"]:
        return None
    if rows["eval"]:  # a version with nothing to train on would still be recommended for training
        return (f"{where}: all {rows['eval']} kept row(s) fell into the eval split (eval_fraction "
                f"{cfg.output.eval_fraction}, split by id hash, preference rows by prompt), leaving no train "
                "rows; add data or set "
                "output.eval_fraction: 0")
    totals, examples = _merge_stats(work, segs, n)[:2]
    read = totals.get(stages.READ)
    if read is None or read.seen == 0:
        return f"{where}: the input {cfg.input.path} has no documents; point input.path at the raw data"
    for name, st in totals.items():  # in pipeline order: read first, then each step
        if st.seen and not st.kept:
            reasons = ", ".join(f"{r} {c}" for r, c in st.dropped_by_reason.most_common()) or "no reason recorded"
            what = "could read none of" if name == stages.READ else "dropped all"
            fix = ("fix or replace the input" if name == stages.READ
                   else f"loosen the {name} step's params or remove it")
            if name == stages.READ and set(st.dropped_by_reason) == {"no_text"}:
                fix = f"no row has a string field {cfg.input.text_field!r} (input.text_field); name the right one"
            first = next((ex for key, exs in examples.items() if key.startswith(f"{stages.READ}\t") for ex in exs
                          if ex.get("detail")), None) if name == stages.READ else None
            if first:  # the file, line and why (e.g. the iconv command for a Latin-1 file)
                fix += f" (first: {first['id']}: {first['detail']})"
            return f"{where}: {name} {what} the {st.seen} document(s) that reached it ({reasons}); {fix}"
    kept = ", ".join(f"{name} kept {st.kept} of {st.seen}" for name, st in totals.items())
    return f"{where}: every document was dropped ({kept}); loosen the step that dropped the most"


def _file_hash(paths: list[Path], extra: Any) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    h.update(json.dumps(extra, sort_keys=True).encode())
    return h.hexdigest()


def publish(cfg: BuildConfig, work: Path, segs: list[stages.Segment], n: int, source: str, key: str,
            config_path: Path | None, seconds: float, waves: dict[str, float] | None = None) -> Any:
    import numpy as np

    from basementbrew.data import store
    from basementbrew.data.processing import report

    last = work / f"s{len(segs) - 1}"
    files = {s: [last / f"{s}-{i:05d}.parquet" for i in range(n)] for s in ("train", "eval")}
    excluded = [(k, i, work / f"s{k}" / f"excluded-{i:05d}.parquet") for k in range(len(segs)) for i in range(n)]
    totals, examples, languages, tokenizer, step_seconds = _merge_stats(work, segs, n)
    step_seconds.update(waves or {})
    lengths = np.concatenate([np.load(last / f"lengths-{i:05d}.npy") for i in range(n)]) if n else np.zeros((0, 2))
    steps = [{"step": s.step, "params": s.params} for s in cfg.steps]
    digest = _file_hash(files["train"] + files["eval"], {"steps": steps, "format": cfg.output.format})
    splits = {s: {"rows": sum(count_rows(p) for p in ps), "shards": len(ps)} for s, ps in files.items()}
    n_excluded = sum(count_rows(p) for _, _, p in excluded)
    while True:
        existing = store.versions(cfg.name)
        for v in existing:
            if v.card.get("sha256") == digest:
                return v
        number = (existing[-1].version + 1) if existing else 1
        final = store._root(cfg.name) / f"v{number}"
        card = {
            "name": cfg.name, "version": number, "kind": "built", "format": "parquet", "source": source,
            "sha256": digest, "input_sha256": key, "created": time.time(), "build_seconds": round(seconds, 2),
            "config_file": str(config_path) if config_path else None, "splits": splits,
            "pipeline": {"steps": [s.step for s in cfg.steps], "params": {s.step: s.params for s in cfg.steps},
                         "mode": "filter", "excluded": n_excluded,
                         "stats": {name: s.to_dict() for name, s in totals.items()}},
            "examples_dropped": examples, "languages": dict(sorted(languages.items(), key=lambda kv: -kv[1])),
            "lengths": report.length_summary(lengths, tokenizer, cfg.output.max_seq_length),
            "step_seconds": {k: round(v, 3) for k, v in step_seconds.items()},  # summed over workers (CPU time)
            **thumbs.card_fields(_kinds(work, segs, n)[0]),  # all thumbs rows: a KTO (preference) dataset
        }
        try:
            with atomic_dir(final, replace=False) as tmp:
                for paths in files.values():
                    for p in paths:
                        shutil.copyfile(p, tmp / p.name)
                for k, i, p in excluded:
                    shutil.copyfile(p, tmp / f"excluded-s{k}-{i:05d}.parquet")
                (tmp / "config.yaml").write_text(yaml.safe_dump(cfg.model_dump(), sort_keys=False), encoding="utf-8")
                (tmp / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
                report.write_report(tmp, card, lengths)
        except FileExistsError:
            continue
        return store.DatasetVersion(cfg.name, number, final)


def build_from_file(path: Path, progress: Any = None, overrides: dict[str, Any] | None = None) -> Any:
    cfg = load_build_config(path, overrides)
    try:
        return run_build(cfg, config_path=path, progress=progress)
    except (OSError, ValueError) as exc:
        if isinstance(exc, BrewError):
            raise
        raise BrewError(f"build {cfg.name} failed: {exc}") from exc
