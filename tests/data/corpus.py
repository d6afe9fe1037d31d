"""A generated corpus with known answers for the build tests: distinct English documents, exact and near
duplicates planted across shards, French and German documents, and broken rows (ids say which is which)."""

from __future__ import annotations

import json
import random
from pathlib import Path

SUBJECTS = ["the brewer", "a homebrewer", "my neighbour", "the cellar master", "our club", "the old monk", "a student",
            "the taproom manager", "every beginner", "the judge", "her grandfather", "the maltster"]
VERBS = ["measured", "tasted", "adjusted", "recorded", "cooled", "filtered", "stirred", "checked", "bottled", "weighed",
         "described", "compared"]
OBJECTS = ["the wort", "the mash temperature", "a pale ale", "the yeast starter", "the hop schedule", "the gravity",
           "the carbonation", "a smoked porter", "the water profile", "the grain bill", "the fermenter", "a wheat beer"]
TAILS = ["before the boil started", "with a calibrated thermometer", "after two weeks of fermentation",
         "because the recipe asked for it", "while the kettle was heating", "in the cool basement",
         "to avoid off flavours", "and wrote the result in a notebook", "for the competition next month",
         "as the instructions recommended", "on a quiet Sunday morning", "with help from a friend"]
FRENCH = ("Le brasseur mesure la température de la maische avant de commencer l'ébullition. Il ajoute le houblon "
          "pendant que le moût chauffe doucement dans la cuisine. La levure transforme le sucre en alcool et en gaz "
          "carbonique pendant deux semaines. Ensuite il met la bière en bouteille et attend encore un mois.")
GERMAN = ("Der Brauer misst die Temperatur der Maische, bevor das Kochen beginnt. Er gibt den Hopfen hinzu, "
          "während die Würze langsam in der Küche erhitzt wird. Die Hefe verwandelt den Zucker in Alkohol und "
          "Kohlensäure, und danach wird das Bier in Flaschen abgefüllt und noch einen Monat gelagert.")


def document(rng: random.Random, sentences: int = 10) -> str:
    """Sentences with no part used twice in one document (so Gopher's repetition rules let it through)."""
    parts = [rng.sample(x, sentences) for x in (SUBJECTS, VERBS, OBJECTS, TAILS)]
    out = []
    for subject, verb, obj, tail in zip(*parts, strict=True):
        s = f"{subject} {verb} {obj} {tail}."
        out.append(s[0].upper() + s[1:])
    half = len(out) // 2
    return " ".join(out[:half]) + "\n\n" + " ".join(out[half:])


def near_copy(text: str, rng: random.Random, changes: int = 2) -> str:
    words = text.split(" ")
    for i in rng.sample(range(5, len(words) - 5), changes):
        words[i] = rng.choice(["really", "quite", "also", "then"])
    return " ".join(words)


def write_corpus(folder: Path, shards: int = 3, per_shard: int = 20, seed: int = 0) -> dict[str, set[str]]:
    """JSONL shards; returns the ids planted per kind: exact, near (the copies, not the originals), fr, de, bad."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[list[dict]] = [[] for _ in range(shards)]
    for s in range(shards):
        rows[s] = [{"id": f"doc-{s}-{i}", "text": document(rng)} for i in range(per_shard)]
    planted: dict[str, set[str]] = {"exact": set(), "near": set(), "fr": set(), "de": set(), "bad": set()}
    for k in range(2):  # exact copies of shard-0 documents, in later shards
        src = rows[0][k]
        rows[1 + k % (shards - 1)].append({"id": f"exact-{k}", "text": src["text"]})
        planted["exact"].add(f"exact-{k}")
    for k in range(3):  # near copies (2 words changed) of shard-1 documents, in other shards
        src = rows[1][k]
        rows[(2 + k) % shards].append({"id": f"near-{k}", "text": near_copy(src["text"], rng)})
        planted["near"].add(f"near-{k}")
    rows[0].append({"id": "fr-0", "text": FRENCH})
    rows[2].append({"id": "de-0", "text": GERMAN})
    planted["fr"].add("fr-0")
    planted["de"].add("de-0")
    for s in range(shards):
        path = folder / f"part-{s:02d}.jsonl"
        with path.open("wb") as fh:
            for r in rows[s]:
                fh.write((json.dumps(r, ensure_ascii=False) + "\n").encode())
            if s == 0:
                fh.write(b'{"id": "broken", "text": \n')  # line: per_shard + 2
                fh.write(b'{"id": "latin1", "text": "caf\xe9"}\n')
                fh.write(b'{"id": "notext", "body_html": "<p>x</p>"}\n')
                fh.write(b'{"id": "empty", "text": "   "}\n')
                fh.write(json.dumps({"id": "binary", "text": "\x00\x01\x02" * 20}).encode() + b"\n")
    return planted
