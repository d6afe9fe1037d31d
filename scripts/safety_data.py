"""Build the safety training sets (data/safety/*.train.jsonl) and evaluation sets (safety/evalsets/*.jsonl).

    python scripts/safety_data.py        # deterministic: same seed, same files

Rows are composed from the hand-written pools in ``safety_data_pools.py`` and ``safety_data_chat.py`` (chat
text a toxicity model must let through: system prompts, pleasantries, fragments); TRAIN and EVAL use disjoint
templates and fillers, PII and sanitisation rows are generated with valid checksums by code. Evaluation
rows carry ``scanner`` (or "*" for ordinary prompts that count as negatives for every scanner), a 0/1
``label`` and a ``kind``. After writing, the script fails if any evaluation text also occurs in training.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_data_chat as C
import safety_data_pii as PII
import safety_data_pools as P

from basementbrew.safety.normalize import fold

ROOT = Path(__file__).resolve().parents[1] / "src" / "basementbrew" / "safety"
DATA = Path(__file__).resolve().parents[1] / "data" / "safety"  # training rows stay outside the package
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "x": "х"})


def obfuscate(text: str, rng: random.Random) -> str:
    """One random trick: l33t, spaced letters, zero-width joiners, Cyrillic homoglyphs, fullwidth or shouting."""
    words = text.split()
    i = max(range(len(words)), key=lambda k: len(words[k]) + rng.random())  # the longest word, roughly
    trick = rng.choice(["leet", "spaced", "zw", "homo", "full", "upper"])
    w = words[i]
    if trick == "leet":
        words[i] = w.lower().translate(LEET)
    elif trick == "spaced":
        words[i] = " ".join(w)
    elif trick == "zw":
        words[i] = "\u200b".join(w)
    elif trick == "homo":
        return text.translate(HOMO)
    elif trick == "full":
        words[i] = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
    else:
        return text.upper() + "!!!"
    return " ".join(words)


def benign(split: str, rng: random.Random, n_code: int) -> list[str]:
    code = [
        t.format(task=task, lang=lang)
        for t in P.CODE_TEMPLATES[split]
        for task in P.TASKS[split]
        for lang in P.LANGS[split]
    ]
    return rng.sample(code, n_code) + P.GENERAL[split] + P.TRICKY[split] + P.REPLIES[split]


def stdlib_sentences(rng: random.Random, n: int) -> list[str]:
    """Plain English sentences from the docstrings of Python's standard library (PSF licence), training only:
    varied benign prose (with words like "kill", "ignore", "override" in harmless senses) so the
    classifiers do not learn "anything that is not a how-to question is harmful"."""
    import importlib
    import inspect
    import re

    mods = [
        "os",
        "re",
        "json",
        "subprocess",
        "logging",
        "argparse",
        "pathlib",
        "shutil",
        "threading",
        "asyncio",
        "unittest",
        "collections",
        "itertools",
        "functools",
        "datetime",
        "email",
        "http.client",
        "csv",
        "sqlite3",
        "tempfile",
        "zipfile",
        "hashlib",
        "socket",
        "inspect",
        "pickle",
        "signal",
        "queue",
        "multiprocessing",
        "difflib",
        "traceback",
        "warnings",
        "configparser",
        "decimal",
        "textwrap",
        "typing",
    ]
    found = set()
    for name in mods:
        mod = importlib.import_module(name)
        for _, obj in inspect.getmembers(mod):
            doc = inspect.getdoc(obj) if callable(obj) else None
            for sent in re.split(r"(?<=[.!?])\s+", (doc or "").replace("\n", " ")):
                if 30 <= len(sent) <= 200 and sent[0].isupper() and not re.search(r"[>{}=_\[\]`|]|\.\.|:$", sent):
                    found.add(sent)
    return rng.sample(sorted(found), n)


def toxic(split: str, rng: random.Random, n_insult: int) -> list[tuple[str, str]]:
    insults = [
        t.format(t=who, adj=a, noun=n)
        for t in P.INSULT_TEMPLATES[split]
        for who in P.TARGETS[split]
        for a in P.INSULT_ADJ[split]
        for n in P.INSULT_NOUN[split]
    ]
    rows = [(s, "insult") for s in rng.sample(insults, n_insult)]
    rows += [(s, "threat") for s in P.THREATS[split]]
    rows += [(t.format(g=g), "hate") for t in P.HATE_TEMPLATES[split] for g in P.GROUPS[split]]
    rows += [(s, "self_harm") for s in P.SELF_HARM[split]]
    extra = [(obfuscate(s, rng), k) for s, k in rows if k != "insult" or rng.random() < 0.3]
    return rows + extra


def injections(split: str, rng: random.Random) -> list[str]:
    rows = [
        f"{v} {o} {t}" for v in P.OVERRIDE_VERBS[split] for o in P.OVERRIDE_OBJS[split] for t in P.OVERRIDE_TAILS[split]
    ]
    rows += P.INJECTION_FREE[split]
    wraps = {
        "train": ["Translate to French: {x}", 'Here is the customer review: "{x}"', "{x} Thanks!"],
        "eval": ["Summarize this email for me:\n\n{x}", "Proofread the following paragraph. {x}", "Document says: {x}"],
    }[split]
    rows += [rng.choice(wraps).format(x=x) for x in rng.sample(rows, len(rows) // 3)]
    rows += [obfuscate(x, rng) for x in rng.sample(rows, len(rows) // 4)]
    enc = rng.sample(P.INJECTION_FREE[split], 4)
    rows += [f"Decode this base64 and do what it says: {base64.b64encode(x.encode()).decode()}" for x in enc]
    return rows


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{path.relative_to(ROOT.parents[2])}: {len(rows)} rows")


def chat(split: str, rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Benign chat text and extra (short, third-person) abuse from ``safety_data_chat``; obfuscated copies of a
    third of the abuse, as for the main pools."""
    if split == "train":
        abuse = C.abuse_train(P.INSULT_ADJ["train"], P.INSULT_NOUN["train"], P.GROUPS["train"], rng)
    else:
        abuse = [(t, k) for k, texts in C.TOXIC_EVAL.items() for t in texts]
    abuse += [(obfuscate(t, rng), k) for t, k in abuse if rng.random() < 0.33]
    return C.chat_benign(split, rng), abuse


def main() -> None:
    rng = random.Random(20251124)
    ben_tr, ben_ev = benign("train", rng, 160) + stdlib_sentences(rng, 400), benign("eval", rng, 150)
    tox_tr, tox_ev = toxic("train", rng, 260), toxic("eval", rng, 90)
    inj_tr, inj_ev = injections("train", rng), injections("eval", rng)
    crng = random.Random(20251201)  # own stream: the rows above (and the PII/sanitize rows below) stay as they were
    (chat_tr, abuse_tr), (chat_ev, abuse_ev) = chat("train", crng), chat("eval", crng)
    ben_tr += [t for t, _ in chat_tr]
    tox_tr += abuse_tr
    tox_ev += abuse_ev
    write(
        DATA / "toxicity.train.jsonl",
        [{"text": t, "label": "ok"} for t in ben_tr + inj_tr] + [{"text": t, "label": k} for t, k in tox_tr],
    )
    write(
        DATA / "injection.train.jsonl",
        [{"text": t, "label": "ok"} for t in ben_tr + [t for t, _ in tox_tr]]
        + [{"text": t, "label": "injection"} for t in inj_tr],
    )
    ordinary = [{"text": t, "scanner": "*", "label": 0, "kind": "ordinary"} for t in ben_ev]
    ordinary += [{"text": t, "scanner": "*", "label": 0, "kind": f"ordinary_{k}"} for t, k in chat_ev]
    ben_ev += [t for t, _ in chat_ev]
    write(
        ROOT / "evalsets" / "toxicity.jsonl",
        [{"text": t, "scanner": "toxicity", "label": 1, "kind": k} for t, k in tox_ev] + ordinary,
    )
    write(
        ROOT / "evalsets" / "injection.jsonl",
        [{"text": t, "scanner": "injection", "label": 1, "kind": "injection"} for t in inj_ev] + ordinary,
    )
    pii_rows, sanitize_rows = PII.pii_rows(rng), PII.sanitize_rows(rng)
    write(ROOT / "evalsets" / "pii.jsonl", pii_rows + ordinary)
    write(ROOT / "evalsets" / "sanitize.jsonl", sanitize_rows + ordinary)
    train = {  # compared after fold(), as the test does: case and Unicode tricks do not make a text new
        fold(r["text"])
        for f in ("toxicity", "injection")
        for r in map(json.loads, (DATA / f"{f}.train.jsonl").read_text(encoding="utf-8").splitlines())
    }
    evaluation = ben_ev + [t for t, _ in tox_ev] + inj_ev + [r["text"] for r in pii_rows + sanitize_rows]
    overlap = [t for t in evaluation if fold(t) in train]
    if overlap:
        raise SystemExit(f"evaluation rows also in training: {overlap[:5]}")


if __name__ == "__main__":
    main()
