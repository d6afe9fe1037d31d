"""The tasks of a build: map passes over shards and the reduce stages of global steps, each resumable.

A config's steps are cut at every global step into **segments**. Segment *k* is one map task per shard: it
reads the shard (the input for *k = 0*, else the previous segment's output), first removes the rows the
previous global step listed, then streams batches through the segment's map steps, writes kept documents
and an exclusion shard (with step, reason and detail) as Parquet, feeds the segment's global step its
signatures, and saves its counters. The last segment also splits train/eval (by a hash of the id: the same
document always lands in the same split; a preference row by a hash of its prompt, so all the thumbs and pairs
of one prompt share a side), applies ``output.format`` and records lengths for the card.

Every task writes its files under a dot-temp name, renames them into place and then writes a ``.done-*``
marker; a rerun after a crash (SIGKILL included) skips every task whose marker exists and redoes the others
from scratch, so the result is byte-identical to an uninterrupted build. Tasks are plain functions of
picklable arguments: the local executor runs them in-process or in worker processes, Ray runs the same
functions remotely.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from basementbrew.data.document import RECORD, Document, record_segments
from basementbrew.data.processing import registry, thumbs
from basementbrew.data.processing.config import BuildConfig
from basementbrew.data.processing.readers import BadRow, InputShard, read_shard
from basementbrew.data.processing.shards import EXCLUDED_SCHEMA, ShardWriter, doc_row, iter_rows, row_doc
from basementbrew.data.steps.base import StepResult, StepStats

READ = "read"  # the pseudo-step that counts rows read and records unreadable ones
# how rows are split, deduplicated and output, in the build key: a build made before is redone, not returned as
# current (2: preference rows split by prompt, thumbs up and down never duplicates of each other; 1 split them by
#  id, so one prompt's thumbs landed in train and eval, and dedup dropped one half of a prompt's thumbs;
#  3: output.format messages drops a conversation `train` refuses, see _sft_problem; before, it was published;
#  4: clean's ftfy repairs encoding only; before, it also rewrote CJK full-width punctuation and curly quotes)
SPLIT_VERSION = 4
OUTPUT = "output"  # the pseudo-step of output.format
SNIPPET = 300


@dataclass
class Segment:
    steps: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    global_step: tuple[str, dict[str, Any]] | None = None


def segments(cfg: BuildConfig) -> list[Segment]:
    out = [Segment()]
    for s in cfg.steps:
        if registry.get(s.step).kind == "global":
            out[-1].global_step = (s.step, s.params)
            out.append(Segment())
        else:
            out[-1].steps.append((s.step, s.params))
    return out


def done(marker: Path) -> bool:
    return marker.is_file()


def mark(marker: Path) -> None:
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text("ok")
    os.replace(tmp, marker)


def stats_from_dict(d: dict[str, Any]) -> StepStats:
    return StepStats(d["seen"], d["kept"], d["dropped"], d["modified"], Counter(d["dropped_by_reason"]),
                     Counter(d["modified_by_reason"]), Counter(d["counts"]))


_STEP_CACHE: dict[str, Any] = {}


def _step(name: str, params: dict[str, Any]) -> Any:
    key = json.dumps([name, params], sort_keys=True)
    if key not in _STEP_CACHE:
        _STEP_CACHE[key] = registry.build_step(name, params)
    return _STEP_CACHE[key]


def _apply(step: Any, docs: list[Document]) -> list[StepResult]:
    batch = getattr(step, "batch", None)
    return list(batch(docs)) if callable(batch) else [step(d) for d in docs]


def _batches(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    buf: list[Any] = []
    for x in it:
        buf.append(x)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def _to_messages(record: dict[str, Any]) -> dict[str, Any] | None:
    if isinstance(record.get("messages"), list):
        return {"messages": record["messages"]}
    if "instruction" in record and "output" in record:
        user = record["instruction"] + (f"\n\n{record['input']}" if record.get("input") else "")
        return {"messages": [{"role": "user", "content": user}, {"role": "assistant", "content": record["output"]}]}
    if isinstance(record.get("prompt"), str) and isinstance(record.get("completion"), str):
        return {"messages": [{"role": "user", "content": record["prompt"]},
                             {"role": "assistant", "content": record["completion"]}]}
    return None


def _sft_problem(msgs: list[Any]) -> str | None:
    """Why ``train`` would refuse a messages record (the drop reason), or None: the same rules as an import
    (:func:`basementbrew.data.formats.to_prompt_completion`), so a built version never fails when training
    starts. ``bad_message``: a turn without a known role or with non-string content; ``no_answer``: the last
    turn is not the assistant's; ``empty_answer``: it is blank."""
    from basementbrew.data.formats import IMPORT_ROLES

    if any(not isinstance(m, dict) or m.get("role") not in IMPORT_ROLES or not isinstance(m.get("content"), str)
           for m in msgs):
        return "bad_message"
    if msgs[-1]["role"] != "assistant":
        return "no_answer"
    if not msgs[-1]["content"].strip():
        return "empty_answer"
    return None


def _pair_problem(record: dict[str, Any]) -> str | None:
    """Why a pair cannot be trained on (the reason it is dropped with), or None."""
    if not record["prompt"].strip():
        return "empty_prompt"
    if not record["chosen"].strip() or not record["rejected"].strip():
        return "empty_answer"
    if record["chosen"].strip() == record["rejected"].strip():  # nothing to prefer (maybe after pii masking)
        return "identical_pair"
    return None


def _chosen_only(doc: Document, record: dict[str, Any]) -> Document:
    """A pair as the SFT example of its chosen answer (the rejected one is no example to learn from)."""
    head = [{"role": "system", "content": record["system"]}] if record.get("system") else []
    msgs = {"messages": [*head, {"role": "user", "content": record["prompt"]},
                         {"role": "assistant", "content": record["chosen"]}]}
    text = "\n\n".join(seg.text for seg in record_segments(msgs))
    return Document(doc.id, text, doc.source, doc.url, {**doc.metadata, RECORD: msgs})


def format_output(doc: Document, fmt: str) -> StepResult:
    """``output.format`` on one document; SFT and text outputs leave out thumbs-down answers (no label there)
    and keep a pair's chosen answer only. A pair left with nothing to prefer is dropped in every format."""
    record = doc.metadata.get(RECORD)
    if fmt in ("text", "messages") and thumbs.is_thumbs_down(doc):
        return StepResult(doc, keep=False, reason="thumbs_down")
    if thumbs.is_pair(record):
        assert isinstance(record, dict)
        problem = _pair_problem(record)
        if problem:
            return StepResult(doc, keep=False, reason=problem)
        if fmt in ("text", "messages"):
            doc = _chosen_only(doc, record)
            if fmt == "messages":
                return StepResult(doc, modified=True, reason="chosen_to_messages")
            record = doc.metadata[RECORD]
    if fmt == "text" and record is not None:
        meta = {k: v for k, v in doc.metadata.items() if k != RECORD}
        return StepResult(Document(doc.id, doc.text, doc.source, doc.url, meta), modified=True, reason="to_text")
    if fmt == "messages":
        msgs = _to_messages(record) if isinstance(record, dict) else None
        if msgs is None or not msgs["messages"]:
            return StepResult(doc, keep=False, reason="not_a_record")
        if problem := _sft_problem(msgs["messages"]):  # published, it made `train` and `data preview` exit 2
            return StepResult(doc, keep=False, reason=problem)
        if msgs != record:
            return StepResult(Document(doc.id, doc.text, doc.source, doc.url, {**doc.metadata, RECORD: msgs}),
                              modified=True, reason="to_messages")
    return StepResult(doc)


def in_eval(doc_id: str, fraction: float, seed: int) -> bool:
    import xxhash

    return fraction > 0 and xxhash.xxh64_intdigest(f"{seed}:{doc_id}".encode()) % 1_000_000 < fraction * 1_000_000


class _Tokens:
    """Token counts for the card: the embedded tokenizer, or words when asked (or when it is not installed)."""

    def __init__(self, kind: str) -> None:
        self.kind, self.tok = kind, None
        if kind == "embedded":
            try:
                from transformers import AutoTokenizer

                from basementbrew.models.loading import embedded_model_dir

                self.tok = AutoTokenizer.from_pretrained(embedded_model_dir())
            except Exception:  # the card says "words" then
                self.kind = "words"

    def count(self, texts: list[str]) -> list[int]:
        """Lengths of ``texts``; an empty batch (a filter dropped every row of a shard) is an empty list,
        because fast tokenizers index their first encoding and raise IndexError on ``[]``."""
        if not texts:
            return []
        if self.tok is None:
            return [len(t.split()) for t in texts]
        return [len(ids) for ids in self.tok(texts, add_special_tokens=False)["input_ids"]]


def map_task(cfg_json: str, work: str, stage: int, shard: int, input_shard: InputShard | None) -> None:
    """Run segment ``stage`` over ``shard``; a no-op when its marker exists."""
    cfg = BuildConfig.model_validate_json(cfg_json)
    segs = segments(cfg)
    seg, wd = segs[stage], Path(work)
    out_dir = wd / f"s{stage}"
    marker = out_dir / f".done-{shard:05d}"
    if done(marker):
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    last = stage == len(segs) - 1
    names = [n for n, _ in seg.steps]
    steps = [_step(n, p) for n, p in seg.steps]
    stats: dict[str, StepStats] = defaultdict(StepStats)
    examples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    tag = f"{shard:05d}"
    excl = ShardWriter(out_dir / f"excluded-{tag}.parquet", EXCLUDED_SCHEMA, cfg.rows_per_group)
    writers: dict[str, ShardWriter] = {}
    if last:
        writers = {s: ShardWriter(out_dir / f"{s}-{tag}.parquet", rows_per_group=cfg.rows_per_group)
                   for s in ("train", "eval")}
    else:
        writers = {"part": ShardWriter(out_dir / f"part-{tag}.parquet", rows_per_group=cfg.rows_per_group)}
    gwriter = None
    if seg.global_step:
        gname, gparams = seg.global_step
        gwriter = _step(gname, gparams).begin(wd / f"s{stage}-{gname}", shard)
    rows_out = 0
    lengths: list[tuple[int, int]] = []
    tokens = _Tokens(cfg.output.tokenizer) if last else None
    languages: Counter[str] = Counter()
    kinds: Counter[str] = Counter()  # thumbs up/down, pairs or other rows: publish tells preference data by them
    first: dict[str, str] = {}
    seconds: Counter[str] = Counter()  # time inside each step (the card's throughput per step)

    def exclude(doc: Document, step: str, reason: str, detail: str = "") -> None:
        excl.add({**doc_row(doc), "step": step, "reason": reason, "detail": detail})
        key = f"{step}\t{reason}"
        if len(examples[key]) < cfg.output.examples_per_reason:
            examples[key].append({"id": doc.id, "text": doc.text[:SNIPPET], "detail": detail})

    def source() -> Iterator[Document]:
        if stage == 0:
            assert input_shard is not None
            i = cfg.input
            for item in read_shard(input_shard, fmt=i.format, text_field=i.text_field, id_field=i.id_field,
                                   fields=i.fields, limit=i.limit):
                if isinstance(item, BadRow):
                    stats[READ].add(StepResult(Document(item.where, ""), keep=False, reason=item.reason))
                    exclude(Document(item.where, "", input_shard.name), READ, item.reason, item.detail)
                    continue
                stats[READ].add(StepResult(item))
                yield item
            return
        prev = segs[stage - 1]
        gname = prev.global_step[0] if prev.global_step else ""
        drops: dict[int, tuple[int, int]] = {}
        if gname:
            from basementbrew.data.processing.dedup import read_drops

            drops = read_drops(wd / f"s{stage - 1}-{gname}", shard)
            reason = _step(*prev.global_step).reason  # type: ignore[misc]
            kept_ids = ids_at(wd / f"s{stage - 1}", set(drops.values()))
        for idx, row in enumerate(iter_rows(wd / f"s{stage - 1}" / f"part-{tag}.parquet")):
            doc = row_doc(row)
            if idx in drops:
                stats[gname].add(StepResult(doc, keep=False, reason=reason))
                o_shard, o_row = drops[idx]
                kept = kept_ids[o_shard, o_row]
                exclude(doc, gname, reason, f"duplicate of {kept} (kept; shard {o_shard} row {o_row})")
                continue
            if gname:
                stats[gname].add(StepResult(doc))
            yield doc

    try:
        for batch in _batches(source(), cfg.batch_size):
            docs = batch
            for name, step in zip(names, steps, strict=True):
                if not docs:
                    break
                kept = []
                t0 = time.perf_counter()
                results = _apply(step, docs)
                seconds[name] += time.perf_counter() - t0
                for res in results:
                    stats[name].add(res)
                    if res.keep:
                        kept.append(res.doc)
                    else:
                        exclude(res.doc, name, res.reason)
                docs = kept
            if last:
                final = []
                for d in docs:
                    res = format_output(d, cfg.output.format)
                    stats[OUTPUT].add(res)
                    if res.keep:
                        final.append(res.doc)
                    else:
                        exclude(res.doc, OUTPUT, res.reason)
                docs = final
                assert tokens is not None
                for d, n_tok in zip(docs, tokens.count([d.text for d in docs]), strict=True):
                    split = ("eval" if in_eval(thumbs.split_key(d), cfg.output.eval_fraction, cfg.output.seed)
                             else "train")
                    writers[split].add(doc_row(d))
                    lengths.append((len(d.text), n_tok))
                    kind = thumbs.record_kind(d)
                    kinds[kind] += 1
                    first.setdefault(thumbs.group(kind), d.id)
                    lang = d.metadata.get("language")
                    languages[str(lang) if lang else "unknown"] += 1
            else:
                for d in docs:
                    writers["part"].add(doc_row(d))
                    if gwriter is not None:
                        t0 = time.perf_counter()
                        gwriter.add(rows_out, d)
                        seconds[f"{seg.global_step[0]}:signatures"] += time.perf_counter() - t0  # type: ignore[index]
                    rows_out += 1
        for w in writers.values():
            w.close()
        excl.close()
        if gwriter is not None:
            t0 = time.perf_counter()
            gwriter.close()
            seconds[f"{seg.global_step[0]}:signatures"] += time.perf_counter() - t0  # type: ignore[index]
    except BaseException:
        for w in [*writers.values(), excl]:
            w.abort()
        raise
    if last:
        np.save(out_dir / f"lengths-{tag}.npy", np.array(lengths, dtype=np.int64).reshape(-1, 2))
    order = [READ] if stage == 0 else ([segs[stage - 1].global_step[0]] if segs[stage - 1].global_step else [])
    order += names + ([OUTPUT] if last else [])
    body = {"stats": {n: stats[n].to_dict() for n in order}, "examples": dict(examples),
            "languages": dict(languages), "tokenizer": tokens.kind if tokens else None,
            "seconds": dict(seconds), "kinds": dict(kinds), "first": first}
    (out_dir / f"stats-{tag}.json").write_text(json.dumps(body), encoding="utf-8")
    mark(marker)


def ids_at(folder: Path, where: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The ids of the rows at (shard, row) of a stage's ``part-*.parquet`` files: the documents a dedup step
    kept, which an excluded duplicate names (its position alone told a user nothing). Reads the id column of
    only the row groups that hold them."""
    import bisect

    import pyarrow.parquet as pq

    by_shard: dict[int, list[int]] = defaultdict(list)
    for s, r in where:
        by_shard[s].append(r)
    out: dict[tuple[int, int], str] = {}
    for s, rows in by_shard.items():
        rows.sort()
        pf = pq.ParquetFile(folder / f"part-{s:05d}.parquet")
        start = 0
        for g in range(pf.num_row_groups):
            n = pf.metadata.row_group(g).num_rows
            lo, hi = bisect.bisect_left(rows, start), bisect.bisect_left(rows, start + n)
            if lo < hi:
                ids = pf.read_row_group(g, columns=["id"]).column("id").to_pylist()
                out.update({(s, r): ids[r - start] for r in rows[lo:hi]})
            start += n
    return out


def reduce_task(cfg_json: str, work: str, stage: int, task: str, n_shards: int) -> None:
    cfg = BuildConfig.model_validate_json(cfg_json)
    gname, gparams = segments(cfg)[stage].global_step  # type: ignore[misc]
    folder = Path(work) / f"s{stage}-{gname}"
    marker = folder / f".done-{task}"
    if done(marker):
        return
    _step(gname, gparams).reduce(folder, task, n_shards)
    mark(marker)


def finalize_task(cfg_json: str, work: str, stage: int, n_shards: int) -> None:
    cfg = BuildConfig.model_validate_json(cfg_json)
    gname, gparams = segments(cfg)[stage].global_step  # type: ignore[misc]
    folder = Path(work) / f"s{stage}-{gname}"
    marker = folder / ".done-finalize"
    if done(marker):
        return
    _step(gname, gparams).finalize(folder, n_shards)
    mark(marker)
