"""``POST /generate`` without ``"model"`` on a ``serve --run RUN`` server answers with RUN, what ``serve --help``
promises ("Serve this run"); it answered with the bare base model. The app is built as ``serve`` builds it
(its lifespan loads the base and the run's adapter), over a run whose adapter changes the answers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from basementbrew.inference.server import create_app
from basementbrew.inference.settings import ServerSettings

GREEDY = {"prompt": "Name a hop.", "max_tokens": 6, "temperature": 0}


def test_generate_defaults_to_the_served_run(embedded_dir) -> None:
    from serving_fixtures import make_adapter_run

    make_adapter_run(embedded_dir, "brew-lora")
    with TestClient(create_app(ServerSettings(run="brew-lora", threads=1))) as tc:
        bare = tc.post("/generate", json=GREEDY).json()
        named = tc.post("/generate", json=GREEDY | {"model": "brew-lora"}).json()
        base = tc.post("/generate", json=GREEDY | {"model": "smollm2-135m"}).json()
    assert bare["model"] == "brew-lora" and bare["completion"] == named["completion"]
    assert base["model"] == "smollm2-135m" and base["completion"] != bare["completion"]  # the adapter is in use


def test_generate_without_a_run_answers_with_the_base(base_lm) -> None:
    from basementbrew.inference.engine import Engine

    engine = Engine(base_lm).start()
    try:
        with TestClient(create_app(ServerSettings(), engine=engine)) as tc:
            assert tc.post("/generate", json=GREEDY).json()["model"] == "smollm2-135m"
    finally:
        engine.stop()
