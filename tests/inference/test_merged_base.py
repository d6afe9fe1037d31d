"""Serving a merged model folder (`basementbrew merge into-base RUN`, then `serve --model-path FOLDER`): the
runs trained on the stock base are not offered as adapters of it (the merged run's would apply twice, any
other would change weights it never learned on), asking for one is a 400 naming why, and the folder answers
like `generate --run RUN`: with the run's system prompt, recorded in the merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from basementbrew.errors import BrewError
from serving_fixtures import make_adapter_run

SYSTEM = "You are Brewbot. Answer every question about beer in one short sentence."
CHAT = [{"role": "user", "content": "What is a stout?"}]


@pytest.fixture
def merged_lm(embedded_dir: Path, brew_home: Path):
    """tiny1 (with a system prompt) merged into the embedded SmolLM2, loaded as `serve --model-path` would;
    tiny2, another run of the stock base, beside it."""
    from basementbrew.config import ModelConfig
    from basementbrew.merging.into_base import merge_into_base
    from basementbrew.models.generation import load_base

    make_adapter_run(embedded_dir, "tiny1", seed=1, data={"system_prompt": SYSTEM})
    make_adapter_run(embedded_dir, "tiny2", seed=2)
    result = merge_into_base("tiny1")
    assert result["within_tolerance"], result
    return load_base(ModelConfig(name="smollm2-135m", path=result["path"]), device="cpu")


def test_merged_folder_answers_like_the_run_with_its_system_prompt(merged_lm):
    from basementbrew.models.generation import generate_chat, render_chat
    from basementbrew.runs import load_run

    run = load_run("tiny1", device="cpu")
    assert merged_lm.style.system_prompt == SYSTEM
    assert render_chat(merged_lm.tokenizer, CHAT, merged_lm.style) == render_chat(run.tokenizer, CHAT, run.style)
    merged = generate_chat(merged_lm, [CHAT], max_new_tokens=12)[0]["text"]
    assert merged == generate_chat(run, [CHAT], max_new_tokens=12)[0]["text"]


def test_a_server_over_the_merged_folder_offers_no_stock_runs_and_says_why(merged_lm, base_lm):
    from basementbrew.inference.engine import Engine
    from basementbrew.inference.server import create_app
    from basementbrew.inference.settings import ServerSettings

    engine = Engine(merged_lm)
    with pytest.raises(BrewError, match=r"already merged into the weights .* apply it twice"):
        engine.add_adapter("tiny1", Path(merged_lm.weights.merge["input"]["adapter"]).parent)
    engine.start()
    try:
        with TestClient(create_app(ServerSettings(), engine=engine)) as tc:
            listed = [m["id"] for m in tc.get("/v1/models").json()["data"]]
            answers = {
                name: tc.post("/v1/chat/completions", json={"model": name, "max_tokens": 4, "messages": CHAT})
                for name in ("tiny1", "tiny2", "smollm2-135m")
            }
    finally:
        engine.stop()
    assert listed == ["smollm2-135m"]
    assert "tiny1" not in engine.models and "tiny2" not in engine.models  # nothing attached silently
    for name in ("tiny1", "tiny2"):
        r = answers[name]
        assert r.status_code == 400, r.text
        error = r.json()["error"]
        assert error["code"] == "model_not_loadable" and error["param"] == "model"
        message = error["message"]
        assert f"run {name} was trained on smollm2-135m's stock weights" in message, message
        assert "(tiny1 merged in)" in message and f"--adapter {name}={name}" in message, message
    assert "already inside these weights" in answers["tiny1"].json()["error"]["message"]
    assert "other weights than the ones it learned on" in answers["tiny2"].json()["error"]["message"]
    assert answers["smollm2-135m"].status_code == 200, answers["smollm2-135m"].text

    stock = Engine(base_lm)  # the stock base still offers both runs (listed only: nothing is generated)
    with TestClient(create_app(ServerSettings(), engine=stock)) as tc:
        listed = {m["id"] for m in tc.get("/v1/models").json()["data"]}
    assert {"smollm2-135m", "tiny1", "tiny2"} <= listed
