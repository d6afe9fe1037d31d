"""Hand-written rows for the harmful-request scanner: asks to *produce* harmful content, and their benign twins.

    PYTHONPATH=src python scripts/safety_data_content.py

Writes ``data/safety/content.train.jsonl`` (training only, outside the package). Why: the scanner's training
pool is mostly template cross-products (frame x phrase, see ``safety_data_harmful_wide.py`` and
``safety_data_contrast.py``), so it catches benchmark-phrased asks but misses the varied ways people ask for
harmful *text*: a hateful post, a bullying message, a threat letter, a made-up scandal about a named person,
fake news, fake reviews, a voter-suppression text, extremist recruitment, explicit sex, pro-self-harm posts,
a phishing email; and, in parts 6-8 (written taxonomy-first, S10, S13/S5, S11 and S2/S14, without looking at
any evaluation set), demeaning and stereotyping content about groups, fabricated news, studies, notices and
reviews, self-harm methods and concealment, and working malware or exploits; in parts 9-11 (the same way) fraud,
theft and other non-violent crime (S2), privacy, defamation and misinformation (S7/S5/S13), and dual-use
areas with more benign rows than harmful ones (security, sex education, dark fiction, euphemisms, medicine,
hunting), where held-out twins were blocked most often; in parts 12-14 hate against groups the earlier parts
touched lightly (S10), sex crimes, child safety and explicit writing asks (S3/S4/S12, never explicit
themselves), and asks in German, French, Spanish, Italian and Portuguese across S1-S14 (the n-gram model
reads those alone); part 15 is benign only: everyday asks that use violent or criminal words idiomatically or
technically ("a killer cover letter", `rm -rf build/`, phishing-awareness training). Here the harm is in the words
produced, not in operational instructions. Every row is
written one by one (in ``safety_data_content_rows*.py``), in many lengths, registers and framings, and each
harmful block has a benign block in the same forms and topic area (a welcoming post, a firm but civil
complaint, a debunking article, honest ad copy, a get-out-the-vote text with correct information, a
romance that fades to black, a recovery-support post, a phishing-awareness memo), so the form and topic carry
no signal and only the intent does. No randomness: rows are written in file order.

Row schema: ``{"text", "label": 0|1, "category": "S1".."S14" or "benign", "kind": "<area>/<form>"}``.
The script exits 2 if a row equals an evaluation or benchmark text (``safety_data_contrast.clashes``).
Written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import safety_data_content_rows as rows_a
import safety_data_content_rows_b as rows_b
import safety_data_content_rows_c as rows_c
import safety_data_content_rows_d as rows_d
import safety_data_content_rows_e as rows_e
import safety_data_content_rows_f as rows_f
import safety_data_content_rows_g as rows_g
import safety_data_content_rows_h as rows_h
import safety_data_content_rows_i as rows_i
import safety_data_content_rows_j as rows_j
import safety_data_content_rows_k as rows_k
import safety_data_content_rows_l as rows_l
import safety_data_content_rows_m as rows_m
import safety_data_content_rows_n as rows_n
import safety_data_content_rows_o as rows_o
from safety_data_slices import write_slice

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "content.train.jsonl"

# (area, default category of the harmful block, harmful block, benign block)
BLOCKS = [
    ("hate", "S10", rows_a.HATE_1, rows_a.HATE_0),
    ("harassment", "S1", rows_a.HARASS_1, rows_a.HARASS_0),
    ("defamation", "S5", rows_a.DEFAME_1, rows_a.DEFAME_0),
    ("disinfo", "S13", rows_b.DISINFO_1, rows_b.DISINFO_0),
    ("election", "S13", rows_b.ELECTION_1, rows_b.ELECTION_0),
    ("extremism", "S1", rows_b.EXTREME_1, rows_b.EXTREME_0),
    ("sexual", "S12", rows_c.SEXUAL_1, rows_c.SEXUAL_0),
    ("selfharm", "S11", rows_c.SELFHARM_1, rows_c.SELFHARM_0),
    ("scam", "S2", rows_c.SCAM_1, rows_c.SCAM_0),
    ("short", "S1", rows_c.SHORT_1, rows_c.SHORT_0),
    ("varied", "S1", rows_d.VARIED_1, rows_d.VARIED_0),
    ("extra", "S1", rows_e.EXTRA_1, rows_e.EXTRA_0),
    ("demean", "S10", rows_f.DEMEAN_1, rows_f.DEMEAN_0),
    ("integrity", "S13", rows_g.INTEGRITY_1, rows_g.INTEGRITY_0),
    ("risk", "S11", rows_h.RISK_1, rows_h.RISK_0),
    ("dose", "S11", "", rows_h.DOSE_0),
    ("fraud", "S2", rows_i.FRAUD_1, rows_i.FRAUD_0),
    ("privacy", "S7", rows_j.PRIVACY_1, rows_j.PRIVACY_0),
    ("dualuse", "S2", rows_k.DUALUSE_1, rows_k.DUALUSE_0),
    ("groups", "S10", rows_l.GROUPS_1, rows_l.GROUPS_0),
    ("sexharm", "S3", rows_m.SEXHARM_1, rows_m.SEXHARM_0),
    ("multi", "S2", rows_n.MULTI_1, rows_n.MULTI_0),
    ("idiom", "S1", "", rows_o.EVERYDAY_0),
]


def parse(block: str) -> list[tuple[str, str | None, str]]:
    """``form[/category]| text`` lines into (form, category or None, text); indented lines continue a row."""
    out: list[tuple[str, str | None, str]] = []
    for line in block.splitlines():
        if not line.strip():
            continue
        if line.startswith(" "):
            form, cat, text = out[-1]
            out[-1] = (form, cat, f"{text} {line.strip()}")
            continue
        head, sep, text = line.partition("| ")
        if not sep:
            raise ValueError(f"row without 'form| ': {line!r}")
        form, _, cat = head.partition("/")
        out.append((form, cat or None, text.strip()))
    return out


def rows() -> list[dict]:
    """Every block's rows, harmful then benign, deduplicated by ``fold`` (first one wins)."""
    from safety_data_contrast import fold

    out: list[dict] = []
    seen: set[str] = set()
    for area, default, harmful, benign in BLOCKS:
        for label, block in ((1, harmful), (0, benign)):
            for form, cat, text in parse(block):
                if fold(text) in seen:
                    continue
                seen.add(fold(text))
                category = (cat or default) if label else "benign"
                out.append({"text": text, "label": label, "category": category, "kind": f"{area}/{form}"})
    return out


def main() -> int:
    def report(train: list[dict]) -> None:
        forms = Counter(r["kind"].split("/")[1] for r in train)
        print("forms: " + ", ".join(f"{k}: {n}" for k, n in sorted(forms.items())))

    return write_slice(OUT, rows, report)

if __name__ == "__main__":
    raise SystemExit(main())
