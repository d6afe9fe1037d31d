"""TRL's conversational preference rows, read as the flat rows this project stores.

Preference data on the hub is mostly written for TRL, whose rows are messages, not strings:

- explicit prompt: ``{"prompt": [messages], "chosen": [assistant], "rejected": [assistant]}``;
- implicit prompt: ``{"chosen": [user, assistant], "rejected": [user, assistant]}``, the conversation up to
  the last turn shared by both (``HuggingFaceH4/ultrafeedback_binarized`` also keeps ``prompt`` as a string
  and a ``messages`` copy of the chosen conversation);
- unpaired (KTO): ``{"prompt": [messages], "completion": [assistant], "label": bool}``.

A stored pair is ``{"prompt", "chosen", "rejected"}`` strings with an optional ``system``
(:mod:`basementbrew.data.preference`), and training renders it back into messages with the model's own
template (:func:`basementbrew.training.preference.to_trainer_rows`), so a row whose prompt is one user turn,
optionally after a system message, converts without loss. A prompt of several turns has no flat form: such a
row is refused with its line rather than flattened into text the template would render differently.

Hand-written because it is a few dictionary reads: TRL's own ``maybe_extract_prompt`` /
``maybe_apply_chat_template`` need a tokenizer and a model's template, and the import runs before either.
"""

from __future__ import annotations

from typing import Any

from basementbrew.errors import BrewError

ANSWER_KEYS = ("chosen", "rejected", "completion")


def _is_messages(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(m, dict) and isinstance(m.get("role"), str) and "content" in m for m in value)


def is_conversational(row: Any) -> bool:
    """A preference or thumbs row written as messages (TRL's conversational shape)."""
    return isinstance(row, dict) and any(_is_messages(row.get(k)) for k in ANSWER_KEYS)


def _content(message: dict[str, Any], where: str) -> str:
    content = message["content"]
    if not isinstance(content, str):
        raise BrewError(f"{where}: a {message['role']} message's content is {type(content).__name__}, not text; "
                        "preference rows hold text messages only")
    return content


def _split_prompt(messages: list[dict[str, Any]], where: str) -> tuple[str | None, str]:
    """(system or None, the one user turn) of a prompt conversation."""
    system = None
    if messages and messages[0]["role"] == "system":
        system, messages = _content(messages[0], where), messages[1:]
    if len(messages) != 1 or messages[0]["role"] != "user":
        roles = ", ".join(m["role"] for m in messages) or "nothing"
        raise BrewError(f"{where}: the prompt is {len(messages)} turns ({roles}) before the answer; stored "
                        "preference rows hold one user turn (after an optional system message). Keep rows with "
                        "single-turn prompts, or fold the earlier turns into the user message yourself")
    return system, _content(messages[0], where)


def flat_row(row: dict[str, Any], where: str) -> dict[str, Any]:
    """The flat form of a conversational row (see the module docstring); a row that is not conversational is
    returned unchanged. A BrewError naming ``where`` when the row cannot be represented."""
    if not is_conversational(row):
        return row
    keys = ("chosen", "rejected") if "chosen" in row or "rejected" in row else ("completion",)
    answers: dict[str, str] = {}
    prefixes = []
    for key in keys:
        turns = row.get(key)
        if not _is_messages(turns):
            raise BrewError(f"{where}: '{key}' is not a list of messages while the row's other answer is; give "
                            "both as messages or both as text")
        if turns[-1]["role"] != "assistant":
            raise BrewError(f"{where}: '{key}' ends with a {turns[-1]['role']} message; its last message must be "
                            "the assistant's answer")
        answers[key] = _content(turns[-1], where)
        prefixes.append(turns[:-1])
    if any(p != prefixes[0] for p in prefixes):
        raise BrewError(f"{where}: 'chosen' and 'rejected' differ before their last message; a pair answers one "
                        "shared conversation")
    prompt = row.get("prompt")
    if prefixes[0]:  # implicit prompt: the conversation the answers share (a string prompt beside it is a copy)
        conversation = prefixes[0]
    elif _is_messages(prompt):
        conversation = prompt
    elif isinstance(prompt, str) and prompt.strip():
        conversation = [{"role": "user", "content": prompt}]
    else:
        raise BrewError(f"{where}: no prompt: give 'prompt' (text or messages) or put the user turn before the "
                        f"answer in '{keys[0]}'")
    system, user = _split_prompt(conversation, where)
    if isinstance(row.get("system"), str) and row["system"].strip():
        system = row["system"] if system is None else system
    out: dict[str, Any] = {"prompt": user, **answers}
    if "completion" in answers and "label" in row:
        out["label"] = row["label"]
    if system:
        out["system"] = system
    return out
