"""The two n-gram analyzers the shipped classifiers were trained with, without importing scikit-learn.

``scripts/safety_train.py`` fits scikit-learn's ``TfidfVectorizer`` with ``analyzer="word"`` (1-2 grams over
``token_pattern``) and ``analyzer="char_wb"`` (2-5 grams inside word boundaries), ``lowercase=False``, no
accent stripping, no stop words. At run time those analyzers are all the scanners need from it, and
importing ``sklearn.feature_extraction.text`` costs a serving process **+138 MB RSS** (scikit-learn,
SciPy and their extension modules; measured after importing torch and transformers) against a budget of
150 MB for every scanner together. So the two analyzers are restated here, feature for feature: same
token regex, same whitespace handling, same order of emitted n-grams, same "count a word shorter than
``n`` only once" rule. ``tests/safety/test_safety_ngrams.py`` compares them with scikit-learn's own
``build_analyzer()`` on every evaluation text the package ships, so a change in either shows up as a test
failure rather than as quietly different scores. Training keeps using scikit-learn.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # scikit-learn's default
_WHITE_SPACES = re.compile(r"\s\s+")

__all__ = ["TOKEN_PATTERN", "analyzer", "char_wb_ngrams", "token_regex", "word_ngrams"]


def token_regex(token_pattern: str = TOKEN_PATTERN) -> re.Pattern[str]:
    """The compiled token pattern; like scikit-learn, at most one capturing group (its match is the token)."""
    pattern = re.compile(token_pattern)
    if pattern.groups > 1:
        raise ValueError(f"token_pattern {token_pattern!r} has more than one capturing group")
    return pattern


def word_ngrams(text: str, lo: int, hi: int, pattern: re.Pattern[str] | None = None) -> list[str]:
    """Tokens matched by ``pattern`` (:func:`token_regex`; its first group when it has one), then their
    ``lo``..``hi``-grams joined by single spaces: unigrams first, in text order, then bigrams, and so on."""
    tokens = (pattern or token_regex()).findall(text)
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Character ``lo``..``hi``-grams of each whitespace-separated word padded with one space on each side;
    a padded word no longer than ``n`` is emitted whole, once, and ends that word's loop."""
    out: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            out.append(w[:n])
            last = len(w) - n
            if last <= 0:
                break
            out.extend(w[i : i + n] for i in range(1, last + 1))
    return out


@cache
def analyzer(kind: str, lo: int, hi: int, token_pattern: str = TOKEN_PATTERN) -> Callable[[str], list[str]]:
    """``text -> n-grams`` for a block of a shipped model (``kind`` is ``"word"`` or ``"char_wb"``)."""
    if kind == "word":
        pattern = token_regex(token_pattern)  # compiled once; a bad pattern fails at load, not in a scan
        return lambda text: word_ngrams(text, lo, hi, pattern)
    if kind == "char_wb":
        return lambda text: char_wb_ngrams(text, lo, hi)
    raise ValueError(f"unknown n-gram analyzer {kind!r}; the shipped models use 'word' and 'char_wb'")
