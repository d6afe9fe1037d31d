"""Peak GPU memory and speed of LoRA / QLoRA training steps, next to the VRAM estimator's prediction.

One command on any CUDA machine reproduces the measurements (no weights needed, no network):

    python benchmarks/gpu_memory.py                      # every case, JSON into benchmarks/results/
    python benchmarks/gpu_memory.py --only gpt-oss-20b   # one model
    python benchmarks/gpu_memory.py --tiny --cpu         # smoke test of the build/train path on a CPU

Models are built at their real size from the real transformers config classes with random weights
(memory and speed do not depend on the values). Nothing is materialised whole in bf16: the model is
created on the meta device and then one decoder layer at a time is allocated on the GPU, initialised, and,
for QLoRA, quantized there (``bnb.nn.Linear4bit`` for linears, :class:`Nf4Experts` for fused experts)
before the next layer exists, so gpt-oss-20b QLoRA never holds more than one layer in bf16. Each case runs
in its own subprocess so peaks do not leak between cases and an out-of-memory case is recorded, not fatal.

A step is a plain PEFT training step (``--engine loop``: forward with labels, backward, AdamW) or
``transformers.Trainer`` (``--engine trainer``, the baseline the issue compares ``basementbrew train``
against). Both use batch 1, gradient checkpointing, bf16 autocast and the standard (unfused) loss.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

CASES = [  # (model, method, seq_len, rank, 4-bit experts)
    ("smollm2-135m", "qlora", 2048, 16, False),
    ("smollm2-135m", "lora", 2048, 16, False),
    ("llama-3.1-8b", "qlora", 2048, 16, False),
    ("llama-3.1-8b", "lora", 2048, 16, False),
    ("gpt-oss-20b", "lora", 1024, 8, False),
    ("gpt-oss-20b", "qlora", 1024, 8, True),
    ("gpt-oss-20b", "qlora", 2048, 8, True),
]
RESULTS = Path(__file__).resolve().parent / "results"
GB = 1000**3


@dataclass
class Result:
    model: str
    method: str
    seq_len: int
    rank: int
    quantize_experts: bool
    engine: str
    attn: str = ""
    status: str = "ok"
    peak_allocated_gb: float | None = None
    peak_reserved_gb: float | None = None
    static_gb: float | None = None
    tokens_per_s: float | None = None
    estimate_gb: float | None = None
    error: str | None = None


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
                setattr(parent, name, q)


def attn_for(key: str, device: str, gpt_oss_attn: str) -> str:
    """SDPA where the architecture has it; gpt-oss (attention sinks) has no SDPA path in transformers."""
    if not key.startswith("gpt-oss"):
        return "sdpa"
    return gpt_oss_attn if device == "cuda" else "eager"


def build_model(key: str, method: str, quantize_experts: bool, device: str, tiny: bool, attn: str = "sdpa"):
    """A random-weight model at full (or tiny) size, built layer by layer on `device`."""
    import torch
    from transformers import AutoModelForCausalLM

    from basementbrew.config import QuantizationConfig
    from basementbrew.models.architectures import hf_config, tiny_config
    from basementbrew.models.quant_experts import quantize_fused_experts
    from basementbrew.models.registry import get_spec

    spec = get_spec(key)
    config = tiny_config(spec) if tiny else hf_config(spec)
    config.use_cache = False
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16, attn_implementation=attn)
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
        model.is_loaded_in_4bit = True
    return model, spec


def add_lora(model, spec, rank: int):
    from peft import LoraConfig, get_peft_model

    from basementbrew.models.quant_experts import register_expert_lora

    cfg = LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.0, target_modules=list(spec.lora_target_modules),
                     target_parameters=list(spec.lora_target_parameters) or None, task_type="CAUSAL_LM")
    model = get_peft_model(model, register_expert_lora(cfg))
    model.base_model.model.gradient_checkpointing_enable({"use_reentrant": False})
    return model


def _steps_loop(model, ids, device: str, warmup: int, steps: int) -> float:
    import torch

    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    t0 = 0.0
    for i in range(warmup + steps):
        if i == warmup:
            sync()
            t0 = time.perf_counter()
        with torch.autocast(device_type=device, dtype=torch.bfloat16):
            loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
    sync()
    return time.perf_counter() - t0


def _steps_trainer(model, ids, device: str, warmup: int, steps: int) -> float:
    from datasets import Dataset
    from transformers import Trainer, TrainerCallback, TrainingArguments

    times: list[float] = []

    class Clock(TrainerCallback):
        def on_step_begin(self, args, state, control, **kw):
            if state.global_step == warmup:
                times.append(time.perf_counter())

    row = {"input_ids": ids[0].tolist(), "labels": ids[0].tolist()}
    with tempfile.TemporaryDirectory() as out:
        args = TrainingArguments(output_dir=out, max_steps=warmup + steps, per_device_train_batch_size=1,
                                 learning_rate=1e-4, bf16=True, logging_steps=1, save_strategy="no",
                                 report_to=[], use_cpu=device == "cpu", dataloader_num_workers=0)
        Trainer(model=model, args=args, train_dataset=Dataset.from_list([row] * (warmup + steps)),
                callbacks=[Clock()]).train()
    return time.perf_counter() - times[0]


def run_case(case: tuple, engine: str, device: str, tiny: bool, warmup: int, steps: int,
             gpt_oss_attn: str = "flex_attention") -> Result:
    import torch

    key, method, seq, rank, qexp = case
    res = Result(key, method, seq, rank, qexp, engine, attn_for(key, device, gpt_oss_attn))
    res.estimate_gb = _estimate(key, method, seq, rank, qexp)
    cuda = device == "cuda"
    model, spec = build_model(key, method, qexp, device, tiny, res.attn)
    model = add_lora(model, spec, rank)
    if cuda:
        torch.cuda.synchronize()
        res.static_gb = torch.cuda.memory_allocated() / GB
        torch.cuda.reset_peak_memory_stats()
    vocab = model.config.vocab_size
    ids = torch.randint(0, vocab, (1, seq), device=device)
    run = _steps_trainer if engine == "trainer" else _steps_loop
    seconds = run(model, ids, device, warmup, steps)
    res.tokens_per_s = steps * seq / seconds
    if cuda:
        res.peak_allocated_gb = torch.cuda.max_memory_allocated() / GB
        res.peak_reserved_gb = torch.cuda.max_memory_reserved() / GB
    return res


def _estimate(key: str, method: str, seq: int, rank: int, qexp: bool) -> float | None:
    try:
        from basementbrew.models import vram
    except ImportError:
        return None
    est = vram.estimate(key, method=method, seq_len=seq, batch_size=1, lora_rank=rank,
                        gradient_checkpointing=True, quantize_experts=qexp)
    return est.torch_peak / GB


def _environment() -> dict:
    import importlib.metadata as md

    import torch

    versions = {p: md.version(p) for p in ("torch", "transformers", "peft", "bitsandbytes", "accelerate")}
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else platform.processor() or "cpu"
    return {"device": device, "versions": versions, "python": platform.python_version(),
            "date": datetime.now(UTC).isoformat(timespec="seconds")}


def print_table(rows: list[dict], device: str) -> None:
    head = f"{'model':<14} {'method':<6} {'seq':>5} {'r':>3} {'peak alloc GB':>13} {'reserved GB':>11} " \
           f"{'estimate GB':>11} {'est/res':>7} {'tok/s':>8}  status"
    print(f"device: {device}\n{head}\n{'-' * len(head)}")
    for r in rows:
        def f(v, fmt=".2f"):
            return format(v, fmt) if isinstance(v, float) else "-"
        ratio = r["estimate_gb"] / r["peak_reserved_gb"] if r["estimate_gb"] and r["peak_reserved_gb"] else None
        method = r["method"] + ("+4e" if r["quantize_experts"] else "")
        print(f"{r['model']:<14} {method:<6} {r['seq_len']:>5} {r['rank']:>3} {f(r['peak_allocated_gb']):>13} "
              f"{f(r['peak_reserved_gb']):>11} {f(r['estimate_gb']):>11} {f(ratio):>7} "
              f"{f(r['tokens_per_s'], '.0f'):>8}  {r['status']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run the cases of this registry key only")
    ap.add_argument("--engine", choices=["loop", "trainer"], default="loop")
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--gpt-oss-attn", choices=["flex_attention", "eager"], default="flex_attention",
                    help="gpt-oss attention on CUDA (eager materialises seq x seq scores per head)")
    ap.add_argument("--tiny", action="store_true", help="tiny configs (smoke test)")
    ap.add_argument("--cpu", action="store_true", help="run on the CPU (smoke test; no memory figures)")
    ap.add_argument("--case", type=int, help=argparse.SUPPRESS)  # child process: run one case
    ap.add_argument("--out", type=Path, help="JSON path (default: benchmarks/results/gpu_memory-<date>.json)")
    a = ap.parse_args(argv)
    import torch

    if not a.cpu and not torch.cuda.is_available():
        print("gpu_memory.py: no CUDA device is visible, and this benchmark measures GPU memory. Run it on a "
              "CUDA machine, or use --tiny --cpu for a smoke test of the model-building path.", file=sys.stderr)
        return 0
    device = "cpu" if a.cpu else "cuda"
    if a.case is not None:  # child: one case, result as one JSON line
        res = run_case(CASES[a.case], a.engine, device, a.tiny, a.warmup, a.steps, a.gpt_oss_attn)
        print("RESULT " + json.dumps(asdict(res)), flush=True)
        return 0
    rows = []
    for i, case in enumerate(CASES):
        if a.only and case[0] != a.only:
            continue
        cmd = [sys.executable, __file__, "--case", str(i), "--engine", a.engine, "--steps", str(a.steps),
               "--warmup", str(a.warmup), "--gpt-oss-attn", a.gpt_oss_attn] + ["--tiny"] * a.tiny + ["--cpu"] * a.cpu
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
        if lines:
            rows.append(json.loads(lines[-1][7:]))
        else:
            err = proc.stderr.strip().splitlines()[-1:] or ["no output"]
            status = "oom" if "OutOfMemoryError" in proc.stderr else "error"
            attn = attn_for(case[0], device, a.gpt_oss_attn)
            rows.append(asdict(Result(*case, a.engine, attn, status=status, error=err[0][:300],
                                      estimate_gb=_estimate(*case))))
        print(f"[{i}] {case}: {rows[-1]['status']}", file=sys.stderr, flush=True)
    env = _environment()
    print_table(rows, env["device"])
    out = a.out or (Path(tempfile.mkdtemp()) / "smoke.json" if a.cpu or a.tiny else
                    RESULTS / f"gpu_memory-{env['date'][:10]}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**env, "engine": a.engine, "tiny": a.tiny, "results": rows}, indent=2) + "\n")
    print(f"wrote {out}")
    return 0 if all(r["status"] == "ok" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
