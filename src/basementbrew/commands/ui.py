"""`basementbrew ui`: the server with the web cockpit on, opening it in the browser (`--no-browser` not).

Same as ``basementbrew serve --ui``; the cockpit talks to this server over HTTP only (every button is an
API call a script could make, see /docs). Examples::

    basementbrew ui                               # base SmolLM2, http://127.0.0.1:8000/ui/
    basementbrew ui --run quickstart --allow-danger
"""

from __future__ import annotations

from typing import Annotated

import typer

from basementbrew.commands.serve import (
    AdapterOption,
    HostOption,
    ModelOption,
    PortOption,
    RunOption,
    ThreadsOption,
    serve,
)


def ui(
    run: RunOption = None,
    model: ModelOption = "smollm2-135m",
    adapter: AdapterOption = None,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    api_key: Annotated[
        str | None,
        typer.Option(envvar="BREW_API_KEY", show_envvar=True, help="Bearer key; the page asks for it once."),
    ] = None,
    threads: ThreadsOption = None,
    allow_danger: Annotated[
        bool, typer.Option("--allow-danger", help="Let the Safety tab switch DANGER MODE on (with consent).")
    ] = False,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser tab.")] = False,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "warning",
) -> None:
    """Open the web cockpit: models, data, training with live charts, playground, safety."""
    from rich.console import Console

    from basementbrew.inference.server import check_port_free

    check_port_free(host, port)  # taken: no cockpit URL printed, no tab opened on whatever answers there
    shown = "127.0.0.1" if host in {"0.0.0.0", "::"} else host
    url = f"http://{shown}:{port}/ui/"
    Console().print(f"cockpit: [bold]{url}[/]  (Ctrl-C stops the server; jobs it started keep running)")
    if not no_browser:
        from basementbrew.ui import open_when_ready

        open_when_ready(url)
    serve(run=run, model=model, adapter=adapter, host=host, port=port, api_key=api_key, threads=threads,
          allow_danger=allow_danger, log_level=log_level, ui=True)


def register(app: typer.Typer) -> None:
    app.command("ui")(ui)
