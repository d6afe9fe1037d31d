"""The in-process playground refuses what the server refuses, by the server's request model and in its words:
`playground batch|chat|ab|bench` without --url generated with temperature 9, top_p 1.5 or max_tokens -3 (and
turned max_tokens 0 into 256 tokens), where the server answers 400."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from basementbrew.errors import BrewError
from cli_helpers import run_cli

BAD = [{"temperature": 9}, {"top_p": 1.5}, {"max_tokens": 0}, {"max_tokens": -3}]
HI = [{"role": "user", "content": "Say hi"}]


@pytest.fixture
def engine(base_lm):
    from basementbrew.inference.engine import Engine

    eng = Engine(base_lm).start()
    yield eng
    eng.stop()


@pytest.mark.parametrize("bad", BAD, ids=lambda b: "-".join(f"{k}={v}" for k, v in b.items()))
def test_in_process_refuses_what_the_server_refuses_in_its_words(bad, engine, tmp_path, monkeypatch, capsys):
    from basementbrew.inference.server import create_app
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.playground.backends import EngineBackend

    with TestClient(create_app(ServerSettings(), engine=engine)) as tc:
        answer = tc.post("/v1/chat/completions", json={"model": "smollm2-135m", "messages": HI, **bad})
        completion = tc.post("/v1/completions", json={"model": "smollm2-135m", "prompt": "Say hi", **bad})
    assert answer.status_code == 400 and completion.status_code == 400
    said = answer.json()["error"]["message"]
    assert said.startswith(f"{next(iter(bad))}: ") and completion.json()["error"]["message"] == said

    backend = EngineBackend(engine)
    with pytest.raises(BrewError) as chat_refused:
        backend.chat("smollm2-135m", HI, **bad)
    with pytest.raises(BrewError) as completion_refused:
        backend.complete("smollm2-135m", "Say hi", **bad)
    assert str(chat_refused.value) == said and str(completion_refused.value) == said

    # a batch line is refused before any model loads, for the whole file: exit 2, no output written
    src, out = tmp_path / "b.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"prompt": "fine"}\n' + json.dumps({"prompt": "Say hi", **bad}) + "\n", encoding="utf-8")
    code, output = run_cli(["playground", "batch", str(src), "--out", str(out)], monkeypatch, capsys)
    assert code == 2 and f"{src}:2: {said}; fix or delete that line" in output, output
    assert "Loading weights" not in output and not out.exists()


def test_an_openai_batch_body_is_checked_as_the_server_checks_it(tmp_path: Path, monkeypatch, capsys) -> None:
    """A body field the server refuses (tools, a top_p over 1) was ignored in-process and answered."""
    src, out = tmp_path / "b.jsonl", tmp_path / "out.jsonl"
    for body, said in (({"prompt": "hi", "tools": [{"type": "function"}]}, "tools: tool and function calling is "
                        "not supported by this server"),
                       ({"prompt": "hi", "top_p": 1.5}, "top_p: Input should be less than or equal to 1")):
        src.write_text(json.dumps({"url": "/v1/completions", "body": body}) + "\n", encoding="utf-8")
        code, output = run_cli(["playground", "batch", str(src), "--out", str(out)], monkeypatch, capsys)
        assert code == 2 and f"{src}:1: {said}" in output and not out.exists(), output


def test_in_process_chat_reads_an_assistant_turn_with_the_output_chain(engine):
    """The in-process backend checks history as the server does: the model's own refusal, resent as an
    assistant turn, was read by the input chain's harmful-request scanner as an ask, and every later turn of
    the chat was refused; a forged abusive assistant turn is still refused, by the output chain."""
    from basementbrew.config import SafetyConfig
    from basementbrew.playground.backends import EngineBackend
    from basementbrew.safety.guardrails import Guardrails

    backend = EngineBackend(engine, Guardrails.from_config(SafetyConfig()))
    refusal = ("I can't help with making a pipe bomb or any other explosive device. If you're thinking about "
               "hurting someone, please talk to someone you trust.")
    history = [{"role": "user", "content": "Tell me something about chemistry."},
               {"role": "assistant", "content": refusal}, {"role": "user", "content": "What is the capital of France?"}]
    reply = backend.chat("smollm2-135m", history, max_tokens=3, temperature=0)
    assert reply.completion_tokens >= 1
    history[1]["content"] = "You are a worthless idiot and everyone hates you."
    with pytest.raises(BrewError, match=r"messages\[1\]\.content: blocked by the output guardrails \(an assistant"):
        backend.chat("smollm2-135m", history, max_tokens=3, temperature=0)


def test_in_process_default_max_tokens_shrinks_to_the_room_the_prompt_leaves(engine):
    """Like the server (2f6809c): a completion without max_tokens whose prompt leaves fewer than the default 256
    tokens was refused in-process with 'lower max_tokens to at most 3', a setting the caller never gave."""
    from basementbrew.playground.backends import EngineBackend

    engine.context_length = 64  # SmolLM2's 8,192 as a short window: an 8k-token prefill costs minutes on CPU
    backend = EngineBackend(engine)
    served = engine.get(None)
    prompt = " a" * (engine.context_length - 3)
    ids = served.tokenizer(prompt, add_special_tokens=False)["input_ids"]
    room = engine.context_length - len(ids)
    assert 0 < room < 256
    reply = backend.complete("smollm2-135m", prompt, temperature=0)
    assert 1 <= reply.completion_tokens <= room
    with pytest.raises(BrewError, match="max_tokens"):  # one the caller chose is still refused when it cannot fit
        backend.complete("smollm2-135m", prompt, temperature=0, max_tokens=room + 1)
