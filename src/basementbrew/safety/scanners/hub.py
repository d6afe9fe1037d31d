"""Model-based scanners for when weights are on disk: Llama Guard (a safety LLM) and a hub text classifier.

Never downloaded at first use (the guardrails must work offline): the folder comes from an environment
variable or a fixed place in the workspace model cache, and a missing folder is a :class:`BrewError` that
says where to put the weights. Loading is plain transformers (``local_files_only=True``).

- ``llama_guard``: ``meta-llama/Llama-Guard-3-1B`` (or 8B) in ``$BREW_LLAMA_GUARD_PATH`` or
  ``<model cache>/llama-guard-3``. The tokenizer's own chat template builds the moderation prompt; the
  model answers ``safe`` or ``unsafe\\nS1,S10`` and the first category becomes the verdict's category.
- ``hub_toxicity``: any ``AutoModelForSequenceClassification`` toxicity model (e.g.
  ``unitary/toxic-bert``) in ``$BREW_TOXICITY_MODEL_PATH`` or ``<model cache>/toxicity-classifier``.
  Labels whose name says benign (``neutral``, ``non-toxic``, ``safe``, ``LABEL_0`` ...) count as safe; the
  score is the highest probability of any other label (sigmoid for multi-label models).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.safety.scanners.base import CATEGORIES, Verdict, ok
from basementbrew.workspace import model_cache

SAFE_LABELS = {"neutral", "non-toxic", "non_toxic", "nontoxic", "not_toxic", "safe", "benign", "ok", "label_0",
               "normal", "clean", "none"}  # fmt: skip
THRESHOLD = 0.5


def _folder(env: str, default: str, what: str) -> Path:
    path = Path(os.environ[env]).expanduser() if os.environ.get(env) else model_cache() / default
    if not (path / "config.json").is_file():
        raise BrewError(f"{what} weights not found in {path} (no config.json). Download them once with "
                        f"`huggingface-cli download <repo> --local-dir {path}` or set {env} to a local folder; "
                        f"the offline scanners (toxicity, injection) need no download")
    return path


def parse_llama_guard(answer: str) -> tuple[bool, str | None]:
    """``safe`` -> (True, None); ``unsafe\\nS1,S10`` -> (False, "S1: Violent Crimes")."""
    text = answer.strip().lower()
    if text.startswith("safe"):
        return True, None
    codes = re.findall(r"s(\d{1,2})", text.split("unsafe", 1)[-1])
    return False, CATEGORIES.get(f"S{codes[0]}") if codes else None


class LlamaGuardScanner:
    """Llama Guard 3 through transformers; slow on CPU (one short generation per text)."""

    name = "llama_guard"

    def __init__(self, path: str | Path | None = None) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        folder = Path(path) if path else _folder("BREW_LLAMA_GUARD_PATH", "llama-guard-3", "Llama Guard")
        self.tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype="auto").eval()
        self._lock = threading.Lock()

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict:
        import torch

        chat = [{"role": "user", "content": text}] if role == "user" else [
            {"role": "user", "content": (context or {}).get("prompt", "")}, {"role": "assistant", "content": text}]
        ids = self.tokenizer.apply_chat_template(chat, return_tensors="pt", add_generation_prompt=True,
                                                 return_dict=True)
        with self._lock, torch.no_grad():
            out = self.model.generate(**ids, max_new_tokens=12, do_sample=False,
                                      pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id)
        answer = self.tokenizer.decode(out[0, ids["input_ids"].shape[1] :], skip_special_tokens=True)
        safe, category = parse_llama_guard(answer)
        return ok(self.name) if safe else Verdict(self.name, False, "llama_guard_unsafe", 1.0, category)


class HubToxicityScanner:
    """A sequence-classification toxicity model from a local folder."""

    name = "hub_toxicity"

    def __init__(self, path: str | Path | None = None, threshold: float = THRESHOLD) -> None:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        folder = Path(path) if path else _folder("BREW_TOXICITY_MODEL_PATH", "toxicity-classifier",
                                                 "Hub toxicity classifier")
        self.tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        self.model = AutoModelForSequenceClassification.from_pretrained(folder, local_files_only=True).eval()
        self.threshold = threshold
        labels = self.model.config.id2label
        self.unsafe = [i for i, lab in labels.items() if str(lab).lower() not in SAFE_LABELS]
        self.labels = labels

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict:
        import torch

        enc = self.tokenizer(text, return_tensors="pt", truncation=True, max_length=512)
        with torch.no_grad():
            logits = self.model(**enc).logits[0]
        multi = self.model.config.problem_type == "multi_label_classification" or len(self.labels) == 1
        probs = torch.sigmoid(logits) if multi else torch.softmax(logits, dim=-1)
        idx = max(self.unsafe, key=lambda i: float(probs[i]))
        score = float(probs[idx])
        if score < self.threshold:
            return ok(self.name, score)
        reason = re.sub(r"\W+", "_", str(self.labels[idx]).lower()).strip("_") or "toxic"
        category = CATEGORIES["S10"] if "hate" in reason or "identity" in reason else None
        return Verdict(self.name, False, reason if reason.startswith("toxic") else f"toxic_{reason}", score, category)
