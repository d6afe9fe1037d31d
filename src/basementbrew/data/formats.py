"""Instruction-tuning records → the conversational prompt/completion rows TRL trains on.

Accepted JSONL shapes (auto-detected per file, or forced with ``data.format``):

* ``messages``: ``{"messages": [{"role": "system"|"user"|"assistant", "content": str}, ...]}`` (also what
  the playground exports);
* ``alpaca``: ``{"instruction": str, "input": str?, "output": str}``;
* ``prompt_completion``: ``{"prompt": str, "completion": str}``.

A prompt/completion record with a boolean ``label`` is a thumbs up/down row (KTO's unpaired shape, what the
playground's thumbs export writes): it is refused for SFT, which would learn thumbs-down answers as good ones,
with the fix (``training.method=kto``, or drop the label column).

Everything becomes ``{"prompt": [messages up to the last assistant turn], "completion": [that turn]}``,
so TRL applies the model's own chat template and puts loss on the completion only. A broken line stops
the load with its file and line number instead of being skipped silently: bytes that are not UTF-8 (a
binary file, Latin-1, UTF-16), JSON that is not strict (``NaN``, ``Infinity``), a record of no known shape,
a conversation without a final assistant answer, a non-string field. One file holds one shape: a record
whose shape differs from the first record's is refused with its line (a mixed file usually means two
sources were concatenated, and each would need its own ``data.format``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from shlex import quote
from typing import Any, Literal

from basementbrew.data.document import MAX_DOC_CHARS, record_chars
from basementbrew.errors import BrewError

Format = Literal["auto", "messages", "prompt_completion", "alpaca"]
ROLES = {"system", "user", "assistant"}
IMPORT_ROLES = ROLES | {"developer"}  # harmony (gpt-oss) datasets carry developer turns


def read_jsonl(path: Path, *, what: str = "dataset file", hint: str = "check data.dataset",
               allow_empty: bool = False) -> list[dict[str, Any]]:
    """Parse a JSONL file of objects; errors name the file, the line and what is wrong with it.

    Shared by datasets, playground batch files and safety evaluation sets, which add their own
    per-row checks on top.
    """
    return [row for _, row in read_jsonl_lines(path, what=what, hint=hint, allow_empty=allow_empty)]


def read_jsonl_lines(path: Path, *, what: str = "dataset file", hint: str = "check data.dataset",
                     allow_empty: bool = False) -> list[tuple[int, dict[str, Any]]]:
    """:func:`read_jsonl` with each record's line number, for checks that must point at the line."""
    path = Path(path)
    if not path.is_file():
        raise BrewError(f"{what} {path} not found; {hint}")
    rows = []
    for n, line in _text_lines(path):
        if not line.strip():
            continue
        try:
            obj = json.loads(line, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            whole = None if rows else _one_json_document(path)
            raise whole or BrewError(f"{path}:{n}: not valid JSON ({exc.msg}); fix or delete that line") from None
        except ValueError as exc:  # NaN / Infinity
            raise BrewError(f"{path}:{n}: {exc}") from None
        if not isinstance(obj, dict):
            whole = None if rows else _one_json_document(path)
            raise whole or BrewError(f"{path}:{n}: each line must be a JSON object, got {type(obj).__name__}")
        if "\\u" in line and _has_surrogate(obj):
            raise BrewError(f"{path}:{n}: a string holds an unpaired surrogate escape (\\ud800-\\udfff), which is "
                            "not text; fix that escape")
        rows.append((n, obj))
    if not rows and not allow_empty:
        raise BrewError(f"{path} has no records; put one JSON object per line")
    return rows


WHOLE_JSON_MAX_BYTES = 512 * 2**20  # a bigger file is not parsed a second time just to word the error


def _one_json_document(path: Path) -> BrewError | None:
    """The error for a file that is one JSON document (an array of records, as alpaca_data.json, or an object
    pretty-printed over several lines) rather than JSON lines, with the jq command that converts it; ``None``
    when the file is not that (its first bad line is then reported as it is)."""
    try:
        if path.stat().st_size > WHOLE_JSON_MAX_BYTES:
            return None
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    if isinstance(doc, list):
        return BrewError(f"{path} is one JSON array ({len(doc)} item(s)), not JSON lines (one object per line); "
                         f"{_convert_with(path, '.[]')}")
    if isinstance(doc, dict):
        lists = _record_lists(doc)
        jq = _jq_items(lists[0]) if len(lists) == 1 else "."  # {"data": [...]}: its records, else the object
        return BrewError(f"{path} is one JSON object over several lines, not JSON lines (one object per line); "
                         f"{_convert_with(path, jq)}")
    return None


def _record_lists(doc: dict[str, Any]) -> list[str]:
    """The keys of ``doc`` whose value is a non-empty list of objects (``{"data": [{...}, ...]}``)."""
    return [k for k, v in doc.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]


def _jq_items(key: str) -> str:
    """The jq filter for the items of ``key``: ``.data[]``, or ``.["my data"][]`` for a key jq cannot spell bare."""
    return f".{key}[]" if key.isidentifier() else f".[{json.dumps(key)}][]"


def _convert_with(path: Path, jq: str) -> str:
    stem = path.with_suffix("").name
    out = path.with_name(f"{stem}-lines.jsonl" if path.suffix == ".jsonl" else f"{stem}.jsonl")  # never itself
    jq = f"'{jq}'" if "'" not in jq else quote(jq)  # a jq filter is always quoted, as people write it
    return f"convert it with `jq -c {jq} {quote(str(path))} > {quote(str(out))}` and give {out}"


def _wrapped_records(numbered: list[tuple[int, dict[str, Any]]], path: Path) -> BrewError | None:
    """The error for a file whose one line is an object holding the records in one list (``{"data": [...]}``
    on one line), with the jq command that takes them out; ``None`` when the file is not that."""
    if len(numbered) != 1 or len(lists := _record_lists(numbered[0][1])) != 1:
        return None
    key = lists[0]
    return BrewError(f"{path} is one JSON object with its records under {json.dumps(key)} "
                     f"({len(numbered[0][1][key])} item(s)), not JSON lines (one object per line); "
                     f"{_convert_with(path, _jq_items(key))}")


UTF16_BOMS = {b"\xff\xfe": "UTF-16 little-endian", b"\xfe\xff": "UTF-16 big-endian"}
SAVE_AS_UTF8 = "save it as UTF-8 JSON lines (e.g. `iconv -f utf-16 -t utf-8 IN > OUT`) and try again"


def _text_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) for a UTF-8 file; bytes that are not UTF-8 text stop with the line and why."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n == 1:
                for bom, name in UTF16_BOMS.items():
                    if raw.startswith(bom):
                        raise BrewError(f"{path}:1: the file is {name} text (byte-order mark); {SAVE_AS_UTF8}")
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark is harmless
            nul = raw.find(b"\x00")
            if nul >= 0:
                raise BrewError(f"{path}:{n}: NUL byte at column {nul + 1}: binary data or UTF-16 text, not a "
                                f"JSONL file; {SAVE_AS_UTF8}")
            try:
                yield n, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BrewError(f"{path}:{n}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}: "
                                f"{exc.reason}); if it is Latin-1 or Windows-1252, convert it with "
                                f"`iconv -f latin1 -t utf-8 IN > OUT`") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON (a number must be finite); use null or a real number")


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


SHAPE_NAMES = {"messages": "messages", "alpaca": "alpaca (instruction/output)",
               "prompt_completion": "prompt/completion"}


def preference_dataset_error(where: str, what: str) -> BrewError:
    """The one message for a preference dataset given to supervised fine-tuning: what it is and the fix."""
    return BrewError(
        f"{where + ': ' if where else ''}this is a preference dataset ({what}), which supervised fine-tuning "
        "cannot train on; set training.method=dpo|orpo|kto (e.g. --set training.method=dpo; kto for thumbs "
        "up/down), or pick an SFT dataset (messages, instruction/output or prompt/completion)"
    )


def thumbs_label_error(where: str, row: dict[str, Any]) -> BrewError:
    """The one message for thumbs rows (prompt/completion + boolean label, KTO's unpaired shape) given to
    supervised fine-tuning, which would learn every completion, thumbs-down ones included, as a good answer."""
    return BrewError(
        f"{where + ': ' if where else ''}rows carry a thumbs label (label: {json.dumps(row['label'])}): this is "
        "KTO data (prompt/completion/label, true = thumbs up, false = thumbs down), and supervised fine-tuning "
        "would learn the thumbs-down answers as good ones; set training.method=kto (e.g. --set "
        "training.method=kto; `data prepare FILE --preference` stores it as thumbs), or drop the label column "
        "to train on every completion"
    )


def plain_text_error(where: str) -> BrewError:
    """The one message for plain text rows (``{"text": ...}``: a ``data build`` with ``output.format: text``,
    continued-pretraining text) given to fine-tuning, which learns answers to prompts and has none here."""
    return BrewError(
        f"{where + ': ' if where else ''}rows are plain text ({{\"text\": ...}}, e.g. a data build with "
        "output.format: text), which `basementbrew train` cannot fine-tune on: it trains on chat records; turn "
        "the text into Q/A records with a data build whose input.path is this dataset and a synthesize step "
        "(like configs/data/brew-qa.yaml), or build instruction data with output.format: messages"
    )


def is_thumbs_row(row: dict[str, Any]) -> bool:
    """A prompt/completion record with a boolean ``label``: a thumbs up/down (KTO) row, not an SFT example."""
    return "prompt" in row and "completion" in row and isinstance(row.get("label"), bool)


def detect_format(row: dict[str, Any], where: str = "") -> Format:
    if "messages" in row:
        return "messages"
    if "instruction" in row and "output" in row:
        return "alpaca"
    if is_thumbs_row(row):
        raise thumbs_label_error(where, row)
    if "prompt" in row and "completion" in row:
        return "prompt_completion"
    if set(row) == {"text"}:
        raise plain_text_error(where)
    if "chosen" in row and "rejected" in row:
        raise preference_dataset_error(where, f"keys {sorted(row)}: a prompt with a chosen and a rejected answer")
    raise BrewError(
        f"{where + ': ' if where else ''}cannot tell the format of a record with keys {sorted(row)}; expected "
        "messages, instruction/output (alpaca) or prompt/completion"
    )


def one_shape(rows: Iterable[tuple[str, dict[str, Any]]]) -> Format:
    """The shape every (where, record) pair shares; the first record that differs is refused with its place."""
    first: tuple[Format, str] | None = None
    for where, row in rows:
        shape = detect_format(row, where)
        if first is None:
            first = (shape, where)
        elif shape != first[0]:
            raise BrewError(
                f"{where}: this record is {SHAPE_NAMES[shape]}, but the first record ({first[1]}) is "
                f"{SHAPE_NAMES[first[0]]}; a dataset file holds one format: convert these records or split the file")
    return first[0] if first else "messages"


def check_record_size(row: dict[str, Any], where: str, path: Path) -> None:
    """Refuse a record whose texts exceed :data:`MAX_DOC_CHARS` (the limit `data build` holds a document to),
    before a data step spends minutes on it."""
    chars = record_chars(row)
    if chars > MAX_DOC_CHARS:
        raise BrewError(f"{where}: this record has {chars:,} characters of text, more than the {MAX_DOC_CHARS:,} "
                        "characters a document may have; split the document into smaller records, or use "
                        f"`basementbrew data build CONFIG.yaml` (input: {{path: {path}}}), which records it as a "
                        "too_large error and goes on")


def check_records(numbered: list[tuple[int, dict[str, Any]]], path: Path) -> Format:
    """Import-time check that every record of one file trains: one known shape, a final non-empty assistant
    answer, string fields, at most :data:`MAX_DOC_CHARS` of text. Errors name ``path:line``. Returns the file's
    shape."""
    for n, row in numbered:
        check_record_size(row, f"{path}:{n}", Path(path))
    try:
        shape = one_shape((f"{path}:{n}", row) for n, row in numbered)
    except BrewError as exc:
        raise _wrapped_records(numbered, Path(path)) or exc from None  # {"data": [...]} on one line
    for n, row in numbered:
        to_prompt_completion(row, shape, f"{path}:{n}", roles=IMPORT_ROLES)
    return shape


def _check_messages(msgs: Any, where: str, roles: set[str] = ROLES) -> list[dict[str, str]]:
    if not isinstance(msgs, list) or not msgs:
        raise BrewError(f"{where}: 'messages' must be a non-empty list of {{role, content}} objects")
    out = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or m.get("role") not in roles or not isinstance(m.get("content"), str):
            raise BrewError(f"{where}: message {i} needs role in {sorted(roles)} and a string content, got {m!r}"[:500])
        out.append({"role": m["role"], "content": m["content"]})
    return out


def _text(row: dict[str, Any], key: str, fmt: str, where: str, optional: bool = False) -> str:
    if key not in row or (optional and row[key] is None):
        if optional:
            return ""
        raise BrewError(f"{where}: missing key '{key}' for format {fmt}")
    if not isinstance(row[key], str):
        raise BrewError(f"{where}: '{key}' must be a string, got {type(row[key]).__name__} {row[key]!r}"[:300])
    return row[key]


def to_prompt_completion(row: dict[str, Any], fmt: Format, where: str, system_prompt: str | None = None, *,
                         roles: set[str] = ROLES) -> dict[str, list[dict[str, str]]]:
    """One record → {"prompt": [...], "completion": [assistant turn]}."""
    fmt = detect_format(row, where) if fmt == "auto" else fmt
    if fmt == "messages":
        msgs = _check_messages(row.get("messages"), where, roles)
    elif fmt == "alpaca":
        extra = _text(row, "input", fmt, where, optional=True)
        user = _text(row, "instruction", fmt, where) + (f"\n\n{extra}" if extra else "")
        msgs = [{"role": "user", "content": user}, {"role": "assistant", "content": _text(row, "output", fmt, where)}]
    else:
        if is_thumbs_row(row):  # data.format=prompt_completion forced, or a version stored before this check
            raise thumbs_label_error(where, row)
        msgs = [{"role": "user", "content": _text(row, "prompt", fmt, where)},
                {"role": "assistant", "content": _text(row, "completion", fmt, where)}]
    if msgs[-1]["role"] != "assistant":
        raise BrewError(f"{where}: the conversation has no answer to learn: its last message must be the "
                        "assistant's (it carries the loss); add the assistant turn or drop the record")
    if not msgs[-1]["content"].strip():
        raise BrewError(f"{where}: the assistant's answer is empty; nothing would be learned from it")
    if system_prompt and msgs[0]["role"] != "system":
        msgs = [{"role": "system", "content": system_prompt}, *msgs]
    return {"prompt": msgs[:-1], "completion": msgs[-1:]}


def convert_rows(rows: Iterable[dict[str, Any]], fmt: Format, source: str,
                 system_prompt: str | None = None) -> list[dict[str, Any]]:
    rows = list(rows)
    if fmt == "auto":
        fmt = one_shape((f"{source}:record {i}", r) for i, r in enumerate(rows, 1))
    return [to_prompt_completion(r, fmt, f"{source}:record {i}", system_prompt) for i, r in enumerate(rows, 1)]
