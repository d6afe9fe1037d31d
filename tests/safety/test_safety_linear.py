"""``safety/linear.py``'s hashed vocabulary: the same n-gram -> column map as the dict it replaced."""

from __future__ import annotations

import json
from importlib import resources

from basementbrew.safety.linear import Vocabulary


def test_lookup_finds_every_vocabulary_ngram_at_its_column_and_nothing_else():
    spec = json.loads((resources.files("basementbrew.safety") / "models" / "toxicity.json").read_text("utf-8"))
    vocabulary = spec["blocks"][0]["vocabulary"]
    table = Vocabulary(vocabulary)
    grams = [*list(vocabulary)[:2000], "no such n-gram at all", "zzzz qqqq"]
    found, columns = table.lookup(grams)
    assert found.tolist() == [True] * 2000 + [False, False]
    assert columns.tolist() == [vocabulary[g] for g in grams[:2000]]
    assert len(table) == len(vocabulary)


def test_an_empty_vocabulary_finds_nothing():
    found, columns = Vocabulary({}).lookup(["a", "b"])
    assert found.tolist() == [False, False] and columns.size == 0
