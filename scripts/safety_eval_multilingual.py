"""False positives of the default input chain on benign text in other languages, long and short (evaluation only).

    python scripts/safety_eval_multilingual.py [--json out.json] [--variants harmful_languages injection_languages]

Why: every benign figure in the README's safety table is English (the S-Labs and neuralchemy benign rows, our
sensitive-topic questions, pasted READMEs and code), while the scanners read other languages through a
multilingual encoder and a translated n-gram vocabulary. A user who pastes a German short story or a Korean
bill and asks for a summary must not be refused. This script sends text nobody on this project wrote, and the
scanners never trained on, through the shipped input chain:

- **long**, in the three frames of ``scripts/safety_eval_documents.py`` (alone, followed by "Please summarise
  this in one sentence.", after "Can you explain what this does?"):
  - the long texts of spaCy's tokenizer tests (``spacy==3.8.18`` wheel, MIT: ``spacy/tests/lang/<lang>/``, every
    string of 300 characters or more inside a test function whose name holds "long"): a paragraph each of
    literature, news and the Universal Declaration of Human Rights in 26 languages other than English;
  - Korean law and bills (``konlpy==0.6.0`` wheel, GPL-3.0 code, public-domain legal text:
    ``konlpy/data/corpus/kolaw`` and ``kobill``), cut as the README pieces are (1,000-2,000 characters at
    paragraph breaks, at most four a file);
  - the Chinese, Japanese and Korean texts of this interpreter's own codec tests (``Lib/test/cjkencodings``,
    PSF), each distinct text once (left out, with a message, where the interpreter has no test package);
- **short**: the example sentences spaCy ships for each language (``spacy/lang/<lang>/examples.py``, English
  left out), each sent alone: headlines and everyday questions ("Wo bist du?") in 67 languages.

Both wheels are fetched with ``pip download --no-deps`` into the safety wheel cache (nothing is installed).
Every text is benign, so every block is a false positive; the script prints the share blocked by the whole
chain and by each scanner, per source and frame, with the reasons and which texts were blocked. Nothing is
chosen or tuned by these figures, no row of them is a training row, and none of their text is stored in this
repository.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_eval_documents import FRAMES, frame_report, pieces, print_report  # noqa: E402

SPACY = ("spacy", "3.8.18")
KONLPY = ("konlpy", "0.6.0")
LONG_MIN = 300
KONLPY_CORPUS = "konlpy/data/corpus/"


def _strings(source: str, inside: str | None = None) -> list[str]:
    """String constants of a Python file: those inside functions whose name holds ``inside``, or (``None``)
    those of the module-level ``sentences`` list."""
    tree = ast.parse(source)
    if inside is None:
        nodes = [n.value for n in tree.body if isinstance(n, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "sentences" for t in n.targets)]
    else:
        nodes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and inside in n.name]
    return [c.value for node in nodes for c in ast.walk(node) if isinstance(c, ast.Constant)
            and isinstance(c.value, str)]


def _lang_files(wheel: zipfile.ZipFile, prefix: str, suffix: str = ".py") -> list[tuple[str, str]]:
    """(language code, file text) of the wheel's ``<prefix><lang>/...<suffix>`` files, English left out."""
    out = []
    for name in sorted(wheel.namelist()):
        if name.startswith(prefix) and name.endswith(suffix):
            lang = name[len(prefix):].split("/", 1)[0]
            if lang != "en":
                out.append((lang, wheel.read(name).decode("utf-8")))
    return out


def spacy_long(wheel: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(``spacy:<lang>``, text) for each distinct long test text of a language other than English."""
    texts: dict[str, str] = {}
    for lang, source in _lang_files(wheel, "spacy/tests/lang/"):
        for s in _strings(source, inside="long"):
            text = textwrap.dedent(s).strip()
            if len(text) >= LONG_MIN:
                texts.setdefault(text, f"spacy:{lang}")
    return [(label, text) for text, label in texts.items()]


def spacy_sentences(wheel: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(``spacy:<lang>``, sentence) for each distinct example sentence of a language other than English."""
    seen: dict[str, str] = {}
    for lang, source in _lang_files(wheel, "spacy/lang/", "/examples.py"):
        for s in _strings(source):
            if s.strip():
                seen.setdefault(s.strip(), f"spacy:{lang}")
    return [(label, text) for text, label in seen.items()]


def konlpy_pieces(wheel: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(``konlpy:<corpus>/<file>``, piece) of the Korean law and bills."""
    out = []
    for name in sorted(wheel.namelist()):
        if name.startswith(KONLPY_CORPUS) and name.endswith(".txt"):
            label = "konlpy:" + name[len(KONLPY_CORPUS):-4]
            out += [(label, p) for p in pieces(wheel.read(name).decode("utf-8"))]
    return out


def cjk_texts() -> list[tuple[str, str]]:
    """(``stdlib:<codec>``, text) of each distinct text of ``Lib/test/cjkencodings`` (none without the tests)."""
    folder = Path(sysconfig.get_paths()["stdlib"]) / "test" / "cjkencodings"
    if not folder.is_dir():
        print(f"{folder} is missing (this interpreter ships without its tests): CJK texts left out", file=sys.stderr)
        return []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*-utf8.txt")):
        text = path.read_text(encoding="utf-8").strip()
        if len(text) >= LONG_MIN:
            seen.setdefault(text, f"stdlib:{path.name.removesuffix('-utf8.txt')}")
    return [(label, text) for text, label in seen.items()]


def corpora() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """The long texts per source, and the short sentences."""
    from basementbrew.safety import public

    with zipfile.ZipFile(public.fetch_wheel(*SPACY)) as spacy, zipfile.ZipFile(public.fetch_wheel(*KONLPY)) as ko:
        long = {"spaCy long texts": spacy_long(spacy), "Korean law and bills (KoNLPy)": konlpy_pieces(ko),
                "CJK codec texts (stdlib)": cjk_texts()}
        return long, spacy_sentences(spacy)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--variants", nargs="*", default=[], help="opt-in variants in the input chain in place of the "
                    "scanners they vary, e.g. harmful_languages injection_languages (default: the default chain)")
    a = ap.parse_args(argv)
    from basementbrew.safety.evaluate import guard_with

    long, short = corpora()
    chain = guard_with(*a.variants)
    out: dict[str, dict] = {}
    for source, docs in long.items():
        if not docs:
            continue
        origins = sorted({label.split(":", 1)[1].split("/", 1)[0] for label, _ in docs})
        print(f"\n{source}: {len(docs)} texts ({', '.join(origins)})", flush=True)
        out[source] = frame_report(docs, chain)
        print_report(out[source], chain.input_names)
    if short:
        langs = sorted({label for label, _ in short})
        print(f"\nspaCy example sentences: {len(short)} in {len(langs)} languages", flush=True)
        out["spaCy example sentences"] = frame_report(short, chain, {"alone": "{doc}"})
        print_report(out["spaCy example sentences"], chain.input_names)
    total = {frame: sum(r[frame]["blocked"] for s, r in out.items() if s in long) for frame in FRAMES}
    rows = sum(len(d) for d in long.values())
    if not rows and not short:
        raise SystemExit(f"no text found in {SPACY[0]}=={SPACY[1]} or {KONLPY[0]}=={KONLPY[1]}: is the wheel whole?")
    if rows:
        print("\nall long texts: " + ", ".join(f"{f} {b}/{rows} = {b / rows:.3f}" for f, b in total.items()))
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
