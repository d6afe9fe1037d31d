"""The report of a build: ``card.md`` (provenance, steps and parameters, counts per step and reason, example
drops) and PNG plots (character and token-count histograms, languages, drops per step), written into the
version folder beside ``card.json``. Token counts come from the embedded SmolLM2 tokenizer (the run's default
model) unless the config asks for words; the packing summary says how much padding packing rows to
``max_seq_length`` saves over padding every document to it.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np


def length_summary(lengths: np.ndarray, tokenizer: str, max_seq_length: int) -> dict[str, Any]:
    if not len(lengths):
        return {"tokenizer": tokenizer, "documents": 0}
    chars, toks = lengths[:, 0], lengths[:, 1]
    total = int(toks.sum())
    truncated = int((toks > max_seq_length).sum())
    padded = len(toks) * max_seq_length  # one row per document, padded (or truncated) to max_seq_length
    useful = int(np.minimum(toks, max_seq_length).sum())
    packed_rows = math.ceil(total / max_seq_length)
    return {
        "tokenizer": tokenizer, "documents": len(toks), "tokens_total": total,
        "chars": {"mean": round(float(chars.mean()), 1), "p50": int(np.median(chars)), "max": int(chars.max())},
        "tokens": {"mean": round(float(toks.mean()), 1), "p50": int(np.median(toks)),
                   "p95": int(np.percentile(toks, 95)), "max": int(toks.max())},
        "packing": {"max_seq_length": max_seq_length, "rows_unpacked": len(toks), "rows_packed": packed_rows,
                    "padding_unpacked": round(1 - useful / padded, 4),
                    "padding_packed": round(1 - total / max(1, packed_rows * max_seq_length), 4),
                    "documents_truncated_unpacked": truncated},
    }


def _plots(folder: Path, card: dict[str, Any], lengths: np.ndarray) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    made = []
    folder.mkdir(exist_ok=True)
    tok_name = card["lengths"].get("tokenizer", "words")
    for col, name, label in [(0, "lengths_chars.png", "characters"), (1, "lengths_tokens.png", f"tokens ({tok_name})")]:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        data = lengths[:, col] if len(lengths) else np.zeros(0)
        ax.hist(data, bins=min(50, max(5, len(data) // 4 or 5)), color="#b5651d")
        ax.set_xlabel(label)
        ax.set_ylabel("documents")
        ax.set_title(f"{card['name']}@v{card['version']}: {label} per document")
        fig.tight_layout()
        fig.savefig(folder / name, dpi=90)
        plt.close(fig)
        made.append(name)
    langs = list(card.get("languages", {}).items())[:20]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.bar([k for k, _ in langs], [v for _, v in langs], color="#3a7d44")
    ax.set_ylabel("documents kept")
    ax.set_title("languages")
    fig.tight_layout()
    fig.savefig(folder / "languages.png", dpi=90)
    plt.close(fig)
    made.append("languages.png")
    stats = card["pipeline"]["stats"]
    names = list(stats)
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(names) + 1.5))
    ax.barh(names, [stats[n]["dropped"] for n in names], color="#a23b3b")
    ax.invert_yaxis()
    ax.set_xlabel("documents dropped")
    ax.set_title("drops per step")
    fig.tight_layout()
    fig.savefig(folder / "drops_per_step.png", dpi=90)
    plt.close(fig)
    made.append("drops_per_step.png")
    return made


def _preference_line(card: dict[str, Any]) -> list[str]:
    """What a preference version holds and the training method for it (nothing for other versions)."""
    if card.get("kind") != "preference":
        return []
    counts = card["counts"]
    if card.get("shape") == "paired":
        return [f"- preference pairs (DPO/ORPO data): {counts['pairs']} pairs; train with "
                "`--set training.method=dpo`"]
    return [f"- thumbs rows (KTO data): {counts['thumbs_up']} up, {counts['thumbs_down']} down; "
            "train with `--set training.method=kto`"]


def card_markdown(card: dict[str, Any], plots: list[str]) -> str:
    pipe = card["pipeline"]
    out = [f"# {card['name']}@v{card['version']}", "",
           f"- source: `{card['source']}`", f"- content sha256: `{card['sha256']}`",
           "- splits: " + ", ".join(f"{s} {d['rows']} rows" for s, d in card["splits"].items()),
           f"- excluded: {pipe['excluded']} documents (the `excluded-*.parquet` shards, with step and reason)",
           f"- built in {card.get('build_seconds', 0)} s",
           *_preference_line(card),
           "", "## Steps", "",
           "| step | params | seen | kept | dropped | modified | dropped by reason |", "|---|---|---|---|---|---|---|"]
    for name, s in pipe["stats"].items():
        params = pipe["params"].get(name, {})
        reasons = ", ".join(f"{r} {c}" for r, c in s["dropped_by_reason"].items()) or "-"
        out.append(f"| {name} | `{params}` | {s['seen']} | {s['kept']} | {s['dropped']} | {s['modified']} "
                   f"| {reasons} |")
    lens = card["lengths"]
    if lens.get("documents"):
        p = lens["packing"]
        out += ["", "## Lengths", "", f"- tokens ({lens['tokenizer']}): total {lens['tokens_total']}, mean "
                f"{lens['tokens']['mean']}, p95 {lens['tokens']['p95']}, max {lens['tokens']['max']}",
                f"- packing to {p['max_seq_length']} tokens: {p['rows_packed']} rows instead of {p['rows_unpacked']}; "
                f"padding {p['padding_packed']:.1%} packed vs {p['padding_unpacked']:.1%} one document per row "
                f"({p['documents_truncated_unpacked']} documents longer than a row)"]
    if card.get("languages"):
        out += ["", "## Languages", "", ", ".join(f"{k} {v}" for k, v in card["languages"].items())]
    if card.get("examples_dropped"):
        out += ["", "## Example drops", ""]
        for key, rows in card["examples_dropped"].items():
            step, reason = key.split("\t")
            for r in rows:
                snippet = " ".join(r["text"].split())[:160]
                detail = f" ({r['detail']})" if r["detail"] else ""
                out.append(f"- **{step} / {reason}** `{r['id']}`: {snippet}{detail}")
    out += ["", "## Plots", ""] + [f"![{p}](plots/{p})" for p in plots]
    return "\n".join(out) + "\n"


def write_report(folder: Path, card: dict[str, Any], lengths: np.ndarray) -> None:
    plots = _plots(folder / "plots", card, lengths)
    (folder / "card.md").write_text(card_markdown(card, plots), encoding="utf-8")
