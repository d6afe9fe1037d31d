"""`basementbrew chat` and `basementbrew playground chat|batch|bench|ab|votes|export`.

Every command talks either to a running server (``--url http://127.0.0.1:8000``, key from
``$BREW_API_KEY``) or, without ``--url``, to a model loaded in this process (``--run`` / ``--model`` /
``--adapter NAME=PATH``) behind the same guardrails. ``chat`` is also a top-level command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from basementbrew.errors import BrewError
from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS, MAX_NEW_TOKENS, MAX_TEMPERATURE, SAMPLE_MAX_NEW_TOKENS

console = Console()
app = typer.Typer(
    help="Chat, batch inference, benchmarks, blind A/B votes and conversation export.", no_args_is_help=True
)

Url = Annotated[str | None, typer.Option(help="Server URL (e.g. http://127.0.0.1:8000); default: load here.")]
Key = Annotated[str | None, typer.Option(envvar="BREW_API_KEY", help="API key for --url.")]
Run = Annotated[str | None, typer.Option(help="Load this run (base + adapter) in-process.")]
Model = Annotated[str | None, typer.Option(help="Model id to talk to (default: the run, else the base).")]
Adapter = Annotated[list[str] | None, typer.Option(help="NAME=PATH extra adapters when loading in-process.")]
# Checked while the options are read, before a model loads or a request is sent: a --max-tokens the server
# refuses made every request fail with a 400 (and `batch` still exited 0), a --concurrency of 0 was accepted.
MaxTokens = Annotated[int, typer.Option(min=1, max=MAX_NEW_TOKENS, help="Most tokens per answer.")]
Temperature = Annotated[float, typer.Option(min=0.0, max=MAX_TEMPERATURE, help="Sampling temperature (0 = greedy).")]
MAX_CLIENTS = 256  # concurrent requests a batch or bench opens at most (the server's max_batch ceiling)


def _backend(url: str | None, api_key: str | None, run: str | None, adapter: list[str] | None) -> Any:
    from basementbrew.commands.views import quiet_library_bars
    from basementbrew.inference.settings import parse_adapters
    from basementbrew.playground.backends import open_backend

    if not url:  # a model loads in this process: no "Loading weights" bar redrawn into a log
        quiet_library_bars(Console(stderr=True))
    return open_backend(url=url, api_key=api_key, run=run, adapters=parse_adapters(adapter or []))


def _pick(backend: Any, model: str | None, run: str | None) -> str:
    names = backend.models()
    choice = model or (Path(run).name if run else None) or names[0]
    if choice not in names:
        raise BrewError(f"model {choice!r} is not served; choose one of: {', '.join(names)}")
    return choice


def _load_named_runs(
    model_a: str, model_b: str, run: str | None, adapter: list[str] | None
) -> tuple[str, str, str | None, list[str] | None]:
    """For an in-process `ab`: each of --a/--b that names a run (by name or folder) and is not loaded yet
    becomes the --run (the first one) or an --adapter NAME=RUN (the next), and is called by its run name.
    A name that is no run must be a base model id (checked by the backend once loaded); one that is neither
    is refused before any model loads."""
    from basementbrew.errors import BrewError
    from basementbrew.inference.settings import parse_adapters
    from basementbrew.models.registry import REGISTRY
    from basementbrew.runs import find_run

    loaded = set(parse_adapters(adapter or [])) | ({Path(run).name} if run else set())
    extra = list(adapter or [])
    names = []
    for name in (model_a, model_b):
        try:
            found = find_run(name)
        except (BrewError, OSError) as exc:  # not a run (a base model id, or no runs folder yet)
            if name not in loaded and name not in REGISTRY:
                runs = str(exc).partition("recent runs: ")[2] or "none yet"
                raise BrewError(f"{name!r} is neither a run (recent runs: {runs}) nor a model id "
                                f"({', '.join(REGISTRY)}); pass a run name or folder to --a/--b") from None
            names.append(name)
            continue
        if found.name not in loaded:
            if run is None:
                run = str(found.path)
            else:
                extra.append(f"{found.name}={found.path}")
            loaded.add(found.name)
        names.append(found.name)
    return names[0], names[1], run, extra or None


def _out_file(out: Path, src: Path | None = None) -> Path:
    """``--out`` checked before a model loads or anything is written: a folder, a path under a file or one in
    a folder this user cannot write in failed only at the end (an IsADirectoryError / FileExistsError
    traceback after every answer was generated); the batch file itself or a file among the saved
    conversations was silently replaced by the results."""
    import os

    from basementbrew.playground.chat import conversations_dir

    if out.is_dir():
        raise BrewError(f"--out {out} is a folder; give a file path, e.g. {out / 'results.jsonl'}")
    where = next((p for p in out.parents if p.exists()), Path("."))
    if not where.is_dir():
        raise BrewError(f"--out {out}: {where} is a file, not a folder; give a file path in a folder")
    if not os.access(where, os.W_OK | os.X_OK):
        raise BrewError(f"--out {out}: cannot write in {where}; give a file path in a folder you can write to")
    if src is not None and out.exists() and os.path.samefile(out, src):
        raise BrewError(f"--out {out} is the batch file itself; writing the results there would replace your "
                        "prompts. Give another --out")
    if out.resolve().parent == conversations_dir().resolve():
        raise BrewError(f"--out {out} is inside the saved conversations folder, where it would replace or pass "
                        "for a saved conversation; give a file path elsewhere")
    return out


CHAT_COMMANDS = ("/reset", "/save", "/exit")
COMMAND_ALIASES = {"/quit": "/exit"}


def chat_command(text: str) -> tuple[str | None, str | None]:
    """What one typed line is: ``(None, None)`` for a message to send, ``(command, None)`` for a chat command
    to run, ``(None, line)`` for a refusal to print (nothing is sent).

    The rule: a line is a command when its first word is a slash word, ``/`` then letters, digits, ``-`` or
    ``_`` and nothing else (``/reset``, ``/help``, ``/Save``). Chat commands take no arguments, so
    ``/reset now`` is refused with what ``/reset`` takes, and an unknown slash word (``/bogus x``) is refused
    with the commands there are. A first word with anything more after the slash, a path like
    ``/etc/hosts`` or ``/usr/bin/python``, is an ordinary message and goes to the model; so is a line with any
    word before the slash word (``about /reset``)."""
    import re

    words = text.split()
    if not words or re.fullmatch(r"/[A-Za-z][\w-]*", words[0]) is None:
        return None, None
    name = COMMAND_ALIASES.get(words[0].lower(), words[0].lower())
    if name not in CHAT_COMMANDS:
        return None, f"unknown command {words[0]}; commands: {', '.join(CHAT_COMMANDS)}"
    if len(words) > 1:
        return None, f"{words[0]} takes no arguments; type {words[0]} on its own"
    return name, None


@app.command("chat")
def chat(
    url: Url = None,
    api_key: Key = None,
    run: Run = None,
    model: Model = None,
    adapter: Adapter = None,
    system: Annotated[str | None, typer.Option(help="System prompt.")] = None,
    max_tokens: MaxTokens = DEFAULT_MAX_NEW_TOKENS,
    temperature: Temperature = 0.7,
    save: Annotated[bool, typer.Option(help="Save the conversation for export.")] = True,
) -> None:
    """Chat in the terminal with streaming replies. Commands: /reset, /save, /exit, each alone on its line;
    a line that starts with a path (/etc/hosts ...) is a message."""
    from basementbrew.playground.chat import ChatSession

    backend = _backend(url, api_key, run, adapter)
    session = ChatSession(
        backend, _pick(backend, model, run), system, {"max_tokens": max_tokens, "temperature": temperature}
    )
    console.print(f"[bold]chatting with {session.model}[/] ({', '.join(CHAT_COMMANDS)})")
    shown: list[bool] = []  # "bot> " is printed with the reply's first piece: a refused message gets none

    def show(piece: str) -> None:
        if not shown:
            console.print("[bold green]bot> [/]", end="")
            shown.append(True)
        console.out(piece, end="", highlight=False)

    while True:
        try:
            text = console.input("[bold cyan]you> [/]")
        except (EOFError, KeyboardInterrupt):
            break
        command, refusal = chat_command(text)  # a typo or '/reset now' was sent to the model as a message
        if refusal:
            console.print(refusal, highlight=False)
            continue
        if command == "/exit":
            break
        if command == "/reset":
            session.reset()
            continue
        if command == "/save":
            console.print(f"saved {session.save()}")
            continue
        if not text.strip():
            continue
        shown.clear()
        try:
            reply = session.send(text, on_delta=show)
        except BrewError as exc:  # a guardrail block or a server's 4xx ended the chat (exit 2), nothing saved
            why = session.system_refused(exc)
            if why is not None:  # every message would be refused for it: the option itself is the problem
                raise BrewError(f"--system: {why}; pass a system prompt the input guardrails accept, or leave "
                                "--system out") from None
            console.print(("\n" if shown else "") + f"[yellow]{escape(session.refusal(exc))}[/]", soft_wrap=True)
            continue
        except KeyboardInterrupt:  # typer exited 130 in silence, and the whole conversation was lost
            if hasattr(backend, "engine"):  # an in-process model: end its generation before Python exits
                backend.engine.stop()  # (left running, it aborted the process: 'terminate called ...', exit 134)
            kept = "the conversation before it is saved" if session.turns else "there was no earlier turn to save"
            console.print(f"\n[yellow]interrupted:[/] that reply was dropped; {kept}", soft_wrap=True)
            break
        if not shown:
            console.print("[bold green]bot> [/]", end="")
        ttft = f"{reply.ttft_s:.2f}s" if reply.ttft_s is not None else "-"
        console.print(
            f"\n[dim]{reply.completion_tokens} tokens, first token {ttft}, {reply.latency_s:.2f}s, "
            f"finish: {reply.finish_reason}[/]"
        )
    if save and session.turns:
        console.print(f"conversation saved: {session.save()}")


@app.command("batch")
def batch(
    src: Annotated[Path, typer.Argument(help="JSONL of prompts / messages / OpenAI batch requests.")],
    out: Annotated[Path, typer.Option(help="Where to write results (JSONL).")] = Path("batch_results.jsonl"),
    url: Url = None,
    api_key: Key = None,
    run: Run = None,
    model: Model = None,
    adapter: Adapter = None,
    concurrency: Annotated[int, typer.Option(min=1, max=MAX_CLIENTS, help="Requests in flight at once.")] = 8,
    max_tokens: MaxTokens = DEFAULT_MAX_NEW_TOKENS,
    temperature: Temperature = 0.0,
) -> None:
    """Answer every line of a JSONL file; results keep input order and carry latency / TTFT.

    Exits 1 when every request failed (each error is in the output file), so a script notices."""
    from basementbrew.playground.batch import read_requests, run_batch

    rows = read_requests(src)  # every line checked before a model loads or a request is sent
    _out_file(out, src)
    backend = _backend(url, api_key, run, adapter)
    summary = run_batch(
        backend, rows, out, _pick(backend, model, run), concurrency, max_tokens=max_tokens, temperature=temperature
    )
    console.print(summary)
    if summary["requests"] and summary["failed"] == summary["requests"]:
        console.print(f"[red]every request failed[/]; the errors are in {summary['output']}", soft_wrap=True)
        raise typer.Exit(1)


@app.command("bench")
def bench(
    url: Url = None,
    api_key: Key = None,
    run: Run = None,
    model: Model = None,
    adapter: Adapter = None,
    clients: Annotated[str, typer.Option(help="Comma-separated concurrency levels.")] = "1,4,16",
    requests_per_client: Annotated[int, typer.Option(min=1, max=1000, help="Requests each client sends.")] = 2,
    max_tokens: MaxTokens = SAMPLE_MAX_NEW_TOKENS,
) -> None:
    """Tokens/s, time to first token and latency percentiles at several concurrency levels."""
    from basementbrew.playground.bench import run_bench

    levels = _levels(clients)  # before the backend: a model may take a while to load
    backend = _backend(url, api_key, run, adapter)
    name = _pick(backend, model, run)
    table = Table("clients", "requests", "failures", "tokens/s", "TTFT p50", "p50", "p99", "vs 1 client")
    base = None
    for level in levels:
        s = run_bench(backend, name, level, requests_per_client, max_tokens).summary()
        base = base or s["tokens_per_s"]
        table.add_row(
            *(
                str(s[k])
                for k in (
                    "clients",
                    "requests",
                    "failures",
                    "tokens_per_s",
                    "ttft_p50_s",
                    "latency_p50_s",
                    "latency_p99_s",
                )
            ),
            f"{s['tokens_per_s'] / base:.2f}x" if base else "-",
        )
    console.print(table)


def _levels(text: str) -> list[int]:
    """``--clients 1,4,16`` as numbers, each 1..MAX_CLIENTS ('x' was a ValueError traceback, 0 one from the
    thread pool)."""
    try:
        levels = [int(part) for part in text.split(",")]
    except ValueError:
        levels = []
    if not levels or not all(1 <= n <= MAX_CLIENTS for n in levels):
        raise BrewError(f"--clients {text!r}: give comma-separated client counts from 1 to {MAX_CLIENTS}, "
                        "e.g. 1,4,16")
    return levels


@app.command("ab")
def ab(
    prompt: Annotated[str, typer.Argument(help="The prompt both models answer.")],
    model_a: Annotated[str, typer.Option("--a", help="First model id.")],
    model_b: Annotated[str, typer.Option("--b", help="Second model id.")],
    url: Url = None,
    api_key: Key = None,
    run: Run = None,
    adapter: Adapter = None,
    blind: Annotated[bool, typer.Option(help="Hide which model is which until you vote.")] = False,
    vote: Annotated[str | None, typer.Option(help="left/right/tie/both_bad (else asked).")] = None,
    max_tokens: MaxTokens = DEFAULT_MAX_NEW_TOKENS,
    temperature: Temperature = 0.7,
) -> None:
    """Same prompt to two models side by side; your vote is stored and tallied per model pair.

    Without --url, a run named by --a or --b is loaded here (its adapter on the shared base model), so
    `--a quickstart --b smollm2-135m` needs no --run/--adapter."""
    from typing import get_args

    import click

    from basementbrew.playground.ab import Vote, record_vote, run_round

    choices = get_args(Vote)
    if vote is not None and vote.strip() not in choices:  # before two answers are generated, not after
        raise BrewError(f"--vote {vote!r}: choose one of {', '.join(choices)}")
    if not url:
        model_a, model_b, run, adapter = _load_named_runs(model_a, model_b, run, adapter)
    backend = _backend(url, api_key, run, adapter)
    rnd = run_round(backend, prompt, model_a, model_b, blind, max_tokens=max_tokens, temperature=temperature)
    table = Table(rnd.shown("left"), rnd.shown("right"), show_lines=True)
    table.add_row(rnd.left[1].text, rnd.right[1].text)
    console.print(table)
    try:
        choice = vote or typer.prompt("vote", type=click.Choice(choices))
    except (typer.Abort, click.exceptions.Abort):  # stdin closed or Ctrl-C: click said only "Aborted."
        raise BrewError(f"no vote was read (stdin ended or Ctrl-C); nothing was stored. Pass --vote "
                        f"{'|'.join(choices)} to vote without a prompt") from None
    record = record_vote(rnd, choice.strip())  # type: ignore[arg-type]
    if blind:
        console.print(f"left was [bold]{rnd.left[0]}[/], right was [bold]{rnd.right[0]}[/]")
    console.print(f"recorded: winner {record['winner'] or choice}")


@app.command("votes")
def votes() -> None:
    """Tally of A/B votes per model pair."""
    from basementbrew.playground.ab import tally

    table = Table("pair", "total", "wins", "tie", "both_bad")
    for pair, row in tally().items():
        table.add_row(pair, str(row["total"]), json.dumps(row["wins"]), str(row["tie"]), str(row["both_bad"]))
    console.print(table)


@app.command("thumb")
def thumb(
    conversation: Annotated[str, typer.Argument(help="A saved conversation id (or path).")],
    turn: Annotated[int, typer.Argument(min=0, help="Which assistant answer, 0 = the first.")],
    verdict: Annotated[str, typer.Argument(help="up or down.")],
) -> None:
    """Thumbs up/down on one answer of a saved chat (KTO rows for `data prepare --from-votes --kind thumbs`)."""
    from basementbrew.playground.feedback import record_chat_feedback

    record = record_chat_feedback(conversation, turn, verdict.strip())  # type: ignore[arg-type]
    console.print(f"recorded: thumbs {record['thumb']} for {record['model']}")


@app.command("export")
def export(
    ids: Annotated[list[str] | None, typer.Argument(help="Conversation ids or paths (default: all).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, md or jsonl (training format).")] = "jsonl",
    out: Annotated[Path, typer.Option(help="Output file.")] = Path("conversations.jsonl"),
) -> None:
    """Export saved conversations; jsonl is the chat format `basementbrew train` accepts as a dataset."""
    from basementbrew.playground.chat import list_conversations, load_conversation
    from basementbrew.playground.export import export as do_export

    _out_file(out)
    refs = ids or [str(p) for p in list_conversations()]
    counts = do_export([load_conversation(r) for r in refs], fmt, out)  # type: ignore[arg-type]
    console.print(f"{counts['written']} conversations written to {out} ({counts['skipped']} skipped)")


def register(root: typer.Typer) -> None:
    root.command("chat")(chat)
    root.add_typer(app, name="playground")
