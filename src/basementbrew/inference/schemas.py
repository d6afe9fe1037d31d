"""Request and response bodies of the server, with the safety module's named limits on every size a client controls.

Field bounds come from :mod:`basementbrew.limits` (``MAX_PROMPT_CHARS``, ``MAX_NEW_TOKENS``,
``MAX_TEMPERATURE``, ``MAX_N``, ``MAX_MESSAGES``, ``MAX_STOP_*``; the server enforces ``MAX_REQUEST_BYTES`` on
the raw body), so a limit is changed in one place. Validation failures become a 400 in the OpenAI error shape
whose ``param`` names the field.
``temperature`` below the engine's ``GREEDY_BELOW``, 0 included, means greedy decoding (documented per field).
OpenAI fields that do not change our output (presence_penalty, logit_bias, user, ...) are accepted and
ignored, as vLLM does, so stock clients keep working; ``null`` where OpenAI allows it (``temperature=None``
in the openai client) means the default. Fields that change what the answer *means* (``tools``,
``response_format`` other than text, ``logprobs``) are refused by name rather than silently ignored: a client
that asked for JSON or a tool call would otherwise parse plain prose. So are ``suffix`` (fill-in-the-middle),
``best_of`` other than 1 or ``n`` (a server-side pick by log probability) and audio output (``audio``,
``modalities`` other than text), as vLLM refuses ``suffix``: each would be answered with something else.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from basementbrew.inference.requests import GREEDY_BELOW
from basementbrew.limits import (
    DEFAULT_MAX_NEW_TOKENS,
    MAX_MESSAGES,
    MAX_N,
    MAX_NEW_TOKENS,
    MAX_PROMPT_CHARS,
    MAX_STOP_CHARS,
    MAX_STOP_SEQUENCES,
    MAX_TEMPERATURE,
)

Prompt = Annotated[str, Field(max_length=MAX_PROMPT_CHARS)]


def _not_blank(value: str) -> str:
    """A prompt of nothing but whitespace gives the model nothing to answer; refused instead of generated on."""
    if not value.strip():
        raise ValueError(f"is empty{' (whitespace only)' if value else ''}; send the text to complete")
    return value


PromptText = Annotated[str, Field(max_length=MAX_PROMPT_CHARS), AfterValidator(_not_blank)]
TEMPERATURE_HELP = f"0-{MAX_TEMPERATURE:g}; values below GREEDY_BELOW ({GREEDY_BELOW:g}) decode greedily."
# OpenAI's schema allows null for these; the openai client sends null for an argument passed as None
NULL_MEANS_DEFAULT = frozenset({"temperature", "top_p", "n", "stream", "stream_options", "stop", "seed",
                                "max_tokens", "max_completion_tokens", "echo", "danger_mode"})


def _check_stops(value: str | list[str] | None) -> list[str]:
    stops = [value] if isinstance(value, str) else list(value or [])
    if len(stops) > MAX_STOP_SEQUENCES:
        raise ValueError(f"at most {MAX_STOP_SEQUENCES} stop sequences are allowed")
    if any(not s or len(s) > MAX_STOP_CHARS for s in stops):
        raise ValueError(f"each stop sequence must be 1-{MAX_STOP_CHARS} characters")
    return stops


def _drop_nulls(data: Any) -> Any:
    """``null`` for a field in NULL_MEANS_DEFAULT means that field's default (the key is dropped)."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (v is None and k in NULL_MEANS_DEFAULT)}
    return data


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)


class GenerateRequest(BaseModel):
    """The plan's simple endpoint: one prompt in, one completion out (chat template applied); ``null`` for an
    optional field means its default and ``stop`` works, as on the /v1 routes."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    prompt: str = Field(min_length=1, max_length=MAX_PROMPT_CHARS)
    max_tokens: int = Field(DEFAULT_MAX_NEW_TOKENS, ge=1, le=MAX_NEW_TOKENS)
    temperature: float = Field(0.7, ge=0.0, le=MAX_TEMPERATURE, description=TEMPERATURE_HELP)
    top_p: float = Field(0.9, gt=0.0, le=1.0)
    danger_mode: bool = False
    model: str | None = Field(None, description=(
        "A model id from /v1/models; default: the run the server was started with (serve --run), else the base "
        "model."))
    system: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    stop: str | list[str] | None = Field(None, description=(
        f"Up to {MAX_STOP_SEQUENCES} strings; the completion ends before the first one (not included)."))

    @model_validator(mode="before")
    @classmethod
    def _null_means_default(cls, data: Any) -> Any:
        return _drop_nulls(data)

    @field_validator("prompt")
    @classmethod
    def _prompt_not_blank(cls, value: str) -> str:
        return _not_blank(value)

    @field_validator("stop")
    @classmethod
    def _stops(cls, value: str | list[str] | None) -> list[str]:
        return _check_stops(value)

    @classmethod
    def unknown_field(cls, name: str) -> str:
        """What to say about a field /generate does not take: its fields, and the /v1 route that takes it."""
        route = next((route for route, model in
                      (("/v1/completions", CompletionRequest), ("/v1/chat/completions", ChatCompletionRequest))
                      if name in model.model_fields), None)
        fix = f"use POST {route}, which takes {name}, or leave it out" if route else "leave it out"
        return f"is not a /generate field (it takes {', '.join(cls.model_fields)}); {fix}"


class TextPart(_Lenient):
    type: Literal["text"] = "text"
    text: Prompt


def _not_a_part(index: int, part: Any) -> str:
    """A list item that is no part object (OpenAI refuses ``["hi"]`` as content too): what it is, and the shape."""
    text = part if isinstance(part, str) else "..."
    text = text if len(text) <= 40 else text[:37] + "..."
    kind = ("a string" if isinstance(part, str) else "null" if part is None else "a boolean" if isinstance(part, bool)
            else "a list" if isinstance(part, list) else "a number")
    what = f"{kind} ({text!r})" if isinstance(part, str) else kind
    return (f"content[{index}] is {what} where a content part object was expected; send "
            f"{json.dumps({'type': 'text', 'text': text})} for each part, or the whole content as one string")


TOOL_ROLES = frozenset({"tool", "function", "ipython"})  # tool results: only a tool-calling conversation has them


class ChatMessage(_Lenient):
    role: Literal["system", "user", "assistant", "developer"]
    content: Prompt | list[TextPart] | None = Field(None, validate_default=True)
    tool_calls: list[Any] | None = None
    function_call: Any = None

    @field_validator("role", mode="before")
    @classmethod
    def _no_tool_results(cls, value: Any) -> Any:
        if isinstance(value, str) and value in TOOL_ROLES:
            raise ValueError(f"{value!r} messages (tool results) are not supported: this server has no tool or "
                             "function calling; send the result as text in a 'user' message")
        return value

    @field_validator("tool_calls", "function_call")
    @classmethod
    def _no_tool_calls(cls, value: Any) -> Any:
        if value:
            raise ValueError("tool and function calls in the history are not supported: this server has no tool "
                             "calling and would drop them; send the assistant turn's text as content instead")
        return value

    @field_validator("content", mode="before")
    @classmethod
    def _text_parts_only(cls, value: Any) -> Any:
        if isinstance(value, list):
            for i, part in enumerate(value):
                if not isinstance(part, dict):
                    raise ValueError(_not_a_part(i, part))
                kind = part.get("type", "text")
                if kind != "text":
                    raise ValueError(f"only text content parts are served here (got {kind!r}); "
                                     "send the text as a string or as {'type': 'text', 'text': ...} parts")
        return value

    @field_validator("content")
    @classmethod
    def _not_blank(cls, value: str | list[TextPart] | None, info: ValidationInfo) -> str | list[TextPart] | None:
        if info.data.get("role") in (None, "assistant"):  # an earlier empty answer may be replayed as history
            return value
        if value is None:
            raise ValueError("is missing; send the message's text as a string")
        if isinstance(value, list) and not value:
            raise ValueError("is empty (a list of zero text parts); send the message's text")
        text = "".join(p.text for p in value) if isinstance(value, list) else value
        if not text.strip():
            raise ValueError(f"is empty{' (whitespace only)' if text else ''}; send the message's text")
        return value

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p.text for p in self.content)
        return self.content or ""


class StreamOptions(_Lenient):
    include_usage: bool = False


class _Sampling(_Lenient):
    model: str = Field(min_length=1, max_length=256)
    max_tokens: int | None = Field(None, ge=1, le=MAX_NEW_TOKENS)
    temperature: float = Field(1.0, ge=0.0, le=MAX_TEMPERATURE, description=TEMPERATURE_HELP)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    n: int = Field(1, ge=1, le=MAX_N)
    stop: str | list[str] | None = None
    seed: int | None = Field(None, ge=0, le=2**63 - 1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    danger_mode: bool = False
    tools: list[Any] | None = None
    functions: list[Any] | None = None
    tool_choice: Any = None
    function_call: Any = None
    response_format: Any = None
    logprobs: bool | int | None = None
    best_of: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _null_means_default(cls, data: Any) -> Any:
        return _drop_nulls(data)

    @field_validator("tools", "functions")
    @classmethod
    def _no_tools(cls, value: list[Any] | None) -> list[Any] | None:
        if value:
            raise ValueError("tool and function calling is not supported by this server; send the request "
                             "without tools (the model answers in plain text)")
        return value

    @field_validator("tool_choice", "function_call")
    @classmethod
    def _no_tool_choice(cls, value: Any) -> Any:
        if value not in (None, "none", "auto"):
            raise ValueError("tool and function calling is not supported by this server; leave it out or "
                             "send 'none'")
        return value

    @field_validator("response_format")
    @classmethod
    def _text_only(cls, value: Any) -> Any:
        kind = value.get("type") if isinstance(value, dict) else value
        if kind not in (None, "text"):
            raise ValueError(f"only {{'type': 'text'}} is supported (got {kind!r}): the server has no JSON mode "
                             "or schema-constrained decoding; ask for JSON in the prompt and validate it yourself")
        return value

    @field_validator("logprobs")
    @classmethod
    def _no_logprobs(cls, value: bool | int | None) -> bool | int | None:
        if value:
            raise ValueError("log probabilities are not returned by this server; leave logprobs out or false")
        return value

    @field_validator("best_of")
    @classmethod
    def _no_best_of(cls, value: int | None, info: ValidationInfo) -> int | None:
        """best_of=1, or best_of=n (all n candidates are returned), asks for nothing but n samples."""
        n = info.data.get("n", 1)
        if value is None or value in (1, n):
            return value
        if value < n:
            raise ValueError(f"best_of={value} must be at least n ({n}), as in OpenAI's API; leave best_of out "
                             "(this server does not pick candidates)")
        what = f"{n} likeliest" if n > 1 else "likeliest"
        raise ValueError(f"best_of={value} (return the {what} of {value} candidates) is not supported: this "
                         "server does not score candidates by log probability; leave best_of out, or send "
                         f"n={value} and choose among the choices yourself")

    @field_validator("stop")
    @classmethod
    def _stops(cls, value: str | list[str] | None) -> list[str]:
        return _check_stops(value)

    def stops(self) -> tuple[str, ...]:
        return tuple(self.stop or ())  # type: ignore[arg-type]

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_NEW_TOKENS)
    modalities: list[str] | None = None
    audio: Any = None

    @field_validator("modalities")
    @classmethod
    def _text_output_only(cls, value: list[str] | None) -> list[str] | None:
        other = [m for m in value or [] if m != "text"]
        if other:
            raise ValueError(f"only text output is served here (got {other[0]!r}): this server has no audio "
                             'output; send modalities ["text"] or leave it out')
        return value

    @field_validator("audio")
    @classmethod
    def _no_audio(cls, value: Any) -> Any:
        if value:
            raise ValueError("audio output (voice, format) is not supported: this server answers in text only; "
                             "leave audio out (or null)")
        return value

    @field_validator("messages")
    @classmethod
    def _total_length(cls, value: list[ChatMessage]) -> list[ChatMessage]:
        total = sum(len(m.text()) for m in value)
        if total > MAX_PROMPT_CHARS:
            raise ValueError(f"the conversation has {total} characters; the limit is {MAX_PROMPT_CHARS}")
        return value


class CompletionRequest(_Sampling):
    prompt: PromptText | list[PromptText] = Field(min_length=1)
    echo: bool = False
    suffix: str | None = None

    @field_validator("suffix")
    @classmethod
    def _no_suffix(cls, value: str | None) -> str | None:
        if value:
            raise ValueError("suffix (fill-in-the-middle: text the completion must lead into) is not supported by "
                             "this server, which only continues the prompt; leave suffix out (or empty), or write "
                             "the model's own fill-in-the-middle format into the prompt")
        return value

    @field_validator("prompt", mode="before")
    @classmethod
    def _no_token_ids(cls, value: Any) -> Any:
        """OpenAI also takes a prompt as token ids (a list of integers, or of such lists; lm-eval and vLLM clients
        send them); the model's tokenizer here is the server's, so ids from another one would be other words."""
        if isinstance(value, list) and value and all(
            isinstance(v, int) or (isinstance(v, list) and v and all(isinstance(t, int) for t in v)) for v in value
        ):
            raise ValueError("token-id prompts (lists of integers) are not supported by this server; send the "
                             "prompt as text, or a list of texts")
        return value

    @field_validator("prompt")
    @classmethod
    def _one_prompt(cls, value: str | list[str]) -> str | list[str]:
        if isinstance(value, list) and (len(value) == 0 or len(value) > MAX_N):
            raise ValueError(f"send 1-{MAX_N} prompts per request")
        return value


class ConsentRequest(BaseModel):
    """DANGER MODE consent: the client echoes the warning text it showed and the user accepted."""

    model_config = ConfigDict(extra="forbid")

    accepted_text: str = Field(min_length=1, max_length=10_000)
    client: str | None = Field(None, max_length=200)


def _branch(part: Any) -> bool:
    """A union-branch tag pydantic puts in an error location (``str``, ``list[TextPart]``, ``constrained-str``)."""
    return isinstance(part, str) and ("[" in part or "-" in part or part in {"str", "int", "float", "bool", "list"})


def _wrong_branch(error: dict[str, Any]) -> bool:
    """An error that only says the value is not of one union alternative's type ("Input should be a valid
    list" for a string sent to ``str | list[TextPart]``)."""
    loc = tuple(error.get("loc", ()))
    return bool(loc) and _branch(loc[-1]) and str(error.get("type", "")).endswith("_type")


def _matching_branches(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a union alternative's type mismatch when another alternative of the same union took the value's
    type and failed on something else: a 32,001-character string is "too long", not also "not a list"."""

    def union_of(error: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(error.get("loc", ()))[:-1]

    def in_union(error: dict[str, Any], union: tuple[Any, ...]) -> bool:
        loc = tuple(error.get("loc", ()))
        return len(loc) > len(union) and loc[: len(union)] == union and _branch(loc[len(union)])

    return [e for e in errors
            if not (_wrong_branch(e) and any(in_union(o, union_of(e)) and not _wrong_branch(o) for o in errors))]


def describe_invalid(errors: list[dict[str, Any]]) -> tuple[str | None, str]:
    """A validation failure as (field, what it accepts) in words a client author understands: the field as
    ``messages[0].content`` (no union-branch names); for a union, the requirement of the alternative the value's
    type matched, or every alternative's when it matched none."""

    def field_of(loc: Any) -> str:
        out = ""
        for i, part in enumerate(loc):
            if (i == 0 and part in ("body", "query", "path")) or part == "body" or _branch(part):
                continue
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out

    errors = _matching_branches(errors)
    if not errors:
        return None, "invalid request"
    param = field_of(errors[0].get("loc", ()))
    same = [e for e in errors if field_of(e.get("loc", ())) == param]
    messages = list(dict.fromkeys(e.get("msg", "invalid value").removeprefix("Value error, ") for e in same))
    if any(e.get("type") == "finite_number" for e in same):
        messages = ["must be a finite number (not NaN or infinity)"]
    message = messages[0] if len(messages) == 1 else "accepted forms: " + "; or ".join(messages)
    return param or None, message


def refusal(body: dict[str, Any], *, completion: bool = False) -> str | None:
    """The 400 message the server answers to `body` on /v1/chat/completions (or /v1/completions with
    ``completion``), by that route's request model ("temperature: Input should be less than or equal to 2"), or
    None when the server would take it.

    For what asks a model without HTTP (the in-process playground, a batch file read before a model loads),
    so it refuses what the server refuses, by the same rule and in the same words."""
    from pydantic import ValidationError

    kind = CompletionRequest if completion else ChatCompletionRequest
    try:
        kind.model_validate(body)
    except ValidationError as exc:
        param, message = describe_invalid(exc.errors())  # type: ignore[arg-type]
        return f"{param}: {message}" if param else message
    return None


# ---- responses (OpenAI shapes where there is one) ----


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int

    @classmethod
    def of(cls, prompt: int, completion: int) -> Usage:
        return cls(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


class GenerateResponse(BaseModel):
    completion: str
    model: str
    finish_reason: str
    danger_mode: bool
    usage: Usage


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "basementbrew"
    root: str
    parent: str | None


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class ChatChoice(BaseModel):
    index: int
    message: AssistantMessage
    finish_reason: str
    logprobs: None = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    system_fingerprint: None = None


class CompletionChoice(BaseModel):
    index: int
    text: str
    finish_reason: str
    logprobs: None = None


class Completion(BaseModel):
    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: Usage


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    queue_depth: int
    active: int
    engine: Literal["ok", "restarting", "down"] = Field(
        "ok", description="A separate engine process (vLLM, llama.cpp) being restarted or down: requests get 503.")


class DangerWarning(BaseModel):
    warning: str
    allowed: bool


class ConsentResponse(BaseModel):
    token: str
    header: str = "X-Danger-Consent"


class RevokeResponse(BaseModel):
    revoked: bool = True
