"""``POST /generate`` without ``"model"`` on a ``serve --run RUN`` server answers with RUN, what ``serve --help``
promises ("Serve this run"); it answered with the bare base model. The app is built as ``serve`` builds it
(its lifespan loads the base and the run's adapter), over a run whose adapter changes the answers."""

from __future__ import annotations

import pytest
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


@pytest.fixture
def tc(base_lm):
    from basementbrew.inference.engine import Engine

    engine = Engine(base_lm).start()
    try:
        with TestClient(create_app(ServerSettings(), engine=engine)) as client:
            yield client
    finally:
        engine.stop()


def test_generate_honours_stop_like_the_v1_routes(tc) -> None:
    """POST /generate with "stop": [...] got 400 'stop: Extra inputs are not permitted', not saying that
    /v1/completions takes stop; the engine honours stop sequences on every route, so /generate now takes them."""
    whole = tc.post("/generate", json=GREEDY | {"max_tokens": 12}).json()["completion"]
    cut = whole.find(" ", 3)
    assert cut > 0, whole
    stop = whole[cut:cut + 2]
    for sent in ([stop], stop):
        got = tc.post("/generate", json=GREEDY | {"max_tokens": 12, "stop": sent}).json()
        assert got["completion"] == whole[: whole.find(stop)] and got["finish_reason"] == "stop", (stop, got)
    err = tc.post("/generate", json=GREEDY | {"stop": [""]})
    assert err.status_code == 400 and err.json()["error"]["param"] == "stop"
    other = tc.post("/generate", json=GREEDY | {"seed": 1})
    assert other.status_code == 400 and other.json()["error"]["param"] == "seed"
    message = other.json()["error"]["message"]
    assert "not a /generate field" in message and "POST /v1/completions, which takes seed" in message, message


def test_generate_reads_null_as_the_default_like_the_v1_routes(tc) -> None:
    """POST /generate with "temperature": null got 400 'temperature: Input should be a valid number', while the
    /v1 routes (and the openai client, which sends None as null) read null as the default."""
    nulls = {"temperature": None, "top_p": None, "max_tokens": None, "stop": None, "danger_mode": None,
             "model": None, "system": None}
    for field, value in nulls.items():
        got = tc.post("/generate", json={"prompt": "Name a hop.", "max_tokens": 2, field: value})
        assert got.status_code == 200, (field, got.text)
    assert tc.post("/generate", json={"prompt": None}).json()["error"]["param"] == "prompt"


def test_generate_without_max_tokens_fits_the_context(tc) -> None:
    """/generate without max_tokens, on a prompt that left fewer tokens than DEFAULT_MAX_NEW_TOKENS, got 400
    'max_tokens: prompt ... + max_tokens (256) exceeds the model's context'; it now answers within the context."""
    ask = {"prompt": "Name a hop.", "temperature": 0}
    n_prompt = tc.post("/generate", json=ask | {"max_tokens": 1}).json()["usage"]["prompt_tokens"]
    tc.app.state.brew.engine.context_length = n_prompt + 2
    out = tc.post("/generate", json=ask)
    assert out.status_code == 200, out.text
    assert out.json()["usage"]["completion_tokens"] <= 2
    assert tc.post("/generate", json=ask | {"max_tokens": 3}).status_code == 400
