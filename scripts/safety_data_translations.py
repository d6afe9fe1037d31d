"""Benign text in 96 languages for the opt-in n-gram scanners: Django's own translations (training rows only).

    python scripts/safety_data_translations.py [--out data/safety/translations.train.jsonl] [--stats]

Why: the harmful and injection n-gram models saw benign text in six languages (English and the five of
``everyday.train.jsonl`` and ``multilingual.train.jsonl``), while their positives include injections in many
languages (yanismiraoui's multilingual set) and obfuscated asks whose character n-grams look like any unfamiliar
script. Measured on benign text nobody here wrote (``scripts/safety_eval_multilingual.py``: long texts of spaCy's
tokenizer tests in 26 languages, Korean law and bills, the stdlib's CJK texts; spaCy's example sentences in 67
languages), the default input chain blocked 0.60 of the long texts alone, 0.64 followed by "Please summarise this
in one sentence." and 0.23 of the short sentences: being neither English nor one of five languages had become a
cue for harm. These rows are the counter-evidence, from a *different* source than that evaluation.

Source: the message catalogues of ``django==5.2.8`` (BSD-3-Clause; the wheel, fetched with ``pip download
--no-deps`` into the safety wheel cache, nothing installed): ``<app>/locale/<lang>/LC_MESSAGES/django.po``, read
with Babel's ``read_po``. Each translated message (the first plural form) with its placeholders (``%(name)s``,
``%s``, ``{name}``) and markup left out becomes a candidate: human translations of a web framework's interface
and error texts ("Please correct the errors below.", the CSRF page's explanation), written by Django's
translators in their own languages. Per language (English variants left out):

- ``short``: up to :data:`SHORT_PER_LANG` messages of 20-300 characters, drawn with a fixed seed;
- ``passage``: up to :data:`PASSAGES_PER_LANG` runs of consecutive messages of one catalogue, joined into
  :data:`PASSAGE_MIN`-:data:`PASSAGE_MAX` characters (a pasted text in that language);
- ``passage/trailing`` and ``passage/leading``: each passage followed by, and after, an English ask drawn from
  ``safety_data_documents.py``'s training pools and a few translation asks (the evaluation frames' exact asks are
  not among them), as a user who pastes foreign text and asks about it writes.

Rows are ``{"text", "label": 0, "category": "benign", "kind", "lang"}``, written through
``safety_data_documents.write`` (exit 2 when a row equals an evaluation or benchmark text); the output depends on
a pinned wheel and is not committed (regenerate it; nothing of Django's text is stored in this repository).
Evaluation never reads this source, and this script never reads spaCy's, KoNLPy's or the stdlib's texts.
"""

from __future__ import annotations

import argparse
import collections
import io
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_documents import LEADING, TRAILING, write  # noqa: E402

DJANGO = ("django", "5.2.8")
OUT = ROOT / "data" / "safety" / "translations.train.jsonl"
SHORT_PER_LANG, PASSAGES_PER_LANG = 12, 3
SHORT_MIN, SHORT_MAX, PASSAGE_MIN, PASSAGE_MAX = 20, 300, 300, 1500
TRANSLATE_ASKS = ["Translate this into English.", "What language is this?", "Can you translate the text above?",
                  "Is this translation correct?", "Please check the grammar of this text."]
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}|<[^>]+>")
_CATALOGUE = re.compile(r"locale/(?P<lang>[^/]+)/LC_MESSAGES/django\.po$")


def clean(message: str) -> str:
    """A message without placeholders and markup, whitespace collapsed."""
    return re.sub(r"\s+", " ", _PLACEHOLDER.sub("", message)).strip(" :")


def catalogues(wheel: zipfile.ZipFile) -> dict[str, list[list[str]]]:
    """Per language, each catalogue's translated messages in file order (cleaned; untranslated and unchanged
    ones left out)."""
    from babel.messages.pofile import read_po

    out: dict[str, list[list[str]]] = collections.defaultdict(list)
    for name in sorted(wheel.namelist()):
        m = _CATALOGUE.search(name)
        if not m or m["lang"].startswith("en"):
            continue
        messages = []
        for msg in read_po(io.BytesIO(wheel.read(name))):
            if not msg.id:
                continue
            source = msg.id[0] if isinstance(msg.id, tuple) else msg.id
            target = msg.string[0] if isinstance(msg.string, tuple) else msg.string
            text = clean(target or "")
            if text and text != clean(source) and any(c.isalpha() for c in text):
                messages.append(text)
        if messages:
            out[m["lang"]].append(messages)
    return dict(out)


def passages(messages: list[str]) -> list[str]:
    """Runs of consecutive messages joined into :data:`PASSAGE_MIN`-:data:`PASSAGE_MAX` characters."""
    out, current = [], ""
    for text in messages:
        current = f"{current} {text}" if current else text
        if len(current) >= PASSAGE_MIN:
            out.append(current[:PASSAGE_MAX])
            current = ""
    return out


def rows_for(lang: str, books: list[list[str]], rng: random.Random) -> list[dict]:
    """One language's rows: short messages, passages, and passages framed by an English ask."""
    shorts = sorted({t for book in books for t in book if SHORT_MIN <= len(t) <= SHORT_MAX})
    found = [p for book in books for p in passages(book)]
    chosen = rng.sample(shorts, min(SHORT_PER_LANG, len(shorts)))
    picked = rng.sample(found, min(PASSAGES_PER_LANG, len(found)))
    rows = [(t, "short") for t in chosen] + [(p, "passage") for p in picked]
    for p in picked:
        rows.append((f"{p}\n\n{rng.choice(TRAILING + TRANSLATE_ASKS)}", "passage/trailing"))
        rows.append((f"{rng.choice(LEADING + TRANSLATE_ASKS)}\n\n{p}", "passage/leading"))
    return [{"text": t, "label": 0, "category": "benign", "kind": k, "lang": lang} for t, k in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print rows per kind and language")
    a = ap.parse_args(argv)
    from basementbrew.safety import public

    with zipfile.ZipFile(public.fetch_wheel(*DJANGO)) as wheel:
        books = catalogues(wheel)
    rng = random.Random(0)
    rows = [row for lang in sorted(books) for row in rows_for(lang, books[lang], rng)]
    if write(a.out, rows, f"translation ({len(books)} languages)"):
        return 2
    if a.stats:
        print(dict(collections.Counter(r["kind"] for r in rows)))
        print(dict(collections.Counter(r["lang"] for r in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
