"""Toxicity: a trained classifier that ships in the package, backed by a lexicon for obfuscated slurs.

The classifier (``safety/models/toxicity.json``, see :mod:`basementbrew.safety.linear`) is multinomial
over ``ok / insult / threat / hate / self_harm`` and was trained by ``scripts/safety_train.py``; its
threshold on P(harmful) was tuned on the training set by cross-validation, never on the evaluation sets.
Texts of at most ``meta.short_max_words`` words ("a4", "yo", "You are right.") must clear a higher
threshold, ``meta.short_threshold``, calibrated the same way on the short training texts: a handful of
n-grams is little evidence, and short benign replies are common in chat. Short abuse that the model is
sure of ("idiot", "shut up loser") and the lexicon below still block.
A plain informational question ("How were Black people discriminated against under Jim Crow?", see
:func:`~basementbrew.safety.scanners.harmful.informational`: no loaded premise such as "so greedy") must
clear :data:`INFORMATIONAL_THRESHOLD`: history and definitions name groups and violence without abuse.
The lexicon catches strong abuse the model might score low when it is obfuscated (l33t, spacing,
homoglyphs are undone first by :func:`~basementbrew.safety.normalize.deobfuscate`); it lists only terms
that are abusive in any context, so "kill a python process", "a stupid mistake" or "I'm gonna beat you at
chess" never match; and the model reads "kill" in its computing sense as "stop" (:func:`computing_sense`).
Slurs come from a public list (``safety/models/slurs.json``, built by ``scripts/safety_slurs.py`` from
``wordfilter``'s list, minus words with a common harmless sense): the model cannot weigh a slur that no training
row contains, and before the list "nigger" and "Those spics are everywhere" passed the output chain. A slur that
is only *mentioned* (quoted, "the word ...", "they called me ...", or a plain informational question) is left to
the model: people ask what a slur means and report being called one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from basementbrew.safety.linear import clip, load_model, prepared
from basementbrew.safety.scanners.base import CATEGORIES, Verdict, ok
from basementbrew.safety.scanners.harmful import informational

# reason -> Llama Guard category (insults have no S-category of their own)
CATEGORY = {"insult": None, "threat": CATEGORIES["S1"], "hate": CATEGORIES["S10"], "self_harm": CATEGORIES["S11"]}
LEXICON: list[tuple[str, re.Pattern[str]]] = [
    ("self_harm", re.compile(r"\b(?:kill|hang|off) (?:yo)?urself\b|\bkys\b|\bgo (?:and )?die\b|\bdrink bleach\b")),
    ("threat", re.compile(r"\bi(?:'ll| will| am going to|'m going to|m gonna| gonna) (?:kill|murder|stab|shoot|"
                          r"strangle|beat) (?:you|u)\b(?! (?:at|in|on)\b)|\byou(?:'re| are) (?:dead|gonna die)\b")),
    ("insult", re.compile(r"\b(?:fuck(?:ing)? (?:you|u|off)|stfu|motherfucker|cunt|dickhead|dumbass|jackass|"
                          r"retard(?:ed)?|piece of (?:shit|crap|garbage|trash)|worthless (?:idiot|moron|loser|scum)|"
                          r"(?:you|u)(?:'re| are| r)(?: an?)?(?: \w+)? (?:idiot|moron|imbecile|cretin|loser|bitch|"
                          r"asshole|bastard|scumbag|scum|pathetic|subhuman|waste of (?:space|oxygen)))\b")),
    ("hate", re.compile(r"\b(?:subhuman|vermin|cockroaches|parasites|animals) (?:like|who|that)\b|\bgas the\b|"
                        r"\b(?:should|must|need to) be (?:exterminated|wiped out|eradicated|gassed)\b")),
]  # fmt: skip
LEXICON_SCORE = 0.95
_MENTION = re.compile(r"(?:[\"'`\u2018\u201c*]|\b(?:words?|terms?|slurs?|epithets?|insults?|names?|call(?:ed|ing|s)?)\b"
                      r"(?: (?:me|him|her|them|us|you|my \w+|an?|as|like))*\s*[\"'`\u2018\u201c:]?\s*)$")

# "kill" in its computing sense ("kill all child processes", "kill -9 1234", "the process you want to kill"), read as
# "stop" by the model only: a model answer about processes read as a threat (0.35, issue 11's exact text) and no
# retrain passed it without costing "How were Black people discriminated against under Jim Crow?". The lexicon and
# the slur check still read the text as written, so "I will kill you" blocks wherever it stands
_KILL = r"(?:killall|pkill|kill(?:s|ed|ing)?)"
_COMPUTING = (r"(?:process(?:es)?|threads?|jobs?|tasks?|pids?|containers?|pods?|daemons?|servers?|sessions?|"
              r"signals?|tabs?|apps?|programs?|quer(?:y|ies)|connections?|workers?|instances?|services?|commands?|"
              r"scripts?|loops?|kernels?)")
_BETWEEN = (r"(?:-{1,2}\w+|\d+|all|the|a|an|any|every|each|running|old|stuck|hung|hanging|zombie|child|parent|"
            r"background|orphan(?:ed)?|remaining|other|its|their|that|this|those|these|my|your|main|python|java|node|"
            r"chrome|docker|gpu|stale|idle|long-running|rogue|frozen|unresponsive|bash|shell)")
_COMPUTING_KILL = re.compile(
    rf"`{_KILL}`|\b(?:pkill|killall)\b|\b{_KILL}\b(?=\s+-{{1,2}}\w|\s+\d|(?:\s+{_BETWEEN}){{0,3}}\s+{_COMPUTING}\b)|"
    rf"\b{_COMPUTING}\b(?:\s+\S+){{0,4}}?\s+{_KILL}\b", re.IGNORECASE)
_STOP = {"kill": "stop", "kills": "stops", "killed": "stopped", "killing": "stopping", "pkill": "stop",
         "killall": "stop"}


# "gut" as instinct ("Go with your gut.", 0.69 as a threat: a rejected answer the preference import dropped), read as
# "instinct" by the model only; "I will gut you" is the verb and stays
_GUT = re.compile(r"\b(?:(?:go(?:es|ing)? with|trust(?:s|ing|ed)?|follow(?:s|ing|ed)?|listen(?:s|ing|ed)? to|"
                  r"back(?:s|ing|ed)?|us(?:e|es|ing|ed)) (?:your|my|his|her|their|our|one's) )guts?\b|"
                  r"\bguts?(?= (?:feelings?|instincts?|reactions?|checks?|sense)\b)", re.IGNORECASE)


def computing_sense(text: str) -> str:
    """``text`` with "kill" read as "stop" where it means ending a process (:data:`_COMPUTING_KILL`), and "gut" as
    "instinct" where it means one (:data:`_GUT`): the words the toxicity model reads."""
    def stop(match: re.Match[str]) -> str:
        word = re.search(_KILL, match.group(0), re.IGNORECASE)
        if word is None:  # every alternative of the pattern holds a kill word; kept safe all the same
            return match.group(0)
        start, end = word.span()
        return match.group(0)[:start] + _STOP[word.group(0).lower()] + match.group(0)[end:]

    lower = text.lower()
    if "kill" in lower:
        text = _COMPUTING_KILL.sub(stop, text)
    if "gut" in lower:
        text = _GUT.sub(lambda m: re.sub(r"(?i)\bguts?$", "instinct", m.group(0)), text)
    return text


@cache
def slur_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, whole-word pattern) for the shipped slur list's ``hate`` and ``insult`` words, plurals too ("-s";
    "-es" only after s, x, z, ch, sh: "spices" is no slur); last, ``("list", ...)``: a run of slurs joined by
    commas, "and", "or", quotes, which a mention may precede."""
    spec = json.loads((resources.files("basementbrew.safety") / "models" / "slurs.json").read_text("utf-8"))
    words = {kind: r"\b(?:" + "|".join(re.escape(w) + ("(?:es)?" if w.endswith(("s", "x", "z", "ch", "sh")) else "s?")
                                       for w in spec[kind]) + r")\b" for kind in ("hate", "insult")}
    run = rf"(?:(?:{words['hate']}|{words['insult']})[\"'`\u2019\u201d*]?\s*(?:,|and|or|&)?\s*[\"'`\u2018\u201c*]?)+$"
    return (*((kind, re.compile(pattern)) for kind, pattern in words.items()), ("list", re.compile(run)))


def slur(clean: str) -> str | None:
    """The kind of the first slur *used* in ``clean`` (lower-cased, deobfuscated text), None if none or all
    are mentioned: right after a quote or after "the word", "called (me)", "slurs like", also as the later
    items of a list ("slurs like kike and spic")."""
    *kinds, (_, run) = slur_patterns()
    for kind, pattern in kinds:
        for match in pattern.finditer(clean):
            before = run.sub("", clean[max(0, match.start() - 80):match.start()])
            if not _MENTION.search(before[-40:]):
                return kind
    return None


INFORMATIONAL_THRESHOLD = 0.6


class ToxicityScanner:
    """Blocks insults, threats, hate and self-harm encouragement; reason ``toxic_<kind>``."""

    name = "toxicity"

    def __init__(self, threshold: float | None = None) -> None:
        self.model = load_model("toxicity")
        self.threshold = self.model.threshold if threshold is None else threshold
        self.short_max_words = int(self.model.meta.get("short_max_words", 0))
        self.short_threshold = max(self.threshold, float(self.model.meta.get("short_threshold", 0.0)))
        slur_patterns()  # loaded with the model, not on the first request

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict:
        if not text.strip():
            return ok(self.name)
        text = clip(text)  # the lexicon reads what the model reads: bounded time on huge inputs
        score, kind = self.model.harm_score(computing_sense(text))
        clean = prepared(text)
        threshold = self.short_threshold if len(clean.split()) <= self.short_max_words else self.threshold
        if informational(text):
            threshold = max(threshold, INFORMATIONAL_THRESHOLD)
        if score < LEXICON_SCORE:
            for lex_kind, pattern in LEXICON:
                if pattern.search(clean):
                    score, kind = LEXICON_SCORE, lex_kind
                    break
            else:
                used = slur(clean)
                if used and not informational(text):
                    score, kind = LEXICON_SCORE, used
        if score < threshold:
            return ok(self.name, score)
        return Verdict(self.name, False, f"toxic_{kind}", score, CATEGORY.get(kind))
