"""Build steps that use a model: perplexity with the embedded SmolLM2 (batched), and `synthesize` against a
real `basementbrew serve` (slow: the server takes ~40 s to start on 2 cores), plus an unreachable endpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from basementbrew.data.document import Document
from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.registry import build_step
from basementbrew.data.processing.workflow import run_build
from basementbrew.errors import BrewError
from basementbrew.inference.local import free_port, start_server

PROSE = "The brewer added the hops to the boiling wort and waited for an hour before cooling it down."
NOISE = "zx qv 8812 klm wq ;; pp7 ## xvv qqz 19 lk jjh %% mmq zp"


@pytest.mark.slow  # ~20 s on the shared 2 cores (torch import and model load)
def test_perplexity_scores_prose_below_noise_and_filters_by_threshold(embedded_dir: Path) -> None:
    step = build_step("perplexity", {"max_perplexity": 150, "batch_size": 2})
    docs = [Document("prose", PROSE), Document("noise", NOISE), Document("prose2", PROSE + " Then it fermented.")]
    results = step.batch(docs)
    ppl = {r.doc.id: r.doc.metadata["perplexity"] for r in results}
    assert ppl["prose"] < 100 < ppl["noise"], ppl
    assert [r.reason for r in results] == ["ok", "perplexity_high", "ok"]
    alone = step(Document("prose", PROSE)).doc.metadata["perplexity"]
    assert abs(alone - ppl["prose"]) / alone < 0.01  # padding in a batch does not change a score


def test_unreachable_synthesis_endpoint_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(BrewError, match=r"endpoint http://127.0.0.1:\d+/v1 is unreachable .*basementbrew serve"):
        build_step("synthesize", {"endpoint": url})


@pytest.mark.slow
def test_synthesize_against_the_embedded_model_served_locally(tmp_path: Path, embedded_dir: Path) -> None:
    inp = tmp_path / "docs"
    inp.mkdir()
    texts = ["Lager yeast ferments best between 8 and 12 degrees Celsius, ale yeast between 18 and 22.",
             "Dry hopping adds aroma without bitterness because the hops never see the boil.",
             "Write to jane.doe@example.com to join the brewing club that meets every Friday."]
    (inp / "d.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    with start_server(["--threads", "1"], home=tmp_path / "srv", log=tmp_path / "server.log", timeout=240) as srv:
        cfg = {"name": "qa", "input": {"path": str(inp)}, "steps": [
            {"step": "synthesize", "params": {"endpoint": srv.v1, "concurrency": 3, "max_tokens": 64}}],
               "output": {"format": "messages", "tokenizer": "words", "eval_fraction": 0}}
        (tmp_path / "qa.yaml").write_text(yaml.safe_dump(cfg))
        v1 = run_build(load_build_config(tmp_path / "qa.yaml"))
        stats = v1.card["pipeline"]["stats"]["synthesize"]
        assert stats["seen"] == 3 and stats["counts"]["requested"] >= 3 and "cache_hit" not in stats["counts"]
        excluded = [r for p in v1.path.glob("excluded-*.parquet") for r in pq.read_table(p).to_pylist()]
        assert all(r["reason"].startswith("synthesize") for r in excluded)
        rows = v1.split("train")
        assert len(rows) + len(excluded) == 3
        for row in rows:
            user, answer = row["messages"]
            assert user["role"] == "user" and answer["role"] == "assistant" and user["content"] and answer["content"]
            assert "jane.doe@example.com" not in json.dumps(row)  # the pair went through the pii step
        cfg["output"]["format"] = "keep"  # a different build, same prompts: every reply from the cache
        (tmp_path / "qa.yaml").write_text(yaml.safe_dump(cfg))
        v2 = run_build(load_build_config(tmp_path / "qa.yaml"))
        assert v2.version == 2
        counts = v2.card["pipeline"]["stats"]["synthesize"]["counts"]
        failed = stats["dropped_by_reason"].get("synthesize_failed", 0)  # failures (e.g. a refused prompt) are
        assert counts.get("requested", 0) == failed  # not cached: they are asked again, everything else is not
        assert counts["cache_hit"] == stats["counts"]["requested"] - failed
