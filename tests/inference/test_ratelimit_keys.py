"""Rate limits cannot be dodged by changing the Bearer token: a keyless server limits the client address,
a keyed server the (hash of the) validated key, and failed authentications have their own bucket."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from basementbrew.inference.engine import Engine
from basementbrew.inference.server import create_app
from basementbrew.inference.settings import ServerSettings

KEY = "sekrit-key-123456"


@pytest.fixture
def engine(base_lm) -> Engine:
    return Engine(base_lm)  # /v1/models only reads the model table; nothing is generated


def codes(tc: TestClient, tokens: list[str]) -> list[int]:
    return [tc.get("/v1/models", headers={"Authorization": f"Bearer {t}"}).status_code for t in tokens]


def test_keyless_server_limits_the_address_not_the_bearer_token(engine):
    with TestClient(create_app(ServerSettings(rate_limit_rpm=1, rate_limit_burst=2), engine=engine)) as tc:
        got = codes(tc, [f"rotated-{i}" for i in range(5)])
    assert got == [200, 200, 429, 429, 429]


def test_wrong_keys_are_rate_limited_per_address(engine):
    settings = ServerSettings(api_key=KEY, rate_limit_rpm=1, rate_limit_burst=2)
    with TestClient(create_app(settings, engine=engine)) as tc:
        got = codes(tc, [f"guess-{i}" for i in range(4)])
        last = tc.get("/v1/models", headers={"Authorization": "Bearer guess-9"})
    assert got == [401, 401, 429, 429]
    assert last.json()["error"]["code"] == "too_many_auth_failures" and int(last.headers["retry-after"]) >= 1


def test_missing_key_counts_as_a_failed_authentication(engine):
    settings = ServerSettings(api_key=KEY, rate_limit_rpm=1, rate_limit_burst=1)
    with TestClient(create_app(settings, engine=engine)) as tc:
        got = [tc.get("/v1/models").status_code for _ in range(2)]
    assert got == [401, 429]


def test_valid_key_is_limited_on_its_hash(engine):
    settings = ServerSettings(api_key=KEY, rate_limit_rpm=1, rate_limit_burst=2)
    app = create_app(settings, engine=engine)
    with TestClient(app) as tc:
        got = codes(tc, [KEY] * 3)
        buckets = list(app.state.brew.limiter._buckets)
    assert got == [200, 200, 429]
    assert buckets == [buckets[0]] and buckets[0].startswith("key:") and KEY[:6] not in buckets[0]


def test_failed_authentications_do_not_use_up_the_valid_key_bucket(engine):
    settings = ServerSettings(api_key=KEY, rate_limit_rpm=1, rate_limit_burst=2)
    with TestClient(create_app(settings, engine=engine)) as tc:
        assert codes(tc, ["wrong", "wrong", "wrong"]) == [401, 401, 429]
        assert codes(tc, [KEY, KEY]) == [200, 200]
