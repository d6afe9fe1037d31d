"""`basementbrew scrape CONFIG.yaml` (or a quick form: `basementbrew scrape reddit --subreddit X --limit 500`).

Runs the configured sources in parallel into a new raw dataset version, with progress per source (rich
bars on a terminal, one line per step otherwise) and a summary of documents, duplicates, errors and bytes.
``--progress-file PATH`` also keeps the per-source counts in a JSON file (rewritten atomically at most twice a
second and when a source finishes): the cockpit's job view draws one bar per source from it.
Running the same command again after an interruption (Ctrl-C, a kill) continues where it stopped.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from basementbrew.errors import BrewError

console = Console()
QUICK = ["web", "reddit", "arxiv", "github", "wikipedia", "news", "files"]


def _quick(kind: str, target: list[str], opts: dict[str, Any]) -> dict[str, Any]:
    """A one-source config from the quick form's flags."""
    src: dict[str, Any] = {"kind": kind}
    if opts["limit"] is not None:
        src["limit"] = opts["limit"]
    if opts["base_url"]:
        src["api_url" if kind == "github" else "base_url"] = opts["base_url"]
    if kind == "web":
        if not target:
            raise BrewError("scrape web needs at least one URL to start from: basementbrew scrape web "
                            "https://example.org/")
        src["seeds"] = target
    elif kind == "reddit":
        if not opts["subreddit"]:
            raise BrewError("scrape reddit needs --subreddit NAME (repeat it for several)")
        src["subreddits"] = opts["subreddit"]
    elif kind == "arxiv":
        src["query"] = opts["query"] or " ".join(target)
        if opts["limit"]:
            src["max_results"] = opts["limit"]
    elif kind == "github":
        if opts["query"]:
            src["query"] = opts["query"]
        src["repos"] = target
    elif kind == "wikipedia":
        src["titles"] = target
        if opts["query"]:
            src["search"] = opts["query"]
        src["language"] = opts["lang"]
    elif kind == "news":
        src["feeds"] = target
        if opts["query"]:
            src["newsapi_query"] = opts["query"]
    elif kind == "files":
        src["paths"] = target
    name = f"{kind}-raw" if opts["name"] is None else opts["name"]  # --name '' is refused, not replaced
    http: dict[str, Any] = {}
    if opts["contact"]:
        http["contact"] = opts["contact"]
    return {"name": name, "sources": [src], "http": http}


def _quick_keys(kind: str) -> dict[str, str]:
    """The quick form's option (or argument) for each config key it fills, for its error messages."""
    words = {"web": "URLs", "github": "OWNER/NAME repos", "wikipedia": "TITLES", "news": "FEED URLs",
             "files": "FILES", "arxiv": "QUERY words"}
    keys = {"name": "--name", "http.contact": "--contact", "sources[0].limit": "--limit",
            "sources[0].max_results": "--limit", "sources[0].base_url": "--base-url",
            "sources[0].api_url": "--base-url", "sources[0].language": "--lang",
            "sources[0].subreddits": "--subreddit", "sources[0].search": "--query",
            "sources[0].newsapi_query": "--query"}
    after = f"{words.get(kind, 'arguments')} after `scrape {kind}`"
    keys["sources[0].query"] = f"--query or {after}" if kind == "arxiv" else "--query"
    for field in ("seeds", "repos", "titles", "feeds", "paths"):
        keys[f"sources[0].{field}"] = after
    return keys


PROGRESS_EVERY_S = 0.5  # how often the --progress-file is rewritten while documents arrive


class _Progress:
    """Rich bars on a terminal; otherwise one line per source each few seconds and at the end; and the
    ``--progress-file`` JSON ({"sources": {name: {documents, duplicates, errors, chars, limit, finished}}})."""

    def __init__(self, names: list[str], file: Path | None = None, limits: dict[str, int | None] | None = None) -> None:
        self.tty = sys.stdout.isatty()
        self.last: dict[str, float] = {}
        self.file, self.written = file, 0.0
        self.state = {n: {"documents": 0, "duplicates": 0, "errors": 0, "chars": 0,
                          "limit": (limits or {}).get(n), "finished": False} for n in names}
        self._write()
        if self.tty:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("[bold]{task.fields[source]}"),
                                TextColumn("{task.completed} docs"), TextColumn("{task.fields[extra]}"),
                                TimeElapsedColumn(), console=console)
            self.tasks = {n: self.bar.add_task(n, total=None, source=n, extra="") for n in names}

    def __enter__(self) -> _Progress:
        if self.tty:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.tty:
            self.bar.stop()

    def _write(self) -> None:
        if self.file is None:
            return
        import json

        from basementbrew.workspace import atomic_write_text

        self.written = time.monotonic()
        atomic_write_text(self.file, json.dumps({"sources": self.state, "updated": time.time()}))

    def __call__(self, name: str, counts: dict[str, int], finished: bool) -> None:
        extra = f"{counts.get('duplicates', 0)} dup, {counts.get('errors', 0)} err"
        self.state[name].update({k: int(counts.get(k, 0)) for k in ("documents", "duplicates", "errors", "chars")},
                                finished=finished)
        reasons = {k[6:]: v for k, v in counts.items() if k.startswith("error:")}
        if reasons:
            self.state[name]["top_error"] = max(reasons, key=reasons.get)
        if finished or time.monotonic() - self.written > PROGRESS_EVERY_S:
            self._write()
        if self.tty:
            self.bar.update(self.tasks[name], completed=counts.get("documents", 0),
                            extra=extra + (" done" if finished else ""))
            return
        now = time.monotonic()
        if finished or now - self.last.get(name, 0) > 2:
            self.last[name] = now
            print(f"{name}: {counts.get('documents', 0)} docs, {extra}{' (done)' if finished else ''}", flush=True)


def _summary(result: Any) -> None:
    table = Table(title=f"scrape {'→ ' + result.ref if result.ref else '(interrupted: run again to resume)'}")
    for col in ["source", "documents", "duplicates", "errors", "second pass", "chars", "top error"]:
        table.add_column(col)
    for name, c in result.counts.items():
        reasons = {k[6:]: v for k, v in c.items() if k.startswith("error:")}
        top = max(reasons, key=reasons.get) if reasons else ""
        table.add_row(name, str(c.get("documents", 0)), str(c.get("duplicates", 0)), str(c.get("errors", 0)),
                      str(c.get("retried", 0)), str(c.get("chars", 0)), f"{top} ({reasons[top]})" if top else "")
    console.print(table)
    console.print(f"{result.http.get('requests', 0)} requests, {result.http.get('bytes', 0):,} bytes fetched, "
                  f"{result.http.get('retries', 0)} retries, {result.http.get('cache_hits', 0)} cache hits; "
                  f"{result.bytes_on_disk:,} bytes of shards in {result.path}; {result.seconds:.1f} s"
                  f"{' (resumed)' if result.resumed else ''}")


def register(app: typer.Typer) -> None:
    @app.command("scrape")
    def scrape_cmd(
        target: Annotated[list[str], typer.Argument(help="CONFIG.yaml, or a source kind (web, reddit, arxiv, github, "
                                                    "wikipedia, news, files) followed by URLs/titles/repos/paths.")],
        subreddit: Annotated[list[str] | None, typer.Option(help="Quick form: subreddit (repeatable).")] = None,
        query: Annotated[str | None, typer.Option(help="Quick form: search query (arxiv, github, wikipedia, "
                                                  "newsapi).")] = None,
        limit: Annotated[int | None, typer.Option(min=1, help="Quick form: most documents.")] = None,
        name: Annotated[str | None, typer.Option(help="Quick form: dataset name (default KIND-raw).")] = None,
        lang: Annotated[str, typer.Option(help="Quick form: Wikipedia language edition.")] = "en",
        base_url: Annotated[str | None, typer.Option(help="Quick form: API base URL (a mirror).")] = None,
        contact: Annotated[str | None, typer.Option(help="Contact (e-mail/URL) sent in the User-Agent.")] = None,
        progress_file: Annotated[Path | None, typer.Option(help="Also keep per-source counts in this JSON file "
                                                           "(what the cockpit draws its bars from).")] = None,
    ) -> None:
        """Scrape sources politely into a new raw dataset (resumable: run the same command again)."""
        from basementbrew.config import check_config_file
        from basementbrew.data.sources import config as scrape_config
        from basementbrew.data.sources import runner

        head, rest = target[0], target[1:]
        if head in QUICK:
            cfg = scrape_config.parse(_quick(head, rest, {"subreddit": subreddit, "query": query, "limit": limit,
                                                          "name": name, "lang": lang, "base_url": base_url,
                                                          "contact": contact}),
                                      header=f"scrape {head}: the options do not make a valid scrape config:",
                                      keys=_quick_keys(head))
        elif Path(head).suffix in {".yaml", ".yml"} or Path(head).is_file():
            if rest:
                raise BrewError(f"scrape {head}: a config takes no further arguments ({' '.join(rest)})")
            check_config_file(Path(head))  # not UTF-8: said as such (the loader would say "not found")
            cfg = scrape_config.load(Path(head))
        else:
            raise BrewError(f"scrape {head!r}: give a CONFIG.yaml or one of {', '.join(QUICK)}")
        scrape_config.preflight(cfg)
        names = runner.source_names(cfg)
        limits = {n: src.limit for n, src in zip(names, cfg.sources, strict=True)}
        with _Progress(names, progress_file, limits) as progress:
            try:
                result = runner.run(cfg, progress)
            except KeyboardInterrupt:
                console.print("[yellow]interrupted:[/] fetched documents are committed; run the same command "
                              "again to resume", soft_wrap=True)  # one line, however narrow the terminal
                raise typer.Exit(130) from None
        _summary(result)
