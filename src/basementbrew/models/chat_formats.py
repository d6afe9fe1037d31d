"""Chat formats that need more than role/content: gpt-oss's harmony (channels, developer, reasoning effort).

Harmony (https://github.com/openai/harmony) renders every message as
``<|start|>{role}<|message|>{text}<|end|>``; assistant messages also name a channel:
``analysis`` (chain of thought) or ``final`` (the answer). The system message is written by the template
(identity, knowledge cutoff, ``Reasoning: low|medium|high``, the valid channels); a dataset's system or
developer message becomes the *developer* message (``# Instructions``). A trained final message ends in
``<|return|>`` (inference stops there); earlier turns end in ``<|end|>`` and drop their analysis.

The model's own template is always used when its tokenizer ships one (the real gpt-oss tokenizer does).
:func:`harmony_template` is ours, written from the harmony spec and the published gpt-oss template, for
tokenizers that lack one (tiny test models, converted tokenizers). Tool calls are not rendered by it.

Which tokens carry loss is decided by where the prompt/completion split falls in the rendered text:
the analysis message goes to the prompt (masked) unless ``data.train_on_reasoning`` puts it in the
completion (trained); the final channel and ``<|return|>`` are always in the completion.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.models.registry import ModelSpec

HARMONY_SPECIAL_TOKENS = ["<|start|>", "<|end|>", "<|message|>", "<|channel|>", "<|return|>", "<|call|>",
                          "<|constrain|>"]
HARMONY_ROLES = {"system", "developer", "user", "assistant"}
REASONING_KEYS = ("thinking", "reasoning", "reasoning_content")  # where datasets keep the analysis text
FINAL_START = "<|start|>assistant<|channel|>final<|message|>"

_HARMONY_TEMPLATE = """\
{#- Harmony chat format (gpt-oss). kwargs: reasoning_effort (low|medium|high), model_identity, current_date. #}
{%- if not reasoning_effort is defined or not reasoning_effort %}{% set reasoning_effort = "medium" %}{% endif %}
{%- if not model_identity is defined %}
    {%- set model_identity = "You are ChatGPT, a large language model trained by OpenAI." %}
{%- endif %}
{{- "<|start|>system<|message|>" + model_identity + "\\nKnowledge cutoff: 2024-06\\n" }}
{%- if current_date is defined and current_date %}{{- "Current date: " + current_date + "\\n" }}{% endif %}
{{- "\\nReasoning: " + reasoning_effort + "\\n\\n" }}
{{- "# Valid channels: analysis, commentary, final. Channel must be included for every message.<|end|>" }}
{%- set rest = messages %}
{%- if messages and messages[0].role in ["system", "developer"] %}
    {{- "<|start|>developer<|message|># Instructions\\n\\n" + messages[0].content + "\\n\\n<|end|>" }}
    {%- set rest = messages[1:] %}
{%- endif %}
{%- for message in rest %}
    {%- if message.role == "user" %}
        {{- "<|start|>user<|message|>" + message.content + "<|end|>" }}
    {%- elif message.role == "assistant" %}
        {%- if "<|channel|>" in message.content or "<|channel|>" in (message.thinking or "") %}
            {{- raise_exception("put analysis text in `thinking` and the answer in `content`, without tags") }}
        {%- endif %}
        {%- if loop.last and not add_generation_prompt %}
            {#- training only: the last answer keeps its analysis and ends in <|return|>, the stop token #}
            {%- if message.thinking %}
                {{- "<|start|>assistant<|channel|>analysis<|message|>" + message.thinking + "<|end|>" }}
            {%- endif %}
            {{- "<|start|>assistant<|channel|>final<|message|>" + message.content + "<|return|>" }}
        {%- else %}
            {#- earlier turns: analysis is dropped, the turn ends in <|end|> #}
            {{- "<|start|>assistant<|channel|>final<|message|>" + message.content + "<|end|>" }}
        {%- endif %}
    {%- else %}
        {{- raise_exception("harmony template: unsupported role " + message.role) }}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- "<|start|>assistant" }}{% endif %}"""


def harmony_template() -> str:
    """Our harmony chat template (Jinja), for tokenizers that carry the harmony tokens but no template."""
    return _HARMONY_TEMPLATE


def has_harmony_tokens(tokenizer: Any) -> bool:
    vocab = tokenizer.get_vocab()
    return all(t in vocab for t in HARMONY_SPECIAL_TOKENS)


def add_harmony_tokens(tokenizer: Any) -> Any:
    """Give any tokenizer the harmony special tokens, our template, and gpt-oss's eos/pad convention.

    Used to build tiny gpt-oss test models offline (the real o200k_harmony encoding is fetched at run time).
    The model's embedding must then be sized to ``len(tokenizer)``.
    """
    missing = [t for t in HARMONY_SPECIAL_TOKENS if t not in tokenizer.get_vocab()]
    if missing:
        tokenizer.add_special_tokens({"additional_special_tokens": missing})
    tokenizer.chat_template = harmony_template()
    tokenizer.eos_token = "<|return|>"
    if tokenizer.pad_token is None or tokenizer.pad_token == tokenizer.eos_token:
        tokenizer.pad_token = tokenizer.unk_token or "<|end|>"
    return tokenizer


def ensure_chat_template(tokenizer: Any, spec: ModelSpec, log: Any = None) -> str:
    """Use the tokenizer's own template; install ours only for a harmony tokenizer that has none.

    Returns ``"own"`` or ``"installed"``. Raises when the template cannot work for this model.
    """
    vocab = tokenizer.get_vocab()
    if spec.end_of_turn not in vocab:
        raise BrewError(
            f"the tokenizer has no {spec.end_of_turn!r} token, which {spec.key} ends every answer with; "
            f"use {spec.key}'s own tokenizer (model.path pointing at a folder with its tokenizer files)"
        )
    if tokenizer.chat_template:
        return "own"
    if spec.chat_format != "harmony":
        raise BrewError(f"the tokenizer for {spec.key} has no chat template; use the model's instruct tokenizer")
    if not has_harmony_tokens(tokenizer):
        raise BrewError(f"the tokenizer for {spec.key} lacks harmony tokens {HARMONY_SPECIAL_TOKENS}; use the "
                        "gpt-oss tokenizer (o200k_harmony)")
    tokenizer.chat_template = harmony_template()
    if log:
        log("tokenizer had no chat template: installed the harmony template")
    return "installed"


def _reasoning(message: dict[str, Any]) -> str:
    for key in REASONING_KEYS:
        value = message.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def harmony_messages(raw: Any, where: str, system_prompt: str | None = None) -> list[dict[str, str]]:
    """Dataset messages → harmony messages: one leading developer message (system and developer merged),
    then user/assistant turns; the last assistant turn keeps its analysis text in ``thinking``."""
    if not isinstance(raw, list) or not raw:
        raise BrewError(f"{where}: 'messages' must be a non-empty list of {{role, content}} objects")
    instructions: list[str] = []
    turns: list[dict[str, str]] = []
    for i, m in enumerate(raw):
        if not isinstance(m, dict) or m.get("role") not in HARMONY_ROLES or not isinstance(m.get("content"), str):
            raise BrewError(f"{where}: message {i} needs role in {sorted(HARMONY_ROLES)} and a string content")
        if m["role"] in {"system", "developer"}:
            if turns:
                raise BrewError(f"{where}: message {i}: {m['role']} messages must come before the conversation")
            instructions.append(m["content"])
        elif m["role"] == "assistant":
            turns.append({"role": "assistant", "content": m["content"], "thinking": _reasoning(m)})
        else:
            turns.append({"role": "user", "content": m["content"]})
    if not turns or turns[-1]["role"] != "assistant":
        raise BrewError(f"{where}: the last message must be the assistant's answer (it carries the loss)")
    if not turns[-1]["content"].strip():
        raise BrewError(f"{where}: the assistant's final answer is empty; nothing would be learned from it")
    if not instructions and system_prompt:
        instructions.append(system_prompt)
    head = [{"role": "developer", "content": "\n\n".join(instructions)}] if instructions else []
    return head + turns


def harmony_rows(rows: Iterable[dict[str, Any]], fmt: str, source: str,
                 system_prompt: str | None = None) -> list[dict[str, Any]]:
    """Records → conversational prompt/completion rows that keep the final turn's analysis.

    Prompt messages carry only role/content (earlier analysis is dropped, as harmony does at inference);
    the completion is one assistant message with ``content`` and ``thinking`` ("" when there is none).
    """
    from basementbrew.data.formats import one_shape, to_prompt_completion

    rows = list(rows)
    if fmt == "auto":  # one shape per dataset, as data.formats.convert_rows
        fmt = one_shape((f"{source}:record {i}", r) for i, r in enumerate(rows, 1))
    out = []
    for i, row in enumerate(rows, 1):
        where = f"{source}:record {i}"
        if fmt == "messages":
            msgs = harmony_messages(row.get("messages"), where, system_prompt)
        else:
            pc = to_prompt_completion(row, fmt, where, system_prompt)  # type: ignore[arg-type]
            msgs = harmony_messages(pc["prompt"] + pc["completion"], where)
        prompt = [{"role": m["role"], "content": m["content"]} for m in msgs[:-1]]
        out.append({"prompt": prompt, "completion": [msgs[-1]]})
    return out


def render_split(tokenizer: Any, prompt: list[dict[str, str]], answer: dict[str, str], *,
                 train_on_reasoning: bool = False, reasoning_effort: str | None = None) -> tuple[str, str]:
    """Render one example through the tokenizer's template and split it into (prompt text, completion text).

    The completion starts at the ``<|channel|>`` right after ``<|start|>assistant``: of the final message,
    or of the analysis message when ``train_on_reasoning``.
    """
    kwargs = {"reasoning_effort": reasoning_effort} if reasoning_effort else {}
    message = {"role": "assistant", "content": answer["content"]}
    if answer.get("thinking"):
        message["thinking"] = answer["thinking"]
    head = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=False, **kwargs)
    full = tokenizer.apply_chat_template([*prompt, message], tokenize=False, **kwargs)
    if not full.startswith(head):
        raise BrewError("the chat template renders the prompt differently alone and before an answer; "
                        "loss masking would be wrong. Use the model's own harmony template")
    cut = len(head)
    if message.get("thinking") and not train_on_reasoning:
        final = full.rfind(FINAL_START)
        if final < cut:
            raise BrewError("the chat template did not render a final-channel message for the answer")
        cut = final + len("<|start|>assistant")
    return full[:cut], full[cut:]


def training_rows(dataset: Any, tokenizer: Any, spec: ModelSpec, data: Any) -> Any:
    """The rows TRL trains on: unchanged for role/content formats; rendered text pairs for harmony."""
    if spec.chat_format != "harmony":
        return dataset

    def render(row: dict[str, Any]) -> dict[str, str]:
        prompt, completion = render_split(tokenizer, row["prompt"], row["completion"][0],
                                          train_on_reasoning=data.train_on_reasoning,
                                          reasoning_effort=data.reasoning_effort)
        return {"prompt": prompt, "completion": completion}

    from datasets import Dataset

    return Dataset.from_list([render(row) for row in dataset])
