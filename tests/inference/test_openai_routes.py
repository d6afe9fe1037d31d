"""Edge requests to the OpenAI-compatible routes (routes/openai.py) in process: each test is one behaviour a
client found wrong, asserted on the exact request that showed it."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from basementbrew.inference.engine import Engine
from basementbrew.inference.server import create_app
from basementbrew.inference.settings import ServerSettings


@pytest.fixture
def tc(base_lm):
    eng = Engine(base_lm).start()
    try:
        with TestClient(create_app(ServerSettings(), engine=eng)) as client:
            yield client
    finally:
        eng.stop()


def _stream_texts(raw: str) -> dict[int, str]:
    texts: dict[int, str] = {}
    for line in raw.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                texts[choice["index"]] = texts.get(choice["index"], "") + choice["text"]
    return texts


def test_streamed_echo_starts_each_choice_with_its_prompt(tc):
    """echo=true with stream=true streamed only the completion: the prompt was dropped, while the same request
    unstreamed answered prompt + completion."""
    ask = {"model": "smollm2-135m", "prompt": ["The capital of France is", "Two plus two is"], "max_tokens": 4,
           "temperature": 0, "echo": True}
    whole = tc.post("/v1/completions", json=ask).json()["choices"]
    streamed = _stream_texts(tc.post("/v1/completions", json=ask | {"stream": True}).text)
    assert whole[0]["text"].startswith("The capital of France is") and whole[1]["text"].startswith("Two plus two is")
    assert streamed == {c["index"]: c["text"] for c in whole}
    plain = _stream_texts(tc.post("/v1/completions", json=ask | {"stream": True, "echo": False}).text)
    assert not plain[0].startswith("The capital")


CHAT = "/v1/chat/completions"
HI = {"model": "smollm2-135m", "max_tokens": 1, "messages": [{"role": "user", "content": "hi"}]}


def test_tool_call_shaped_messages_are_refused_by_name(tc):
    """An agent's history (assistant tool_calls, then a 'tool' result) got "role: Input should be 'system',
    'user', 'assistant' or 'developer'", and an assistant turn of only tool_calls was answered with the calls
    silently dropped from the prompt."""
    call = {"role": "assistant", "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}
    cases = {
        "messages[1].role": [{"role": "user", "content": "hi"}, {"role": "tool", "tool_call_id": "c1", "content": "4"}],
        "messages[0].role": [{"role": "function", "name": "f", "content": "4"}],
        "messages[1].tool_calls": [{"role": "user", "content": "hi"}, call],
        "messages[0].function_call": [{"role": "assistant", "function_call": {"name": "f", "arguments": "{}"}}],
    }
    for param, messages in cases.items():
        err = tc.post(CHAT, json=HI | {"messages": messages})
        assert err.status_code == 400, err.text
        body = err.json()["error"]
        assert body["param"] == param and "no tool" in body["message"] and "Value error" not in body["message"]
    plain = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Hello!", "tool_calls": []},
             {"role": "user", "content": "bye"}]
    assert tc.post(CHAT, json=HI | {"messages": plain}).status_code == 200


def test_a_wrong_method_names_the_one_the_route_takes_and_keeps_allow(tc):
    """GET /generate answered 405 "Method Not Allowed" without the Allow header HTTP requires (the error handler
    dropped Starlette's headers) and without saying which method the route takes."""
    got = tc.get("/generate")
    assert got.status_code == 405 and got.headers["allow"] == "POST"
    assert got.json()["error"]["message"] == ("GET /generate is not served: this route takes POST; send the request "
                                              "with POST")
    put = tc.put(CHAT, json=HI)
    assert put.status_code == 405 and "takes POST" in put.json()["error"]["message"]
    models = tc.post("/v1/models")
    assert models.status_code == 405 and "takes GET" in models.json()["error"]["message"]
    assert "HEAD" not in models.json()["error"]["message"] and "GET" in models.headers["allow"]


def test_an_openai_route_without_its_v1_prefix_names_the_base_url(tc):
    """An OpenAI client whose base_url lacks /v1 posts to /chat/completions and got only 404 "Not Found"
    (and one whose base_url has /v1 while the path repeats it, /v1/v1/...)."""
    bare = tc.post("/chat/completions", json=HI)
    assert bare.status_code == 404
    message = bare.json()["error"]["message"]
    assert ": /v1/chat/completions" in message and "base_url to http://testserver/v1" in message
    assert ": /v1/models" in tc.get("/v1/v1/models").json()["error"]["message"]
    other = tc.get("/nothing/here")
    assert other.status_code == 404 and other.json()["error"]["message"] == "Not Found"


def test_token_id_prompts_are_refused_by_name(tc):
    """A prompt as token ids (OpenAI allows [1, 2, 3] and [[1, 2, 3]]) got "prompt[0]: Input should be a valid
    string", which does not say that ids are what is refused, nor what to send."""
    for ids in ([1, 2, 3], [[1, 2, 3], [4, 5]]):
        err = tc.post("/v1/completions", json={"model": "smollm2-135m", "prompt": ids, "max_tokens": 1})
        assert err.status_code == 400, err.text
        body = err.json()["error"]
        assert body["param"] == "prompt" and "token-id prompts" in body["message"] and "as text" in body["message"]
    mixed = tc.post("/v1/completions", json={"model": "smollm2-135m", "prompt": ["hi", 3], "max_tokens": 1})
    assert mixed.status_code == 400 and mixed.json()["error"]["param"] == "prompt[1]"
    two = {"model": "smollm2-135m", "prompt": ["Hello", "The sky is"], "max_tokens": 1}
    texts = tc.post("/v1/completions", json=two)
    assert texts.status_code == 200 and len(texts.json()["choices"]) == 2


def _refused(got, param: str) -> str:
    assert got.status_code == 400, got.text
    body = got.json()["error"]
    assert body["param"] == param and body["type"] == "invalid_request_error", body
    assert "Value error" not in body["message"]
    return body["message"]


def test_fields_that_change_the_answer_are_refused_by_name(tc):
    """suffix (fill-in-the-middle) on /v1/completions was silently ignored: the answer continued the prompt as if
    no suffix had been sent. best_of (server-side pick of the likeliest candidates) and chat audio output
    (audio, modalities with "audio") were ignored the same way."""
    ask = {"model": "smollm2-135m", "prompt": "def add(a, b):", "max_tokens": 1}
    message = _refused(tc.post("/v1/completions", json=ask | {"suffix": "    return total"}), "suffix")
    assert "fill-in-the-middle" in message and "leave suffix out" in message
    message = _refused(tc.post("/v1/completions", json=ask | {"best_of": 3}), "best_of")
    assert "best_of=3" in message and "n=3" in message
    assert "at least n" in _refused(tc.post("/v1/completions", json=ask | {"best_of": 2, "n": 3}), "best_of")
    assert "best_of" in _refused(tc.post(CHAT, json=HI | {"best_of": 2}), "best_of")
    message = _refused(tc.post(CHAT, json=HI | {"modalities": ["text", "audio"]}), "modalities")
    assert "'audio'" in message and '["text"]' in message
    message = _refused(tc.post(CHAT, json=HI | {"audio": {"voice": "alloy", "format": "wav"}}), "audio")
    assert "audio output" in message and "leave audio out" in message
    harmless = [
        ("/v1/completions", ask | {"suffix": None, "best_of": 1, "user": "u1"}),
        ("/v1/completions", ask | {"suffix": "", "best_of": 2, "n": 2}),
        ("/v1/completions", ask | {"best_of": None, "n": 2}),
        (CHAT, HI | {"modalities": ["text"], "audio": None, "user": "u1", "metadata": {"k": "v"}, "store": False}),
    ]
    for route, body in harmless:
        got = tc.post(route, json=body)
        assert got.status_code == 200, (body, got.text)


def test_a_bare_string_in_a_content_parts_list_is_said_to_be_one(tc):
    """"content": ["hi"] (a string where OpenAI's API wants a part object; it refuses this too) got "only text
    content parts are served here (got None)", which names neither the string nor the shape to send."""
    message = _refused(tc.post(CHAT, json=HI | {"messages": [{"role": "user", "content": ["hi"]}]}),
                       "messages[0].content")
    assert "content[0] is a string ('hi')" in message and """{"type": "text", "text": "hi"}""" in message, message
    image = tc.post(CHAT, json=HI | {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]})
    assert "got 'image_url'" in _refused(image, "messages[0].content")
    parts = [{"type": "text", "text": "hi"}, {"text": " there"}]
    assert tc.post(CHAT, json=HI | {"messages": [{"role": "user", "content": parts}]}).status_code == 200


def test_one_model_is_retrieved_by_id_as_in_openais_api(tc):
    """GET /v1/models/smollm2-135m (the openai client's models.retrieve) answered 404 'Not Found' for a model
    /v1/models lists, as if it did not exist."""
    listed = tc.get("/v1/models").json()["data"][0]
    one = tc.get(f"/v1/models/{listed['id']}")
    assert one.status_code == 200 and one.json() == listed
    missing = tc.get("/v1/models/nope")
    assert missing.status_code == 404
    assert missing.json()["error"] == {"message": f"The model 'nope' does not exist; served models: {listed['id']}",
                                       "type": "invalid_request_error", "param": "model", "code": "model_not_found"}


def test_without_max_tokens_the_default_shrinks_to_the_room_the_prompt_leaves(tc):
    """A request without max_tokens whose prompt left fewer tokens than the server's default (256) got 400
    'max_tokens: prompt (8100 tokens) + max_tokens (256) exceeds the model's context ...; lower max_tokens', a
    field the client never sent. It now generates up to the end of the context, as OpenAI and vLLM do; a
    max_tokens the client did send is still refused when it cannot fit."""
    ask = {"model": "smollm2-135m", "prompt": "one two three four five six", "temperature": 0}
    chat = {"model": "smollm2-135m", "messages": [{"role": "user", "content": "one two three"}], "temperature": 0}
    n_prompt = tc.post("/v1/completions", json=ask | {"max_tokens": 1}).json()["usage"]["prompt_tokens"]
    n_chat = tc.post(CHAT, json=chat | {"max_tokens": 1}).json()["usage"]["prompt_tokens"]
    engine = tc.app.state.brew.engine
    engine.context_length = n_prompt + 3
    done = tc.post("/v1/completions", json=ask)
    assert done.status_code == 200, done.text
    assert done.json()["usage"]["completion_tokens"] <= 3
    streamed = tc.post("/v1/completions", json=ask | {"stream": True})
    assert streamed.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n") and '"error"' not in streamed.text
    chosen = tc.post("/v1/completions", json=ask | {"max_tokens": 4})
    assert chosen.status_code == 400 and chosen.json()["error"]["message"] == (
        f"max_tokens: prompt ({n_prompt} tokens) + max_tokens (4) exceeds the model's context of {n_prompt + 3} "
        "tokens; lower max_tokens to at most 3 or shorten the prompt")
    engine.context_length = n_chat + 2
    answered = tc.post(CHAT, json=chat)
    assert answered.status_code == 200, answered.text
    assert answered.json()["usage"]["completion_tokens"] <= 2
