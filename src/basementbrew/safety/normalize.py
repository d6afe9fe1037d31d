"""Undo the Unicode and spelling tricks people use to slip text past classifiers.

Every classifier (toxicity, injection) sees text through :func:`fold` and :func:`deobfuscate`, in training
and at run time alike, so "ｉｇｎｏｒｅ", "ig\u200bnore", "іgnore" (Cyrillic і), "1gn0re" and "i g n o r e"
all reach the model as "ignore". The steps, in order:

1. NFKC normalisation (fullwidth and compatibility forms to their plain letters);
2. removal of invisible format characters (Unicode category Cf: zero-width spaces/joiners, bidi controls,
   soft hyphens, tag characters) and of variation selectors;
3. a small confusables table mapping Cyrillic/Greek look-alikes to Latin (a subset of Unicode TR39 for the
   letters that matter in English text), then case folding;
4. (deobfuscate only) l33t digits/symbols inside words and letters separated by spaces or dots.

PII and sanitisation work on the original text: their offsets and digits must not change.
"""

from __future__ import annotations

import re
import unicodedata

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
# a word made of letters with l33t symbols mixed in (needs at least one letter, so "2024" stays a number)
_LEETWORD = re.compile(r"(?=[\w@$!|+]*[a-z])[\w@$!|+]*[0-9@$!|+][\w@$!|+]*")
# "i d i o t", "i.d.i.o.t", "i-d-i-o-t": three or more single letters joined by one separator
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){2,}[a-z]\b")
_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_REPEATS = re.compile(r"([a-z])\1{2,}")


def strip_invisible(text: str) -> str:
    """Drop format (Cf) characters and variation selectors; keeps newlines and tabs."""
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
    return match.group(0).translate(_LEET)


def deobfuscate(text: str) -> str:
    """:func:`fold` plus l33t undone inside words, spaced-out letters joined, long letter runs shortened."""
    text = fold(text)
    text = _LEETWORD.sub(_unleet, text)
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)
    return _REPEATS.sub(r"\1\1", text)
