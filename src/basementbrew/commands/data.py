"""`basementbrew data preview|prepare|list`: see what a config trains on, store a dataset version, list them.

`preview` renders a few examples through the model's chat template and colours each token: dim = masked
(no loss), green = trained, reversed = the end-of-turn token. It checks every example (not only the shown
ones) and exits with code 1 when any would train on nothing or never learn to stop.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from basementbrew.errors import BrewError

app = typer.Typer(help="Preview, prepare and list datasets.", no_args_is_help=True)
console = Console()


@app.command()
def preview(
    config: Annotated[Path, typer.Argument(help="YAML training config.")],
    n: Annotated[int, typer.Option("--n", min=1, max=100, help="Examples to show.")] = 3,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override: key.path=value")] = None,
) -> None:
    """Show, token by token, which tokens of the rendered chat carry loss; check end-of-turn tokens."""
    from basementbrew.data.preview import preview as run_preview
    from basementbrew.runs import resolve_config

    cfg = resolve_config(config, set_ or [])
    result = run_preview(cfg, n)
    tok, eot = result["tokenizer"], result["end_of_turn"]
    console.print(f"[bold]{result['model']}[/] on [bold]{result['dataset']}[/], max_seq_length "
                  f"{cfg.data.max_seq_length}.  Legend: [dim]masked[/] [black on green]trained[/] "
                  f"[bold reverse green]{eot}[/] (end of turn)")
    for i, ex in enumerate(result["examples"], 1):
        console.rule(f"example {i}: {len(ex.input_ids)} tokens, {ex.n_trained} carry loss")
        console.print(_render(ex, tok, eot))
        for problem in ex.problems:
            console.print(f"[red]problem:[/] {problem}")
    c = result["counts"]
    console.rule("check")
    console.print(f"{c['checked']} examples checked: {c['no_loss']} without any trained token, "
                  f"{c['no_end_of_turn']} whose trained part lacks {eot!r}")
    if c["no_loss"] or c["no_end_of_turn"]:
        console.print("[red]fix before training:[/] raise data.max_seq_length, or use the model's own chat "
                      "template so every answer ends in its end-of-turn token")
        raise typer.Exit(1)
    console.print("[green]ok:[/] every example trains on its answer and ends it with the end-of-turn token")


def _render(ex, tokenizer, eot: str):
    """A rich Text: masked tokens dim, trained tokens on green, the end-of-turn token in bold reverse."""
    from rich.text import Text

    text = Text()
    for piece in ex.pieces(tokenizer, eot):
        shown = piece["text"].replace("\n", "↵\n")
        if piece["eot"]:
            style = "bold reverse green" if piece["trained"] else "bold reverse"
        else:
            style = "black on green" if piece["trained"] else "dim"
        text.append(shown, style=style)
        if not piece["text"].endswith("\n"):
            text.append("·", style="dim")  # token boundary
    return text


def _card_table(card: dict) -> Table:
    table = Table(title=f"{card['name']}@v{card['version']}")
    table.add_column("field")
    table.add_column("value")
    table.add_row("source", str(card.get("source")))
    table.add_row("sha256", card.get("sha256", "")[:16] + "…")
    table.add_row("created", dt.datetime.fromtimestamp(card.get("created", 0)).strftime("%Y-%m-%d %H:%M"))
    for split, stats in card.get("splits", {}).items():
        table.add_row(split, json.dumps(stats))
    if card.get("kind") == "raw":  # a scraped dataset: documents per source, errors, shards
        for key in ("documents", "duplicates", "errors", "bytes", "format"):
            table.add_row(key, str(card.get(key)))
        for name, counts in card.get("sources", {}).items():
            table.add_row(f"source {name}", json.dumps(counts))
    return table


@app.command()
def prepare(
    ref: Annotated[str | None, typer.Argument(
        help="bundled:NAME, a .jsonl file, a folder with train/eval.jsonl, NAME@vN (none with --from-votes)")] = None,
    name: Annotated[str | None, typer.Option(help="Store name for a file (default: from the file name).")] = None,
    eval_fraction: Annotated[float, typer.Option(min=0.0, max=0.9, help="Held out when no eval split.")] = 0.1,
    from_votes: Annotated[bool, typer.Option("--from-votes", help="Build a preference dataset from the playground's "
                                             "A/B votes and thumbs (default name: votes / votes-thumbs).")] = False,
    kind: Annotated[str, typer.Option(help="With --from-votes: pairs (dpo/orpo) or thumbs (kto).")] = "pairs",
    skip_missing_models: Annotated[bool, typer.Option(
        "--skip-missing-models", help="With --from-votes: leave out votes for models that no longer exist.")] = False,
    preference: Annotated[bool, typer.Option("--preference", help="REF is a preference file: prompt/chosen/rejected "
                                             "or prompt/completion/label rows.")] = False,
) -> None:
    """Store a dataset version (immutable; identical content returns the existing version) and print its card."""
    from basementbrew.data import store

    if from_votes or preference:
        _prepare_preference(ref, name, eval_fraction, from_votes, kind, skip_missing_models)
        return
    if ref is None:
        raise BrewError("data prepare: give a dataset (bundled:NAME, a .jsonl file, NAME@vN) or --from-votes")
    path = Path(ref).expanduser()
    hint = "check the path given to data prepare"  # not data.dataset: that is a training config's key
    if name and store.names_a_file(ref, path):
        store.check_import_path(path, hint)
        version = store.import_file(path, name, eval_fraction)
    else:
        if name:
            raise BrewError("--name applies to a .jsonl file or folder; bundled and stored datasets keep their name")
        version = store.resolve(ref, eval_fraction, hint=hint)
    console.print(_card_table(version.card))
    console.print(f"use it with: [bold]--set data.dataset={version.ref}[/]")


def _prepare_preference(ref: str | None, name: str | None, eval_fraction: float, from_votes: bool, kind: str,
                        skip_missing: bool) -> None:
    from basementbrew.data import preference

    if from_votes:
        if ref is not None:
            raise BrewError(f"data prepare --from-votes takes no dataset argument (got {ref!r}); use --name to name it")
        from basementbrew.playground.feedback import prepare_from_votes

        version = prepare_from_votes(name, kind, eval_fraction or 0.2, skip_missing_models=skip_missing)  # type: ignore[arg-type]
    else:
        if ref is None:
            raise BrewError("data prepare --preference: give the .jsonl file (or folder) of preference rows")
        version = preference.import_file(Path(ref), name, eval_fraction)
    card = version.card
    console.print(_card_table(card))
    console.print(f"preference rows ({card.get('shape')}); counts: {json.dumps(card.get('counts', {}))}")
    method = "dpo" if card.get("shape") == "paired" else "kto"
    console.print(f"use it with: [bold]--set training.method={method} --set data.dataset={version.ref}[/]")


@app.command("list")
def list_cmd() -> None:
    """Every stored dataset version with its row counts and source."""
    from basementbrew.data import store

    table = Table(title="Datasets")
    for col in ["dataset", "train rows", "eval rows", "source", "created"]:
        table.add_column(col)
    found = store.all_versions()
    for v in found:
        card = v.card
        splits = card.get("splits", {})
        rows = [str(splits.get(split, {}).get("rows", "-")) for split in ("train", "eval")]
        if card.get("kind") == "raw":
            rows = [f"{card.get('documents', 0)} docs (raw)", "-"]
        created = dt.datetime.fromtimestamp(card.get("created", 0)).strftime("%Y-%m-%d %H:%M")
        table.add_row(v.ref, *rows, str(card.get("source")), created)
    if not found:
        console.print("no datasets stored yet; try [bold]basementbrew data prepare bundled:brewing-assistant[/]")
        return
    console.print(table)


@app.command("build")
def build_cmd(
    config: Annotated[Path, typer.Argument(help="YAML build config (name, input, steps, output).")],
    workers: Annotated[int | None, typer.Option(min=1, max=256, help="Worker processes (overrides workers).")] = None,
) -> None:
    """Run a build config's steps over its input, shard by shard, into a new immutable Parquet dataset version."""
    from basementbrew.config import check_config_file
    from basementbrew.data.processing.shards import text_rows
    from basementbrew.data.processing.workflow import build_from_file

    check_config_file(config)  # a folder or a non-UTF-8 file: said as such (the loader would say "not found")
    overrides = {"workers": workers} if workers else None
    try:
        version = build_from_file(config, progress=lambda msg: console.print(f"[dim]{msg}[/]"),
                                  overrides=overrides)
    except KeyboardInterrupt:  # finished tasks are on disk (each renamed into place): the same command resumes
        console.print("[yellow]interrupted:[/] finished steps are kept; run the same command again to resume",
                      soft_wrap=True)
        raise typer.Exit(130) from None
    card = version.card
    table = Table(title=f"{version.ref}: steps")
    for col in ["step", "seen", "kept", "dropped", "modified", "dropped by reason"]:
        table.add_column(col)
    for name, s in card["pipeline"]["stats"].items():
        reasons = ", ".join(f"{r} {c}" for r, c in s["dropped_by_reason"].items()) or "-"
        table.add_row(name, *(str(s[k]) for k in ("seen", "kept", "dropped", "modified")), reasons)
    console.print(table)
    splits = ", ".join(f"{k} {v['rows']}" for k, v in card["splits"].items())
    console.print(f"[green]{version.ref}[/]: {splits} rows; card {version.path / 'card.md'}")
    use = f"--set data.dataset={version.ref}"
    if (plain := text_rows(sorted(version.path.glob("train-*.parquet")))):  # pretraining text: train refuses it
        console.print(f"{version.ref} holds plain text ({plain} train row(s) without an instruction record), "
                      "which `basementbrew train` does not read (it fine-tunes on chat records); turn it into "
                      f"Q/A records with a build whose input.path is {version.ref} and a synthesize step (like "
                      "configs/data/brew-qa.yaml), or build instruction data with output.format: messages",
                      soft_wrap=True, markup=False)
        return
    if card.get("kind") == "preference":  # every row a thumbs row (KTO data) or a pair (DPO data): SFT refuses it
        counts = card.get("counts", {})
        if card.get("shape") == "paired":
            console.print(f"preference pairs (DPO/ORPO data): {counts.get('pairs', 0)} pairs")
            use = f"--set training.method=dpo {use}"
        else:
            console.print(f"thumbs rows (KTO data): {counts.get('thumbs_up', 0)} up, "
                          f"{counts.get('thumbs_down', 0)} down")
            use = f"--set training.method=kto {use}"
    console.print(f"use it with: [bold]{use}[/]")


@app.command("show")
def show_cmd(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@vN of a stored dataset (training or raw).")],
) -> None:
    """A stored version: source, splits, steps with their counters, languages, lengths and where its card is;
    a raw (scraped) version: counts per source, duplicates, errors and shards."""
    from basementbrew.data.processing.compare import find, summary

    if "/" in ref or ref.endswith(".jsonl") or ref.startswith("bundled:"):
        raise BrewError(f"data show {ref!r}: give a stored NAME or NAME@vN (see basementbrew data list)")
    card = find(ref).card  # a stored version only: resolve's "not stored" advice is for data.dataset
    if card.get("kind") == "raw":
        console.print(_card_table(card))
        return
    s = summary(find(ref))
    console.print(f"[bold]{s['ref']}[/] ({s['kind']}) from {s['source']}")
    console.print("splits: " + ", ".join(f"{k} {v}" for k, v in s["splits"].items()) + f"; excluded {s['excluded']}")
    if s["stats"]:
        table = Table(title="steps")
        for col in ["step", "seen", "kept", "dropped", "modified", "dropped by reason"]:
            table.add_column(col)
        for name, st in s["stats"].items():
            reasons = ", ".join(f"{r} {c}" for r, c in st["reasons"].items()) or "-"
            table.add_row(name, *(str(st[k]) for k in ("seen", "kept", "dropped", "modified")), reasons)
        console.print(table)
    if s["languages"]:
        console.print("languages: " + ", ".join(f"{k} {v}" for k, v in s["languages"].items()))
    if s["lengths"].get("documents"):
        t = s["lengths"]["tokens"]
        console.print(f"tokens ({s['lengths']['tokenizer']}): mean {t['mean']}, p95 {t['p95']}, max {t['max']}")
    if s["report"]:
        console.print(f"card: {s['report']}")


@app.command("diff")
def diff_cmd(
    a: Annotated[str, typer.Argument(help="NAME@vN (the older)")],
    b: Annotated[str, typer.Argument(help="NAME@vM (the newer)")],
) -> None:
    """What changed between two versions: rows per split, rows added and removed (examples), changed steps."""
    from basementbrew.data.processing.compare import diff, find

    d = diff(find(a), find(b))
    console.print(f"[bold]{d['a']} → {d['b']}[/]")
    for split, s in d["splits"].items():
        console.print(f"{split}: {s['a']} → {s['b']} rows (+{s['added']} / -{s['removed']})")
        for sign, key in (("+", "added_examples"), ("-", "removed_examples")):
            for ex in s[key]:
                console.print(f"  {sign} {ex['id']}: {' '.join(ex['text'].split())[:100]}", markup=False)
    for name, change in d["steps"].items():
        console.print(f"step {name}: {change}", markup=False)
    if not d["steps"]:
        console.print("steps: same steps, parameters and counters")
