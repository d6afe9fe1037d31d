"""Latency of the offline guardrail chains on CPU, in ms per 1,000 characters (prints; asserts nothing).

    OMP_NUM_THREADS=1 python benchmarks/safety_latency.py

Texts are the shipped evaluation rows joined into ~1,000-character probes; each chain (input: injection,
harmful, toxicity, pii; output: sanitize, toxicity, pii) runs over every probe REPEATS times. Target
(issue 11): the whole input chain at most 25 ms p50 per 1,000 characters on 2 cores, scanners loaded once
per process adding at most 150 MB RSS, measured over a stand-in for `basementbrew serve` with its default
native engine (torch, transformers' modeling code and a small causal LM loaded and generating: the harmful
scanner's intent encoder runs on the same libraries), once after loading and again after every probe was
scanned; what those libraries cost, and what the scanners add over bare imports, is printed too.
Also prints the input chain on probes in German, French, Spanish, Italian and Portuguese, by default and
with the opt-in ``harmful_multilingual`` scanner (and the RSS that adds), each scanner alone, the streaming
guard (5-character deltas) per 1,000 streamed characters, and the input chain's cost as a ratio of the
previous default chain (injection, toxicity, pii) measured in the same run, the RSS after the intent encoder's
forwards at every window length and batch size a busy server reaches, the input chain on pasted documents (README
pieces of installed packages and standard-library code, ``scripts/safety_eval_documents.py``'s); last, short
chat messages (the shipped sets' texts under 300 characters) in ms per message, by the default input chain and
with the opt-in ``injection_reader`` in place of ``injection`` (it runs an encoder forward on short English text).
BLAS threads are pinned to one (the box is shared; see FIELD-NOTES).
"""

from __future__ import annotations

import json
import os
import sys
import time
from importlib import resources
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
import psutil

from basementbrew.config import SafetyConfig
from basementbrew.safety.batcher import MAX_BATCH, batch_cap
from basementbrew.safety.guardrails import Guardrails
from basementbrew.safety.intent import MAX_TOKENS, intent_encoder
from basementbrew.safety.linear import clear_caches
from basementbrew.safety.registry import OFFLINE, get_scanner

REPEATS = 5
PROBE = 1000


ENGLISH = ("toxicity", "injection", "harmful", "pii", "sanitize")
# text the English intent encoder cannot read: the opt-in harmful_multilingual scanner reads it with a second
# model (safety/polyglot.py)
FOREIGN = ("harmful_multilingual", "harmful_multilingual_fresh")


def texts_of(names: tuple[str, ...]) -> list[str]:
    """Every text of the shipped evaluation sets ``names``, in file order."""
    folder = resources.files("basementbrew.safety") / "evalsets"
    return [json.loads(line)["text"] for name in names
            for line in (folder / f"{name}.jsonl").read_text().splitlines()]


def probes(names: tuple[str, ...] = ENGLISH) -> list[str]:
    out, buf = [], ""
    for text in texts_of(names):
        buf += text + "\n"
        if len(buf) >= PROBE:
            out.append(buf)
            buf = ""
    return out


def cold_ms(fn, text: str, repeats: int = REPEATS) -> float:
    """Mean ms of ``fn(text)`` over ``repeats`` cold calls, after one warm-up call: the per-text caches are cleared
    before each timed call (a chain shares work within it)."""
    fn(text)
    ms = 0.0
    for _ in range(repeats):
        clear_caches()
        start = time.perf_counter()
        fn(text)
        ms += (time.perf_counter() - start) * 1000
    return ms / repeats


def per_k(fn, texts: list[str]) -> tuple[float, float]:
    """p50 / p99 of :func:`cold_ms` per 1,000 characters."""
    times = [cold_ms(fn, t) * PROBE / len(t) for t in texts]
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


def stream(guard: Guardrails, text: str) -> None:
    sg = guard.stream()
    for i in range(0, len(text), 5):
        sg.feed(text[i : i + 5])
    sg.finish()


def serving_process() -> None:
    """What `basementbrew serve` (native engine, the default) holds before a guardrail runs: torch and
    transformers' modeling code imported and a causal LM loaded and generating. A tiny Llama from the real
    config class stands in for the served model (its weights are the model's cost, not the scanners')."""
    import torch
    from transformers import AutoModelForCausalLM, LlamaConfig

    config = LlamaConfig(vocab_size=1000, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2)
    model = AutoModelForCausalLM.from_config(config).eval()
    with torch.inference_mode():
        model.generate(torch.tensor([[1, 2, 3]]), max_new_tokens=4, do_sample=False)


def main() -> None:
    texts = probes()
    rss = lambda: psutil.Process().memory_info().rss  # noqa: E731
    rss_bare = rss()
    import torch  # the intent encoder's runtime, which a serving process has loaded for its model
    import transformers  # noqa: F401

    rss_import = rss()
    serving_process()
    rss0 = rss()
    start = time.perf_counter()
    for n in OFFLINE:
        get_scanner(n)
    Guardrails.from_config(SafetyConfig()).check_input(texts[0])  # anything loaded lazily is loaded now
    load_s = time.perf_counter() - start
    added = (rss() - rss0) / 2**20
    print(f"loading {', '.join(OFFLINE)}: {load_s:.2f} s, +{added:.0f} MB RSS in a serving process (torch, "
          f"transformers' modeling code and a generating model already there, as in `basementbrew serve`; "
          f"target <= 150 MB, once per process)")
    print(f"  for reference: importing torch + transformers cost +{(rss_import - rss_bare) / 2**20:.0f} MB, loading "
          f"and running a causal LM with them +{(rss0 - rss_import) / 2**20:.0f} MB more (transformers' modeling "
          f"imports, SciPy among them); in a process that had only imported torch + transformers the scanners "
          f"would add about +{(rss() - rss_import) / 2**20:.0f} MB")
    guard = Guardrails.from_config(SafetyConfig())
    previous = Guardrails(["injection", "toxicity", "pii"], [])
    rows = [(f"scanner {n}", (lambda s: lambda t: s.scan(t))(get_scanner(n))) for n in OFFLINE]
    rows += [("input chain", guard.check_input), ("output chain", guard.check_output)]
    print(f"{len(texts)} probes of >= {PROBE} chars, {REPEATS} repeats; ms per 1,000 characters")
    for label, fn in rows:
        p50, p99 = per_k(fn, texts)
        print(f"{label:<20} p50 {p50:7.2f}   p99 {p99:7.2f}")
    p50, p99 = per_k(lambda t: stream(guard, t), texts[:20])
    print(f"{'stream (5-char)':<20} p50 {p50:7.2f}   p99 {p99:7.2f}")
    new, _ = per_k(guard.check_input, texts)
    old, _ = per_k(previous.check_input, texts)
    print(f"input chain {guard.input_names} vs {previous.input_names}: {new:.2f} / {old:.2f} ms = {new / old:.2f}x "
          "(target: <= 25 ms p50 per 1,000 characters)")
    print(f"RSS after scanning every probe (steady state): +{(rss() - rss0) / 2**20:.0f} MB over the serving process "
          "(target <= 150 MB)")
    # a busy server: many requests queued, their windows batched up to the cap (this box's first, then 8+ cores')
    here = batch_cap(torch.get_num_threads())
    for cap in dict.fromkeys((here, MAX_BATCH)):
        busy_server(cap)
        time.sleep(0.5)  # the forward thread trims the heap after its callers have their rows: read after it has
        print(f"RSS after forwards at every window length (3-64 word pieces) and batch sizes up to {cap} (a busy "
              f"server{' on this box' if cap == here else ' on 8+ cores'}; what a forward frees goes back once the "
              f"queue is idle, batcher.heap_trim): +{(rss() - rss0) / 2**20:.0f} MB over the serving process "
              "(target <= 150 MB)")
    for label, texts in pasted().items():
        p50, p99 = per_k(guard.check_input, texts)
        print(f"input chain on {label}: p50 {p50:.2f}   p99 {p99:.2f} ms per 1,000 characters")
    foreign = probes(FOREIGN)
    p50, p99 = per_k(guard.check_input, foreign)
    print(f"input chain on de/fr/es/it/pt probes: p50 {p50:.2f}   p99 {p99:.2f}")
    opt_in = Guardrails(["injection", "harmful_multilingual", "toxicity", "pii"], [])
    p50, p99 = per_k(opt_in.check_input, foreign)
    print(f"the same with the opt-in harmful_multilingual scanner: p50 {p50:.2f}   p99 {p99:.2f}")
    print(f"RSS after those too: +{(rss() - rss0) / 2**20:.0f} MB over the serving process (the multilingual "
          "reader's model file is memory-mapped: clean pages, shared by every process that maps it)")
    # a chat message is short: what a request waits for is ms per message, not per 1,000 characters
    short = messages()
    reader = Guardrails(["injection_reader", "harmful", "toxicity", "pii"], [])
    new, new99 = per_message(reader.check_input, short)
    old, old99 = per_message(guard.check_input, short)
    print(f"{len(short)} short messages (shipped sets, < {SHORT} chars), ms per message: input chain p50 {old:.2f} "
          f"p99 {old99:.2f}; with the opt-in injection_reader p50 {new:.2f} p99 {new99:.2f} = {new / old:.2f}x p50")
    print(f"RSS after that too: +{(rss() - rss0) / 2**20:.0f} MB over the serving process")


SHORT = 300


def busy_server(cap: int) -> None:
    """The intent encoder's forwards as a busy server makes them: every window length at batch sizes 1, 2, 4, ...
    up to ``cap`` (many requests queued at once; the batcher's cap is :func:`~basementbrew.safety.batcher.batch_cap`
    of the torch threads), through its batcher thread."""
    enc = intent_encoder()
    cls, sep = enc.specials
    for size in sorted({*(1 << k for k in range(cap.bit_length()) if 1 << k <= cap), cap}):
        for length in range(3, MAX_TOKENS + 1):
            enc.batcher([[cls, *range(2000, 2000 + length - 2), sep]] * size)


def pasted() -> dict[str, list[str]]:
    """What people paste, none of it written here: README pieces of the installed packages that
    ``scripts/safety_eval_documents.py`` holds out (alone and followed by a question), and every fourth
    standard-library code piece of that script."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import safety_eval_documents as docs

    readme = [d for _, d in docs.documents("eval")]
    return {f"{len(readme)} README pieces": readme,
            "the same + 'Please summarise this in one sentence.'":
                [docs.FRAMES["then summarise"].format(doc=d) for d in readme],
            "stdlib code pieces": [d for _, d in docs.code_documents()][::4]}


def messages() -> list[str]:
    """Every text under :data:`SHORT` characters of the English evaluation sets and the chat-steering set."""
    return [t for t in texts_of((*ENGLISH, "steering_fresh", "writing_fresh")) if len(t) < SHORT][::4]


def per_message(fn, texts: list[str]) -> tuple[float, float]:
    """Cold scans as :func:`per_k` (one timed call each), in ms per message."""
    times = [cold_ms(fn, t, repeats=1) for t in texts]
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


if __name__ == "__main__":
    main()
