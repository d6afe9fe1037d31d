"""Safety steps on single documents: PII masked in every message and counted per kind, toxic answers dropped
with the scanner's reason, prompt-side flags counted without dropping, audit mode changes nothing, and step
names resolve only through the registry."""

from __future__ import annotations

import pytest

from basementbrew.config import RunConfig
from basementbrew.data import steps
from basementbrew.data.document import Document, from_record, segments, to_record, with_segments
from basementbrew.data.pipeline import run_steps
from basementbrew.errors import BrewError
from basementbrew.runs import check_config, resolve_config

EMAIL, PHONE = "jane.doe@example.com", "+1 415-555-0132"
INSULT = "You are a worthless idiot and nobody will ever love you."


def _chat(user: str, answer: str = "Ferment at 18-20 C for two weeks.") -> dict:
    return {"messages": [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": user},
                         {"role": "assistant", "content": answer}]}


def _doc(record: dict) -> Document:
    return from_record(record, source="t.jsonl", index=1)


def test_pii_masks_each_message_and_counts_each_kind() -> None:
    record = _chat(f"Mail {EMAIL} or call {PHONE} about my stout.", f"I cannot contact {EMAIL} for you.")
    out = steps.build(["pii"])[0](_doc(record))
    msgs = to_record(out.doc)["messages"]
    assert out.keep and out.modified and out.reason == "email_address"
    assert msgs[1]["content"] == "Mail [EMAIL] or call [PHONE] about my stout."
    assert msgs[2]["content"] == "I cannot contact [EMAIL] for you."
    assert [m["role"] for m in msgs] == ["system", "user", "assistant"] and msgs[0] == record["messages"][0]
    assert dict(out.counts) == {"redacted:email_address": 2, "redacted:phone_number": 1}
    assert EMAIL not in out.doc.text and record["messages"][1]["content"].startswith("Mail jane")  # input untouched


def test_pii_covers_every_record_shape_and_plain_documents() -> None:
    pii = steps.build(["pii"])[0]
    alpaca = to_record(pii(_doc({"instruction": f"Reply to {EMAIL}", "input": PHONE, "output": "Done."})).doc)
    assert alpaca == {"instruction": "Reply to [EMAIL]", "input": "[PHONE]", "output": "Done."}
    conv = {"prompt": [{"role": "user", "content": f"I am {EMAIL}"}], "completion": [{"role": "assistant",
                                                                                       "content": "Hi!"}]}
    assert to_record(pii(_doc(conv)).doc)["prompt"][0]["content"] == "I am [EMAIL]"
    page = pii(Document("p1", f"Contact: {EMAIL}", "web", "https://example.org"))
    assert page.doc.text == "Contact: [EMAIL]" and page.doc.url == "https://example.org"


def test_clean_document_passes_unchanged() -> None:
    record = _chat("How long should a lager condition?")
    doc = _doc(record)
    for step in steps.build(["pii", "toxicity"]):
        out = step(doc)
        assert out.keep and not out.modified and out.doc == doc and not out.counts
    assert to_record(doc) == record


def test_toxic_answer_is_dropped_with_the_scanner_reason() -> None:
    out = steps.build(["toxicity"])[0](_doc(_chat("How long should a lager condition?", INSULT)))
    assert not out.keep and out.reason == "toxic_insult"
    assert dict(out.counts) == {"flagged:toxic_insult": 1}


def test_toxic_user_turn_with_a_good_answer_is_kept_but_counted_and_strict_drops_it() -> None:
    doc = _doc(_chat(INSULT, "Please keep it polite. Warm the fermenter to 20 C."))
    kept = steps.build(["toxicity"])[0](doc)
    assert kept.keep and dict(kept.counts) == {"context_flagged:toxic_insult": 1}
    strict = steps.build(["toxicity_strict"])[0](doc)
    assert not strict.keep and strict.reason == "toxic_insult"


def test_audit_mode_counts_verdicts_but_never_drops_or_masks() -> None:
    doc = _doc(_chat(f"Write to {EMAIL}", INSULT))
    result = run_steps([doc], steps.build(["pii", "toxicity"], audit=True))
    assert result.kept == [doc] and not result.excluded
    assert dict(result.stats["pii"].counts) == {"flagged:email_address": 1}
    assert dict(result.stats["toxicity"].counts) == {"flagged:toxic_insult": 1}
    assert result.stats["pii"].modified == 0 and result.stats["toxicity"].dropped == 0


def test_segments_roundtrip_and_trained_side() -> None:
    doc = _doc(_chat("q?", "a."))
    segs = segments(doc)
    assert [(s.role, s.trained) for s in segs] == [("system", False), ("user", False), ("assistant", True)]
    assert with_segments(doc, [s.text for s in segs]) == doc
    with pytest.raises(ValueError, match="2 texts for 3 segments"):
        with_segments(doc, ["x", "y"])


def test_unknown_or_repeated_step_names_are_refused_with_the_known_list() -> None:
    with pytest.raises(BrewError, match=r"data\.steps: unknown step 'dedupe'; known steps: pii, toxicity"):
        steps.build(["pii", "dedupe"])
    with pytest.raises(BrewError, match=r"unknown step 'os\.system'"):
        resolve_config(None, ["data.steps=[os.system]"])  # checked where a config is resolved
    with pytest.raises(BrewError, match="listed twice"):
        check_config(RunConfig.model_validate({"data": {"steps": ["pii", "pii"]}}))
    assert RunConfig().data.steps == ["pii", "toxicity"] == list(steps.DEFAULT_STEPS)
