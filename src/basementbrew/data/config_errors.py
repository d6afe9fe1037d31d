"""Pydantic validation errors of the data configs (``data build``, ``scrape``) in the words a training config's
get (:func:`basementbrew.config.validation_problems`): one ``(key, what is wrong)`` per problem.

Keys read ``steps[0].params.threshold`` or ``sources[1].subreddits`` (a tagged union's tag, which pydantic puts
in the location, is left out); an unknown key gets a did-you-mean and the keys allowed there; a value where a
section belongs says the keys of that section; a string or a mapping where a list belongs says how to write
the list; an unknown or missing tag says the tags there are; a wrong value ends with ``(got VALUE)``.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from basementbrew.errors import did_you_mean

_MAPPING = ("model_type", "model_attributes_type", "dict_type")
_LISTS = (list, tuple, set, frozenset)


def _unwrap(tp: Any) -> Any:
    """``Annotated[X, ...]`` and ``X | None`` to ``X``."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
            continue
        if origin in (Union, types.UnionType):
            args = [a for a in get_args(tp) if a is not type(None)]
            if len(args) == 1:
                tp = args[0]
                continue
        return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _members(tp: Any) -> list[type[BaseModel]]:
    """The models of a union of models (a tagged union such as a scrape config's sources), else []."""
    tp = _unwrap(tp)
    if get_origin(tp) not in (Union, types.UnionType):
        return []
    return [m for m in get_args(tp) if _is_model(m)]


def _tags(model: type[BaseModel]) -> list[str]:
    """The values of a model's one-value ``Literal`` fields (its tag in a tagged union: ``kind: Literal["web"]``)."""
    out: list[str] = []
    for field in model.model_fields.values():
        ann = _unwrap(field.annotation)
        if get_origin(ann) is Literal and len(get_args(ann)) == 1:
            out.append(str(get_args(ann)[0]))
    return out


def union_tags(tp: Any) -> list[str]:
    """Every tag of a tagged union of models, sorted (``arxiv, files, github ...``)."""
    return sorted({tag for m in _members(tp) for tag in _tags(m)})


def walk(root: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, Any]:
    """(the key a user writes, the type that belongs there) for a pydantic error location."""
    tp: Any = root
    key = ""
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            key += f"[{part}]"
            args = get_args(tp)
            tp = args[0] if get_origin(tp) in _LISTS and args else None
            continue
        if (members := _members(tp)) and any(str(part) in _tags(m) for m in members):
            tp = next(m for m in members if str(part) in _tags(m))  # the tag: not a key the user wrote
            continue
        key += ("." if key else "") + str(part)
        if get_origin(tp) is dict:
            args = get_args(tp)
            tp = args[1] if len(args) == 2 else None
        elif _is_model(tp):
            field = tp.model_fields.get(str(part))
            tp = field.annotation if field is not None else None
        else:
            tp = None
    return key or "config", tp


def model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The section model a location points into (``("steps", 0)`` is a build's StepConfig), else None."""
    tp = _unwrap(walk(root, loc)[1])
    return tp if _is_model(tp) else None


def _flow(value: Any) -> str | None:
    """``value`` as YAML flow style on one line (``[{kind: web}]``), or None when that would be long."""
    try:
        text = yaml.safe_dump(value, default_flow_style=True, width=10_000).strip()
    except yaml.YAMLError:
        return None
    return text if len(text) <= 200 and "\n" not in text else None


Hint = Callable[[str, Any, Any], "str | None"]


def config_problems(err: ValidationError, root: type[BaseModel], *, hint: Hint | None = None,
                    tag_names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(key, what is wrong) per problem of ``err`` (raised validating ``root``).

    ``hint(key, type_there, given)`` may say how to write a value that is not the mapping a section wants
    (``input: {path: docs.jsonl}``); ``tag_names`` names a union's tag in messages (``{"kind": "source kind"}``).
    A whole-config ``ValueError`` whose sentence starts ``KEY: ...`` is said under that key.
    """
    out: list[tuple[str, str]] = []
    for e in err.errors():
        loc, msg, given, kind = tuple(e["loc"]), e["msg"], e.get("input"), e["type"]
        key, there = walk(root, loc)
        if kind == "extra_forbidden":
            parent = model_at(root, loc[:-1])
            allowed = list(parent.model_fields) if parent else []
            msg = f"unknown key{did_you_mean(str(loc[-1]), allowed)}; allowed here: {', '.join(allowed) or '?'}"
        elif kind == "value_error" and not loc:  # a whole-config check: its sentence names the key itself
            head, _, rest = msg.removeprefix("Value error, ").partition(": ")
            out.append((head, rest) if rest else ("config", head))
            continue
        elif kind == "value_error":
            msg = f"{msg.removeprefix('Value error, ')} (got {given!r})"
        elif kind in ("union_tag_invalid", "union_tag_not_found"):
            field = str(e.get("ctx", {}).get("discriminator", "kind")).strip("'\"")
            tags = union_tags(there)
            key = f"{key}.{field}"
            if kind == "union_tag_invalid":
                tag = str(e.get("ctx", {}).get("tag", ""))
                name = (tag_names or {}).get(field, field)
                msg = f"unknown {name}{did_you_mean(tag, tags)}; use one of {', '.join(tags)} (got {tag!r})"
            else:
                msg = f"missing; use one of {', '.join(tags)}"
        elif kind in _MAPPING and (_is_model(_unwrap(there)) or _members(there)):
            written = hint(key, there, given) if hint else None
            if _members(there):
                msg = f"should be a mapping with {_tag_field(there)}: one of {', '.join(union_tags(there))}"
                msg += f"; {written}" if written else ""
            elif written:
                msg = f"should be a mapping, not {_what(given)}; {written}"
            else:
                msg = f"should be a mapping with keys {', '.join(_unwrap(there).model_fields)}"
            msg += f" (got {given!r})"
        elif kind == "list_type" and isinstance(given, (str, dict)) and (as_list := _flow([given])) is not None:
            msg = f"should be a list, not {_what(given)}; write {key}: {as_list}"
            if isinstance(given, str):
                msg += f" (got {given!r})"
        elif kind != "missing" and "input" in e:
            msg = f"{msg} (got {given!r})"
        out.append((key, msg))
    return out


def _what(value: Any) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


def _tag_field(tp: Any) -> str:
    """The name of a tagged union's tag field (``kind``)."""
    members = _members(tp)
    if not members:
        return "kind"
    for name, field in members[0].model_fields.items():
        ann = _unwrap(field.annotation)
        if get_origin(ann) is Literal and len(get_args(ann)) == 1:
            return name
    return "kind"


def problems_message(header: str, problems: list[tuple[str, str]]) -> str:
    """``header`` then one ``  - KEY: what is wrong`` line per problem."""
    return "\n".join([header, *(f"  - {key}: {msg}" for key, msg in problems)])
