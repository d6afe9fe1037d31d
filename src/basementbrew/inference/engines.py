"""Which engine generates the tokens: ``native`` (our continuous-batching engine, in this process, always
installed, adapters per request), ``vllm`` and ``llamacpp`` (their own processes on loopback, started and
stopped with the server), or ``openai`` (any OpenAI-compatible server you already run, at
``upstream_url``). Whatever the engine, guardrails, auth, rate limits, the audit log and ``/metrics`` stay in
our server: they sit in :mod:`~basementbrew.inference.service`, in front of every engine.

Adapters from runs: the native engine serves them all on one base; vLLM gets them as ``--lora-modules``;
llama.cpp needs each as a GGUF LoRA file and is refused with the command that makes one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.inference.settings import ServerSettings


def build_engine(settings: ServerSettings) -> Any:
    """The engine the settings ask for, with the base model (from the run's config or ``model``) and every
    adapter; the caller starts it."""
    from basementbrew.runs import find_run

    if settings.threads:
        import torch

        torch.set_num_threads(settings.threads)
    run = find_run(settings.run) if settings.run else None
    adapters = {run.name: run.path} if run is not None else {}
    for name, ref in settings.adapters.items():
        path = Path(ref).expanduser()
        adapters[name] = path if path.is_dir() else find_run(ref).path
    cfg = run.load_config() if run is not None else None
    model_cfg, quant = (cfg.model, cfg.quantization) if cfg else (settings.model, settings.quantization)
    if settings.engine == "native":
        return _native(settings, model_cfg, quant, adapters)
    return _upstream(settings, model_cfg, adapters)


def _native(settings: ServerSettings, model_cfg: Any, quant: Any, adapters: dict[str, Path]) -> Any:
    from basementbrew.inference.engine import Engine
    from basementbrew.models.generation import load_base

    engine = Engine(load_base(model_cfg, quant, device=settings.device), max_batch=settings.max_batch,
                    max_queue=settings.max_queue)
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
    from basementbrew.models.generation import stop_ids
    from basementbrew.models.loading import embedded_gguf_path, embedded_model_dir, load_tokenizer, resolve_source
    from basementbrew.models.registry import get_spec

    spec = get_spec(model_cfg.name)
    source = resolve_source(spec, model_cfg.path)
    tokenizer = load_tokenizer(source, model_cfg.revision)
    served = _served_adapters(adapters, tokenizer, spec)
    common: dict[str, Any] = {"adapters": served, "max_queue": settings.max_queue,
                              "context_length": min(spec.context_length, settings.engine_context)}
    if settings.engine == "openai":
        if not settings.upstream_url:
            raise BrewError("engine 'openai' needs upstream_url (--upstream-url http://127.0.0.1:PORT): the "
                            "OpenAI-compatible server to put behind our guardrails")
        return connect(settings.upstream_url, tokenizer, stop_ids(tokenizer, spec), spec.key, label="openai",
                       api_key=settings.upstream_api_key.get_secret_value() if settings.upstream_api_key else None,
                       **common)
    from basementbrew.inference.engine_process import launch

    port = free_port()
    if settings.engine == "vllm":
        weights = str(embedded_model_dir()) if spec.key == "smollm2-135m" and not model_cfg.path else (
            model_cfg.path or spec.hub_id)
        args = ["--model", weights, "--host", "127.0.0.1", "--port", str(port), "--served-model-name", spec.key,
                "--max-model-len", str(common["context_length"])]
        if adapters:
            args += ["--enable-lora", "--lora-modules",
                     *[f"{name}={_adapter_dir(path)}" for name, path in adapters.items()]]
        process = launch("vllm", args, port=port, env={"VLLM_CPU_KVCACHE_SPACE": "1"})
    else:  # llamacpp
        if adapters:
            raise BrewError("engine 'llamacpp' serves GGUF files only: export the run's adapter first "
                            "(`basementbrew merge export-gguf RUN --lora`) or serve it with --engine native/vllm")
        gguf = model_cfg.path if (model_cfg.path or "").endswith(".gguf") else (
            str(embedded_gguf_path()) if spec.key == "smollm2-135m" else None)
        if gguf is None:
            raise BrewError(f"engine 'llamacpp' needs a .gguf file: set --model-path to one for {spec.key} "
                            "(`basementbrew merge export-gguf` writes one)")
        args = ["--model", gguf, "--host", "127.0.0.1", "--port", str(port), "--model_alias", spec.key,
                "--n_ctx", str(common["context_length"]), "--interrupt_requests", "False"]
        process = launch("llamacpp", args, port=port)
    try:
        return connect(process.url, tokenizer, stop_ids(tokenizer, spec), spec.key, label=settings.engine,
                       process=process, **common)
    except BaseException:
        process.stop()
        raise
