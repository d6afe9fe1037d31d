"""Generate the bundled `brewing-assistant` instruction dataset (licence: CC0, written for this project).

Why this shape: the quickstart fine-tunes a 135M model for a few minutes on 2 CPU cores, and its samples
must come out *right*, checkably. What we measured on the embedded SmolLM2-135M (40 LoRA steps, batch 8):
- four-digit arithmetic in its head (ABV from gravities, °F to °C: the first version of this set): every
  answer took the trained format and carried a wrong number;
- memorising 30 facts the set repeats ~9 times each (ABV/IBU of 12 styles, yeast temperatures): 2 of 50
  held-out fact questions right; the model answered every style with the same range;
- what it does learn in that budget: copying and re-writing what the question gives it, and a house rule.

So the tasks are: gravity readings to gravity points and back (1.052 is 52 points: the digits after "1.0"),
reading one value out of a brew-log line, and one fixed refusal for questions that are not about brewing.
Every answer opens with one bold span, the *checkable answer* (``**52 points**``, ``**66 °C**``,
``**Off topic**``); ``basementbrew.evaluation.accuracy`` scores a generation by that span. Only the refusal
adds a second line: explanation lines on the other answers were copied across tasks by the trained model
("From your log: points is 52 points"), so they are left out.
The held-out split uses phrasings training never uses, gravity values training never shows, fresh brew
logs and off-topic questions on other subjects, so no prompt is shared between the splits.
Deterministic (seeded):

    python scripts/make_brewing_dataset.py   # rewrites src/basementbrew/assets/datasets/brewing-assistant/
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/basementbrew/assets/datasets/brewing-assistant"
SYSTEM = "You are BrewBot, a concise homebrewing assistant."

REFUSAL = "**Off topic**\nI only answer homebrewing questions."
STYLES = ["Saison", "American IPA", "Irish Stout", "German Pilsner", "Hefeweizen", "Porter", "Belgian Tripel",
          "Kolsch", "Witbier", "Brown Ale", "Pale Ale", "Oatmeal Stout"]

# Phrasings: training and held-out templates are disjoint, so every held-out prompt is a new sentence.
TO_POINTS = (["Write {g} as gravity points.", "How many gravity points is {g}?", "{g} in points?",
              "Convert a gravity of {g} to points.", "The hydrometer reads {g}. Points?"],
             ["My hydrometer says {g}. How many points is that?", "Express {g} in gravity points."])
TO_GRAVITY = (["What gravity is {p} points?", "Write {p} gravity points as a specific gravity.",
               "{p} points as a gravity reading?", "Convert {p} points to specific gravity.",
               "What will the hydrometer show for {p} points?"],
              ["My recipe says {p} points. What should the hydrometer read?", "Turn {p} points into a gravity."])
LOG_FIELDS = {  # field: (question wording, label in the log, unit)
    "og": ("original gravity", "OG", ""), "fg": ("final gravity", "FG", ""),
    "mash": ("mash temperature", "mash", " °C"), "volume": ("batch size", "batch", " L"),
    "boil": ("boil time", "boil", " min"), "ibu": ("bitterness", "bitterness", " IBU"),
}
LOG_ASK = (["Brew log: {log}. What was the {f}?", "From my notes ({log}), tell me the {f}.",
            "{log}. What {f} did I use?", "Here is my log: {log}. {F}?"],
           ["Reading my brew sheet: {log}. Which {f} is written there?", "Log entry: {log}. Remind me of the {f}."])
PREFIX = (["", "Quick question: ", "Hi BrewBot! ", "Hey, "], ["", "Hello! "])

OFF_TOPIC = ([
    "What is the capital of France?", "Write a poem about the sea.", "Who won the 1998 football World Cup?",
    "How do I fix a flat bicycle tyre?", "Explain how a rainbow forms.", "Write a Python function to sort a list.",
    "What is the square root of 144?", "Recommend a good science fiction novel.", "How do I change a car battery?",
    "What is the tallest mountain on Earth?", "Translate 'good morning' into Spanish.",
    "How many legs does a spider have?", "Tell me a joke about cats.", "What year did the Berlin Wall fall?",
    "How do I bake sourdough bread?", "Who painted the Mona Lisa?", "What is the speed of light?",
    "Give me tips for a job interview.", "How do vaccines work?", "Plan a three-day trip to Rome.",
    "What is photosynthesis?", "How do I learn to play guitar?", "Summarise the plot of Hamlet.",
    "What is the boiling point of mercury?", "How do I train my dog to sit?", "Which planet is closest to the Sun?",
    "What is a black hole?", "How do I knit a scarf?", "Write a limerick about a frog.",
    "What is inflation in economics?",
], [
    "Who wrote Pride and Prejudice?", "How do I replace a kitchen tap?", "What is the largest ocean?",
    "Write a haiku about autumn.", "How does a refrigerator work?", "What is the population of Japan?",
    "Explain the rules of chess.", "How do I start running?", "What causes earthquakes?",
    "Suggest a name for my goldfish.", "Who discovered penicillin?", "How do I make a paper plane?",
    "What is the longest river in Africa?", "Give me a workout for my legs.", "How do solar panels work?",
])


def _points(rng: random.Random, values: list[int], split: int) -> tuple[str, str]:
    pts = rng.choice(values)
    g = f"1.{pts:03d}"
    if rng.random() < 0.5:
        q = rng.choice(TO_POINTS[split]).format(g=g)
        return q, f"**{pts} points**"
    q = rng.choice(TO_GRAVITY[split]).format(p=pts)
    return q, f"**{g}**"


def _log(rng: random.Random, split: int) -> tuple[str, str]:
    og = rng.randint(1040, 1075)
    values = {"og": f"1.{og - 1000:03d}", "fg": f"1.{rng.randint(1006, min(1016, og - 25)) - 1000:03d}",
              "mash": str(rng.randint(63, 69)), "volume": str(rng.choice([10, 12, 15, 19, 20, 23, 25, 30])),
              "boil": str(rng.choice([45, 60, 75, 90])), "ibu": str(rng.randint(15, 60))}
    shown = rng.sample(list(LOG_FIELDS), 4)
    log = f"{rng.choice(STYLES)}, " + ", ".join(f"{LOG_FIELDS[k][1]} {values[k]}{LOG_FIELDS[k][2]}" for k in shown)
    field = rng.choice(shown)
    wording, _, unit = LOG_FIELDS[field]
    q = rng.choice(LOG_ASK[split]).format(log=log, f=wording, F=wording[0].upper() + wording[1:])
    return q, f"**{values[field]}{unit}**"


def _message(q: str, a: str) -> dict:
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": q},
                         {"role": "assistant", "content": a}]}


def build(n_train: int = 360, n_eval: int = 60, seed: int = 1234) -> tuple[list[dict], list[dict]]:
    """Train rows from the training phrasings, eval rows from the held-out ones: disjoint prompts, and the
    gravity/points questions of the held-out split use numbers training never shows."""
    rng = random.Random(seed)
    all_points = list(range(30, 100))
    eval_points = sorted(rng.sample(all_points, 14))
    train_points = [p for p in all_points if p not in eval_points]
    splits: list[list[tuple[str, str]]] = []
    for split, n in ((0, n_train), (1, n_eval)):
        refusals = [(p + q, REFUSAL) for q in OFF_TOPIC[split] for p in PREFIX[split]][: n // 4]
        rows, seen = list(refusals), {q for q, _ in refusals}
        while len(rows) < n:
            if rng.random() < 0.5:
                q, a = _points(rng, train_points if split == 0 else eval_points, split)
            else:
                q, a = _log(rng, split)
            q = rng.choice(PREFIX[split]) + q
            if q not in seen:
                seen.add(q)
                rows.append((q, a))
        rng.shuffle(rows)
        splits.append(rows)
    train, evals = splits
    assert not {q for q, _ in train} & {q for q, _ in evals}, "a prompt is in both splits"
    return [_message(q, a) for q, a in train], [_message(q, a) for q, a in evals]


def main() -> None:
    train, evals = build()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in [("train.jsonl", train), ("eval.jsonl", evals)]:
        (OUT / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (OUT / "README.md").write_text(
        "# brewing-assistant\n\nGenerated by `scripts/make_brewing_dataset.py` (seeded, reproducible). "
        f"{len(train)} train / {len(evals)} held-out conversations in `messages` format. Licence: CC0.\n\n"
        "Tasks: gravity readings to gravity points and back (1.052 = 52 points), reading one value out of a "
        "brew-log line, and one house rule (questions that are not about brewing get `**Off topic**`).\n"
        "Every answer opens with a bold span, the checkable answer that `basementbrew.evaluation.accuracy` "
        "scores. The held-out split uses phrasings training never uses, gravity values training never shows, "
        "fresh brew logs and off-topic questions on other subjects: no prompt appears in both splits.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(train)} train and {len(evals)} eval rows to {OUT}")


if __name__ == "__main__":
    main()
