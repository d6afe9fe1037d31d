"""The serving engine: one shared base model, several named LoRA adapters, continuous batching, streaming.

Why not one ``model.generate`` per request: on a CPU (or one GPU) a 135M-8B model is memory-bound, so a
decode step for 16 sequences costs little more than for one. A worker thread therefore keeps one running
batch: new requests are prefilled as a group and spliced into the running batch's KV cache (left-padded),
every step decodes all live rows in one forward pass, and finished rows leave at once. Rows may use
different adapters in the same forward (PEFT mixed-adapter batches, ``adapter_names=[...]``) and different
sampling settings (per-row temperature / top-p / seeded generator). Adapters PEFT cannot mix in one
forward (``ParamWrapper`` LoRA on fused MoE experts, e.g. a gpt-oss run) are served one adapter at a time:
the running batch holds rows of one adapter, selected with ``set_adapter`` / ``disable_adapter``, and
requests for another adapter wait (at most ``max_batch`` of them outside the queue) until it drains.

Adapters can be added while the worker runs (a run that finished after the server started, see
:meth:`Engine.add_adapter`): attaching one changes the model's modules in place, so it happens under
``_model_lock``, which the worker holds for every prefill and decode step.

Requests enter through a bounded queue (:class:`QueueFull` when it is full, so the server can answer 429
instead of piling up work). Each request gets a :class:`Handle` whose events (text deltas, then one final
event) can be consumed from asyncio (``async for``, never blocking the event loop) or from plain threads.
Text is decoded incrementally per sequence; stop strings are honoured across token boundaries.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from basementbrew.errors import BrewError, QueueFull
from basementbrew.inference.requests import (
    BASE_ADAPTER,
    GREEDY_BELOW,
    Event,
    Handle,
    SamplingParams,
    ServedModel,
    fit_context,
)
from basementbrew.models.generation import LoadedModel, PromptStyle, stop_ids

if TYPE_CHECKING:
    from basementbrew.inference.batch_state import BatchState, Row

@dataclass
class _Pending:
    handle: Handle
    model: ServedModel
    prompt_ids: list[int]
    params: SamplingParams


class Engine:
    """Base model + adapters behind a continuous-batching worker thread."""

    def __init__(self, base: LoadedModel, max_batch: int = 16, max_queue: int = 64, gather_ms: float = 5.0) -> None:
        self.base = base
        self.model = base.model
        self.max_batch = max_batch
        self.max_queue = max_queue
        self.gather_s = gather_ms / 1000
        self.context_length = base.spec.context_length
        self.models: dict[str, ServedModel] = {  # the base keeps its own style (a merged folder: its run's)
            base.name: ServedModel(base.name, base.tokenizer, base.stop_token_ids, BASE_ADAPTER, "base",
                                   style=base.style)
        }
        self._queue: queue.Queue[_Pending] = queue.Queue(maxsize=max_queue)
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.active = 0  # rows in the running batch (a metric; the worker schedules from its live state)
        self.tokens_generated = 0
        self.mixed_adapters = True  # False once an adapter PEFT cannot mix per row is loaded
        self._deferred: collections.deque[_Pending] = collections.deque()  # worker-only: other adapters
        self._model_lock = threading.RLock()  # held by the worker per step and by add_adapter while attaching

    # ---- set-up ----
    def add_adapter(self, name: str, path: str | Path) -> ServedModel:
        """Serve a LoRA adapter (a run directory, one of its checkpoints, or a PEFT folder) under `name`, on
        the shared base; safe while requests are being generated.

        A run directory (or a checkpoint inside one) is checked against this engine's base and brings its own
        tokenizer (chat template) and prompt style; the adapter is attached by
        :func:`basementbrew.models.adapters.attach_adapter`, the one loader."""
        from peft.tuners.lora import ParamWrapper

        from basementbrew.models.adapters import attach_adapter, check_adapter_dir, load_saved_tokenizer
        from basementbrew.runs import RunDir, is_run_dir, run_of_checkpoint

        if name in self.models or name == BASE_ADAPTER:
            raise BrewError(f"adapter name {name!r} is already served; pick another NAME in --adapter NAME=PATH")
        path = Path(path)
        adapter_dir, tokenizer, style = path, self.base.tokenizer, PromptStyle()
        run = RunDir(path) if is_run_dir(path) else run_of_checkpoint(path)
        if run is not None:  # a run (or its checkpoint): check the base and use its own tokenizer
            cfg = run.load_config()
            if cfg.model.name != self.base.spec.key:
                raise BrewError(
                    f"run {run.name} fine-tuned {cfg.model.name}, but this server's base is "
                    f"{self.base.spec.key}; serve it with --run {run.name} instead"
                )
            inside = self.weights.merged_runs if self.weights is not None else []
            if run.name in inside:
                raise BrewError(
                    f"run {run.name} is already merged into the weights this server serves "
                    f"({self.weights.describe()}); attaching its adapter would apply it twice: ask for the base "
                    f"model {self.base.name!r}, or serve the stock base with --adapter {run.name}={run.name}"
                )
            adapter_dir, style = (run.adapter if run.path == path else path), run.prompt_style()
            own = next((d for d in (path, run.tokenizer) if (d / "tokenizer_config.json").is_file()), None)
            if own is not None:  # a checkpoint carries the trainer's tokenizer; the run's is written at the end
                tokenizer = load_saved_tokenizer(own)
        check_adapter_dir(adapter_dir)
        with self._model_lock:
            if name in self.models:  # two requests raced to hot-load the same run
                return self.models[name]
            self.model = attach_adapter(self.model, adapter_dir, name)
            self.model.eval()
            if any(isinstance(m, ParamWrapper) for m in self.model.modules()):
                self.mixed_adapters = False  # PEFT: "does not support mixed adapter batches"
            served = ServedModel(name, tokenizer, stop_ids(tokenizer, self.base.spec), name, str(path), style=style)
            self.models[name] = served
        return served

    @property
    def weights(self) -> Any:
        """The base's :class:`~basementbrew.models.loading.BaseWeights` (None when built from a bare model)."""
        return self.base.weights

    def get(self, name: str | None) -> ServedModel:
        if name is None:
            return self.models[self.base.name]
        if name not in self.models:
            raise KeyError(name)
        return self.models[name]

    # ---- lifecycle ----
    def start(self) -> Engine:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="brew-engine", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    @property
    def queue_depth(self) -> int:
        return self._queue.qsize() + len(self._deferred)

    # ---- requests ----
    def submit(
        self,
        model: ServedModel,
        prompt: str | list[int],
        params: SamplingParams,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> Handle:
        """Queue one generation; QueueFull when full, BrewError if prompt + max_tokens exceed context."""
        ids = prompt if isinstance(prompt, list) else model.tokenizer(prompt, add_special_tokens=False)["input_ids"]
        if not ids:
            raise BrewError("the prompt is empty after tokenization; send some text")
        params = fit_context(len(ids), params, self.context_length)
        handle = Handle(next(self._ids), loop)
        try:
            self._queue.put_nowait(_Pending(handle, model, list(ids), params))
        except queue.Full:
            raise QueueFull(self._queue.qsize()) from None
        return handle

    def generate(self, model: ServedModel, prompt: str | list[int], params: SamplingParams) -> Event:
        """Blocking convenience for scripts and the in-process playground."""
        return self.submit(model, prompt, params).result()

    # ---- the worker ----
    def _run(self) -> None:
        import torch

        state: BatchState | None = None
        with torch.inference_mode():
            while not self._stop.is_set():
                live = state.rows if state is not None else []
                fresh = self._take(block=not live and not self._deferred, live=live)
                if fresh:
                    state = self._admit(state, fresh)
                if state is None or not state.rows:
                    state, self.active = None, 0
                    continue
                try:
                    with self._model_lock, self._adapter_scope(state.rows):
                        state.step(self.model, self._adapter_kw(state.rows))
                except Exception as exc:  # a failed forward must not hang every client
                    for row in state.rows:
                        row.fail(f"generation failed: {exc}")
                    state, self.active = None, 0
                    continue
                self.tokens_generated += len(state.rows)
                state.finish_rows()
                self.active = len(state.rows)
        for pending in self._deferred:
            pending.handle._push(Event(done=True, finish_reason="error", error="the server is shutting down"))
        self._deferred.clear()
        if state is not None:
            for row in state.rows:
                row.fail("the server is shutting down")

    def _take(self, block: bool, live: list[Row]) -> list[_Pending]:
        """New requests for the running batch, as many as it has room for (room from its live rows)."""
        room = self.max_batch - len(live)
        if room <= 0:
            return []
        if not self.mixed_adapters:
            return self._take_one_adapter(block, live, room)
        return self._take_queued(block, room)

    def _take_one_adapter(self, block: bool, live: list[Row], room: int) -> list[_Pending]:
        """Single-adapter batching: admit only the running batch's adapter; others wait, oldest first."""
        pool = self._live(self._deferred)
        self._deferred.clear()
        if live and pool:  # someone waits for another adapter: let this batch drain, admit nobody
            self._deferred.extend(pool)
            return []
        pool += self._take_queued(block and not pool, max(room - len(pool), 0))
        adapter = live[0].model.adapter if live else (pool[0].model.adapter if pool else None)
        out = [p for p in pool if p.model.adapter == adapter][:room]
        self._deferred.extend(p for p in pool if p not in out)
        return out

    def _take_queued(self, block: bool, room: int) -> list[_Pending]:
        out: list[_Pending] = []
        if room <= 0:
            return out
        if block:
            try:
                out.append(self._queue.get(timeout=0.1))
            except queue.Empty:
                return out
            deadline = time.perf_counter() + self.gather_s  # let simultaneous arrivals share one prefill
            while len(out) < room and time.perf_counter() < deadline:
                try:
                    out.append(self._queue.get(timeout=max(deadline - time.perf_counter(), 0)))
                except queue.Empty:
                    break
        while len(out) < room:
            try:
                out.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return self._live(out)

    @staticmethod
    def _live(pending: list[_Pending]) -> list[_Pending]:
        """Drop requests cancelled while they waited; each still gets its final (cancelled) event."""
        for p in pending:
            if p.handle.cancelled.is_set():
                p.handle._push(Event(done=True, finish_reason="cancelled", prompt_tokens=len(p.prompt_ids)))
        return [p for p in pending if not p.handle.cancelled.is_set()]

    def _admit(self, state: BatchState | None, fresh: list[_Pending]) -> BatchState | None:
        from basementbrew.inference.batch_state import BatchState, Row

        rows = [Row(p.handle, p.model, p.prompt_ids, p.params) for p in fresh]
        try:
            with self._model_lock, self._adapter_scope(rows):
                group = BatchState.prefill(
                    self.model, rows, self._adapter_kw(rows), self.base.tokenizer.pad_token_id
                )
        except Exception as exc:
            for row in rows:
                row.fail(f"prefill failed: {exc}")
            return state
        group.finish_rows()
        merged = BatchState.merge(state, group)
        self.active = len(merged.rows) if merged else 0
        return merged

    def _adapter_kw(self, rows: list[Row]) -> dict[str, Any]:
        if len(self.models) == 1 or not self.mixed_adapters:
            return {}
        return {"adapter_names": [r.model.adapter for r in rows]}

    def _adapter_scope(self, rows: list[Row]) -> contextlib.AbstractContextManager[Any]:
        """Single-adapter batching: make the batch's one adapter (or none, for the base) the active one."""
        if self.mixed_adapters or len(self.models) == 1:
            return contextlib.nullcontext()
        adapter = rows[0].model.adapter
        if adapter == BASE_ADAPTER:
            return self.model.disable_adapter()
        self.model.set_adapter(adapter, inference_mode=True)
        return contextlib.nullcontext()


__all__ = ["BASE_ADAPTER", "GREEDY_BELOW", "Engine", "Event", "Handle", "QueueFull", "SamplingParams", "ServedModel"]
