"""Peak memory while `load_model` loads a MoE checkpoint with 4-bit experts: before (every expert in bf16 on
the target device, then quantized) against now (experts streamed from the shards, one expert at a time).

    python benchmarks/load_peak.py                              # tiny-but-expert-heavy gpt-oss, CPU or CUDA
    python benchmarks/load_peak.py --model mixtral-8x7b         # Mixtral's per-expert hub layout
    python benchmarks/load_peak.py --layout mxfp4               # openai/gpt-oss-20b's MXFP4 layout
    python benchmarks/load_peak.py --full-size gpt-oss-20b      # GPU session: the real shapes (see below)

A random-weight checkpoint is written first, in the hub's safetensors layout (index json, one shard per decoder
layer, the hub's key names: fused bf16 experts like ``unsloth/gpt-oss-20b-BF16``, MXFP4 blocks and scales like
``openai/gpt-oss-20b``, per-expert ``w1/w2/w3`` like ``mistralai/Mixtral-8x7B-v0.1``), one layer at a time, so
even the full-size one never exists in memory. Each arm then loads it in a fresh process (peaks do not leak)
through ``basementbrew.models.loading.load_model`` (``new``) or the loader as it was (``old``: ``from_pretrained``
with bitsandbytes, then ``quantize_fused_experts``), and reports:

* CUDA: ``torch.cuda.max_memory_allocated`` over the load, and what the loaded model holds afterwards;
* CPU: peak RSS over the load (``VmHWM`` after a reset through ``/proc/self/clear_refs``) minus RSS before it,
  and the peak of anonymous memory alone (``RssAnon`` sampled every 5 ms). RSS counts the shards' mapped pages:
  on CPU, tensors loaded in their stored dtype stay views of the mapped file, so the old arm's bf16 experts
  show there (reclaimable page cache) rather than as allocations; the new arm closes each layer's shards after
  quantizing it. On a GPU every expert is a real copy in device memory, which is what this change removes.
  Freed CPU memory that glibc keeps for reuse still counts in RSS (tens of MB here).

``--full-size gpt-oss-20b`` writes ~42 GB (bf16 layout; ~13 GB with ``--layout mxfp4``) under ``--dir``
(default: a temp folder, deleted afterwards) and needs a CUDA card with ~45 GB for the old arm; the new arm
should peak near the 4-bit model (~12-13 GB). With ``--layout mxfp4`` the old loader cannot load the checkpoint
at all (a bitsandbytes config against an MXFP4 one), which the table shows as its error. On a GPU machine:

    python3 benchmarks/load_peak.py --full-size gpt-oss-20b --json $OUT/load_peak.json     # ~5 min

Threads are pinned to 1 on CPU (``--threads``); the table prints both peaks and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
MIB = 1024**2
# experts dominate this shape as they do gpt-oss-20b (~92 % of the parameters): 8 layers x 8 experts of
# 3 x 512 x 1024, ~200 MB in bf16, against ~5 MB of attention and embeddings
BENCH_SHAPE = {"hidden_size": 512, "intermediate_size": 1024, "num_hidden_layers": 8, "num_local_experts": 8,
               "num_experts_per_tok": 2, "vocab_size": 1024}
MXFP4_NOT_CONVERTED = ["model.layers.*.self_attn", "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"]


def _random_like(name: str, shape: tuple[int, ...], dtype, gen_device: str):
    import torch

    if name.endswith("norm.weight"):
        return torch.ones(shape, dtype=dtype)
    return (torch.randn(shape, device=gen_device) * 0.02).to(dtype).cpu()


def _expert_tensors(key: str, prefix: str, shapes: dict[str, tuple[int, ...]], layout: str, dtype,
                    gen_device: str) -> dict[str, Any]:
    """One layer's experts in the hub's naming: fused (bf16), MXFP4 blocks + scales, or per-expert w1/w2/w3."""
    import torch

    e, _, _ = shapes["gate_up_proj"]
    out: dict[str, Any] = {}
    if layout == "mxfp4":  # {name}_blocks [E, rows_out, cols_in/32, 16] uint8, {name}_scales [E, rows_out, cols_in/32]
        for name in ("gate_up_proj", "down_proj"):
            _, cols_in, rows_out = shapes[name]  # gpt-oss stores (in, out); MXFP4 packs along `in`
            groups = cols_in // 32
            out[f"{prefix}.experts.{name}_blocks"] = torch.randint(
                0, 256, (e, rows_out, groups, 16), dtype=torch.uint8, device=gen_device).cpu()
            # 2**(s - 127) times FP4 values of magnitude 0.5-6: weights of ~0.01-0.05, like a trained model's
            out[f"{prefix}.experts.{name}_scales"] = torch.randint(
                119, 123, (e, rows_out, groups), dtype=torch.uint8, device=gen_device).cpu()
    elif key.startswith("mixtral"):  # experts.{e}.w1 (gate) / w3 (up): [I, H]; w2 (down): [H, I]
        _, two_i, hidden = shapes["gate_up_proj"]
        moe = prefix.replace(".mlp", ".block_sparse_moe")
        for x in range(e):
            out[f"{moe}.experts.{x}.w1.weight"] = _random_like("w1", (two_i // 2, hidden), dtype, gen_device)
            out[f"{moe}.experts.{x}.w3.weight"] = _random_like("w3", (two_i // 2, hidden), dtype, gen_device)
            out[f"{moe}.experts.{x}.w2.weight"] = _random_like("w2", (hidden, two_i // 2), dtype, gen_device)
        return out
    else:
        for name in ("gate_up_proj", "down_proj"):
            out[f"{prefix}.experts.{name}"] = _random_like(name, shapes[name], dtype, gen_device)
    for name in ("gate_up_proj_bias", "down_proj_bias"):
        if name in shapes:
            out[f"{prefix}.experts.{name}"] = _random_like(name, shapes[name], dtype, gen_device)
    return out


def write_hub_checkpoint(key: str, out: str | Path, *, full_size: bool = False, layout: str = "bf16",
                         overrides: dict[str, Any] | None = None, seed: int = 0) -> Path:
    """A random-weight `key` checkpoint in the hub's safetensors layout, written one decoder layer at a time.

    Args:
        key: a MoE registry key (gpt-oss-*, mixtral-*).
        out: folder to create (config.json, model.safetensors.index.json, model-0000x-of-0000n.safetensors).
        full_size: published shapes; otherwise the tiny test shapes updated with ``overrides``.
        layout: ``bf16`` (fused experts as stored by transformers; Mixtral: the hub's per-expert keys) or
            ``mxfp4`` (gpt-oss only: the openai checkpoint's blocks and scales, config with its
            quantization_config).
    """
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM

    from basementbrew.models.architectures import hf_config, tiny_config
    from basementbrew.models.registry import get_spec

    spec = get_spec(key)
    if not spec.is_moe or (layout == "mxfp4" and spec.architecture != "gpt_oss"):
        raise ValueError(f"{key}: no {layout} MoE hub layout to write")
    config = hf_config(spec) if full_size else tiny_config(spec)
    for name, value in (overrides or {}).items():
        setattr(config, name, value)
    if spec.architecture == "gpt_oss":
        layers = config.num_hidden_layers
        config.layer_types = ["sliding_attention" if i % 2 == 0 else "full_attention" for i in range(layers)]
    with torch.device("meta"):
        skeleton = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    shapes = {n: tuple(t.shape) for n, t in skeleton.state_dict().items()}
    groups: dict[int, list[str]] = {}
    for name in shapes:
        layer = int(name.split(".")[2]) + 1 if name.startswith("model.layers.") else 0
        groups.setdefault(layer, []).append(name)
    torch.manual_seed(seed)
    gen_device = "cuda" if torch.cuda.is_available() else "cpu"
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    n = len(groups)
    weight_map: dict[str, str] = {}
    total = 0
    for shard, names in sorted(groups.items()):
        tensors: dict[str, Any] = {}
        experts: dict[str, dict[str, tuple[int, ...]]] = {}
        for name in names:
            if ".mlp.experts." in name:
                prefix, _, param = name.rpartition(".experts.")
                experts.setdefault(prefix, {})[param] = shapes[name]
            else:
                hub_name = name.replace(".mlp.gate.", ".block_sparse_moe.gate.") if key.startswith("mixtral") \
                    else name
                tensors[hub_name] = _random_like(name, shapes[name], torch.bfloat16, gen_device)
        for prefix, expert_shapes in experts.items():
            tensors |= _expert_tensors(key, prefix, expert_shapes, layout, torch.bfloat16, gen_device)
        file = f"model-{shard + 1:05d}-of-{n:05d}.safetensors"
        save_file(tensors, folder / file, metadata={"format": "pt"})
        weight_map |= dict.fromkeys(tensors, file)
        total += sum(t.numel() * t.element_size() for t in tensors.values())
        del tensors
    (folder / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": total}, "weight_map": weight_map}, indent=2))
    config.architectures = [type(skeleton).__name__]
    config.dtype = torch.bfloat16
    config.save_pretrained(folder)
    if layout == "mxfp4":
        cfg = json.loads((folder / "config.json").read_text())
        cfg["quantization_config"] = {"quant_method": "mxfp4", "modules_to_not_convert": MXFP4_NOT_CONVERTED}
        (folder / "config.json").write_text(json.dumps(cfg, indent=2))
    return folder


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} missing from /proc/self/status")


class _AnonPeak:
    """Samples RssAnon every 5 ms in a thread: the kernel keeps no peak of anonymous memory alone."""

    def __init__(self) -> None:
        import threading

        self.peak, self._stop = _rss_kib("RssAnon"), threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, _rss_kib("RssAnon"))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return max(self.peak, _rss_kib("RssAnon"))


def _warm_up(folder: str) -> None:
    """Import and initialise what a load pulls in lazily, so the baseline RSS already holds that code."""
    import bitsandbytes.functional
    import safetensors.torch
    import torch
    import transformers.integrations.mxfp4
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(folder)
    config.num_hidden_layers = 1
    with torch.device("meta"):
        AutoModelForCausalLM.from_config(config)
    w = torch.randn(4096, dtype=torch.bfloat16)
    bitsandbytes.functional.quantize_4bit(w, blocksize=64, compress_statistics=True, quant_type="nf4")
    del safetensors.torch, transformers.integrations.mxfp4


def run_arm(arm: str, key: str, folder: str, device: str) -> dict[str, Any]:
    """Load `folder` once the `arm` way in this process; the peak is taken over the load alone."""
    import resource

    import torch
    from transformers import AutoModelForCausalLM

    from basementbrew.config import ModelConfig, QuantizationConfig
    from basementbrew.models.loading import bnb_config, load_model
    from basementbrew.models.quant_experts import Nf4Experts, quantize_fused_experts
    from basementbrew.models.registry import get_spec

    spec = get_spec(key)
    quant = QuantizationConfig(load_in_4bit=True)  # nf4, double quant, bf16 compute: the shipped QLoRA setting
    _warm_up(folder)
    cuda = device == "cuda"
    if cuda:
        torch.cuda.init()
        base = torch.cuda.memory_allocated()
        torch.cuda.reset_peak_memory_stats()
    else:
        base, anon_base = _rss_kib("VmRSS") * 1024, _rss_kib("RssAnon") * 1024
        try:  # "5" resets this process's peak RSS (VmHWM) to its current RSS
            Path("/proc/self/clear_refs").write_text("5")
            peak_source = "VmHWM"
        except OSError:
            peak_source = "ru_maxrss"
        anon = _AnonPeak()
    t0 = time.perf_counter()
    error = None
    try:
        if arm == "new":
            model, _ = load_model(spec, ModelConfig(name=key, path=folder), quant, device)
        else:  # load_model as it was before experts were streamed
            model = AutoModelForCausalLM.from_pretrained(
                folder, dtype=torch.bfloat16, quantization_config=bnb_config(quant),
                device_map={"": 0 if cuda else "cpu"})
            quantize_fused_experts(model, quant)
    except Exception as exc:  # the old loader refuses an MXFP4 checkpoint: that is a result too
        model, error = None, f"{type(exc).__name__}: {str(exc)[:200]}"
    seconds = time.perf_counter() - t0
    if cuda:
        torch.cuda.synchronize()
        peak, after = torch.cuda.max_memory_allocated() - base, torch.cuda.memory_allocated() - base
    else:
        high = _rss_kib("VmHWM") if peak_source == "VmHWM" else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak, after = high * 1024 - base, _rss_kib("VmRSS") * 1024 - base
    result: dict[str, Any] = {"arm": arm, "device": device, "seconds": round(seconds, 2), "error": error,
                              "peak_mib": round(peak / MIB, 1), "after_mib": round(after / MIB, 1),
                              "measure": "torch.cuda.max_memory_allocated" if cuda else f"{peak_source} - RSS before"}
    if not cuda:  # anonymous memory alone: the shards' mapped pages are page cache, not the model's
        result["anon_peak_mib"] = round((anon.stop() * 1024 - anon_base) / MIB, 1)
    if model is not None:
        experts = [m for m in model.modules() if isinstance(m, Nf4Experts)]
        result["experts_4bit_mib"] = round(sum(m.storage_bytes() for m in experts) / MIB, 1)
        ids = torch.arange(8, device=model.device)[None]
        with torch.no_grad():
            result["logits_finite"] = bool(torch.isfinite(model(ids).logits.float()).all())
    return result


def _child(arm: str, key: str, folder: Path, device: str, threads: int) -> dict[str, Any]:
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "PYTHONPATH": os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]), "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1", "TRANSFORMERS_VERBOSITY": "error"}
    cmd = [sys.executable, __file__, "--_arm", arm, "--model", key, "--dir", str(folder), "--device", device,
           "--threads", str(threads)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        return {"arm": arm, "device": device, "error": f"exit {done.returncode}: {done.stderr[-400:]}"}
    return json.loads(lines[-1])


def render(doc: dict[str, Any]) -> str:
    rows = ["| arm | peak MiB | anonymous peak MiB | held after load MiB | 4-bit experts MiB | seconds | note |",
            "|---|---|---|---|---|---|---|"]
    for r in doc["arms"]:
        rows.append(f"| {r['arm']} | {r.get('peak_mib', '-')} | {r.get('anon_peak_mib', '-')} | "
                    f"{r.get('after_mib', '-')} | {r.get('experts_4bit_mib', '-')} | {r.get('seconds', '-')} | "
                    f"{r.get('error') or ''} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="gpt-oss-20b", choices=["gpt-oss-20b", "mixtral-8x7b"])
    parser.add_argument("--layout", default="bf16", choices=["bf16", "mxfp4"],
                        help="gpt-oss expert storage on disk: bf16 (fused) or mxfp4 (the openai checkpoint)")
    parser.add_argument("--full-size", choices=["gpt-oss-20b"], help="published shapes (GPU session)")
    parser.add_argument("--layers", type=int, help="keep only this many decoder layers (a quicker full-size run)")
    parser.add_argument("--dir", help="checkpoint folder (kept); default: a temp folder, deleted afterwards")
    parser.add_argument("--arms", default="old,new")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads per arm (default 1)")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--_arm", help=argparse.SUPPRESS)
    a = parser.parse_args(argv)
    if a._arm:  # a child process: one load, one JSON line
        import torch

        torch.set_num_threads(a.threads)
        print(json.dumps(run_arm(a._arm, a.model, a.dir, a.device)))
        return 0
    import torch

    device = ("cuda" if torch.cuda.is_available() else "cpu") if a.device == "auto" else a.device
    key = a.full_size or a.model
    tmp = None if a.dir else tempfile.mkdtemp(prefix="load-peak-")
    overrides = {} if a.full_size else dict(BENCH_SHAPE)
    if a.layers:
        overrides["num_hidden_layers"] = a.layers
    shape = f"{'full' if a.full_size else 'bench'}-{overrides.get('num_hidden_layers', 'all')}"
    folder = Path(a.dir or tmp) / f"{key}-{a.layout}-{shape}"
    try:
        t0 = time.perf_counter()
        if not (folder / "model.safetensors.index.json").is_file():
            write_hub_checkpoint(key, folder, full_size=bool(a.full_size), layout=a.layout, overrides=overrides)
        written = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in folder.glob("*.safetensors"))
        arms = [_child(arm, key, folder, device, a.threads) for arm in a.arms.split(",")]
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    doc = {"model": key, "full_size": bool(a.full_size), "layers": overrides.get("num_hidden_layers"),
           "layout": a.layout, "device": device,
           "device_name": torch.cuda.get_device_name() if device == "cuda" else "cpu",
           "checkpoint_mib": round(size / MIB, 1), "write_seconds": round(written, 1),
           "versions": {"torch": torch.__version__}, "arms": arms}
    peaks = {r["arm"]: r.get("peak_mib") for r in arms if not r.get("error")}
    if peaks.get("old") and peaks.get("new"):
        doc["ratio_old_over_new"] = round(peaks["old"] / peaks["new"], 2)
    print(f"{key} ({'full size' if a.full_size else 'bench shape'}, {a.layout} layout, {doc['checkpoint_mib']} MiB "
          f"on disk) on {doc['device_name']}; peak over the load, {arms[0].get('measure', '')}")
    print(render(doc))
    if "ratio_old_over_new" in doc:
        print(f"old / new peak: {doc['ratio_old_over_new']}x")
    if a.json:
        Path(a.json).write_text(json.dumps(doc, indent=2))
    return 0 if all(not r.get("error") or r["arm"] == "old" for r in arms) else 1


if __name__ == "__main__":
    raise SystemExit(main())
