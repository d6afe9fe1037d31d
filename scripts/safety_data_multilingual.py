"""Harmful asks and benign twins in German, French, Spanish, Italian and Portuguese for the harmful-request scanner.

    python scripts/safety_data_multilingual.py

Why: every harmful positive the scanner trained on was English (AdvBench, HarmBench via PyRIT, our own
``safety_data_harmful*.py`` and ``safety_data_contrast.py`` rows), while its benign rows already held prompts in
five other languages (``multilingual_benign`` in ``harmful.train.jsonl``). It learned "not English" as a sign of
harmlessness: issue 11 reports that any language but English fools the scanners (a German pipe-bomb ask scored
0.01 against a threshold of 0.374).

What: for each of de, fr, es, it, pt (pools in ``safety_data_multilingual_pools.py``, written per language, not
translated from one list) ~25 operational asks across S1-S13 (violence, poisoning, explosives and chemical
weapons, self-harm and eating-disorder coaching, account hacking, malware, scams, drug synthesis, theft,
spying on partners, doxxing, sexual approaches to minors (the ask only, never content), defamation, election
fraud, drugging a date) in seven families of ways of asking: ``direct`` ("how do I"), ``polite`` ("could you
explain"), ``imperative`` ("write instructions for"), ``context`` (a first-person sentence, then the ask),
``fragment``, ``effective`` ("most effective way to") and ``uncaught`` ("without getting caught"), plus whole
harmful questions (loaded statements about groups, method questions) in ``question``. Suicide asks never take
an ``effective`` frame, and no language asks the issue's probes in its own words (no pipe bomb in German, no
"fabriquer" + bomb in French, no poisoning a husband in Italian, no suicide method in Spanish). Benign twins fill the
same frames with ordinary tasks, homonyms (kill a process, shoot a photo, attack in chess, defuse the bomb in
Counter-Strike), help-seeking and safety asks; ``question`` holds help-seeking ("I have thoughts of hurting
myself, who can I talk to?"), history, definitions and respectful questions about groups; ``uncaught`` holds
harmless secrets (surprise parties, stealth games). Every family holds both labels in every language, so the
frame and the language carry no signal and the operational ask does.

Split: rows with ``public.bucket(text, 4) == 3`` (a stable hash, ~25%) go to the evaluation set
``src/basementbrew/safety/evalsets/harmful_multilingual.jsonl`` (``{"text", "label", "scanner": "harmful",
"kind"}``), the rest to ``data/safety/multilingual.train.jsonl`` (``{"text", "label", "category", "kind",
"lang"}``). The held-out rows were never trained on, but they were written by the same hands, in the same
frames, from the same pools as the training rows: their figure is an upper bound, not a measure of
real-world multilingual recall. The script exits 2 if any row equals (stripped, case-folded) a text of another
evaluation set, ours or public (when the pinned wheels are cached: ``python scripts/safety_public_data.py``;
``BREW_SAFETY_WHEELS`` may point at them), with the check of ``safety_data_contrast.py``. Output is reproducible
(fixed seed).

Licence: Apache-2.0, written for this project. Native speakers have not reviewed the text; expect phrasing
that a native speaker would not choose.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_contrast import clashes, evaluation_texts, first_of_each, fold, write_jsonl
from safety_data_multilingual_pools import LANGS

from basementbrew.safety import public

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "multilingual.train.jsonl"
EVALSETS = ROOT / "src" / "basementbrew" / "safety" / "evalsets"
OUT_EVAL = EVALSETS / "harmful_multilingual.jsonl"
SEED = 20261127
HARM_FRAMES, BENIGN_FRAMES = 3, 4  # frame families per harmful / benign phrase
EVAL_BUCKETS, EVAL_BUCKET = 4, 3  # public.bucket(text, 4) == 3: held out for evaluation


def _row(text: str, label: int, code: str, lang: str, family: str) -> dict:
    return {"text": text, "label": label, "category": code if label else "benign", "kind": f"{lang}/{family}",
            "lang": lang}  # fmt: skip


def _fill(frame: str, x: str, rng: random.Random, contexts: list[str]) -> str:
    text = frame.format(x=x, c=rng.choice(contexts) if "{c}" in frame else "")
    return text[0].upper() + text[1:] if frame.startswith("{x}") and rng.random() < 0.5 else text


def language_rows(lang: str, pool: dict, rng: random.Random) -> list[dict]:
    """Every row of one language: harmful and benign phrases in sampled frame families, then whole sentences."""
    frames, contexts = pool["frames"], pool["contexts"]
    out = []
    for label, phrases, n, families in (
        (1, pool["harm"], HARM_FRAMES, sorted(frames)),
        (0, [("", p) for p in pool["benign"]], BENIGN_FRAMES, sorted(f for f in frames if f != "uncaught")),
    ):
        for code, x in phrases:
            allowed = [f for f in families if not (f == "effective" and x in pool["not_effective"])]
            for family in rng.sample(allowed, n):
                out.append(_row(_fill(rng.choice(frames[family]), x, rng, contexts), label, code, lang, family))
    out += [_row(t, 0, "", lang, "uncaught") for t in pool["uncaught_benign"]]
    out += [_row(t, 1, code, lang, "question") for code, t in pool["questions_harm"]]
    out += [_row(t, 0, "", lang, "question") for t in pool["questions_benign"]]
    return out


def rows(seed: int = SEED) -> list[dict]:
    """Every row of every language, first occurrence of each text only; the same seed gives the same rows."""
    rng = random.Random(seed)
    return first_of_each(r for lang, pool in LANGS.items() for r in language_rows(lang, pool, rng))


def held_out(row: dict) -> bool:
    return public.bucket(row["text"], EVAL_BUCKETS) == EVAL_BUCKET


def split(all_rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """(training rows, evaluation rows in the evalsets format)."""
    train = [r for r in all_rows if not held_out(r)]
    evaluation = [{"text": r["text"], "label": r["label"], "scanner": "harmful", "kind": r["kind"]}
                  for r in all_rows if held_out(r)]  # fmt: skip
    return train, evaluation


def other_evaluation_texts() -> tuple[set[str], bool]:
    """Folded texts of every evaluation set except the one this script writes (ours always, public ones when the
    wheels are cached), and whether public ones were included."""
    texts, have_public = evaluation_texts()
    ours = {fold(json.loads(line)["text"]) for p in sorted(EVALSETS.glob("*.jsonl")) if p != OUT_EVAL
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}  # fmt: skip
    mine = set()
    if OUT_EVAL.is_file():
        mine = {fold(json.loads(line)["text"]) for line in OUT_EVAL.read_text(encoding="utf-8").splitlines() if line}
    return texts - mine | ours, have_public


def _counts(part: list[dict]) -> str:
    c = Counter((r["kind"].split("/")[0], r["label"]) for r in part)
    return ", ".join(f"{lang} {c[lang, 1]}/{c[lang, 0]}" for lang in LANGS)


def main() -> int:
    all_rows = rows()
    evaluation, have_public = other_evaluation_texts()
    clash = clashes(all_rows, evaluation)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation text, e.g. {clash[:3]}", file=sys.stderr)
        return 2
    train, held = split(all_rows)
    missing = {(lang, label) for lang in LANGS for label in (0, 1)} - {(r["kind"][:2], r["label"]) for r in held}
    if missing:
        print(f"error: the evaluation split lacks (language, label) {sorted(missing)}", file=sys.stderr)
        return 2
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    write_jsonl(OUT, train)
    write_jsonl(OUT_EVAL, held)
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows (harmful/benign: {_counts(train)})")
    print(f"{OUT_EVAL.relative_to(ROOT)}: {len(held)} rows (harmful/benign: {_counts(held)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
