"""The running batch of the continuous-batching engine: KV cache surgery, sampling, incremental decode.

Kept apart from :mod:`basementbrew.inference.engine` (queueing, adapters, threads) because this is the
part with tensor invariants. The invariants:

* every row's *last sampled token is not yet in the cache*; a decode step feeds exactly that token;
* the cache and the 2-D attention mask are left-padded: a row's real tokens are the 1s in its mask row,
  and its next position id is the count of those 1s (RoPE positions stay right after splicing);
* merging two batches left-pads the shorter one with zeros (masked out), removing rows selects along the
  batch dimension, and columns that no live row attends to are trimmed from the left.

Sampling is per row and a row's failure is that row's alone: temperatures below ``GREEDY_BELOW`` decode
greedily (``logits / 1e-40`` overflows to inf and softmax then gives NaN), the softmax is taken of
``(logits - max) / T``, and if a row still cannot be sampled (NaN logits) only that row ends with an error;
the other requests sharing the forward pass carry on.
"""

from __future__ import annotations

from typing import Any

from basementbrew.inference.requests import GREEDY_BELOW, Event, Handle, SamplingParams, ServedModel


class Row:
    """One sequence in the batch: its tokens so far, its sampler, its incremental text decoder."""

    def __init__(self, handle: Handle, model: ServedModel, prompt_ids: list[int], params: SamplingParams) -> None:
        import torch

        self.handle, self.model, self.prompt_ids, self.params = handle, model, prompt_ids, params
        self.tokens: list[int] = []
        self.emitted = 0  # characters of decoded text already sent
        self.finish: str | None = None
        self.text = ""
        self.generator = torch.Generator()
        if params.seed is not None:
            self.generator.manual_seed(params.seed)
        else:
            self.generator.seed()
        self._max_stop = max((len(s) for s in params.stop), default=0)

    def accept(self, token: int) -> None:
        """Append a sampled token, stream the newly safe text, and decide whether the row is finished."""
        if self.handle.cancelled.is_set():  # the consumer left: end the row, report what it cost
            self.finish = "cancelled"
            self.handle._push(Event(done=True, finish_reason="cancelled", text=self.text,
                                    prompt_tokens=len(self.prompt_ids), completion_tokens=len(self.tokens)))
            return
        if token in self.model.stop_token_ids:
            self.finish = "stop"
        else:
            self.tokens.append(token)
        text = self.model.tokenizer.decode(self.tokens, skip_special_tokens=True)
        hold = 0
        if self.params.stop:
            start = max(0, self.emitted - self._max_stop)
            hits = [i for s in self.params.stop if (i := text.find(s, start)) >= 0]
            if hits:
                text, self.finish = text[: min(hits)], "stop"
            elif self.finish is None:
                hold = max((k for s in self.params.stop for k in range(1, len(s)) if text.endswith(s[:k])), default=0)
        if self.finish is None and len(self.tokens) >= self.params.max_tokens:
            self.finish = "length"
            if text.endswith("\ufffd"):  # the cut fell inside a multi-byte character: drop its first bytes
                text = text[:-1]  # (a partial UTF-8 sequence decodes to exactly one U+FFFD)
        if self.finish is None and text.endswith("\ufffd"):
            hold = max(hold, 1)  # half of a multi-byte character: wait for the rest
        self.text = text
        safe = len(text) if self.finish else len(text) - hold
        if safe > self.emitted:
            self.handle._push(Event(delta=text[self.emitted : safe]))
            self.emitted = safe
        if self.finish:
            self.handle._push(
                Event(
                    done=True,
                    finish_reason=self.finish,
                    text=text,
                    prompt_tokens=len(self.prompt_ids),
                    completion_tokens=len(self.tokens),
                )
            )

    def fail(self, message: str) -> None:
        self.finish = "error"
        self.handle._push(
            Event(
                done=True,
                finish_reason="error",
                error=message,
                text=self.text,
                prompt_tokens=len(self.prompt_ids),
                completion_tokens=len(self.tokens),
            )
        )


def sample_next(logits: Any, rows: list[Row]) -> list[int | str]:
    """Per-row next tokens: argmax below ``GREEDY_BELOW``, else temperature + nucleus sampling (row RNG).

    A row that cannot be sampled gets an error message in place of its token.
    """
    import torch

    logits = logits.float()
    out: list[int | str] = logits.argmax(dim=-1).tolist()
    for i, row in enumerate(rows):
        p = row.params
        if p.temperature < GREEDY_BELOW:
            continue
        try:
            probs = torch.softmax((logits[i] - logits[i].max()) / p.temperature, dim=-1)
            if p.top_p < 1.0:
                sorted_p, idx = probs.sort(descending=True)
                keep = sorted_p.cumsum(0) - sorted_p < p.top_p  # always keeps the most likely token
                probs = torch.zeros_like(probs).scatter(0, idx[keep], sorted_p[keep])
            out[i] = int(torch.multinomial(probs, 1, generator=row.generator))
        except RuntimeError as exc:  # e.g. NaN/inf probabilities: fail this row, not the batch
            out[i] = f"sampling failed (temperature={p.temperature:g}): {exc}"
    return out


def _deliver(rows: list[Row], picks: list[int | str]) -> None:
    for row, pick in zip(rows, picks, strict=True):
        if isinstance(pick, str):
            row.fail(pick)
        else:
            row.accept(pick)


class BatchState:
    """Live rows with their shared left-padded KV cache and attention mask."""

    def __init__(self, rows: list[Row], cache: Any, mask: Any) -> None:
        self.rows, self.cache, self.mask = rows, cache, mask

    @classmethod
    def prefill(cls, model: Any, rows: list[Row], adapter_kw: dict[str, Any], pad_id: int) -> BatchState:
        """Run the prompts of newly admitted rows as one left-padded batch and sample their first tokens."""
        import torch

        width = max(len(r.prompt_ids) for r in rows)
        ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, width - len(r.prompt_ids) :] = torch.tensor(r.prompt_ids)
            mask[i, width - len(r.prompt_ids) :] = 1
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        device = model.device
        out = model(
            input_ids=ids.to(device),
            attention_mask=mask.to(device),
            position_ids=positions.to(device),
            use_cache=True,
            logits_to_keep=1,
            **adapter_kw,
        )
        state = cls(rows, out.cache, mask.to(device))
        _deliver(rows, sample_next(out.logits[:, -1, :], rows))
        return state

    def step(self, model: Any, adapter_kw: dict[str, Any]) -> None:
        """One decode step for every live row."""
        import torch

        device = self.mask.device
        last = torch.tensor([[r.tokens[-1]] for r in self.rows], dtype=torch.long, device=device)
        positions = self.mask.sum(-1, keepdim=True)
        self.mask = torch.cat([self.mask, torch.ones_like(last)], dim=-1)
        out = model(
            input_ids=last,
            attention_mask=self.mask,
            position_ids=positions,
            cache=self.cache,
            use_cache=True,
            logits_to_keep=1,
            **adapter_kw,
        )
        self.cache = out.cache
        _deliver(self.rows, sample_next(out.logits[:, -1, :], self.rows))

    def finish_rows(self) -> None:
        """Drop finished rows from the cache and mask, then trim columns nobody attends to."""
        import torch

        keep = [i for i, r in enumerate(self.rows) if r.finish is None]
        if len(keep) == len(self.rows):
            return
        self.rows = [self.rows[i] for i in keep]
        if not keep:
            self.cache = self.mask = None
            return
        index = torch.tensor(keep, device=self.mask.device)
        self.mask = self.mask[index]
        used = self.mask.any(0).nonzero()
        first = int(used[0]) if len(used) else 0
        self.mask = self.mask[:, first:]
        for layer in self.cache.layers:
            layer.keys = layer.keys[index, :, first:, :]
            layer.values = layer.values[index, :, first:, :]

    @staticmethod
    def merge(a: BatchState | None, b: BatchState | None) -> BatchState | None:
        """One batch holding the rows of both, cache and mask left-padded to a common length."""
        import torch
        import torch.nn.functional as F

        if a is None or not a.rows:
            return b if b is not None and b.rows else None
        if b is None or not b.rows:
            return a
        width = max(a.mask.shape[1], b.mask.shape[1])

        def pad(t: Any, dim_from_end: int) -> Any:
            extra = width - t.shape[-dim_from_end]
            if extra == 0:
                return t
            spec = [0, 0] * (dim_from_end - 1) + [extra, 0]
            return F.pad(t, spec)

        mask = torch.cat([pad(a.mask, 1), pad(b.mask, 1)], dim=0)
        for la, lb in zip(a.cache.layers, b.cache.layers, strict=True):
            la.keys = torch.cat([pad(la.keys, 2), pad(lb.keys, 2)], dim=0)
            la.values = torch.cat([pad(la.values, 2), pad(lb.values, 2)], dim=0)
        return BatchState(a.rows + b.rows, a.cache, mask)
