"""Prompt injection and jailbreak detection: named heuristics first, a trained classifier for the rest.

Heuristics give the reason a person can act on: ``instruction_override`` ("ignore all previous
instructions"), ``roleplay_jailbreak`` (DAN, "developer mode", "an AI without restrictions"),
``system_prompt_exfiltration`` ("print your system prompt"), ``delimiter_injection`` (fake chat-template
tags such as ``<|im_start|>system`` or ``[INST]``) and ``encoded_payload`` (base64/hex/rot13 text that
decodes to one of the above: base64, hex, rot13, binary octets, ``chr()``/``\\x``/``\\u`` escapes and
backslash-separated letters). They run on the deobfuscated text, so zero-width characters, fullwidth
letters and homoglyphs do not hide the phrase. The classifier (``safety/models/injection.json``: n-grams
plus WordLlama sentence embeddings, see :mod:`basementbrew.safety.linear` and ``scripts/safety_train.py``)
catches paraphrases and other languages, on the text and on every decoded payload; its hit is reported
as ``injection_classifier``. It was trained on the S-Labs and neuralchemy train/validation splits,
multilingual injections, PyRIT jailbreak templates and our rows. Chosen by measurement on the validation
splits: embeddings alone reached ROC AUC 0.97 against 0.99-0.996 for n-grams; trained on S-Labs alone and
tested on neuralchemy, adding the embedding to the n-grams raised AUC 0.878 -> 0.907 (recall at 3% FPR
0.37 -> 0.41), the reverse direction stayed level (0.954 -> 0.949). The heuristics need an instruction
*object* ("previous instructions", "your rules") so "ignore the previous error and retry" stays allowed.
The opt-in ``injection_reader`` variant lets a fine-tuned encoder decide short English text after the rules
(:mod:`basementbrew.safety.injection_reader`): it lifts blocks of a user steering the chat and blocks injections
the classifier missed, reported as ``injection_reader``.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import itertools
import re
from collections.abc import Mapping
from typing import Any

from basementbrew.safety.injection_reader import injection_reader
from basementbrew.safety.linear import clip, load_model, prepared
from basementbrew.safety.normalize import deobfuscate, fold, without_opaque_runs
from basementbrew.safety.scanners.base import Verdict, ok

_OBJ = (r"(?:(?:all|any|every|the|your|my|these|those|prior|previous|above|earlier|preceding|initial|original|"
        r"system|safety|developer|existing|\s)+)?(?:instructions?|directives?|directions|rules|guidelines|"
        r"prompts?|guardrails|restrictions|constraints|programming|policies|context|commands|training|"
        r"alignment|conditioning|safety (?:training|filters?))")
_MODES = r"(?:developer|god|jailbreak|unfiltered|unrestricted|evil|dan)"
HEURISTICS: list[tuple[str, re.Pattern[str]]] = [
    ("delimiter_injection", re.compile(r"<\|(?:im_start|im_end|system|endoftext|start_header_id|eot_id)\|>|"
                                       r"\[/?inst\]|<</?sys>>|</?(?:system|instructions?)>|"
                                       r"^\s*(?:#{2,}|\*\*\*)\s*(?:new )?(?:system|instructions?)\b", re.M)),
    ("instruction_override", re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|overwrite|discard|set aside|put aside|"
        r"let go of|break free (?:of|from))\b[\w\s,']{0,40}?"
        + _OBJ + r"|\bnew (?:system )?instructions?\s*:|\byour (?:new|real|true) (?:instructions|task|purpose)"
        r" (?:is|are)\b|\bfrom now on,? (?:you|ignore)\b")),
    ("roleplay_jailbreak", re.compile(
        r"\bdan\b.{0,40}\b(?:do anything now|jailbr)|\bdo anything now\b|\b(?:enable|activate|enter|switch to|turn on|"
        r"you are (?:now )?in|you're (?:now )?in) (?:the )?" + _MODES + r" mode\b|\b" + _MODES + r" mode (?:enabled|"
        r"activated|on)\b|\b(?:no|without|free (?:of|from)) (?:any )?(?:ethical |moral |content )?"
        r"(?:restrictions|filters|limits|guidelines|rules)\b.{0,40}\b(?:ai|assistant|model|chatbot)\b|"
        r"\b(?:ai|assistant|model|chatbot) (?:with no|without|that has no) (?:restrictions|filters|rules|limits)|"
        r"\b(?:liberated|unbound|unchained|unshackled|uncensored|jailbroken) (?:ai|model|assistant|chatbot|llm)\b|"
        r"\bpretend (?:to be|you are|you're) .{0,40}(?:unfiltered|uncensored|no rules|jailbroken|no restrictions)|"
        r"\b(?:stay|remain) in character\b.{0,60}\b(?:no matter|always|never refuse)|\bnever refuses?\b")),
    ("system_prompt_exfiltration", re.compile(
        r"\b(?:print|show|reveal|repeat|output|display|tell me|give me|leak|dump|what (?:is|are|were)|spell out|"
        r"copy)\b.{0,30}\b(?:your|the)\s+(?:full |exact |original |initial |hidden |secret )*(?:system prompt|"
        r"system message|initial (?:prompt|instructions)|hidden (?:prompt|instructions)|pre-?prompt|"
        r"instructions (?:you were given|above))|\brepeat (?:the|all) (?:text|words) above\b|"
        # "I need to see the system prompt"; not "instructions above" with these verbs ("please see the instructions
        # above" is ordinary)
        r"\b(?:see|view|access|share)\b.{0,30}\b(?:your|the)\s+(?:full |exact |original |initial |hidden |secret )*"
        r"(?:system prompt|initial (?:prompt|instructions)|hidden (?:prompt|instructions)|pre-?prompt)|"
        r"\brepeat (?:all of )?the above (?:text|words|lines|message|instructions|prompt)\b|"
        r"\beverything (?:above|before) this (?:line|message)\b")),
]  # fmt: skip
_B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
_HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}){12,}\b")
_BINARY = re.compile(r"(?:\b[01]{8}\b[\s,]*){6,}")
_CHR = re.compile(r"(?:chr\(\s*\d{1,6}\s*\)[\s+,]*){6,}", re.I)
_ESC = r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})"
_ESCAPES = re.compile(rf"(?:{_ESC}[\s,]*){{6,}}")
_BACKSLASHED = re.compile(r"(?:[\w ]\\){5,}[\w ]?")
MAX_PAYLOADS = 32  # decoded views per text: bounds the time an adversarial text full of encodings can cost
def _decoded_payloads(text: str) -> list[str]:
    out = []
    for m in _B64.finditer(text):
        with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
            out.append(base64.b64decode(m.group(0) + "=" * (-len(m.group(0)) % 4)).decode("utf-8"))
    for m in _HEX.finditer(text):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            out.append(bytes.fromhex(m.group(0)).decode("utf-8"))
    if re.search(r"\brot-?13\b", text, re.I):
        out.append(codecs.decode(text, "rot13"))
    for m in _BINARY.finditer(text):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            out.append(bytes(int(b, 2) for b in re.findall(r"[01]{8}", m.group(0))).decode("utf-8"))
    for m in _CHR.finditer(text):
        with contextlib.suppress(ValueError, OverflowError):
            out.append("".join(chr(int(n)) for n in re.findall(r"\d+", m.group(0))))
    for m in _ESCAPES.finditer(text):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            out.append(codecs.decode(re.sub(r"[\s,]", "", m.group(0)), "unicode_escape"))
    for m in _BACKSLASHED.finditer(text):
        if m.group(0).count("\\") >= 5:
            out.append(m.group(0).replace("\\", ""))
    return out[:MAX_PAYLOADS]


def heuristic_reason(text: str) -> str | None:
    """The first heuristic that matches the deobfuscated text (or a payload decoded from it)."""
    views = (fold(text), prepared(text))  # folded keeps symbols such as <|im_start|> that l33t undoing would eat
    for reason, pattern in HEURISTICS:
        if any(pattern.search(v) for v in views):
            return reason
    for payload in _decoded_payloads(text):
        decoded = deobfuscate(payload)
        if any(p.search(decoded) for _, p in HEURISTICS):
            return "encoded_payload"
    return None


def decoded_views(text: str) -> list[str]:
    """Payloads decoded out of the text (for the classifier to score as well)."""
    return [p for p in _decoded_payloads(text) if p.strip()]


# The classifier reads character n-grams, L2-normalised per text: a two-letter greeting has four of them, each
# weighing a quarter of the text, and "yo" shares " y", "yo", " yo" with the "you" of countless jailbreaks (0.97,
# blocked; "hi" 0.15). A text of fewer than MIN_WORD_CHARS letters and digits has no room for an instruction, so
# the classifier alone does not block it; the named heuristics (a bare "DAN" reads as nothing without its
# context) and decoded payloads still do. Measured on the public splits: no test-split injection is that short
# (6 of 24,000 training-split ones are: symbol strings, escapes and "DAN"), so every reported figure is unchanged.
MIN_WORD_CHARS = 4
_WORD_CHAR = re.compile(r"\w")


class InjectionScanner:
    """Blocks prompt injection and jailbreak attempts in user (or retrieved) text."""

    name = "injection"

    def __init__(self, threshold: float | None = None, *, reader: bool = False, languages: bool = False) -> None:
        if reader and languages:
            raise ValueError("injection_reader and injection_languages are two variants: choose one")
        # languages=True (the ``injection_languages`` scanner, opt-in): a classifier that also trained on benign text
        # in 96 languages (``scripts/safety_train.py injection_languages``; the default read 0.75 of pasted Korean
        # bills followed by "Please summarise this in one sentence." as injections; README, "Text in other languages")
        self.model = load_model("injection_languages" if languages else "injection")
        if languages:
            self.name = "injection_languages"
        self.threshold = self.model.threshold if threshold is None else threshold
        # reader=True (the opt-in ``injection_reader`` scanner): a fine-tuned reader of meaning has the last word on
        # short English text (:mod:`basementbrew.safety.injection_reader`); None without the MiniLM wheel. Not the
        # default: chat steering blocked 0.070 against the 0.06 a rule set before the figures (its docstring)
        self.reader = injection_reader() if reader else None
        if reader:
            self.name = "injection_reader"

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict:
        if not text.strip():
            return ok(self.name)
        text = clip(text)  # rules and decoders read what the model reads: bounded time on huge inputs
        reason = heuristic_reason(text)
        score, _ = self.model.harm_score(without_opaque_runs(text))
        decoded = max((self.model.harm_score(p)[0] for p in decoded_views(text)), default=0.0)
        if reason:
            return Verdict(self.name, False, reason, max(score, 0.9))
        # prepared(): the deobfuscated text the chain's n-gram models already made (cached); four matches settle it
        if len(list(itertools.islice(_WORD_CHAR.finditer(prepared(text)), MIN_WORD_CHARS))) < MIN_WORD_CHARS:
            score = 0.0  # "yo" is a greeting, not an instruction (see MIN_WORD_CHARS); payloads are still read
        if score >= self.threshold and not (self.reader is not None and self.reader.clears(text)):
            return Verdict(self.name, False, "injection_classifier", score)  # (else lifted: a chat being steered)
        if decoded >= self.threshold:
            return Verdict(self.name, False, "encoded_payload", decoded)
        if self.reader is not None and self.reader.flags(text):
            return Verdict(self.name, False, "injection_reader", self.reader.score(text))
        return ok(self.name, score)
