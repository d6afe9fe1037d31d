"""``synthesize``: documents → question/answer training records, from any OpenAI-compatible endpoint.

The default endpoint is this project's own ``basementbrew serve`` on 127.0.0.1:8000 (its guardrails apply
on the server side too); any server speaking ``/v1/chat/completions`` works (vLLM, llama.cpp, a hosted API,
key from the environment variable ``api_key_env``). For each document the ``template`` (``{text}`` is the
document, cut to ``max_chars``) is sent as one user message; the reply is parsed as ``Question: ...
Answer: ...`` (or, failing that, a first line ending in ``?`` followed by the answer). The document becomes
a ``messages`` record (user: question, assistant: answer) with ``metadata.synthesized_from`` = its id.

* **Bounded concurrency**: at most ``concurrency`` requests in flight per worker process.
* **Retries**: connection errors, 429 and 5xx are retried ``retries`` times with exponential back-off
  (``Retry-After`` honoured); a document whose requests all fail is dropped with ``synthesize_failed`` (its
  error in the exclusion shard), the build goes on. An endpoint unreachable at start is a clear error.
* **Cache**: replies are stored under ``BREW_HOME/cache/synthesize`` keyed by model, prompt and sampling
  settings, so a rerun (or a resumed build) does not pay twice; ``counts`` says ``cache_hit`` / ``requested``.
* **Safety**: the generated pair passes the ``pii`` step (masked) and the ``toxicity`` step (drop reason
  ``synthesized:<scanner reason>``): the same scanners as imports and the server.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from basementbrew.data.document import RECORD, Document, from_record
from basementbrew.data.steps.base import StepResult
from basementbrew.errors import BrewError
from basementbrew.limits import MAX_TEMPERATURE

DEFAULT_TEMPLATE = ("Read the text and write one question a reader could ask about it, then answer it from the "
                    "text.\nReply exactly in this format:\nQuestion: <the question>\nAnswer: <the answer>\n\n"
                    "Text:\n{text}")
ANSWER_TEMPLATE = ("Answer the question in one or two sentences, using the text.\n\nText:\n{text}\n\n"
                   "Question: {question}")
QA = re.compile(r"question\s*[:：]\s*(?P<q>.+?)\s*(?:answer\s*[:：]\s*(?P<a>.*))?$", re.I | re.S)


class SynthesizeParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    endpoint: str = Field("http://127.0.0.1:8000/v1", description="Base URL of an OpenAI-compatible API.")
    model: str | None = Field(None, description="Model name; None = the first one /models lists.")
    api_key_env: str = Field("BREW_API_KEY", description="Environment variable holding the API key, if any.")
    template: str = Field(DEFAULT_TEMPLATE, description="User message; {text} is the document.")
    answer_template: str = Field(ANSWER_TEMPLATE, description="Second request when a reply has a question but "
                                 "no answer (small models often stop after 'Answer:'); {text} and {question}.")
    max_chars: int = Field(2000, ge=50, le=100_000)
    max_tokens: int = Field(160, ge=8, le=4096)
    temperature: float = Field(0.0, ge=0.0, le=MAX_TEMPERATURE)
    concurrency: int = Field(4, ge=1, le=64)
    retries: int = Field(3, ge=0, le=10)
    timeout_s: float = Field(120.0, gt=0)
    cache: bool = True
    safety: bool = Field(True, description="Run the pii and toxicity steps on the generated pair.")


def parse_pair(reply: str) -> tuple[str, str]:
    """(question, answer) from a reply; either may be empty when the model left it out."""
    m = QA.search(reply.strip())
    if m:
        return m.group("q").strip(), (m.group("a") or "").strip()
    lines = [ln.strip() for ln in reply.strip().splitlines() if ln.strip()]
    for i, ln in enumerate(lines):
        if ln.endswith("?"):
            return ln, "\n".join(lines[i + 1:])
    return "", ""


class SynthesizeStep:
    name = "synthesize"
    content = False

    def __init__(self, p: SynthesizeParams, *, audit: bool = False) -> None:
        import httpx

        if "{text}" not in p.template:
            raise BrewError("steps synthesize: params.template must contain {text} (where the document goes)")
        self.p, self.httpx = p, httpx
        key = os.environ.get(p.api_key_env, "")
        self.headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.base = p.endpoint.rstrip("/")
        self.client = httpx.Client(timeout=p.timeout_s, headers=self.headers)
        self.model = p.model or self._first_model()
        self.safety: list[Any] = []
        if p.safety:
            from basementbrew.data.steps.safety import PIIStep, ToxicityStep

            self.safety = [PIIStep(audit=audit), ToxicityStep(audit=audit)]
        from basementbrew.workspace import sub

        self.cache_dir = sub("cache") / "synthesize"

    def _first_model(self) -> str:
        try:
            r = self.client.get(f"{self.base}/models", timeout=10)
        except self.httpx.HTTPError as exc:
            raise BrewError(f"steps synthesize: endpoint {self.base} is unreachable ({type(exc).__name__}); "
                            "start it (basementbrew serve) or set params.endpoint") from None
        if r.status_code in (401, 403):
            raise BrewError(f"steps synthesize: {self.base} refused the key ({r.status_code}); set "
                            f"{self.p.api_key_env} or params.api_key_env")
        if r.status_code != 200 or not r.json().get("data"):
            raise BrewError(f"steps synthesize: {self.base}/models answered {r.status_code} without models; "
                            "set params.model")
        return str(r.json()["data"][0]["id"])

    def _key(self, prompt: str) -> str:
        body = json.dumps([self.model, prompt, self.p.max_tokens, self.p.temperature])
        return hashlib.sha256(body.encode()).hexdigest()

    def _complete(self, prompt: str) -> tuple[str | None, str, bool]:
        """(reply or None, error, from cache)."""
        key = self._key(prompt)
        path = self.cache_dir / key[:2] / f"{key}.json"
        if self.p.cache and path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))["reply"], "", True
        body = {"model": self.model, "messages": [{"role": "user", "content": prompt}],
                "max_tokens": self.p.max_tokens, "temperature": self.p.temperature}
        error = ""
        for attempt in range(self.p.retries + 1):
            try:
                r = self.client.post(f"{self.base}/chat/completions", json=body)
                if r.status_code == 200:
                    reply = r.json()["choices"][0]["message"]["content"] or ""
                    if self.p.cache:
                        from basementbrew.workspace import atomic_write_text

                        path.parent.mkdir(parents=True, exist_ok=True)
                        atomic_write_text(path, json.dumps({"model": self.model, "reply": reply}))
                    return reply, "", False
                error = f"HTTP {r.status_code}: {r.text[:200]}"
                if r.status_code not in (408, 429) and r.status_code < 500:
                    return None, error, False  # a 4xx is not going to change on retry
                wait = float(r.headers.get("retry-after", 0) or 0)
            except self.httpx.HTTPError as exc:
                error, wait = f"{type(exc).__name__}: {exc}", 0.0
            if attempt < self.p.retries:
                time.sleep(max(wait, 0.5 * 2 ** attempt))
        return None, error, False

    def _one(self, doc: Document) -> StepResult:
        prompt = self.p.template.replace("{text}", doc.text[: self.p.max_chars])
        reply, error, cached = self._complete(prompt)
        counts = {"cache_hit" if cached else "requested": 1}
        if reply is None:
            return StepResult(_with_error(doc, error), keep=False, reason="synthesize_failed", counts=counts)
        question, answer = parse_pair(reply)
        if question and not answer:
            second = self.p.answer_template.replace("{text}", doc.text[: self.p.max_chars])
            answer, error, cached = self._complete(second.replace("{question}", question))
            counts["cache_hit" if cached else "requested"] = counts.get("cache_hit" if cached else "requested", 0) + 1
            answer = (answer or "").strip()
            if answer.lower().startswith("answer:"):
                answer = answer[7:].strip()
        if not question or not answer:
            return StepResult(_with_error(doc, reply[:500]), keep=False, reason="synthesize_unparsed", counts=counts)
        pair = (question, answer)
        record = {"messages": [{"role": "user", "content": pair[0]}, {"role": "assistant", "content": pair[1]}]}
        made = from_record(record, source=doc.source, index=0)
        meta = {k: v for k, v in doc.metadata.items() if k != RECORD}
        new = Document(f"{doc.id}#qa", made.text, doc.source, doc.url,
                       {**meta, RECORD: made.metadata[RECORD], "synthesized_from": doc.id, "synth_model": self.model})
        for step in self.safety:
            res = step(new)
            if not res.keep:
                return StepResult(res.doc, keep=False, reason=f"synthesized:{res.reason}", counts=counts)
            if res.modified:
                counts = {**counts, **{k: v for k, v in res.counts.items()}}
            new = res.doc
        return StepResult(new, modified=True, reason="synthesized", counts=counts)

    def batch(self, docs: Sequence[Document]) -> list[StepResult]:
        with ThreadPoolExecutor(self.p.concurrency) as pool:
            return list(pool.map(self._one, docs))

    def __call__(self, doc: Document) -> StepResult:
        return self._one(doc)


def _with_error(doc: Document, error: str) -> Document:
    return Document(doc.id, doc.text, doc.source, doc.url, {**doc.metadata, "synthesize_error": error})
