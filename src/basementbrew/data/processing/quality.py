"""Quality heuristics with their published thresholds, each rule its own drop reason.

Thresholds are the defaults of datatrove's filters, which reproduce the papers:

* ``gopher_quality`` (Rae et al. 2021, MassiveText, appendix A): 50-100,000 words, mean word length 3-10,
  symbol (``#``, ellipsis) to word ratio ≤ 0.1, ≤ 90 % of lines starting with a bullet, ≤ 30 % of lines
  ending with an ellipsis, ≥ 80 % of words with an alphabetic character, ≥ 2 of the stop words
  *the, be, to, of, and, that, have, with*.
* ``gopher_repetition`` (same appendix, table A1): duplicate lines ≤ 30 % / their characters ≤ 20 %,
  duplicate paragraphs ≤ 30 % / ≤ 20 %, most frequent 2/3/4-gram ≤ 20/18/16 % of characters, duplicated
  5..10-grams ≤ 15/14/13/12/11/10 %.
* ``c4`` (Raffel et al. 2020, section 2.2): lines without terminal punctuation, with fewer than 3 words,
  with a word over 1,000 characters, mentioning javascript or a cookie/terms policy are removed (the
  document is rewritten); "lorem ipsum" or a curly bracket drops the document; fewer than 5 sentences left
  drops it.
* ``fineweb`` (Penedo et al. 2024, FineWeb's own filters): ≤ 12 % of lines ending in punctuation, ≥ 67 %
  of lines of at most 30 characters, ≥ 1 % of characters in duplicated lines, more than 0.3 newlines per
  word: each drops.

Words are whitespace-separated for the Gopher quality rules (as in the paper; symbol-only tokens are not
words) and one fast regex (``\\w+`` runs and symbol runs) for n-gram repetition, never a tokenizer model:
the spaCy word splitting that costs datatrove ~80 % of its time is not needed for ratios like these.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import mean
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from basementbrew.data.document import Document
from basementbrew.data.steps.base import StepResult

WORDS = re.compile(r"\w+|[^\w\s]+")
PUNCT = "".join(chr(c) for c in range(0x20, 0x7F) if not chr(c).isalnum()) + "“”‘’«»…–—•·"
STOP_WORDS = frozenset({"the", "be", "to", "of", "and", "that", "have", "with"})
TERMINAL = (".", "!", "?", '"', "'", "”", "’", "。", "！", "？", "…", ":", ";", ")")
C4_END = (".", "?", "!", '"', "'")
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
SENTENCE = re.compile(r"(?<=[.!?])\s+")


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


NGram = Annotated[int, Field(ge=1, le=100)]
Fraction = Annotated[float, Field(ge=0, le=1)]


def words_of(text: str) -> list[str]:
    return WORDS.findall(text)


def find_duplicates(items: list[str]) -> tuple[int, int]:
    """(duplicate elements, characters in them): each repeat after the first occurrence counts."""
    seen: set[str] = set()
    dup, chars = 0, 0
    for x in items:
        if x in seen:
            dup += 1
            chars += len(x)
        else:
            seen.add(x)
    return dup, chars


def top_ngram_chars(words: list[str], n: int) -> int:
    grams = Counter(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    if not grams:
        return 0
    gram, count = grams.most_common(1)[0]
    return len(gram) * count if count > 1 else 0


def duplicated_ngram_chars(words: list[str], n: int) -> int:
    seen: set[str] = set()
    repeated, i = 0, 0
    while i < len(words) - n + 1:
        gram = "".join(words[i:i + n])
        if gram in seen:
            repeated += len(gram)
            i += n
        else:
            seen.add(gram)
            i += 1
    return repeated


class GopherQualityParams(_Params):
    min_doc_words: int = Field(50, ge=0)
    max_doc_words: int = Field(100_000, ge=1)
    min_avg_word_length: float = Field(3, ge=0)
    max_avg_word_length: float = Field(10, ge=0)
    max_symbol_word_ratio: float = Field(0.1, ge=0)
    max_bullet_lines_ratio: float = Field(0.9, ge=0, le=1)
    max_ellipsis_lines_ratio: float = Field(0.3, ge=0, le=1)
    min_alpha_words_ratio: float = Field(0.8, ge=0, le=1)
    min_stop_words: int = Field(2, ge=0)


class GopherQualityStep:
    name = "gopher_quality"
    content = False

    def __init__(self, p: GopherQualityParams) -> None:
        self.p = p

    def reason(self, text: str) -> str | None:
        p, words = self.p, text.split()  # the paper's words: whitespace-separated
        n = max(1, len(words))
        real = [w.strip(PUNCT) for w in words if w.strip(PUNCT)]  # symbol-only tokens do not count as words
        if len(real) < p.min_doc_words:
            return "gopher_short_doc"
        if len(real) > p.max_doc_words:
            return "gopher_long_doc"
        avg = mean(len(w) for w in real)
        if avg < p.min_avg_word_length:
            return "gopher_below_avg_word_length"
        if avg > p.max_avg_word_length:
            return "gopher_above_avg_word_length"
        if text.count("#") / n > p.max_symbol_word_ratio:
            return "gopher_too_many_hashes"
        if (text.count("...") + text.count("…")) / n > p.max_symbol_word_ratio:
            return "gopher_too_many_ellipsis"
        lines = [ln for ln in text.splitlines() if ln.strip()] or [""]
        if sum(ln.lstrip().startswith(("•", "-", "*", "·")) for ln in lines) / len(lines) > p.max_bullet_lines_ratio:
            return "gopher_too_many_bullets"
        if sum(ln.rstrip().endswith(("...", "…")) for ln in lines) / len(lines) > p.max_ellipsis_lines_ratio:
            return "gopher_too_many_end_ellipsis"
        if sum(any(c.isalpha() for c in w) for w in words) / n < p.min_alpha_words_ratio:
            return "gopher_below_alpha_ratio"
        if sum(w.lower() in STOP_WORDS for w in real) < p.min_stop_words:
            return "gopher_few_stop_words"
        return None

    def __call__(self, doc: Document) -> StepResult:
        why = self.reason(doc.text)
        return StepResult(doc, keep=False, reason=why) if why else StepResult(doc)


class GopherRepetitionParams(_Params):
    dup_line_frac: float = Field(0.3, ge=0, le=1)
    dup_para_frac: float = Field(0.3, ge=0, le=1)
    dup_line_char_frac: float = Field(0.2, ge=0, le=1)
    dup_para_char_frac: float = Field(0.2, ge=0, le=1)
    # n (words per n-gram, from 1; n = 0 never advanced and hung the worker) -> fraction of characters
    top_n_grams: dict[NGram, Fraction] = Field(default_factory=lambda: {2: 0.2, 3: 0.18, 4: 0.16})
    dup_n_grams: dict[NGram, Fraction] = Field(
        default_factory=lambda: {5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12, 9: 0.11, 10: 0.10})


class GopherRepetitionStep:
    name = "gopher_repetition"
    content = False

    def __init__(self, p: GopherRepetitionParams) -> None:
        self.p = p

    def reason(self, text: str) -> str | None:
        p, size = self.p, max(1, len(text))
        paras = re.split(r"\n{2,}", text.strip())
        dup, chars = find_duplicates(paras)
        if dup / len(paras) > p.dup_para_frac:
            return "gopher_dup_para_frac"
        if chars / size > p.dup_para_char_frac:
            return "gopher_dup_para_char_frac"
        lines = re.split(r"\n+", text)
        dup, chars = find_duplicates(lines)
        if dup / len(lines) > p.dup_line_frac:
            return "gopher_dup_line_frac"
        if chars / size > p.dup_line_char_frac:
            return "gopher_dup_line_char_frac"
        words = words_of(text)
        for n, frac in sorted(p.top_n_grams.items()):
            if top_ngram_chars(words, n) / size > frac:
                return f"gopher_top_{n}_gram"
        for n, frac in sorted(p.dup_n_grams.items()):
            if duplicated_ngram_chars(words, n) / size > frac:
                return f"gopher_duplicated_{n}_grams"
        return None

    def __call__(self, doc: Document) -> StepResult:
        why = self.reason(doc.text)
        return StepResult(doc, keep=False, reason=why) if why else StepResult(doc)


class C4Params(_Params):
    min_num_sentences: int = Field(5, ge=0)
    min_words_per_line: int = Field(3, ge=0)
    max_word_length: int = Field(1000, ge=1)
    filter_no_terminal_punct: bool = True
    filter_lorem_ipsum: bool = True
    filter_javascript: bool = True
    filter_curly_bracket: bool = True
    filter_policy: bool = True
    remove_citations: bool = True


class C4Step:
    """Rewrites plain documents line by line (records are judged on their text only, never rewritten)."""

    name = "c4"
    content = False

    def __init__(self, p: C4Params) -> None:
        self.p = p

    def __call__(self, doc: Document) -> StepResult:
        p, kept, removed = self.p, [], Counter[str]()
        for raw in doc.text.splitlines():
            line = raw.strip()
            if not line:
                continue
            low = line.lower()
            if p.filter_lorem_ipsum and "lorem ipsum" in low:
                return StepResult(doc, keep=False, reason="c4_lorem_ipsum")
            if p.filter_curly_bracket and "{" in line:
                return StepResult(doc, keep=False, reason="c4_curly_bracket")
            if p.remove_citations:
                line = CITATION.sub("", line)
            words = line.split()
            if any(len(w) > p.max_word_length for w in words):
                removed["c4_line_long_word"] += 1
            elif p.filter_no_terminal_punct and (not line.endswith(C4_END) or line.endswith("...")):
                removed["c4_line_no_terminal_punct"] += 1
            elif len(words) < p.min_words_per_line:
                removed["c4_line_too_few_words"] += 1
            elif p.filter_javascript and "javascript" in low:
                removed["c4_line_javascript"] += 1
            elif p.filter_policy and any(x in low for x in C4_POLICY):
                removed["c4_line_policy"] += 1
            else:
                kept.append(line)
        text = "\n".join(kept)
        if len([s for s in SENTENCE.split(text) if s.strip()]) < p.min_num_sentences:
            return StepResult(doc, keep=False, reason="c4_too_few_sentences", counts=removed)
        if not removed or "record" in doc.metadata:
            return StepResult(doc, counts=removed)
        new = Document(doc.id, text, doc.source, doc.url, doc.metadata)
        return StepResult(new, modified=True, reason="c4_lines_removed", counts=removed)


class FineWebParams(_Params):
    line_punct_thr: float = Field(0.12, ge=0, le=1)
    line_punct_exclude_zero: bool = False
    short_line_thr: float = Field(0.67, ge=0, le=1)
    short_line_length: int = Field(30, ge=0)
    char_duplicates_ratio: float = Field(0.01, ge=0, le=1)
    new_line_ratio: float = Field(0.3, ge=0)


class FineWebStep:
    name = "fineweb"
    content = False

    def __init__(self, p: FineWebParams) -> None:
        self.p = p

    def reason(self, text: str) -> str | None:
        p = self.p
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if not lines:
            return "fineweb_empty"
        ratio = sum(ln.rstrip().endswith(TERMINAL) for ln in lines) / len(lines)
        if ratio <= p.line_punct_thr and not (ratio == 0 and p.line_punct_exclude_zero):
            return "fineweb_line_punct_ratio"
        if sum(len(ln) <= p.short_line_length for ln in lines) / len(lines) >= p.short_line_thr:
            return "fineweb_short_line_ratio"
        if find_duplicates(lines)[1] / max(1, len(text.replace("\n", ""))) >= p.char_duplicates_ratio:
            return "fineweb_char_dup_ratio"
        if text.count("\n") / max(1, len(words_of(text))) > p.new_line_ratio:
            return "fineweb_list_ratio"
        return None

    def __call__(self, doc: Document) -> StepResult:
        why = self.reason(doc.text)
        return StepResult(doc, keep=False, reason=why) if why else StepResult(doc)
