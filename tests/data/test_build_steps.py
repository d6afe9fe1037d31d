"""Each build step's decisions and reasons, one property per test: clean, length, fields, language, and every
Gopher, C4 and FineWeb rule with its published threshold; MinHash signatures against datasketch's."""

from __future__ import annotations

import random

import pytest
from corpus import FRENCH, GERMAN, document, near_copy

from basementbrew.data.document import Document, from_record
from basementbrew.data.processing.registry import build_step

GOOD = ("Brewing beer at home starts with a simple idea: sugar from malted grain is turned into alcohol by "
        "yeast. The brewer first soaks crushed malt in hot water, a step called the mash, so that enzymes can "
        "break starch into sugars that yeast is able to eat. After about an hour the sweet liquid, now called "
        "wort, is drained from the grain and brought to a rolling boil.\n\nHops are added during the boil. "
        "Early additions give bitterness, while late ones keep more of the flowery aroma that many pale ales "
        "are known for. Once the boil is over, the wort has to be cooled quickly, because warm wort is an easy "
        "target for wild bacteria. When it reaches room temperature it goes into a clean fermenter, the yeast "
        "is pitched, and patience becomes the most important ingredient of all.")


def run(name: str, text: str, **params):
    return build_step(name, params)(Document("d", text))


def test_good_prose_passes_every_quality_rule() -> None:
    for name in ("gopher_quality", "gopher_repetition", "fineweb"):
        assert run(name, GOOD).keep, name
    assert run("c4", GOOD).keep


def test_clean_repairs_mojibake_whitespace_and_boilerplate() -> None:
    text = "The cafÃ© served   a   saison.\r\n\r\n\r\n\r\nSkip to content\nAll rights reserved.\nIt was dry."
    res = run("clean", text)
    assert res.keep and res.modified and res.reason == "boilerplate_lines"
    assert res.doc.text == "The café served a saison.\n\nIt was dry."
    assert run("clean", "Nothing to fix here.").modified is False
    assert run("clean", "Accept all cookies").reason == "empty_after_clean"


def test_clean_repairs_encoding_but_keeps_text_that_is_right() -> None:
    """ftfy's defaults turned a Chinese full-width comma into ASCII ('啤酒，发酵。' -> '啤酒,发酵。'), curly
    quotes straight and the ligature ﬁ into fi, and NFC-normalised with normalize: none; a record's answers are
    what a model learns to write. Only the mojibake is repaired now."""
    for text in ("啤酒是用麦芽酿造的，需要两周时间发酵。", "She said “dry hop it” and ‘wait’.",
                 "ＡＢＣ full width, ﬁne."):
        res = run("clean", text)
        assert res.keep and not res.modified and res.doc.text == text
    assert run("clean", "“Saison” at the cafÃ©，please.").doc.text == "“Saison” at the café，please."
    decomposed = "cafe\u0301"
    assert run("clean", decomposed, normalize="none").doc.text == decomposed
    assert run("clean", decomposed).doc.text == "caf\u00e9"  # NFC, the default


def test_clean_rewrites_each_segment_of_a_record() -> None:
    doc = from_record({"messages": [{"role": "user", "content": "Is it  cafÃ©?"},
                                    {"role": "assistant", "content": "Yes.\nShare this post:"}]}, source="s", index=1)
    res = build_step("clean", {})(doc)
    assert res.doc.metadata["record"]["messages"] == [{"role": "user", "content": "Is it café?"},
                                                      {"role": "assistant", "content": "Yes."}]


def test_length_and_fields() -> None:
    assert run("length", "short", min_chars=10).reason == "too_short"
    assert run("length", "one two three", max_words=2).reason == "too_long"
    step = build_step("fields", {"required": ["licence"], "allowed": {"licence": ["cc-by"]}})
    assert step(Document("a", "x", metadata={})).reason == "missing_field:licence"
    assert step(Document("a", "x", metadata={"licence": "proprietary"})).reason == "field_value:licence"
    assert step(Document("a", "x", metadata={"licence": "cc-by"})).keep


def test_language_keeps_listed_languages_and_records_the_score() -> None:
    res = run("language", GOOD, languages=["en"])
    assert res.keep and res.doc.metadata["language"] == "en" and res.doc.metadata["language_score"] > 0.9
    assert run("language", FRENCH, languages=["en"]).reason == "language:fr"
    assert run("language", GERMAN, languages=["en", "fr"]).reason == "language:de"
    assert run("language", GERMAN, languages=["de"]).keep
    assert run("language", "ok ja si", languages=[], min_score=0.99).reason == "language_low_score"


def test_language_codes_are_the_models_labels() -> None:
    """The language step's params are checked against a copy of py3langid's labels (loading the model takes
    seconds, a config is validated before any build): the copy must be exactly what the model returns."""
    from basementbrew.data.processing.text_steps import LANGID_CODES, identifier

    assert set(identifier().nb_classes) == LANGID_CODES


@pytest.mark.parametrize(("text", "reason"), [
    ("The brewer and the yeast were in the cellar.", "gopher_short_doc"),
    ("a " * 60, "gopher_below_avg_word_length"),
    ("extraordinarily " * 60, "gopher_above_avg_word_length"),
    (GOOD + " #brew" * 40, "gopher_too_many_hashes"),
    (GOOD + " wait..." * 40, "gopher_too_many_ellipsis"),
    ("\n".join(f"- the item number {i} and the other one to have" for i in range(30)), "gopher_too_many_bullets"),
    ("\n".join(f"the line {i} of that and more to come and then ..." for i in range(30)),
     "gopher_too_many_end_ellipsis"),
    (" ".join(["1234 5678 !!!! ???? the and"] * 20), "gopher_below_alpha_ratio"),
    (" ".join(f"brewing{i} malt hops yeast" for i in range(20)), "gopher_few_stop_words"),
])
def test_gopher_quality_rules(text: str, reason: str) -> None:
    assert run("gopher_quality", text).reason == reason


@pytest.mark.parametrize(("text", "reason"), [
    ("\n\n".join(["The same paragraph about the boil and the hops."] * 5 + [GOOD]), "gopher_dup_para_frac"),
    ("\n".join(["The same line about the boil and the hops in the kettle."] * 8 + GOOD.split(". ")),
     "gopher_dup_line_frac"),
    (GOOD.replace("\n\n", " ") + " " + "the hops the hops " * 60, "gopher_top_2_gram"),
    (GOOD.replace("\n\n", " ") + " " + " ".join(GOOD.split()[:60]), "gopher_duplicated_5_grams"),
])
def test_gopher_repetition_rules(text: str, reason: str) -> None:
    assert run("gopher_repetition", text).reason == reason


def test_c4_rules() -> None:
    lines = [f"This is sentence number {i} about the mash and the boil." for i in range(6)]
    res = run("c4", "\n".join([*lines, "Menu", "Please enable javascript to see this page.",
                               "Read our privacy policy for details.", "This claim is cited here.[12]"]))
    assert res.keep and res.modified
    assert res.counts == {"c4_line_no_terminal_punct": 1, "c4_line_javascript": 1, "c4_line_policy": 1}
    assert "This claim is cited here." in res.doc.text and "[12]" not in res.doc.text and "Menu" not in res.doc.text
    assert run("c4", "\n".join([*lines, "Lorem ipsum dolor sit amet."])).reason == "c4_lorem_ipsum"
    assert run("c4", "\n".join([*lines, "function f() { return 1; }."])).reason == "c4_curly_bracket"
    assert run("c4", "\n".join(lines[:3])).reason == "c4_too_few_sentences"


def test_fineweb_rules() -> None:
    assert run("fineweb", "\n".join(f"Item {i} without a full stop at the end of it" for i in range(20))).reason \
        == "fineweb_line_punct_ratio"
    assert run("fineweb", "\n".join(f"Short {i}." for i in range(20))).reason == "fineweb_short_line_ratio"
    long_line = "This line about hops is long enough and ends with a full stop here."
    assert run("fineweb", GOOD + "\n" + long_line + "\n" + long_line).reason == "fineweb_char_dup_ratio"
    listy = "\n".join(f"Superlongfermentationtemperature{w}." for w in ("adds", "stirs", "cools", "waits", "pours"))
    assert run("fineweb", listy).reason == "fineweb_list_ratio"


def test_minhash_signatures_estimate_jaccard_like_datasketch() -> None:
    from datasketch import MinHash

    from basementbrew.data.processing.dedup import WORD, MinHasher

    a = GOOD
    b = near_copy(a, random.Random(3), changes=6)
    hasher = MinHasher(256, 5, seed=1)
    sa, sb = hasher.signatures([a, b])

    def grams(t: str) -> set[str]:
        w = WORD.findall(t.lower())
        return {" ".join(w[i:i + 5]) for i in range(len(w) - 4)}

    true = len(grams(a) & grams(b)) / len(grams(a) | grams(b))
    ours = float((sa == sb).mean())
    ma, mb = MinHash(num_perm=256, seed=1), MinHash(num_perm=256, seed=1)
    ma.update_batch([g.encode() for g in grams(a)])
    mb.update_batch([g.encode() for g in grams(b)])
    assert abs(ours - true) < 0.1 and abs(ma.jaccard(mb) - true) < 0.1
    other = hasher.signatures([document(random.Random(99))])[0]
    assert float((sa == other).mean()) < 0.2
