"""Generation primitives: a loaded model with its tokenizer and stop tokens, chat rendering, batched generate.

Below training and inference on purpose: training's before/after samples, evaluation and the serving
engine all generate through these functions, so none of them imports another's code. A run's own model
(base + adapter + the tokenizer it trained with) is loaded by :func:`basementbrew.runs.load_run`.
Generation stops at the registry's end-of-turn token as well as the tokenizer's EOS, so a chat turn never
runs on into a hallucinated next user turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from basementbrew.config import ModelConfig, QuantizationConfig
from basementbrew.errors import BrewError
from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS
from basementbrew.models.loading import BaseWeights, base_weights, load_model, load_tokenizer, pick_device
from basementbrew.models.registry import ModelSpec, get_spec


@dataclass(frozen=True)
class PromptStyle:
    """What shapes a fine-tune's prompts besides its chat template: the system prompt it trained with (added
    to a conversation that has none, exactly as training added it to examples without one) and template
    options such as harmony's reasoning effort. A run's style comes from its config
    (:meth:`basementbrew.runs.RunDir.prompt_style`), so `generate`, `eval`, the server and the playground
    ask a run the way it was trained unless the caller brings its own system message."""

    system_prompt: str | None = None
    template_kwargs: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Any) -> PromptStyle:
        """From a :class:`~basementbrew.config.DataConfig`."""
        effort = getattr(data, "reasoning_effort", None)
        return cls(data.system_prompt, {"reasoning_effort": effort} if effort else {})

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> PromptStyle:
        """From a recorded ``prompting`` block (a run's run.json, a merged model's brew_merge.json)."""
        record = record or {}
        effort = record.get("reasoning_effort")
        return cls(record.get("system_prompt") or None, {"reasoning_effort": effort} if effort else {})

    def apply(self, messages: list[dict[str, str]]) -> list[dict[str, str]]:
        if self.system_prompt and not any(m.get("role") in {"system", "developer"} for m in messages):
            return [{"role": "system", "content": self.system_prompt}, *messages]
        return messages


@dataclass
class LoadedModel:
    """A model ready to generate: weights, tokenizer (with template), stop tokens, provenance."""

    model: Any
    tokenizer: Any
    spec: ModelSpec
    stop_token_ids: list[int]
    name: str
    run: Any = None  # the RunDir it came from, when it came from a run
    style: PromptStyle = field(default_factory=PromptStyle)
    weights: BaseWeights | None = None  # which weights were loaded (and what a merge put into them)


def stop_ids(tokenizer: Any, spec: ModelSpec) -> list[int]:
    """Token ids that end an assistant turn: the registry's end-of-turn token plus the tokenizer's EOS."""
    ids: list[int] = []
    for tok in (spec.end_of_turn, tokenizer.eos_token):
        if tok is None:
            continue
        tid = tokenizer.convert_tokens_to_ids(tok)
        if isinstance(tid, int) and tid != tokenizer.unk_token_id and tid not in ids:
            ids.append(tid)
    if not ids:
        raise BrewError(f"the tokenizer has no end-of-turn token {spec.end_of_turn!r}; generation would not stop")
    return ids


def load_base(model_cfg: ModelConfig, quant: QuantizationConfig | None = None, device: str = "auto",
              progress: Any = None) -> LoadedModel:
    """A registry model's weights with their tokenizer. A merged model folder (``basementbrew merge into-base``)
    brings the prompting its run trained with (system prompt, template options) from its recipe, so it is
    asked the way the run was, as :func:`basementbrew.runs.load_run` does for the run itself."""
    spec = get_spec(model_cfg.name)
    weights = base_weights(model_cfg)
    dev = pick_device(device)
    model, _ = load_model(spec, model_cfg, quant, dev, progress)
    tokenizer = load_tokenizer(weights.source, model_cfg.revision, progress)
    model.eval()
    return LoadedModel(model, tokenizer, spec, stop_ids(tokenizer, spec), name=spec.key,
                       style=PromptStyle.from_record(weights.prompting), weights=weights)


def render_chat(tokenizer: Any, messages: list[dict[str, str]], style: PromptStyle | None = None) -> str:
    """The prompt text for a conversation (in `style`), ending with the assistant header."""
    if not getattr(tokenizer, "chat_template", None):
        raise BrewError("this tokenizer has no chat template; use a run directory or an instruct model")
    style = style or PromptStyle()
    return tokenizer.apply_chat_template(style.apply(messages), tokenize=False, add_generation_prompt=True,
                                         **style.template_kwargs)


def generate_chat(
    lm: LoadedModel,
    conversations: list[list[dict[str, str]]],
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    temperature: float = 0.0,
    top_p: float = 1.0,
    seed: int | None = None,
) -> list[dict[str, Any]]:
    """Batched chat generation (left padding). Returns text, token counts and finish reason per item."""
    import torch

    tok = lm.tokenizer
    prompts = [render_chat(tok, conv, lm.style) for conv in conversations]
    side = tok.padding_side
    tok.padding_side = "left"
    try:
        enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(lm.model.device)
    finally:
        tok.padding_side = side
    if seed is not None:
        torch.manual_seed(seed)
    do_sample = temperature > 0
    extra: dict[str, Any] = {}
    if getattr(lm.model.config, "output_router_logits", False):
        # TRL turns router logits on for MoE training (load-balancing loss); during cached decoding the
        # aux-loss code in transformers mis-shapes against the full attention mask, and it is useless here.
        extra["output_router_logits"] = False
    with torch.no_grad():
        out = lm.model.generate(
            **enc,
            **extra,
            max_new_tokens=max_new_tokens,
            do_sample=do_sample,
            temperature=temperature if do_sample else None,
            top_p=top_p if do_sample else None,
            top_k=None,
            eos_token_id=lm.stop_token_ids,
            pad_token_id=tok.pad_token_id,
        )
    results = []
    width = enc["input_ids"].shape[1]
    for row in out:
        new = row[width:].tolist()
        finish = "length"
        for i, t in enumerate(new):
            if t in lm.stop_token_ids:
                new, finish = new[:i], "stop"
                break
        while new and new[-1] == tok.pad_token_id:
            new.pop()
        results.append({"text": tok.decode(new, skip_special_tokens=True).strip(),
                        "completion_tokens": len(new), "finish_reason": finish,
                        "prompt_tokens": int(enc["attention_mask"][len(results)].sum())})
    return results
