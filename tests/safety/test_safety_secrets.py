"""Secret detection (safety/secrets.py) on text no secret is in: bounded time, whatever its shape."""

from __future__ import annotations

import time

import pytest

from basementbrew.safety.secrets import find_secrets


@pytest.mark.parametrize("unit", ["a-", "a.", "a+"])
def test_long_hyphen_dot_or_plus_chains_cost_linear_time(unit):
    """The credentials-in-URL pattern read every word of "a-b-c-..." as the start of a scheme and scanned to the
    end of the run for "://": 32,000 characters took 3 s in the pii scanner (1 MB of a scraped page: minutes)."""
    text = unit * 50_000
    start = time.perf_counter()
    assert list(find_secrets(text)) == []
    assert time.perf_counter() - start < 2.0


def test_credentials_in_a_url_are_still_found():
    text = "clone https://bob:s3cretpass@git.example.com/x.git or a-b-c-svn+ssh://u:p4ss@host"
    assert [(f.kind, f.value) for f in find_secrets(text)] == [
        ("url_credentials", "https://bob:s3cretpass@git.example.com/x.git"),
        ("url_credentials", "a-b-c-svn+ssh://u:p4ss@host"),
    ]
