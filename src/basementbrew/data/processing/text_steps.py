"""Document-level build steps that need no model: clean, length and field filters, language ID.

* ``clean``: Unicode NFC, mojibake repair with ftfy (``fix_text``, encoding fixes only: full-width CJK
  punctuation, curly quotes and ligatures are kept), whitespace collapsed inside lines,
  runs of blank lines cut to one, boilerplate lines removed (cookie banners, "All rights reserved", share
  and subscribe prompts, navigation crumbs; extend with ``extra_patterns``). Every segment of a training
  record is cleaned on its own. A document that becomes empty is dropped (``empty_after_clean``).
* ``length``: ``too_short`` / ``too_long`` in characters or words.
* ``fields``: ``missing_field:<key>`` for a required metadata key, ``field_value:<key>`` when a value is not
  among the allowed ones (e.g. keep only some licences).
* ``language``: py3langid, whose model ships inside its wheel (no download), with normalised probabilities;
  ``language:<code>`` drops a document in a language not listed, ``language_low_score`` one whose best score is
  below ``min_score``. The code and score are written to ``metadata.language`` / ``language_score``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from basementbrew.data.document import Document, segments, with_segments
from basementbrew.data.steps.base import OK, StepResult

BOILERPLATE = [
    r"^(this (web)?site|we) uses? cookies\b", r"\bcookie (policy|settings|preferences)\b", r"^accept (all )?cookies$",
    r"\ball rights reserved\.?$", r"^copyright ©", r"^©\s*\d{4}", r"^skip to (main )?content$",
    r"^(share|tweet|pin it|email) (this|on)\b", r"^share this( (post|article|page))?:?$",
    r"^(subscribe|sign up) (to|for) (our|the) newsletter", r"^(home|menu)\s*(›|»|>|/)", r"^back to top$",
    r"^(log ?in|sign ?in|register)( \| (log ?in|sign ?in|register))*$", r"^read more\.?$",
    r"^click here to\b", r"^(previous|next) (post|article)\b", r"^terms of (use|service)( \| privacy policy)?$",
]


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CleanParams(_Params):
    fix_mojibake: bool = True
    normalize: str = Field("NFC", pattern="^(NFC|NFKC|none)$")
    boilerplate: bool = True
    extra_patterns: list[str] = Field(default_factory=list, description="More line regexes (case-insensitive).")
    max_blank_lines: int = Field(1, ge=0)

    @field_validator("extra_patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for i, pattern in enumerate(value):  # a bad one would stop every worker with re.error's traceback
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"item {i}, {pattern!r}, is not a valid regular expression ({exc}); "
                                 "escape ( [ { . * + ? with a backslash to match them literally") from None
        return value


class CleanStep:
    name = "clean"
    content = False

    def __init__(self, p: CleanParams) -> None:
        import ftfy

        # mojibake and encoding repair only, as datatrove's FTFYFormatter: ftfy's defaults also rewrite text that
        # is right (CJK full-width commas to ASCII, curly quotes straight, ligatures split, NFC even with
        # normalize: none), and a record's answers are what a model learns to write
        config = ftfy.TextFixerConfig(fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
                                      fix_line_breaks=False, normalization=None)
        self.p, self.fix = p, functools.partial(ftfy.fix_text, config=config)
        pats = (BOILERPLATE if p.boilerplate else []) + p.extra_patterns
        self.patterns = re.compile("|".join(f"(?:{x})" for x in pats), re.I) if pats else None
        self.blank = re.compile(r"\n{" + str(p.max_blank_lines + 2) + ",}")

    def _clean(self, text: str) -> tuple[str, int]:
        if self.p.fix_mojibake:
            text = self.fix(text)
        if self.p.normalize != "none":
            text = unicodedata.normalize(self.p.normalize, text)
        lines, removed = [], 0
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            line = " ".join(line.split())
            if line and self.patterns is not None and self.patterns.search(line):
                removed += 1
                continue
            lines.append(line)
        out = self.blank.sub("\n" * (self.p.max_blank_lines + 1), "\n".join(lines)).strip()
        return out, removed

    def __call__(self, doc: Document) -> StepResult:
        segs = segments(doc)
        done = [self._clean(s.text) for s in segs]
        texts = [t for t, _ in done]
        removed = sum(r for _, r in done)
        if not any(t.strip() for t in texts):
            return StepResult(doc, keep=False, reason="empty_after_clean")
        if texts == [s.text for s in segs]:
            return StepResult(doc)
        new = with_segments(doc, texts)
        return StepResult(new, modified=True, reason="boilerplate_lines" if removed else "normalized",
                          counts={"boilerplate_lines": removed} if removed else {})


class LengthParams(_Params):
    min_chars: int = Field(0, ge=0)
    max_chars: int | None = Field(None, ge=1)
    min_words: int = Field(0, ge=0)
    max_words: int | None = Field(None, ge=1)


class LengthStep:
    name = "length"
    content = False

    def __init__(self, p: LengthParams) -> None:
        self.p = p

    def __call__(self, doc: Document) -> StepResult:
        n, p = len(doc.text), self.p
        words = len(doc.text.split()) if (p.min_words or p.max_words) else 0
        if n < p.min_chars or words < p.min_words:
            return StepResult(doc, keep=False, reason="too_short")
        if (p.max_chars and n > p.max_chars) or (p.max_words and words > p.max_words):
            return StepResult(doc, keep=False, reason="too_long")
        return StepResult(doc)


class FieldsParams(_Params):
    required: list[str] = Field(default_factory=list, description="Metadata keys that must be present and non-empty.")
    allowed: dict[str, list[Any]] = Field(default_factory=dict, description="Metadata key → allowed values.")
    require_record: bool = Field(False, description="Drop plain documents (keep training records only).")


class FieldsStep:
    name = "fields"
    content = False

    def __init__(self, p: FieldsParams) -> None:
        self.p = p

    def __call__(self, doc: Document) -> StepResult:
        meta = doc.metadata
        if self.p.require_record and "record" not in meta:
            return StepResult(doc, keep=False, reason="not_a_record")
        for key in self.p.required:
            value = doc.url if key == "url" else meta.get(key)
            if value in (None, "", [], {}):
                return StepResult(doc, keep=False, reason=f"missing_field:{key}")
        for key, allowed in self.p.allowed.items():
            value = doc.source if key == "source" else meta.get(key)
            if value not in allowed:
                return StepResult(doc, keep=False, reason=f"field_value:{key}")
        return StepResult(doc)


# The labels py3langid's bundled model can return (its ``nb_classes``, deduplicated); copied here because
# loading the model takes ~1.5 s and a config is validated before any build. A test keeps them equal.
LANGID_CODES = frozenset((
    "ace", "af", "am", "an", "ar", "ary", "arz", "as", "az", "ba", "bcl", "be", "bg", "bn", "br", "bs", "ca", "crh",
    "cs", "cy", "da", "de", "dz", "el", "en", "eo", "es", "et", "eu", "ext", "fa", "fi", "fo", "fr", "fuv", "fy",
    "ga", "gcf", "gcr", "gd", "gl", "gom", "grc", "gu", "gug", "guw", "ha", "hbo", "he", "hi", "hr", "ht", "hu",
    "hy", "id", "ig", "is", "it", "ja", "jv", "ka", "kab", "kik", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb",
    "lg", "lij", "ln", "lo", "lt", "ltg", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn",
    "no", "nso", "oc", "om", "or", "pa", "pcm", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sa", "sdh", "se", "si",
    "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug",
    "uk", "ur", "uz", "uzs", "vec", "vi", "vo", "wa", "wuu", "xh", "yo", "yue", "zh", "zu", "zxx",
))


class LanguageParams(_Params):
    languages: list[str] = Field(default_factory=lambda: ["en"], description="ISO 639-1 codes to keep; [] = all.")

    @field_validator("languages")
    @classmethod
    def _known_codes(cls, value: list[str]) -> list[str]:
        """A name the model never returns ('english', 'EN', 'eng') would drop every row without a word."""
        for code in value:
            if code not in LANGID_CODES:
                lower = code.strip().lower()
                hint = f"did you mean {lower}? " if lower in LANGID_CODES else ""
                raise ValueError(f"{code!r} is not a language code of the language ID model (py3langid); {hint}"
                                 "use ISO 639-1 codes such as en, de, fr (known: "
                                 f"{', '.join(sorted(LANGID_CODES))})")
        return value
    min_score: float = Field(0.65, ge=0.0, le=1.0, description="Normalised probability of the best language.")
    max_chars: int = Field(5000, ge=100, description="Characters of each document the model reads.")


_IDENTIFIER: Any = None


def identifier() -> Any:
    """py3langid's bundled model with normalised probabilities (loaded once per process)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import _load_identifier

        _IDENTIFIER = _load_identifier(norm_probs=True)
    return _IDENTIFIER


class LanguageStep:
    name = "language"
    content = False

    def __init__(self, p: LanguageParams) -> None:
        self.p, self.model = p, identifier()

    def __call__(self, doc: Document) -> StepResult:
        lang, score = self.model.classify(doc.text[: self.p.max_chars].replace("\n", " "))
        score = float(score)
        new = Document(doc.id, doc.text, doc.source, doc.url,
                       {**doc.metadata, "language": lang, "language_score": round(score, 4)})
        if self.p.languages and lang not in self.p.languages:
            return StepResult(new, keep=False, reason=f"language:{lang}")
        if score < self.p.min_score:
            return StepResult(new, keep=False, reason="language_low_score")
        return StepResult(new, counts={f"language:{lang}": 1}, reason=OK)
