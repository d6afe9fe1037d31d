"""Build inputs and settings beyond a plain folder: a raw scrape version in the store (issue 12's layout),
the shipped build configs, and the Ray executor's clear error when Ray is not installed."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.workflow import run_build
from basementbrew.errors import BrewError
from basementbrew.workspace import sub

SHIPPED = sorted((Path(__file__).parents[2] / "src" / "basementbrew" / "configs" / "data").glob("*.yaml"))
TEXT = ("Brewing beer at home starts with malted grain, hot water and patience. The mash turns starch into sugar, "
        "the boil sterilises the wort and extracts bitterness from the hops, and the yeast does the rest.")


def _raw_version(name: str) -> None:
    """A finished scrape as the scrapers publish it: docs-*.jsonl.gz rows with provenance, card kind raw."""
    folder = sub("datasets") / name / "v1"
    folder.mkdir(parents=True)
    rows = [{"id": f"web-{i}", "text": f"{TEXT} Note {i}.", "source": "web", "url": f"https://example.org/{i}",
             "fetched_at": 1764000000 + i, "licence": "cc-by-4.0", "title": f"Page {i}", "author": None,
             "query": None, "sha256": "x", "metadata": {"lang_hint": "en"}} for i in range(4)]
    with gzip.open(folder / "docs-00000.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    with gzip.open(folder / "errors-00000.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"url": "https://example.org/broken", "error": "timeout"}) + "\n")
    (folder / "card.json").write_text(json.dumps({"name": name, "version": 1, "kind": "raw", "format": "jsonl.gz"}))


def test_a_raw_scrape_version_is_read_with_its_provenance(tmp_path: Path) -> None:
    _raw_version("brew-web-raw")
    cfg = {"name": "brew-web", "input": {"path": "brew-web-raw@v1"}, "steps": [
        {"step": "fields", "params": {"required": ["url"], "allowed": {"licence": ["cc-by-4.0"]}}}],
        "output": {"tokenizer": "words", "eval_fraction": 0}}
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(cfg))
    v = run_build(load_build_config(tmp_path / "b.yaml"))
    import pyarrow.parquet as pq

    rows = [r for p in sorted(v.path.glob("train-*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert [r["id"] for r in rows] == [f"web-{i}" for i in range(4)]  # the errors shard is not input
    meta = json.loads(rows[0]["metadata"])
    assert rows[0]["url"] == "https://example.org/0" and meta["licence"] == "cc-by-4.0" and meta["lang_hint"] == "en"
    assert v.card["source"].endswith("brew-web-raw/v1")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_build_configs_validate_and_open_with_their_command(path: Path) -> None:
    assert path.read_text().startswith(f"# basementbrew data build configs/data/{path.name}")
    assert load_build_config(path).steps


@pytest.mark.skipif(importlib.util.find_spec("ray") is not None, reason="ray is installed")
def test_ray_executor_without_ray_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": TEXT}) + "\n")
    (tmp_path / "r.yaml").write_text(yaml.safe_dump({"name": "r", "input": {"path": str(tmp_path / "in.jsonl")},
                                                     "executor": "ray", "output": {"tokenizer": "words"}}))
    with pytest.raises(BrewError, match=r"executor: ray needs Ray: pip install ray==2.60.0"):
        run_build(load_build_config(tmp_path / "r.yaml"))


@pytest.mark.slow  # a local Ray instance takes ~20 s to start on 2 busy cores
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="needs ray (pip install .[ray])")
def test_ray_executor_matches_local(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import write_corpus

    write_corpus(tmp_path / "raw")
    base = {"name": "ray", "input": {"path": str(tmp_path / "raw")}, "steps": ["clean", "exact_dedup", "minhash_dedup"],
            "output": {"tokenizer": "words"}, "workers": 2}
    (tmp_path / "l.yaml").write_text(yaml.safe_dump(base))
    local = run_build(load_build_config(tmp_path / "l.yaml"))
    local.path.rename(local.path.parent / "local")
    (tmp_path / "r.yaml").write_text(yaml.safe_dump({**base, "executor": "ray"}))
    remote = run_build(load_build_config(tmp_path / "r.yaml"))
    for p in sorted((local.path.parent / "local").glob("*.parquet")):
        assert (remote.path / p.name).read_bytes() == p.read_bytes()


def test_a_relative_input_path_not_found_says_where_it_looked(tmp_path: Path, monkeypatch) -> None:
    """'input.path: raw.jsonl not found' left the user guessing: the file sat beside the build YAML, and a
    relative path is read from the folder the command runs in. The message now names the path it tried."""
    from basementbrew.data.processing.readers import discover

    monkeypatch.chdir(tmp_path)
    with pytest.raises(BrewError) as caught:
        discover("raw.jsonl")
    said = str(caught.value)
    assert f"input.path: raw.jsonl not found (looked for {tmp_path / 'raw.jsonl'}" in said
    assert "read from the folder the command runs in" in said
