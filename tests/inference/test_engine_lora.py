"""A trained LoRA adapter served for real by vLLM and llama.cpp behind `basementbrew serve` (issue 19), marked
``engines``: skipped with the install command where an engine's environment is missing.

One run is trained here (:func:`serving_fixtures.make_trained_run`: a few steps that make SmolLM2 open every
answer with "Ahoy!"). vLLM gets its PEFT folder as a ``--lora-modules`` entry; llama.cpp gets it as a GGUF
LoRA written by ``basementbrew merge export-gguf RUN --lora-only``, over the wheel's Q4_1 base.
Each engine must answer with the adapter as it was trained, unlike its own base, and start its greedy answer
with the tokens our native engine (float32, in this process) gives for the same adapter; llama.cpp's 4-bit
base may drift from it later in an answer, so only the opening tokens are compared. A run that appears on
disk after the engine started cannot be hot-loaded into its process: that is a 400 naming the engine and the
restart that serves it.
"""

from __future__ import annotations

import json
import shutil

import httpx
import pytest

pytestmark = pytest.mark.engines

RUN = "pirate"
QUESTIONS = ["What is the capital of France?", "Tell me about dogs."]  # one trained on, one held out
MAX_TOKENS = 16
SAME_OPENING = 5  # greedy tokens every engine must share with the native engine's answer


def _ask(client, model: str, question: str) -> str:
    r = client.post(
        "/v1/chat/completions",
        json={
            "model": model,
            "max_tokens": MAX_TOKENS,
            "temperature": 0,
            "messages": [{"role": "user", "content": question}],
        },
    )
    assert r.status_code == 200, r.text
    return r.json()["choices"][0]["message"]["content"]


@pytest.fixture(scope="module")
def trained_home(tmp_path_factory, embedded_dir):
    """A workspace with the trained run, its GGUF LoRA where llama.cpp's engine finds it, and the native
    engine's greedy answers ({model: {question: text}}) for base and adapter."""
    from fastapi.testclient import TestClient

    from basementbrew.inference.engine_process import installed
    from basementbrew.inference.server import create_app
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.merging.export import export_gguf
    from serving_fixtures import make_trained_run

    if not (installed("vllm") or installed("llamacpp")):
        pytest.skip("neither engine is installed: `make engine-vllm`, `make engine-llamacpp`")
    home = tmp_path_factory.mktemp("lora-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        make_trained_run(embedded_dir, RUN)
        exported = export_gguf(RUN, lora_only=True)  # `basementbrew merge export-gguf pirate --lora-only`
        assert exported["lora"]["check"]["delta_max_abs"] < 1e-6 and not exported["files"]
        with TestClient(create_app(ServerSettings(run=RUN, threads=1))) as tc:
            native = {m: {q: _ask(tc, m, q) for q in QUESTIONS} for m in ("smollm2-135m", RUN)}
    assert all(a.startswith("Ahoy!") for a in native[RUN].values())  # the adapter learned what it was taught
    return home, native


@pytest.fixture(scope="module", params=["vllm", "llamacpp"])
def lora_server(request, trained_home):
    from basementbrew.inference.engine_process import ENGINES, installed
    from basementbrew.inference.local import start_server

    engine = request.param
    if not installed(engine):
        pytest.skip(f"{engine} is not installed: `{ENGINES[engine]['make']}`")
    home, native = trained_home
    # vLLM eager starts in seconds; correct here because our command line asks for float32 (the native dtype)
    eager = ["--engine-arg=--enforce-eager"] if engine == "vllm" else []
    server = start_server(
        ["--engine", engine, "--run", RUN, "--threads", "1", *eager],
        home=home,
        log=home / f"server-{engine}.log",
        timeout=900,
    )
    yield engine, server, home, native
    server.stop()


def test_the_adapter_answers_as_trained_and_opens_like_the_native_engine(lora_server, embedded_dir):
    from transformers import AutoTokenizer

    engine, server, home, native = lora_server
    tok = AutoTokenizer.from_pretrained(embedded_dir)
    with httpx.Client(base_url=server.url, timeout=300) as client:
        for question in QUESTIONS:
            base, tuned = _ask(client, "smollm2-135m", question), _ask(client, RUN, question)
            assert tuned.startswith("Ahoy!") and not base.startswith("Ahoy"), (engine, base, tuned)
            ours = tok(native[RUN][question], add_special_tokens=False)["input_ids"]
            theirs = tok(tuned, add_special_tokens=False)["input_ids"]
            assert theirs[:SAME_OPENING] == ours[:SAME_OPENING], (engine, question, tuned, native[RUN][question])
            print(f"{engine} | {question} | base {base!r} | {RUN} {tuned!r} | native {native[RUN][question]!r}")
    if engine == "vllm":  # how the adapter reached the engine
        assert f"--lora-modules {RUN}={home / 'runs' / RUN / 'adapter'}" in (home / "logs/engines/vllm.log").read_text()
    else:
        configs = [json.loads(p.read_text()) for p in (home / "logs" / "engines").glob("llamacpp-*.json")]
        assert {m.get("lora_path") for m in configs[-1]["models"]} == {
            None,
            str(home / "exports" / f"{RUN}-gguf" / f"{RUN}-LoRA-F32.gguf"),
        }


def test_base_requests_batched_with_adapter_requests_stay_base(lora_server, embedded_dir):
    """Base and adapter requests at once (vLLM batches them together): each keeps its own answer. vLLM's CPU
    LoRA ops read the "no adapter" index -1 as the last adapter slot, which gave base rows an adapter's
    delta; our command line keeps that slot empty."""
    from concurrent.futures import ThreadPoolExecutor

    from transformers import AutoTokenizer

    engine, server, _, native = lora_server
    tok = AutoTokenizer.from_pretrained(embedded_dir)
    question = QUESTIONS[0]
    with httpx.Client(base_url=server.url, timeout=300) as client, ThreadPoolExecutor(6) as pool:
        alone = _ask(client, "smollm2-135m", question)
        models = ["smollm2-135m", RUN] * 3
        answers = list(pool.map(lambda m: _ask(client, m, question), models))
    for model, answer in zip(models, answers, strict=True):
        if model == RUN:
            assert answer.startswith("Ahoy!"), (engine, answer)
        else:
            opening = tok(alone, add_special_tokens=False)["input_ids"][:SAME_OPENING]
            assert tok(answer, add_special_tokens=False)["input_ids"][:SAME_OPENING] == opening, (engine, answer)
            assert not answer.startswith("Ahoy"), (engine, answer)
    base = native["smollm2-135m"][question]
    print(f"{engine} | concurrent | {list(zip(models, answers, strict=True))!r} | native base {base!r}")


def test_a_run_the_engine_was_not_started_with_is_refused_with_the_restart_that_serves_it(lora_server):
    engine, server, home, _ = lora_server
    shutil.copytree(home / "runs" / RUN, home / "runs" / "late")  # a run that finished after the start
    try:
        with httpx.Client(base_url=server.url, timeout=300) as client:
            r = client.post(
                "/v1/chat/completions",
                json={"model": "late", "max_tokens": 4, "messages": [{"role": "user", "content": "hi"}]},
            )
            listed = [m["id"] for m in client.get("/v1/models").json()["data"]]
    finally:
        shutil.rmtree(home / "runs" / "late")
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "model_not_loadable" and error["param"] == "model"
    assert f"the {engine} engine" in error["message"] and f"--engine {engine} --adapter late=" in error["message"]
    assert "--engine native" in error["message"]
    if engine == "llamacpp":
        assert "merge export-gguf late --lora" in error["message"]
    assert "late" not in listed and RUN in listed  # /v1/models offers what this engine can answer
