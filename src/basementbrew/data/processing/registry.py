"""Build steps by name, each with a pydantic model of its parameters: configs are data, nothing is imported
from a name a user writes (STYLE 4).

A **map** step is the :class:`~basementbrew.data.steps.Step` protocol (one document in, keep/drop with a
reason); it may also have ``batch(docs) -> list[StepResult]`` (perplexity scoring, synthesis requests), which
the executor prefers. A **global** step (dedup) has the staged interface of :mod:`.dedup`. The safety steps
(``pii``, ``toxicity``, ``toxicity_strict``) are the same objects the store's imports use, so training data
and the server share their scanners.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from basementbrew.errors import BrewError, did_you_mean


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class StepDef:
    params: Callable[[], type[BaseModel]]
    build: Callable[[Any, bool], Any]  # (validated params, audit) -> step
    kind: str = "map"  # map | global
    summary: str = ""


def _lazy(module: str, attr: str) -> Callable[[], Any]:
    def get() -> Any:
        import importlib

        return getattr(importlib.import_module(f"basementbrew.data.processing.{module}"), attr)

    return get


def _make(module: str, cls: str) -> Callable[[Any, bool], Any]:
    return lambda params, audit: _lazy(module, cls)()(params)


def _safety(cls: str, **kw: Any) -> Callable[[Any, bool], Any]:
    def build(params: Any, audit: bool) -> Any:
        from basementbrew.data.steps import safety

        return getattr(safety, cls)(audit=audit, **kw)

    return build


STEPS: dict[str, StepDef] = {
    "clean": StepDef(_lazy("text_steps", "CleanParams"), _make("text_steps", "CleanStep"),
                     summary="Unicode NFC, ftfy mojibake repair, whitespace, boilerplate lines"),
    "length": StepDef(_lazy("text_steps", "LengthParams"), _make("text_steps", "LengthStep"),
                      summary="too_short / too_long in characters or words"),
    "fields": StepDef(_lazy("text_steps", "FieldsParams"), _make("text_steps", "FieldsStep"),
                      summary="required metadata keys and allowed values"),
    "language": StepDef(_lazy("text_steps", "LanguageParams"), _make("text_steps", "LanguageStep"),
                        summary="py3langid (model inside the wheel): keep listed languages above min_score"),
    "gopher_quality": StepDef(_lazy("quality", "GopherQualityParams"), _make("quality", "GopherQualityStep"),
                              summary="Gopher quality rules (Rae et al. 2021)"),
    "gopher_repetition": StepDef(_lazy("quality", "GopherRepetitionParams"),
                                 _make("quality", "GopherRepetitionStep"), summary="Gopher repetition rules"),
    "c4": StepDef(_lazy("quality", "C4Params"), _make("quality", "C4Step"), summary="C4 line and document rules"),
    "fineweb": StepDef(_lazy("quality", "FineWebParams"), _make("quality", "FineWebStep"),
                       summary="FineWeb quality rules"),
    "perplexity": StepDef(_lazy("perplexity", "PerplexityParams"), _make("perplexity", "PerplexityStep"),
                          summary="small causal LM perplexity, batched; keep below a threshold"),
    "synthesize": StepDef(_lazy("synthesize", "SynthesizeParams"),
                          lambda p, audit: _lazy("synthesize", "SynthesizeStep")()(p, audit=audit),
                          summary="question/answer pairs from an OpenAI-compatible endpoint, through safety"),
    "pii": StepDef(lambda: NoParams, _safety("PIIStep"), summary="mask PII with the server's pii scanner"),
    "toxicity": StepDef(lambda: NoParams, _safety("ToxicityStep"),
                        summary="drop documents whose trained-on text the toxicity scanner blocks"),
    "toxicity_strict": StepDef(lambda: NoParams, _safety("ToxicityStep", strict=True),
                               summary="drop on a blocked verdict in any text"),
    "exact_dedup": StepDef(_lazy("dedup", "ExactDedupParams"), _make("dedup", "ExactDedup"), "global",
                           summary="content hash across all shards"),
    "minhash_dedup": StepDef(_lazy("dedup", "MinHashParams"), _make("dedup", "MinHashDedup"), "global",
                             summary="MinHash LSH near-duplicates (word 5-grams, 14x8)"),
}
CONTENT = frozenset({"pii", "toxicity", "toxicity_strict"})


def get(name: str, where: str = "steps") -> StepDef:
    if name not in STEPS:
        raise ValueError(f"{where}: unknown step {name!r}; known steps: {', '.join(STEPS)}")
    return STEPS[name]


def validate_params(name: str, params: dict[str, Any], where: str) -> dict[str, Any]:
    """``params`` checked against the step's model (raises ValueError naming the key), as a plain dict."""
    model = get(name, where).params()
    try:
        return model.model_validate(params or {}).model_dump()
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")  # a validator's own message reads as written
        if loc[-1:] == ["[key]"]:  # a mapping's key, not its value: "top_n_grams: key 0: ..."
            loc, msg = loc[:-2], f"key {loc[-2]}: {msg}"
        key = ".".join(str(p) for p in loc)
        if err["type"] == "extra_forbidden" and len(err["loc"]) == 1:  # worded like a config's unknown key
            allowed = list(model.model_fields)
            msg = (f"unknown key{did_you_mean(key, allowed)}; allowed here: {', '.join(allowed)}" if allowed
                   else f"unknown key; step {name!r} takes no params")
        elif err["type"] not in ("value_error", "missing", "extra_forbidden") and "input" in err:
            msg = f"{msg} (got {err['input']!r})"
        raise ValueError(f"{where}.params.{key}: {msg}") from None


def build_step(name: str, params: dict[str, Any], audit: bool = False) -> Any:
    d = get(name)
    try:
        return d.build(d.params().model_validate(params), audit and name in CONTENT)
    except ValueError as exc:
        raise BrewError(str(exc)) from None
