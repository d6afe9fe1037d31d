"""`basementbrew serve`: the OpenAI-compatible server over a base model, a run, or several adapters.

Examples::

    basementbrew serve --run my-run                       # the run's base + its adapter (model id: my-run)
    basementbrew serve --adapter a=runs/a --adapter b=b   # several fine-tunes over one shared base
    BREW_API_KEY=... basementbrew serve --host 0.0.0.0    # off-loopback needs a key
"""

from __future__ import annotations

from typing import Annotated

import typer

from basementbrew.errors import BrewError

# Options `basementbrew ui` shares (one declaration, so their help cannot drift apart).
RunOption = Annotated[str | None, typer.Option(
    help="Serve this run: its base model plus its adapter (model id: the run's name; /generate's default).")]
ModelOption = Annotated[str, typer.Option(help="Base model registry key (ignored with --run).")]
AdapterOption = Annotated[list[str] | None, typer.Option(help="NAME=PATH, repeatable: extra adapters.")]
HostOption = Annotated[str, typer.Option(help="Bind address; non-loopback requires an API key.")]
PortOption = Annotated[int, typer.Option(help="TCP port.")]
ThreadsOption = Annotated[int | None, typer.Option(help="Engine CPU threads (default: half the cores, at least 1).")]


def serve(
    run: RunOption = None,
    model: ModelOption = "smollm2-135m",
    model_path: Annotated[str | None, typer.Option(help="Weights folder, .gguf file or hub id.")] = None,
    adapter: AdapterOption = None,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    api_key: Annotated[
        str | None,
        typer.Option(envvar="BREW_API_KEY", show_envvar=True, help="Bearer key required on every route but /health."),
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    threads: ThreadsOption = None,
    max_batch: Annotated[int, typer.Option(help="Sequences decoded together.")] = 16,
    max_queue: Annotated[int, typer.Option(help="Waiting requests before 429.")] = 64,
    rate_limit: Annotated[
        int | None, typer.Option(help="Requests per minute per key / client (default: basementbrew.limits).")
    ] = None,
    burst: Annotated[int | None, typer.Option(help="Rate-limit burst size (default: basementbrew.limits).")] = None,
    no_guardrails: Annotated[
        bool, typer.Option("--no-guardrails", help="Content filters off (sanitization, auth, limits and audit stay).")
    ] = False,
    allow_danger: Annotated[
        bool, typer.Option("--allow-danger", help="Let clients with consent use DANGER MODE.")
    ] = False,
    engine: Annotated[str, typer.Option(
        help="native (default), vllm, llamacpp or openai (with --upstream-url); guardrails stay ours.")] = "native",
    upstream_url: Annotated[str | None, typer.Option(help="engine openai: the OpenAI-compatible server URL.")] = None,
    engine_arg: Annotated[list[str] | None, typer.Option(
        help="Extra argument for the vLLM / llama.cpp server, repeatable (e.g. --engine-arg=--enforce-eager).")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    ui: Annotated[bool, typer.Option("--ui", help="Also serve the web cockpit at /ui (`basementbrew ui`).")] = False,
) -> None:
    """Serve models over HTTP: /generate, /v1/chat/completions, /v1/completions, /v1/models, /metrics."""
    from pydantic import ValidationError

    from basementbrew.config import ModelConfig, SafetyConfig, format_validation_error
    from basementbrew.inference.server import serve as run_server
    from basementbrew.inference.settings import ServerSettings, parse_adapters

    given = {
        "host": host, "port": port, "api_key": api_key, "run": run, "adapters": parse_adapters(adapter or []),
        "device": device, "threads": threads, "max_batch": max_batch, "max_queue": max_queue,
        "rate_limit_rpm": rate_limit, "rate_limit_burst": burst, "allow_danger": allow_danger,
        "model": ModelConfig(name=model, path=model_path), "engine": engine, "upstream_url": upstream_url,
        "engine_args": engine_arg,
    }
    if ui:  # the cockpit's static files; a browser tab polls more than a script, hence the larger default budget
        from basementbrew.ui import UI_RATE_BURST, UI_RATE_LIMIT, static_dir

        given.update(ui_dir=str(static_dir()), rate_limit_rpm=rate_limit or UI_RATE_LIMIT,
                     rate_limit_burst=burst or UI_RATE_BURST)
    if no_guardrails:  # content filters off; sanitization, auth, limits and the audit log stay
        given["safety"] = SafetyConfig(guardrails=False)
    try:
        settings = ServerSettings(**{k: v for k, v in given.items() if v is not None})
    except ValidationError as exc:
        raise BrewError(format_validation_error(exc, "the serve options")) from None
    from rich.console import Console

    from basementbrew.commands.views import quiet_library_bars

    quiet_library_bars(Console(stderr=True))  # in a log or a job: no "Loading weights" bar redrawn on one line
    run_server(settings, log_level=log_level)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
