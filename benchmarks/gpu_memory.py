"""Peak GPU memory and speed of LoRA / QLoRA training: `basementbrew train` against a plain transformers
Trainer + PEFT baseline on the same in-memory model, next to the VRAM estimator's prediction.

One command on any CUDA machine reproduces the measurements (no weights, no network):

    python benchmarks/gpu_memory.py                        # every case; JSON + markdown into benchmarks/results/
    python benchmarks/gpu_memory.py --only gpt-oss-20b     # one model (or model:method, model:method:seq)
    python benchmarks/gpu_memory.py --table a.json b.json  # one table from several result files (no GPU)
    python benchmarks/gpu_memory.py --tiny --cpu           # smoke test of both arms on a CPU

Needs torch with CUDA, transformers, peft, trl, bitsandbytes, datasets, pydantic and this repo's ``src`` on
the path (checked first). A failed arm keeps the tail of its stderr in the JSON.

``benchmarks/gpu/fetch_wheels.sh`` (here) and ``benchmarks/gpu/session.sh`` (there) do all of the below in one
call: the GPU test tier, every case by priority and the full-size load peak (measured 2026-11-27 on an H200:
``benchmarks/results/gpu_memory-2026-11-27-nvidia-h200.json``, README "How much VRAM?").

On a lent machine without those packages (the `device` tool's machines had torch but not bitsandbytes,
trl or transformers 5.24), download Python 3.12 manylinux wheels into a git-ignored ``.whl/`` with
``pip download --no-deps --only-binary=:all: --python-version 3.12 --platform manylinux_2_24_x86_64 ...``
for: bitsandbytes==0.50.2, trl==1.16.0, transformers==5.24.0, peft==0.21.2, datasets==5.2.0, dill,
multiprocess, pydantic==2.14.4, pydantic-core (its cp312 build), annotated-types, typing-inspection,
phonenumbers. The bitsandbytes wheel (43 MB) keeps the carried tree under 64 MiB only after its unused
ROCm/XPU and old-CUDA libraries are removed from the wheel. Then, carrying ``.whl``::

    pip install -q --no-index --no-deps --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD/src
    python3 benchmarks/gpu_memory.py --only smollm2-135m,llama-3.1-8b --results-dir $OUT   # ~5 min
    python3 benchmarks/gpu_memory.py --only gpt-oss-20b --results-dir $OUT                 # ~5-7 min

Models are built at their real size from the real transformers config classes with random weights
(memory and speed do not depend on the values): on the meta device, then one decoder layer at a time
allocated on the GPU, initialised and, for QLoRA, quantized there (``bnb.nn.Linear4bit`` for linears,
``Nf4Experts`` for fused experts) before the next layer exists. Attention is what loading would pick
(SDPA for Llama; gpt-oss has no SDPA path, so eager unless ``--gpt-oss-attn``).

Two arms train that model on the same synthetic rows, each exactly ``seq`` tokens long (a word-level
tokenizer with the model's chat format, so the rendered conversation has a known token count):

* **ours**: ``basementbrew.training.trainer.train(config, model=...)`` — the whole `basementbrew train`
  workflow (dataset import into a temp BREW_HOME, run directory, masking checks, evaluation and sample
  before/after, callbacks, adapter save) with a RunConfig for the case. Only ``Trainer.train()``'s steps
  are timed.
* **baseline**: ``transformers.Trainer`` + ``peft.get_peft_model``, the same LoRA shape, optimizer,
  schedule, batch and activation checkpointing; standard loss, LoRA weights in fp32 (PEFT's default).

Both are timed by the same probe from the end of the warm-up steps to the end of the last step (CUDA
synchronised), and its peak is ``torch.cuda.max_memory_allocated`` over the training steps (reset when
training begins). Every arm runs in its own fresh process (peaks do not leak, an out-of-memory case is
recorded, not fatal), alternating which arm goes first. Estimator figure: ``vram.estimate`` of
``vram.settings_for(config)`` (``torch_peak``: no CUDA context), flagged ``!`` when more than 20 % from
the measured peak. Exit status: 0 all cases measured, 1 some failed, 3 no CUDA device (nothing measured).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple


class Case(NamedTuple):
    model: str
    method: str
    seq: int
    rank: int
    quantize_experts: bool
    baseline: bool  # the issue asks for the Trainer + PEFT comparison on the dense models


CASES = [
    Case("smollm2-135m", "qlora", 2048, 16, False, True),
    Case("smollm2-135m", "lora", 2048, 16, False, True),
    Case("llama-3.1-8b", "qlora", 2048, 16, False, True),
    Case("llama-3.1-8b", "lora", 2048, 16, False, True),
    Case("gpt-oss-20b", "lora", 1024, 8, False, False),
    Case("gpt-oss-20b", "qlora", 1024, 8, True, False),
    Case("gpt-oss-20b", "qlora", 2048, 8, True, False),
]
RESULTS = Path(__file__).resolve().parent / "results"
GIB = 1024**3
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
               "TOKENIZERS_PARALLELISM": "false", "PYTHONUNBUFFERED": "1"}


WORDS = [f"w{i}" for i in range(400)]  # fits the tiny configs' 512-token vocabulary with the special tokens
CHAT_TOKENS = {"chatml": ["<|im_start|>", "<|im_end|>"],
               "llama3": ["<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"]}
TEMPLATES = {  # the shape of each model's own template, without default system prompts
    "chatml": "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
              "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}",
    "llama3": "<|begin_of_text|>{% for m in messages %}<|start_header_id|>{{ m.role }}<|end_header_id|>\n\n"
              "{{ m.content }}<|eot_id|>{% endfor %}"
              "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}",
}


def _init_piece(model, piece, device) -> None:
    import torch

    piece.to_empty(device=device)
    with torch.no_grad():
        for module in piece.modules():
            model._init_weights(module)
            for name, p in module.named_parameters(recurse=False):  # anything _init_weights left alone
                if not torch.isfinite(p).all():
                    p.copy_(torch.ones_like(p) if "norm" in name else torch.randn_like(p) * 0.02)


def _quantize_linears(piece, device) -> None:
    """What loading with a BitsAndBytesConfig does to a layer: every nn.Linear → NF4 Linear4bit."""
    import bitsandbytes as bnb
    import torch
    from torch import nn

    for parent in list(piece.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is nn.Linear:
                q = bnb.nn.Linear4bit(child.in_features, child.out_features, bias=child.bias is not None,
                                      compute_dtype=torch.bfloat16, compress_statistics=True, quant_type="nf4",
                                      device="meta")
                q.weight = bnb.nn.Params4bit(child.weight.data, requires_grad=False, compress_statistics=True,
                                             quant_type="nf4", blocksize=64).to(device)
                if child.bias is not None:
                    q.bias = nn.Parameter(child.bias.data, requires_grad=False)
                if device == "cpu":  # bitsandbytes 0.50.2 repacks weights for CPU inference at the first eval
                    q.support_avx512bf16_for_cpu = False  # forward; a biased layer then fails in training
                setattr(parent, name, q)


def build_model(key: str, method: str, quantize_experts: bool, device: str, tiny: bool, attn: str = "default"):
    """A random-weight model at full (or tiny) size, built layer by layer on `device`."""
    import torch
    from transformers import AutoModelForCausalLM

    from basementbrew.config import QuantizationConfig
    from basementbrew.models.architectures import hf_config, tiny_config
    from basementbrew.models.quant_experts import quantize_fused_experts
    from basementbrew.models.registry import get_spec

    spec = get_spec(key)
    config = tiny_config(spec) if tiny else hf_config(spec)
    if tiny:  # bitsandbytes 0.50.2's CPU eval path repacks NF4 weights and fails unless in_features % 64 == 0
        config.intermediate_size = 128
    config.use_cache = False
    kwargs = {} if attn == "default" or spec.architecture != "gpt_oss" else {"attn_implementation": attn}
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16, **kwargs)
    quant = QuantizationConfig(load_in_4bit=True)
    for layer in model.model.layers:
        _init_piece(model, layer, device)
        if method == "qlora":
            if spec.is_moe and quantize_experts:
                quantize_fused_experts(layer, quant)
            _quantize_linears(layer, device)
    for name, child in model.model.named_children():
        if name == "rotary_emb":
            setattr(model.model, name, type(child)(config=config).to(device))
        elif name != "layers":
            _init_piece(model, child, device)
    if not spec.tie_embeddings:
        _init_piece(model, model.lm_head, device)
    model.tie_weights()
    meta = [n for n, t in [*model.named_parameters(), *model.named_buffers()] if t.is_meta]
    if meta:
        raise RuntimeError(f"still on the meta device after building: {meta[:5]}")
    if method == "qlora":
        model.is_loaded_in_4bit = True  # what transformers sets on a bitsandbytes load; TRL and PEFT read it
    return model, spec


def make_tokenizer(spec, folder: Path):
    """A word-level tokenizer (one token per word, `WORDS` plus the chat format's special tokens) saved in
    `folder`, loaded back the way training loads one; harmony gets our template from training itself."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    from basementbrew.models.chat_formats import HARMONY_SPECIAL_TOKENS, ensure_chat_template
    from basementbrew.models.loading import load_tokenizer, resolve_source

    specials = HARMONY_SPECIAL_TOKENS if spec.chat_format == "harmony" else CHAT_TOKENS[spec.chat_format]
    vocab = {w: i for i, w in enumerate(["[UNK]", "<pad>", *specials, *WORDS])}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]", pad_token="<pad>",
                                  eos_token=spec.end_of_turn, additional_special_tokens=specials)
    tok.chat_template = TEMPLATES.get(spec.chat_format)
    tok.save_pretrained(folder)
    loaded = load_tokenizer(resolve_source(spec, str(folder)))
    ensure_chat_template(loaded, spec)
    return loaded


def token_ids(tok, spec, messages: list[dict[str, str]]) -> tuple[list[int], list[int]]:
    """(prompt ids, completion ids) of a two-turn conversation rendered the way training renders it."""
    from basementbrew.models.chat_formats import render_split

    if spec.chat_format == "harmony":
        head, tail = render_split(tok, messages[:-1], {**messages[-1], "thinking": ""})
    else:
        head = tok.apply_chat_template(messages[:-1], add_generation_prompt=True, tokenize=False)
        tail = tok.apply_chat_template(messages, tokenize=False)[len(head):]
    return tok(head, add_special_tokens=False)["input_ids"], tok(tail, add_special_tokens=False)["input_ids"]


def make_rows(tok, spec, seq: int, n: int, seed: int = 0) -> list[dict[str, Any]]:
    """`n` user/assistant conversations of random words that render to exactly `seq` tokens each."""
    import random

    rng = random.Random(seed)
    user = min(32, seq // 4)

    def convo(answer_words: int) -> list[dict[str, str]]:
        return [{"role": "user", "content": " ".join(rng.choice(WORDS) for _ in range(user))},
                {"role": "assistant", "content": " ".join(rng.choice(WORDS) for _ in range(answer_words))}]

    overhead = sum(map(len, token_ids(tok, spec, convo(1)))) - user - 1
    answer = seq - overhead - user
    if answer < 1:
        raise SystemExit(f"seq {seq} is shorter than the {spec.chat_format} template's {overhead} tokens")
    rows = [{"messages": convo(answer)} for _ in range(n)]
    got = sum(map(len, token_ids(tok, spec, rows[0]["messages"])))
    if got != seq:
        raise RuntimeError(f"synthetic rows render to {got} tokens, not {seq}")
    return rows


def bench_config(case, model_dir: Path, data_dir: Path, device: str, batch: int, max_steps: int):
    """The RunConfig `basementbrew train` gets for this case (sample generation: 1 token, outside timing;
    guardrails off so sampling does not load the safety scanners, which never touch the training steps)."""
    from basementbrew.config import load_config

    return load_config(None, [
        f"model.name={case.model}", f"model.path={model_dir}", f"data.dataset={data_dir}",
        f"data.max_seq_length={case.seq}", "data.steps=[]", "data.max_eval_examples=1",
        f"quantization.load_in_4bit={str(case.method == 'qlora').lower()}",
        f"quantization.quantize_experts={str(case.quantize_experts).lower()}",
        f"lora.r={case.rank}", f"lora.alpha={2 * case.rank}", f"training.batch_size={batch}",
        f"training.max_steps={max_steps}", "training.gradient_checkpointing=true", "training.logging_steps=1",
        "training.sample_max_new_tokens=1", "training.save_steps=null", "training.eval_steps=null",
        "safety.guardrails=false", f"hardware.device={device}", "run_name=bench",
    ])


def estimate_gib(config, tiny: bool = False) -> dict[str, float | None]:
    """The estimator's peak for this config (what `basementbrew` predicts), and with TRL's chunked loss
    (ours on CUDA); none for tiny models, which the estimator (full-size shapes) does not describe."""
    from dataclasses import replace

    from basementbrew.models import vram

    if tiny:
        return dict.fromkeys(("estimate_gib", "estimate_total_gib", "estimate_chunked_loss_gib"))

    settings = vram.settings_for(config)
    est = vram.estimate(config.model.name, settings)
    chunked = vram.estimate(config.model.name, replace(settings, loss="chunked"))
    return {"estimate_gib": round(est.torch_peak / GIB, 3), "estimate_total_gib": round(est.total / GIB, 3),
            "estimate_chunked_loss_gib": round(chunked.torch_peak / GIB, 3)}


def environment() -> dict[str, Any]:
    import importlib.metadata as md
    import platform
    from datetime import UTC, datetime

    import torch

    names = ("torch", "transformers", "peft", "trl", "bitsandbytes", "accelerate", "datasets")
    versions = {}
    for name in names:
        try:
            versions[name] = md.version(name)
        except md.PackageNotFoundError:
            versions[name] = None
    cuda = torch.cuda.is_available()
    device = torch.cuda.get_device_name(0) if cuda else f"CPU ({platform.processor() or platform.machine()})"
    memory = round(torch.cuda.get_device_properties(0).total_memory / GIB, 1) if cuda else None
    return {"device": device, "device_memory_gib": memory, "cuda": torch.version.cuda, "versions": versions,
            "python": platform.python_version(), "date": datetime.now(UTC).isoformat(timespec="seconds")}


def _fmt(v: float | None, spec: str = ".2f") -> str:
    return "-" if v is None else format(v, spec)


def render_table(doc: dict[str, Any]) -> str:
    """The issue's table (markdown), then memory against the baseline."""
    head = ("| model | method | seq | peak VRAM (GiB, allocated) | estimator (GiB) | tokens/s | baseline tokens/s "
            "| ratio | device |\n|---|---|---|---|---|---|---|---|---|\n")
    mem = ("\n| model | method | seq | ours peak (GiB) | baseline peak (GiB) | ours/baseline | estimator vs "
           "baseline | status |\n|---|---|---|---|---|---|---|---|\n")

    def est_cell(est: float | None, err: float | None) -> str:
        return _fmt(est) if err is None else f"{est:.2f} ({err:+.0%}{' !' if abs(err) > 0.2 else ''})"

    for r in doc["results"]:
        method = f"{r['method']}{' + 4-bit experts' if r['quantize_experts'] else ''} r={r['rank']}"
        tps = _fmt(r["ours_tokens_per_s"], ".0f") if r["ours_status"] == "ok" else r["ours_status"]
        base = r["baseline_status"]
        base_tps = _fmt(r["baseline_tokens_per_s"], ".0f") if base == "ok" else "-" if base == "skipped" else base
        head += (f"| {r['model']} | {method} | {r['seq']} | {_fmt(r['ours_peak_allocated_gib'])} "
                 f"| {est_cell(r['estimate_gib'], r['estimate_error'])} "
                 f"| {tps} | {base_tps} | {_fmt(r['ratio_tokens_per_s'])} | {r['device']} |\n")
        mem += (f"| {r['model']} | {method} | {r['seq']} | {_fmt(r['ours_peak_allocated_gib'])} "
                f"| {_fmt(r['baseline_peak_allocated_gib'])} | {_fmt(r['ratio_peak_allocated_gib'])} "
                f"| {est_cell(r['estimate_gib'], r['estimate_error_baseline'])} "
                f"| ours {r['ours_status']}, baseline {base} |\n")
    return head + mem


def render_markdown(doc: dict[str, Any]) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in doc["versions"].items() if v)
    return (f"# GPU memory and speed: `basementbrew train` vs transformers Trainer + PEFT\n\n"
            f"Device: {doc['device']} ({doc.get('device_memory_gib')} GiB, CUDA {doc.get('cuda')}); {versions}; "
            f"Python {doc['python']}; {doc['date']}.\n"
            f"Batch {doc['batch']}, {doc['warmup']} warm-up + {doc['steps']} timed steps, activation "
            f"checkpointing, median of {doc['repeats']} fresh-process run(s) per arm"
            f"{'; TINY models (smoke test), estimator figures are for the full-size models' if doc['tiny'] else ''}."
            f"\nRatio = ours/baseline tokens/s. Estimator: `vram.estimate(settings_for(config)).torch_peak`, "
            f"(error vs measured), `!` = outside 20 %.\n"
            f"Reproduce: `python benchmarks/gpu_memory.py`.\n\n{render_table(doc)}")


class StepProbe:
    """Stopwatch and memory probe with the progress interface `train()` reports to (add_task/update).

    MetricsCallback calls ``add_task`` when training begins and ``update(completed=step)`` at each step's
    end; the baseline's callback makes the same two calls, so both arms are measured by the same code."""

    def __init__(self, device: str) -> None:
        self.cuda = device == "cuda"
        self.marks: dict[int, float] = {}
        self.peak: int | None = None
        self.static: int | None = None
        self.peak_before: int | None = None

    def _sync(self) -> None:
        if self.cuda:
            import torch

            torch.cuda.synchronize()

    def add_task(self, description: str, total: int | None = None, completed: int = 0, **_: Any) -> int:
        self._sync()
        if self.cuda:
            import torch

            self.peak_before = torch.cuda.max_memory_allocated()  # building, evaluation, samples
            self.static = torch.cuda.memory_allocated()
            torch.cuda.reset_peak_memory_stats()
        self.marks[completed] = time.perf_counter()
        return 0

    def update(self, task: int, completed: int | None = None, **_: Any) -> None:
        if completed is None:
            return
        self._sync()
        self.marks[completed] = time.perf_counter()
        if self.cuda:
            import torch

            self.peak = torch.cuda.max_memory_allocated()

    def result(self, warmup: int, tokens_per_step: int) -> dict[str, Any]:
        last = max(self.marks)
        if last <= warmup:
            raise RuntimeError(f"only {last} steps ran; need more than the {warmup} warm-up steps")
        seconds = self.marks[last] - self.marks[warmup]

        def gib(b: int | None) -> float | None:
            return None if b is None else round(b / GIB, 3)

        return {"tokens_per_s": tokens_per_step * (last - warmup) / seconds, "timed_steps": last - warmup,
                "peak_allocated_gib": gib(self.peak), "static_gib": gib(self.static),
                "peak_before_train_gib": gib(self.peak_before)}


def _prepare(case: Case, a: argparse.Namespace, home: Path):
    """Model, its tokenizer folder and the synthetic dataset folder, identical for both arms."""
    device = "cpu" if a.cpu else "cuda"
    model, spec = build_model(case.model, case.method, case.quantize_experts, device, a.tiny, a.gpt_oss_attn)
    model.config.save_pretrained(home / "model")  # model.path for the tokenizer; weights stay in memory
    tok = make_tokenizer(spec, home / "model")
    rows = make_rows(tok, spec, case.seq, a.batch * (a.warmup + a.steps) + 1, seed=0)
    data = home / "data"
    data.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", rows[1:]), ("eval", rows[:1])):
        (data / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
    config = bench_config(case, home / "model", data, device, a.batch, a.warmup + a.steps)
    return model, spec, tok, config, device


def arm_ours(case: Case, a: argparse.Namespace, home: Path) -> dict[str, Any]:
    """`basementbrew train` on the in-memory model: the same workflow and trainer the CLI runs."""
    from basementbrew.training.trainer import train

    model, _, _, config, device = _prepare(case, a, home)
    if a.ours_loss == "plain":  # the experiment: the CPU trainer's loss on labelled positions, on CUDA too
        import basementbrew.training.trainer as workflow
        from basementbrew.training.setup import sft_trainer_class

        workflow.sft_trainer_class = lambda _device: sft_trainer_class("cpu")
    probe = StepProbe(device)
    run = train(config, model=model, log=lambda m: print(m, file=sys.stderr), progress=probe)
    info = run.read_info()
    if info.get("status") != "completed":
        raise RuntimeError(f"run ended {info.get('status')}: {info.get('error')}")
    tokens = [r["num_tokens"] for r in run.read_metrics() if r.get("event") == "train" and "num_tokens" in r]
    per_step = round(tokens[-1] / len(tokens)) if tokens else 0
    return {**probe.result(a.warmup, per_step), "tokens_per_step": per_step, **estimate_gib(config, a.tiny),
            "attn": model.config._attn_implementation, "run_peak_vram_mib": info.get("peak_vram_mb"),
            "loss": a.ours_loss}


def arm_baseline(case: Case, a: argparse.Namespace, home: Path) -> dict[str, Any]:
    """The hand-written comparison: transformers Trainer + PEFT, nothing of ours but the model and rows."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Trainer, TrainerCallback, TrainingArguments

    model, spec, tok, config, device = _prepare(case, a, home)
    rows = [json.loads(line) for line in (home / "data" / "train.jsonl").read_text().splitlines()]
    examples = []
    for row in rows:  # the model's chat template, loss on the answer only, as TRL does for ours
        p_ids, c_ids = token_ids(tok, spec, row["messages"])
        examples.append({"input_ids": p_ids + c_ids, "labels": [-100] * len(p_ids) + c_ids})
    lengths = {len(e["input_ids"]) for e in examples}

    def collate(batch: list[dict]) -> dict[str, torch.Tensor]:
        ids = torch.tensor([b["input_ids"] for b in batch])  # all rows are exactly seq long: no padding
        return {"input_ids": ids, "labels": torch.tensor([b["labels"] for b in batch]),
                "attention_mask": torch.ones_like(ids)}

    probe = StepProbe(device)

    class Probe(TrainerCallback):
        def on_train_begin(self, args, state, control, **kw):
            probe.add_task("training", completed=state.global_step)

        def on_step_end(self, args, state, control, **kw):
            probe.update(0, completed=state.global_step)

    model.config.use_cache = False
    lcfg = config.lora
    model = get_peft_model(model, LoraConfig(
        r=lcfg.r, lora_alpha=lcfg.alpha, lora_dropout=0.0 if spec.lora_target_parameters else lcfg.dropout,
        target_modules=list(spec.lora_target_modules), target_parameters=list(spec.lora_target_parameters) or None,
        task_type="CAUSAL_LM", bias="none"))
    t = config.training
    targs = TrainingArguments(
        output_dir=str(home / "baseline"), per_device_train_batch_size=t.batch_size, max_steps=t.max_steps,
        learning_rate=t.learning_rate, warmup_steps=t.warmup_ratio, lr_scheduler_type=t.lr_scheduler,
        weight_decay=t.weight_decay, max_grad_norm=t.max_grad_norm, optim=t.optimizer, seed=t.seed,
        logging_steps=1, eval_strategy="no", save_strategy="no", report_to="none", disable_tqdm=True,
        dataloader_num_workers=0, remove_unused_columns=False, use_cpu=device == "cpu", bf16=device == "cuda",
        activation_checkpointing=t.gradient_checkpointing)
    Trainer(model=model, args=targs, train_dataset=examples, data_collator=collate, callbacks=[Probe()]).train()
    per_step = t.batch_size * lengths.pop() if len(lengths) == 1 else 0
    return {**probe.result(a.warmup, per_step), "tokens_per_step": per_step, **estimate_gib(config, a.tiny),
            "attn": model.config._attn_implementation}


def _child(a: argparse.Namespace) -> int:
    case = CASES[a.case]._replace(seq=a.seq) if a.seq else CASES[a.case]
    home = Path(os.environ.get("BREW_HOME") or tempfile.mkdtemp(prefix="brew-gpu-"))
    arm = arm_ours if a.child == "ours" else arm_baseline
    print("RESULT " + json.dumps(arm(case, a, home)), flush=True)
    return 0


def _run_arm(i: int, arm: str, a: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", arm, "--case", str(i), "--steps", str(a.steps),
           "--warmup", str(a.warmup), "--batch", str(a.batch), "--gpt-oss-attn", a.gpt_oss_attn,
           "--seq", str(a.seq or 0), "--ours-loss", a.ours_loss]
    cmd += ["--tiny"] * a.tiny + ["--cpu"] * a.cpu
    with tempfile.TemporaryDirectory(prefix="brew-gpu-") as home:
        env = os.environ | OFFLINE_ENV | {"BREW_HOME": home}
        t0 = time.time()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=a.case_timeout)
        except subprocess.TimeoutExpired:
            return {"status": "timeout", "error": f"over {a.case_timeout} s", "wall_s": a.case_timeout}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if lines:
        return {"status": "ok", **json.loads(lines[-1][7:]), "wall_s": round(time.time() - t0, 1)}
    tail = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()][-1:] or ["no output"]
    status = "oom" if "OutOfMemoryError" in proc.stderr or "CUDA out of memory" in proc.stderr else "error"
    if a.verbose:
        print(proc.stderr[-4000:], file=sys.stderr)
    return {"status": status, "error": tail[0][:300], "wall_s": round(time.time() - t0, 1),
            "stderr_tail": proc.stderr[-3000:]}  # kept in the JSON: a GPU session may get only that back


def _median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r.get("status") == "ok" and r.get(key) is not None]
    return statistics.median(values) if values else None


def _row(case: Case, arms: dict[str, list[dict[str, Any]]], device: str) -> dict[str, Any]:
    ours, base = arms.get("ours", []), arms.get("baseline", [])
    row: dict[str, Any] = {**case._asdict(), "device": device}
    for name, runs in (("ours", ours), ("baseline", base)):
        row[f"{name}_status"] = ",".join(sorted({r["status"] for r in runs})) if runs else "skipped"
        for key in ("tokens_per_s", "peak_allocated_gib", "tokens_per_step"):
            row[f"{name}_{key}"] = _median(runs, key)
    row["estimate_gib"] = next((r["estimate_gib"] for r in ours + base if r.get("estimate_gib")), None)
    row["estimate_chunked_loss_gib"] = next((r["estimate_chunked_loss_gib"] for r in ours + base
                                             if r.get("estimate_chunked_loss_gib")), None)
    if row["ours_tokens_per_step"] and row["baseline_tokens_per_step"] and \
            row["ours_tokens_per_step"] != row["baseline_tokens_per_step"]:
        row["ours_status"] = row["baseline_status"] = "error: the arms trained on different token counts"
    for key in ("tokens_per_s", "peak_allocated_gib"):
        o, b = row[f"ours_{key}"], row[f"baseline_{key}"]
        row[f"ratio_{key}"] = o / b if o and b else None
    est = row["estimate_gib"]
    for name, key in (("ours", "estimate_error"), ("baseline", "estimate_error_baseline")):
        peak = row[f"{name}_peak_allocated_gib"]
        row[key] = est / peak - 1 if peak and est else None
    row["runs"] = arms
    return row


def _selected(only: str | None) -> list[int]:
    if not only:
        return list(range(len(CASES)))
    wanted = [w.split(":") for w in only.split(",")]
    picked = [i for i, c in enumerate(CASES) for w in wanted
              if w[0] == c.model and (len(w) < 2 or w[1] == c.method) and (len(w) < 3 or int(w[2]) == c.seq)]
    if not picked:
        raise SystemExit(f"--only {only!r} matches no case; cases: " +
                         ", ".join(f"{c.model}:{c.method}:{c.seq}" for c in CASES))
    return sorted(set(picked))


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())[:60]


def _missing_packages() -> list[str]:
    """What the arms import that a bare CUDA image may lack (checked before any case starts)."""
    import importlib

    missing = []
    for name in ("bitsandbytes", "trl", "datasets", "peft", "pydantic", "basementbrew.training.trainer"):
        try:
            importlib.import_module(name)
        except Exception as exc:  # an ImportError deep inside counts too
            missing.append(f"{name} ({type(exc).__name__}: {exc})"[:200])
    return missing


def _write(doc: dict[str, Any], out_dir: Path, stem: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{stem}.json", out_dir / f"{stem}.md"]
    paths[0].write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    paths[1].write_text(render_markdown(doc), encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated cases: model, model:method or model:method:seq")
    ap.add_argument("--arms", default="ours,baseline", help="ours, baseline or both (default)")
    ap.add_argument("--repeats", type=int, default=1, help="fresh-process runs per arm; medians are reported")
    ap.add_argument("--steps", type=int, default=5, help="timed optimizer steps")
    ap.add_argument("--warmup", type=int, default=2, help="untimed optimizer steps first")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--seq", type=int, help="override every case's sequence length (smoke tests)")
    ap.add_argument("--gpt-oss-attn", choices=["default", "eager", "flex_attention"], default="default",
                    help="gpt-oss attention (default: what loading picks, eager in transformers 5.24)")
    ap.add_argument("--ours-loss", choices=["default", "plain"], default="default",
                    help="ours: the trainer's own loss (TRL's chunked LM head on CUDA) or, to compare, the CPU "
                    "trainer's plain cross-entropy on labelled positions (training/setup.py)")
    ap.add_argument("--case-timeout", type=int, default=420, help="seconds per arm process")
    ap.add_argument("--tiny", action="store_true", help="tiny configs (smoke test)")
    ap.add_argument("--cpu", action="store_true", help="run on the CPU (smoke test; no memory figures)")
    ap.add_argument("--results-dir", type=Path, help="where JSON + markdown go (default: benchmarks/results/; "
                    "a temp folder with --tiny/--cpu)")
    ap.add_argument("--table", nargs="+", type=Path, help="merge result JSON files into one table; no runs")
    ap.add_argument("--verbose", action="store_true", help="print a failed arm's stderr")
    ap.add_argument("--child", choices=["ours", "baseline"], help=argparse.SUPPRESS)
    ap.add_argument("--case", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.table:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in a.table]
        doc = {**docs[-1], "results": [r for d in docs for r in d["results"]]}
        print(render_table(doc))
        out = _write(doc, a.results_dir or RESULTS, f"gpu_memory-{doc['date'][:10]}-{_slug(doc['device'])}")
        print("wrote " + ", ".join(map(str, out)))
        return 0
    import torch

    if not a.cpu and not torch.cuda.is_available():
        print("gpu_memory.py: no CUDA device is visible, and this benchmark measures GPU memory; nothing was "
              "measured. Run it on a CUDA machine, or use --tiny --cpu for a smoke test of both arms.",
              file=sys.stderr)
        return 3
    if a.child:
        return _child(a)
    missing = _missing_packages()
    if missing:
        print(f"gpu_memory.py: cannot import {', '.join(missing)}; install them (on the GPU machine: carry "
              "their wheels, see the module docstring)", file=sys.stderr)
        return 3
    arm_names = [x for x in ("ours", "baseline") if x in a.arms.split(",")]
    env = environment()
    rows = []
    for n, i in enumerate(_selected(a.only)):
        case = CASES[i]._replace(seq=a.seq) if a.seq else CASES[i]
        arms: dict[str, list[dict[str, Any]]] = {x: [] for x in arm_names if x == "ours" or case.baseline}
        for rep in range(a.repeats):
            order = list(arms) if (n + rep) % 2 == 0 else list(reversed(arms))
            for arm in order:
                res = _run_arm(i, arm, a)
                arms[arm].append(res)
                print(f"{case.model} {case.method} seq {case.seq} [{arm} {rep + 1}/{a.repeats}]: {res['status']} "
                      f"{res.get('tokens_per_s') or 0:.0f} tok/s, peak {res.get('peak_allocated_gib')} GiB "
                      f"(estimator {res.get('estimate_gib')}), {res.get('wall_s')} s {res.get('error') or ''}",
                      file=sys.stderr, flush=True)
        rows.append(_row(case, arms, env["device"]))
    doc = {**env, "tiny": a.tiny, "steps": a.steps, "warmup": a.warmup, "batch": a.batch,
           "repeats": a.repeats, "results": rows}
    print(render_table(doc))
    out_dir = a.results_dir or (Path(tempfile.mkdtemp(prefix="gpu-memory-smoke-")) if a.tiny or a.cpu else RESULTS)
    stem = f"gpu_memory-{env['date'][:10]}-{_slug(env['device'])}" + (f"-{_slug(a.only)}" if a.only else "")
    out = _write(doc, out_dir, stem)
    print("wrote " + ", ".join(map(str, out)))
    return 0 if all(r[f"{x}_status"] in {"ok", "skipped"} for r in rows for x in ("ours", "baseline")) else 1


if __name__ == "__main__":
    sys.exit(main())
