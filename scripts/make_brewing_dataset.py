"""Generate the bundled `brewing-assistant` instruction dataset (licence: CC0, written for this project).

A homebrewing helper that answers calculation questions (ABV from gravities, mash temperatures, batch
volumes, priming sugar, hop bitterness scaling) and style facts in one fixed, checkable format:
a bold answer line, then a one-line working. The base SmolLM2-135M model answers these loosely and
often wrongly; after a few minutes of LoRA it adopts the format and the formulas, which is the visible
change the quickstart shows. Deterministic (seeded), so the shipped file is reproducible:

    python scripts/make_brewing_dataset.py   # rewrites src/basementbrew/assets/datasets/brewing-assistant/
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/basementbrew/assets/datasets/brewing-assistant"
SYSTEM = "You are BrewBot, a concise homebrewing assistant."

# Typical ranges, stated in our own words from general brewing knowledge (BJCP-style ranges are facts).
STYLES = {
    "German Pilsner": (4.4, 5.2, 22, 40),
    "American IPA": (5.5, 7.5, 40, 70),
    "Irish Stout": (4.0, 4.5, 25, 45),
    "Hefeweizen": (4.3, 5.6, 8, 15),
    "Belgian Tripel": (7.5, 9.5, 20, 40),
    "American Pale Ale": (4.5, 6.2, 30, 50),
    "Porter": (4.5, 6.0, 20, 40),
    "Saison": (5.0, 7.0, 20, 35),
    "Oktoberfest": (5.8, 6.3, 18, 24),
    "Dry Stout": (4.0, 5.0, 25, 45),
    "Barleywine": (8.0, 12.0, 50, 100),
    "Kolsch": (4.4, 5.2, 18, 30),
    "Witbier": (4.5, 5.5, 8, 20),
    "Doppelbock": (7.0, 10.0, 16, 26),
    "Brown Ale": (4.2, 6.0, 20, 30),
    "Czech Pilsner": (4.2, 5.8, 30, 45),
    "Imperial Stout": (8.0, 12.0, 50, 90),
    "Berliner Weisse": (2.8, 3.8, 3, 8),
    "Dubbel": (6.0, 7.6, 15, 25),
    "English Bitter": (3.2, 3.8, 25, 35),
}


def _abv(rng: random.Random) -> tuple[str, str]:
    og = rng.randint(1035, 1095) / 1000
    fg = rng.randint(1004, min(1020, int(og * 1000) - 15)) / 1000
    abv = (og - fg) * 131.25
    q = rng.choice([
        "My beer started at {og} and finished at {fg}. What's the ABV?",
        "OG {og}, FG {fg}: how strong is it?",
        "Original gravity was {og}, final gravity {fg}. Alcohol by volume?",
        "What ABV do I get from {og} down to {fg}?",
        "Calculate ABV: OG={og} FG={fg}",
    ]).format(og=f"{og:.3f}", fg=f"{fg:.3f}")
    a = f"**ABV: {abv:.1f}%**\nWorking: ({og:.3f} - {fg:.3f}) x 131.25 = {abv:.2f}%"
    return q, a


def _temp(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        f = rng.randint(140, 170)
        c = (f - 32) * 5 / 9
        q = rng.choice(["Mash at {f} F. What is that in Celsius?", "Convert {f} °F to °C for my mash.",
                        "{f}F in celsius?", "My recipe says mash at {f}°F. Celsius please."]).format(f=f)
        a = f"**{c:.1f} °C**\nWorking: ({f} - 32) x 5/9 = {c:.2f} °C"
    else:
        c = rng.randint(60, 78)
        f = c * 9 / 5 + 32
        q = rng.choice(["Mash at {c} C. What is that in Fahrenheit?", "Convert {c} °C to °F.",
                        "{c}C in fahrenheit?", "Strike water target {c}°C, what's that in F?"]).format(c=c)
        a = f"**{f:.1f} °F**\nWorking: {c} x 9/5 + 32 = {f:.2f} °F"
    return q, a


def _volume(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        gal = rng.choice([1, 2.5, 3, 5, 5.5, 6, 10, 15])
        litres = gal * 3.78541
        q = rng.choice(["How many litres is a {g} gallon batch?", "{g} US gallons to liters?",
                        "Convert my {g} gal batch to litres."]).format(g=gal)
        a = f"**{litres:.1f} L**\nWorking: {gal} gal x 3.785 L/gal = {litres:.2f} L"
    else:
        litres = rng.choice([5, 10, 19, 20, 23, 25, 40, 50])
        gal = litres / 3.78541
        q = rng.choice(["How many US gallons is {l} litres?", "{l} L batch in gallons?",
                        "Convert {l} liters to gallons."]).format(l=litres)
        a = f"**{gal:.2f} gal**\nWorking: {litres} L / 3.785 L/gal = {gal:.3f} gal"
    return q, a


def _priming(rng: random.Random) -> tuple[str, str]:
    litres = rng.choice([10, 19, 20, 23, 25])
    vols = rng.choice([2.0, 2.2, 2.4, 2.5, 2.6, 2.8])
    grams = litres * (vols - 0.85) * 4.0  # ~4 g/L sucrose per volume of CO2; ~0.85 vols remain at 20 °C
    q = rng.choice(["How much table sugar to prime {l} L to {v} volumes of CO2?",
                    "Priming sugar for {l} litres at {v} vols?",
                    "I want {v} volumes of carbonation in {l} L. Sugar amount?"]).format(l=litres, v=vols)
    a = f"**{grams:.0f} g of sucrose**\nWorking: {litres} L x ({vols} - 0.85) vols x 4 g/L = {grams:.1f} g"
    return q, a


def _hops(rng: random.Random) -> tuple[str, str]:
    grams = rng.choice([20, 25, 28, 30, 40, 50, 60])
    old, new = rng.sample([4.5, 5.0, 5.5, 6.0, 7.0, 8.5, 10.0, 12.0, 13.5], 2)
    scaled = grams * old / new
    q = rng.choice(["Recipe calls for {g} g of hops at {o}% alpha, mine are {n}%. How much do I use?",
                    "Scale {g} g of {o}% AA hops to hops with {n}% AA.",
                    "My hops are {n}% alpha acid instead of {o}%. Replace {g} g with?"]).format(
        g=grams, o=old, n=new)
    a = f"**{scaled:.1f} g**\nWorking: {grams} g x {old} / {new} = {scaled:.2f} g"
    return q, a


def _style(rng: random.Random) -> tuple[str, str]:
    style = rng.choice(list(STYLES))
    lo, hi, ilo, ihi = STYLES[style]
    if rng.random() < 0.5:
        q = rng.choice(["What ABV is typical for a {s}?", "How strong is a {s} usually?",
                        "Typical alcohol range of {s}?"]).format(s=style)
        a = f"**{lo:.1f}-{hi:.1f}% ABV**\nStyle: {style}, typical range."
    else:
        q = rng.choice(["How bitter is a {s}?", "IBU range for {s}?",
                        "What bitterness should a {s} have?"]).format(s=style)
        a = f"**{ilo}-{ihi} IBU**\nStyle: {style}, typical range."
    return q, a


TASKS: list[Callable[[random.Random], tuple[str, str]]] = [_abv, _temp, _volume, _priming, _hops, _style]


def build(n_train: int = 420, n_eval: int = 60, seed: int = 1234) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    seen: set[str] = set()
    rows: list[dict] = []
    while len(rows) < n_train + n_eval:
        q, a = rng.choice(TASKS)(rng)
        if q in seen:
            continue
        seen.add(q)
        rows.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": q},
                                  {"role": "assistant", "content": a}]})
    return rows[:n_train], rows[n_train:]


def main() -> None:
    train, evals = build()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in [("train.jsonl", train), ("eval.jsonl", evals)]:
        (OUT / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (OUT / "README.md").write_text(
        "# brewing-assistant\n\nGenerated by `scripts/make_brewing_dataset.py` (seeded, reproducible). "
        f"{len(train)} train / {len(evals)} held-out conversations in `messages` format. Licence: CC0.\n"
        "Tasks: ABV from gravities, mash temperature and volume conversions, priming sugar, hop alpha-acid "
        "scaling, typical style ranges. Answers follow one format: a bold answer, then a one-line working.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(train)} train and {len(evals)} eval rows to {OUT}")


if __name__ == "__main__":
    main()
