"""Global steps: exact and MinHash near-duplicate removal, staged over files so any executor can shard them.

Each global step runs in three stages (after datatrove's ``minhash.py``), every stage a set of independent
tasks whose output is a file:

1. **signatures** (one task per shard, fused into the map pass that precedes the step): for each kept
   document, its content hash (exact) or its MinHash signature and one bucket hash per band (near), written
   as sorted NumPy files per shard and band.
2. **buckets** (one task per band for MinHash; one task for exact): the band files of all shards are merged
   and sorted; documents sharing a bucket become candidate pairs (edges), optionally checked against the
   Jaccard similarity estimated from their full signatures (``jaccard_check``, ``threshold``).
3. **clusters** (one task): union-find over the edges; every document but the first (lowest shard, row) of a
   cluster is listed for removal with the document it duplicates.

Preference rows (thumbs, pairs) are duplicates only when their answers and label are the same: those are part
of the exact hash and salt the band hashes (:func:`~basementbrew.data.processing.thumbs.answer_key`), so the two
halves of one prompt's thumbs, or two pairs of one prompt with other answers (long prompt, short answers: near
duplicates by text), all stay, while a repeated pair, or the same pair under a reworded prompt, goes.

The next map pass drops the listed rows (reason ``exact_duplicate`` / ``near_duplicate``, detail
``duplicate of <kept id> (kept; shard S row R)``), so no stage ever holds documents in memory: the index
lives on disk, one band (12 bytes per document) in memory at a time, and the union-find holds only documents
that have a candidate pair.

MinHash: words by one regex (``\\w+`` on lower-cased text), word 5-grams, 14 bands x 8 rows = 112
permutations by default (datatrove's documented FineWeb setting: ~0.75 similarity detected with high
probability). Word hashes, 5-gram hashes and the permutations are all NumPy array operations over a batch of
documents (see :class:`MinHasher`), which is what makes it faster than datasketch's per-document loop.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from basementbrew.data.document import Document
from basementbrew.data.processing.thumbs import answer_key

MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier for polynomial combining
WORD = re.compile(r"\w+")
CHUNK_SHINGLES = 16384  # shingles per vectorised permutation block (bounds memory at ~15 MB)
DROP_DTYPE = np.dtype([("idx", "<u4"), ("orig_shard", "<u4"), ("orig_idx", "<u4")])
BUCKET_DTYPE = np.dtype([("h", "<u8"), ("idx", "<u4")])


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _done(folder: Path, task: str) -> Path:
    return folder / f".done-{task}"


def _save(path: Path, arr: np.ndarray) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        np.save(fh, arr)
    tmp.replace(path)


def _load(path: Path) -> np.ndarray:
    return np.load(path)


def _drops_path(folder: Path, shard: int) -> Path:
    return folder / f"drops-{shard:05d}.npy"


def read_drops(folder: Path, shard: int) -> dict[int, tuple[int, int]]:
    """Rows of ``shard`` to remove → (shard, row) of the document kept in their place."""
    p = _drops_path(folder, shard)
    if not p.is_file():
        return {}
    arr = _load(p)
    return {int(r["idx"]): (int(r["orig_shard"]), int(r["orig_idx"])) for r in arr}


def _write_drops(folder: Path, n_shards: int, pairs: dict[int, int]) -> None:
    """``pairs``: node (shard<<32|row) → the node it duplicates."""
    per: dict[int, list[tuple[int, int, int]]] = {s: [] for s in range(n_shards)}
    for node, root in sorted(pairs.items()):
        per[node >> 32].append((node & 0xFFFFFFFF, root >> 32, root & 0xFFFFFFFF))
    for s, rows in per.items():
        _save(_drops_path(folder, s), np.array(rows, dtype=DROP_DTYPE))


# ---------------------------------------------------------------- exact ---------------------------------------


class ExactDedupParams(_Params):
    normalize: bool = Field(True, description="Lower-case and collapse whitespace before hashing.")


class ExactDedup:
    name = "exact_dedup"
    reason = "exact_duplicate"

    def __init__(self, p: ExactDedupParams) -> None:
        self.p = p

    def begin(self, folder: Path, shard: int) -> _ExactWriter:
        return _ExactWriter(self, folder, shard)

    def reduce_tasks(self) -> list[str]:
        return ["all"]

    def reduce(self, folder: Path, task: str, n_shards: int) -> None:
        parts = []
        for s in range(n_shards):
            arr = _load(folder / f"sig-{s:05d}.npy")
            parts.append(np.rec.fromarrays([arr["h1"], arr["h2"], np.full(len(arr), s, "<u4"), arr["idx"]],
                                           names="h1,h2,shard,idx"))
        allh = np.concatenate(parts) if parts else np.zeros(0)
        pairs: dict[int, int] = {}
        if len(allh):
            a = allh[np.lexsort((allh["idx"], allh["shard"], allh["h2"], allh["h1"]))]
            new_group = np.r_[True, (a["h1"][1:] != a["h1"][:-1]) | (a["h2"][1:] != a["h2"][:-1])]
            first = np.flatnonzero(new_group)[np.cumsum(new_group) - 1]
            node = (a["shard"].astype(np.uint64) << np.uint64(32)) | a["idx"].astype(np.uint64)
            dup = ~new_group
            pairs = dict(zip(node[dup].tolist(), node[first[dup]].tolist(), strict=True))
        _write_drops(folder, n_shards, pairs)

    def finalize(self, folder: Path, n_shards: int) -> None:
        return None


class _ExactWriter:
    def __init__(self, step: ExactDedup, folder: Path, shard: int) -> None:
        import xxhash

        self.step, self.folder, self.shard, self.h = step, folder, shard, xxhash.xxh3_128_intdigest
        self.rows: list[tuple[int, int, int]] = []

    def add(self, idx: int, doc: Document) -> None:
        text = " ".join(doc.text.lower().split()) if self.step.p.normalize else doc.text
        key = answer_key(doc)
        h = self.h((text if key is None else f"{text}\0{key}").encode("utf-8"))
        self.rows.append((h >> 64, h & 0xFFFFFFFFFFFFFFFF, idx))

    def close(self) -> None:
        dtype = np.dtype([("h1", "<u8"), ("h2", "<u8"), ("idx", "<u4")])
        self.folder.mkdir(parents=True, exist_ok=True)
        _save(self.folder / f"sig-{self.shard:05d}.npy", np.array(self.rows, dtype=dtype))


# ---------------------------------------------------------------- minhash -------------------------------------


class MinHashParams(_Params):
    ngram: int = Field(5, ge=1, le=20, description="Word n-gram size of the shingles.")
    bands: int = Field(14, ge=1, le=64)
    rows: int = Field(8, ge=1, le=64)
    seed: int = 1
    jaccard_check: bool = Field(False, description="Keep a candidate pair only if the Jaccard similarity "
                                "estimated from the full signatures reaches threshold.")
    threshold: float = Field(0.75, gt=0.0, le=1.0)

    @model_validator(mode="after")
    def _size(self) -> MinHashParams:
        if self.bands * self.rows > 1024:
            raise ValueError(f"bands x rows = {self.bands * self.rows} permutations; keep it at most 1024")
        return self


class MinHasher:
    """Signatures for many documents at once (vectorised over all their shingles).

    Words are hashed in NumPy from their first ``WORD_CHARS`` characters (UTF-32 code units viewed as
    integers and mixed), a word n-gram's hash is a polynomial of its word hashes, and each permutation is a
    multiply-shift hash ``(a*x + b) >> 32`` with odd 64-bit ``a`` (Dietzfelbinger et al.): no modulo, no
    Python call per word or shingle. Deterministic across processes and machines (no ``hash()`` salt)."""

    WORD_CHARS = 16  # longer words are told apart by their first 16 characters

    def __init__(self, num_perm: int, ngram: int = 5, seed: int = 1) -> None:
        gen = np.random.RandomState(seed)
        self.a = gen.randint(0, 1 << 63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self.b = gen.randint(0, 1 << 63, size=num_perm, dtype=np.uint64)
        self.ngram, self.num_perm = ngram, num_perm
        self.powers = np.array([pow(0x9E3779B97F4A7C15, k + 1, 1 << 64) for k in range(ngram)], dtype=np.uint64)
        self.mix = np.array([pow(0xC2B2AE3D27D4EB4F, k + 1, 1 << 64) for k in range(self.WORD_CHARS // 2)],
                            dtype=np.uint64)

    def word_hashes(self, words: list[str]) -> np.ndarray:
        cols = np.array(words, dtype=f"<U{self.WORD_CHARS}").view(np.uint64).reshape(len(words), -1)
        acc = np.zeros(len(words), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(cols.shape[1]):
                acc = (acc ^ cols[:, k]) * self.mix[k]
            return acc ^ (acc >> np.uint64(29))

    def shingles(self, text: str) -> np.ndarray:
        """Hashes of the word n-grams of ``text`` (one shingle of all words when fewer)."""
        words = WORD.findall(text.lower()) or [""]
        arr = self.word_hashes(words)
        n = min(self.ngram, len(arr))
        m = len(arr) - n + 1
        acc = np.zeros(m, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                acc += arr[k:k + m] * self.powers[k]
        return np.unique(acc)

    def signatures(self, texts: list[str]) -> np.ndarray:
        """(len(texts), num_perm) uint32 MinHash signatures."""
        sh = [self.shingles(t) for t in texts]
        out = np.empty((len(texts), self.num_perm), dtype=np.uint32)
        start = 0
        while start < len(sh):  # blocks of documents with at most CHUNK_SHINGLES shingles
            end, total = start, 0
            while end < len(sh) and (end == start or total + len(sh[end]) <= CHUNK_SHINGLES):
                total += len(sh[end])
                end += 1
            block = np.concatenate(sh[start:end])
            with np.errstate(over="ignore"):
                phv = ((block[:, None] * self.a + self.b) >> np.uint64(32)).astype(np.uint32)
            offsets = np.cumsum([0] + [len(s) for s in sh[start:end - 1]])
            out[start:end] = np.minimum.reduceat(phv, offsets, axis=0)
            start = end
        return out

    @staticmethod
    def band_hashes(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
        """(n, bands) uint64: one hash per band of each signature."""
        out = np.zeros((len(sigs), bands), dtype=np.uint64)
        s64 = sigs.astype(np.uint64)
        with np.errstate(over="ignore"):
            for b in range(bands):
                acc = np.full(len(sigs), np.uint64(b + 1) * MIX, dtype=np.uint64)
                for r in range(rows):
                    acc = (acc ^ s64[:, b * rows + r]) * MIX
                out[:, b] = acc
        return out


class MinHashDedup:
    name = "minhash_dedup"
    reason = "near_duplicate"

    def __init__(self, p: MinHashParams) -> None:
        self.p = p
        self.hasher = MinHasher(p.bands * p.rows, p.ngram, p.seed)

    def begin(self, folder: Path, shard: int) -> _MinHashWriter:
        return _MinHashWriter(self, folder, shard)

    def reduce_tasks(self) -> list[str]:
        return [f"band{b:02d}" for b in range(self.p.bands)]

    def reduce(self, folder: Path, task: str, n_shards: int) -> None:
        band = int(task[4:])
        parts = []
        for s in range(n_shards):
            arr = _load(folder / f"b{band:02d}-{s:05d}.npy")
            parts.append(np.rec.fromarrays([arr["h"], np.full(len(arr), s, "<u4"), arr["idx"]], names="h,shard,idx"))
        edges = np.zeros((0, 4), dtype="<u4")
        if parts:
            a = np.concatenate(parts)
            a = a[np.lexsort((a["idx"], a["shard"], a["h"]))]
            new_group = np.r_[True, a["h"][1:] != a["h"][:-1]]
            first = np.flatnonzero(new_group)[np.cumsum(new_group) - 1]
            dup = np.flatnonzero(~new_group)
            edges = np.stack([a["shard"][first[dup]], a["idx"][first[dup]], a["shard"][dup], a["idx"][dup]],
                             axis=1).astype("<u4")
            if self.p.jaccard_check and len(edges):
                sigs: dict[int, np.ndarray] = {}
                keep = [self._estimate(folder, sigs, tuple(e)) >= self.p.threshold for e in edges.tolist()]
                edges = edges[np.array(keep, dtype=bool)]
        _save(folder / f"edges-{band:02d}.npy", edges)

    def _estimate(self, folder: Path, cache: dict[int, np.ndarray], edge: tuple[int, int, int, int]) -> float:
        def sig(shard: int) -> np.ndarray:
            if shard not in cache:
                cache[shard] = np.load(folder / f"sig-{shard:05d}.npy", mmap_mode="r")
            return cache[shard]

        return float(np.mean(sig(edge[0])[edge[1]] == sig(edge[2])[edge[3]]))

    def finalize(self, folder: Path, n_shards: int) -> None:
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            root = x
            while parent.get(root, root) != root:
                root = parent[root]
            while parent.get(x, x) != root:
                parent[x], x = root, parent[x]
            return root

        for band in range(self.p.bands):
            for sa, ia, sb, ib in _load(folder / f"edges-{band:02d}.npy").tolist():
                ra, rb = find((sa << 32) | ia), find((sb << 32) | ib)
                if ra != rb:
                    lo, hi = min(ra, rb), max(ra, rb)
                    parent[hi] = lo
        pairs = {node: find(node) for node in list(parent)}
        _write_drops(folder, n_shards, {n: r for n, r in pairs.items() if n != r})


class _MinHashWriter:
    BATCH = 256

    def __init__(self, step: MinHashDedup, folder: Path, shard: int) -> None:
        import xxhash

        self.step, self.folder, self.shard, self.h = step, folder, shard, xxhash.xxh64_intdigest
        self.pending: list[tuple[int, str]] = []
        self.sigs: list[np.ndarray] = []
        self.idx: list[int] = []
        self.salts: list[int] = []  # per row: 0, or a preference row's answers and label (see answer_key)

    def add(self, idx: int, doc: Document) -> None:
        key = answer_key(doc)
        self.salts.append(0 if key is None else self.h(key.encode()))
        self.pending.append((idx, doc.text))
        if len(self.pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.sigs.append(self.step.hasher.signatures([t for _, t in self.pending]))
            self.idx += [i for i, _ in self.pending]
            self.pending = []

    def close(self) -> None:
        self._flush()
        p = self.step.p
        self.folder.mkdir(parents=True, exist_ok=True)
        sigs = np.concatenate(self.sigs) if self.sigs else np.zeros((0, p.bands * p.rows), np.uint32)
        idx = np.array(self.idx, dtype="<u4")
        full = np.full((int(idx.max()) + 1 if len(idx) else 0, p.bands * p.rows), 0, dtype=np.uint32)
        full[idx] = sigs  # row-addressable for the Jaccard check
        _save(self.folder / f"sig-{self.shard:05d}.npy", full)
        bh = MinHasher.band_hashes(sigs, p.bands, p.rows) ^ np.array(self.salts, dtype=np.uint64)[:, None]
        for b in range(p.bands):
            arr = np.empty(len(idx), dtype=BUCKET_DTYPE)
            arr["h"], arr["idx"] = bh[:, b], idx
            arr.sort(order="h")
            _save(self.folder / f"b{b:02d}-{self.shard:05d}.npy", arr)


GLOBAL_STEPS: dict[str, Any] = {"exact_dedup": (ExactDedupParams, ExactDedup),
                                "minhash_dedup": (MinHashParams, MinHashDedup)}

