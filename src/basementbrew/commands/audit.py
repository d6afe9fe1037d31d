"""`basementbrew audit`: verify the hash chain of the DANGER MODE audit log and list activations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="The tamper-evident DANGER MODE audit log.", no_args_is_help=True)
console = Console()
PathOpt = Annotated[Path | None, typer.Option("--path", help="Log file; default BREW_HOME/audit/danger.jsonl.")]


def _log(path: Path | None) -> object:
    """The audit log at ``path`` (default: the workspace's); a ``--path`` that names nothing is an error, not an
    empty log that verifies "ok"."""
    from basementbrew.errors import BrewError
    from basementbrew.safety.audit import AuditLog

    if path is not None and not path.exists():
        raise BrewError(f"no audit log at {path}; pass the log file with --path (a workspace's is "
                        f"BREW_HOME/audit/danger.jsonl), or leave --path out for this workspace's")
    return AuditLog(path)


@app.command()
def verify(path: PathOpt = None) -> None:
    """Check every record's hash and chain; exit 1 naming the record when something was changed."""
    log = _log(path)
    problems = log.verify()
    if problems:
        for p in problems:
            console.print(f"[red]TAMPERED[/] {p}", highlight=False)
        raise typer.Exit(1)
    console.print(f"[green]ok[/]: {len(log.records())} records in {log.path}, head {log.head_hash()}",
                  highlight=False)


def _expiry(exp: object) -> str:
    """A record's ``expires`` (epoch seconds) as UTC time; an edited value no date can hold is shown as it is
    (``audit verify`` names the edited record) instead of ending the listing with OverflowError."""
    if not isinstance(exp, int):
        return ""
    try:
        return datetime.fromtimestamp(exp, UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError, OSError):
        return f"{exp} (not a date)"


@app.command()
def show(path: PathOpt = None, all_events: Annotated[bool, typer.Option("--all", help="Every event.")] = False) -> None:
    """List danger-mode activations (with --all: uses and deactivations too)."""
    log = _log(path)
    table = Table("#", "time (UTC)", "event", "client", "key sha256", "scope", "expires")
    for r in log.records():
        if not all_events and r.get("event") != "danger_on":
            continue
        expires = _expiry(r.get("expires"))
        table.add_row(str(r.get("seq")), str(r.get("ts")), str(r.get("event")), str(r.get("client", "")),
                      str(r.get("key_hash", ""))[:12], str(r.get("scope", "")), expires)
    console.print(table)
