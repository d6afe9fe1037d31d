"""`Document`: the one object that crosses from sources into pipeline steps and from steps into the store.

A scraper (a later data-acquisition source) yields plain-text documents; the store's JSONL importer turns
each training record (``messages``, ``alpaca``, ``prompt_completion`` or ``text``) into a document whose
``metadata["record"]`` keeps the record itself. Steps never dig into record shapes: they read and rewrite
:class:`Segment` s, the separate texts of a document (each chat message's content, an alpaca ``output``,
a plain document's whole text), so a PII step masks every message and a toxicity step can tell the
text a model is trained to produce (``trained=True``) from the context it is only shown.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

RECORD = "record"  # metadata key holding the training record a document came from
# record keys on the prompt side (shown to the model) and on the completion side (what it learns to write)
PROMPT_KEYS = ("system", "instruction", "input", "prompt")
TRAINED_KEYS = ("output", "completion", "text", "chosen", "rejected")  # chosen/rejected: preference pairs
MESSAGE_TEXT_KEYS = ("content", "thinking", "reasoning")  # thinking/reasoning: harmony analysis channel

Path = tuple[str | int, ...]
# the most characters one document (a page, a file, a training record's texts joined) may have: `data build` makes
# a longer one a too_large error record and goes on, `data prepare` refuses the file (line named) before any step
MAX_DOC_CHARS = 5_000_000
CONTROL_SAMPLE, MAX_CONTROL_CHARS = 2000, 20  # control characters allowed in a text's first 2000 characters


def looks_binary(text: str) -> bool:
    """Whether decoded ``text`` is binary data, not prose: a NUL, or more than :data:`MAX_CONTROL_CHARS`
    control characters (tab, newlines and form feed aside) in its first :data:`CONTROL_SAMPLE`. One test for
    the scrapers (which refuse such a file) and the build's read step (which drops such a row), so nothing a
    scrape stores is dropped later as binary."""
    return "\x00" in text or sum(c < " " and c not in "\n\r\t\f" for c in text[:CONTROL_SAMPLE]) > MAX_CONTROL_CHARS


@dataclass(frozen=True)
class Document:
    """One unit of data: a web page, a file, or one training record.

    Attributes:
        id: stable within its source (a URL hash, ``file.jsonl#12``).
        text: the whole text; for a record, its segments joined by blank lines (for steps that judge a
            document as a whole, such as language or quality filters).
        source: where it came from (a file path, ``web``, ``arxiv``).
        url: the page it was fetched from, when there is one.
        metadata: free-form facts about it; ``metadata["record"]`` is the training record, if any.
    """

    id: str
    text: str
    source: str = ""
    url: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """One separately scanned text of a document: where it sits, whose turn it is, whether it is trained on."""

    path: Path
    role: str
    text: str
    trained: bool


def _message_segments(msgs: list[Any], base: Path, trained_side: bool | None) -> Iterator[Segment]:
    """``trained_side=None``: an assistant turn is trained on; ``False``: nothing here is (a prompt list)."""
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            continue
        role = str(m.get("role", "user"))
        trained = role == "assistant" if trained_side is None else trained_side
        for key in MESSAGE_TEXT_KEYS:
            if isinstance(m.get(key), str):
                yield Segment((*base, i, key), role, m[key], trained)


def record_segments(record: Mapping[str, Any]) -> list[Segment]:
    """Every text field of a training record, in record order; ids, roles and other metadata are skipped."""
    out: list[Segment] = []
    if isinstance(record.get("messages"), list):
        out += _message_segments(record["messages"], ("messages",), None)
    for key in (*PROMPT_KEYS, *TRAINED_KEYS):
        value = record.get(key)
        trained = key in TRAINED_KEYS
        role = "assistant" if trained else ("system" if key == "system" else "user")
        if isinstance(value, str):
            out.append(Segment((key,), role, value, trained))
        elif isinstance(value, list):  # TRL conversational prompt/completion
            out += _message_segments(value, (key,), None if trained else False)
    return out


def segments(doc: Document) -> list[Segment]:
    """The texts of ``doc`` that steps scan: a record's fields, or the whole text of a plain document."""
    record = doc.metadata.get(RECORD)
    if isinstance(record, Mapping):
        return record_segments(record)
    return [Segment((), "text", doc.text, True)]


def with_segments(doc: Document, texts: list[str]) -> Document:
    """A copy of ``doc`` with its segments replaced by ``texts`` (same order as :func:`segments`)."""
    segs = segments(doc)
    if len(texts) != len(segs):
        raise ValueError(f"{doc.id}: {len(texts)} texts for {len(segs)} segments")
    record = doc.metadata.get(RECORD)
    if not isinstance(record, Mapping):
        return replace(doc, text=texts[0])
    new = copy.deepcopy(dict(record))
    for seg, text in zip(segs, texts, strict=True):
        node: Any = new
        for part in seg.path[:-1]:
            node = node[part]
        node[seg.path[-1]] = text
    return replace(doc, text=_joined(new), metadata={**doc.metadata, RECORD: new})


def _joined(record: Mapping[str, Any]) -> str:
    return "\n\n".join(s.text for s in record_segments(record))


def record_chars(record: Mapping[str, Any]) -> int:
    """How long the document of a training record is (``len(from_record(record).text)``), without building it:
    what is held to :data:`MAX_DOC_CHARS`."""
    texts = [len(s.text) for s in record_segments(record)]
    return sum(texts) + 2 * max(len(texts) - 1, 0)


def from_record(record: Mapping[str, Any], *, source: str, index: int) -> Document:
    """A training record as a document (``id`` is the record's own ``id`` or ``source#index``)."""
    rid = record.get("id")
    doc_id = str(rid) if isinstance(rid, str | int) else f"{source}#{index}"
    return Document(doc_id, _joined(record), source, None, {RECORD: dict(record)})


def to_record(doc: Document) -> dict[str, Any]:
    """The training record a document carries; a plain document becomes ``{"text": ...}``."""
    record = doc.metadata.get(RECORD)
    return dict(record) if isinstance(record, Mapping) else {"text": doc.text}
