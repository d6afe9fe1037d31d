"""Datasets imported through the store pass the safety steps: PII stored masked and counted in the card, toxic
examples kept out in excluded.jsonl with their reason, counters that add up, DANGER MODE only with consent
(then nothing filtered, verdicts counted, the audit chain written), and the bundled dataset unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.config import RunConfig
from basementbrew.data import store
from basementbrew.data.formats import read_jsonl
from basementbrew.data.pipeline import CONSENT_ENV, StepPlan
from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE

EMAIL, PHONE = "jane.doe@example.com", "+1 415-555-0132"
INSULT = "You are a worthless idiot and nobody will ever love you."


def _lines(path: Path) -> list:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _chat(user: str, answer: str) -> dict:
    return {"messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]}


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """Train/eval folder: 5 clean examples, one with an e-mail and a phone number, one with a toxic answer."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    train = [_chat(f"How long should batch {i} ferment?", "Ferment at 18-20 C for two weeks.") for i in range(5)]
    train.insert(2, _chat(f"Email me at {EMAIL} or call {PHONE} about my mash.", "Mash at 66 C for an hour."))
    train.append(_chat("How long should a lager condition?", INSULT))
    eval_rows = [_chat("What yeast suits a stout?", "An English ale yeast such as S-04.")]
    for name, rows in [("train", train), ("eval", eval_rows)]:
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def test_pii_is_stored_masked_and_counted_in_the_card(dataset: Path) -> None:
    v = store.import_file(dataset, "mixed", 0.0)
    stored = v.split("train")[2]["messages"][0]["content"]
    assert stored == "Email me at [EMAIL] or call [PHONE] about my mash."
    raw = (v.path / "train.jsonl").read_text() + (v.path / "eval.jsonl").read_text()
    assert EMAIL not in raw and "555-0132" not in raw
    pii = v.card["pipeline"]["stats"]["pii"]
    assert pii["counts"] == {"redacted:email_address": 1, "redacted:phone_number": 1}
    assert pii["modified"] == 1 and pii["modified_by_reason"] == {"email_address": 1} and pii["dropped"] == 0


def test_toxic_example_goes_to_the_exclusion_shard_with_its_reason(dataset: Path) -> None:
    v = store.import_file(dataset, "mixed", 0.0)
    excluded = read_jsonl(v.path / "excluded.jsonl")
    assert len(excluded) == 1 and v.card["pipeline"]["excluded"] == 1
    assert excluded[0]["step"] == "toxicity" and excluded[0]["reason"] == "toxic_insult"
    assert excluded[0]["split"] == "train" and excluded[0]["record"]["messages"][1]["content"] == INSULT
    assert all(INSULT not in json.dumps(r) for r in v.split("train"))
    assert v.card["pipeline"]["stats"]["toxicity"]["dropped_by_reason"] == {"toxic_insult": 1}


def test_counters_add_up(dataset: Path) -> None:
    v = store.import_file(dataset, "mixed", 0.0)
    stats = v.card["pipeline"]["stats"]
    for s in stats.values():
        assert s["seen"] == s["kept"] + s["dropped"]
        assert sum(s["dropped_by_reason"].values()) == s["dropped"]
        assert sum(s["modified_by_reason"].values()) == s["modified"]
    assert stats["pii"]["seen"] == 8 and stats["toxicity"]["seen"] == stats["pii"]["kept"]
    rows = v.card["splits"]["train"]["rows"] + v.card["splits"]["eval"]["rows"]
    assert rows == stats["toxicity"]["kept"] == 8 - v.card["pipeline"]["excluded"]


def test_steps_are_part_of_the_version_identity(dataset: Path) -> None:
    filtered = store.import_file(dataset, "mixed", 0.0)
    assert store.import_file(dataset, "mixed", 0.0).ref == filtered.ref  # same input, same steps
    raw = store.import_file(dataset, "mixed", 0.0, steps=())
    assert raw.ref == "mixed@v2" and raw.card["sha256"] != filtered.card["sha256"]
    assert raw.card["pipeline"]["steps"] == []
    assert raw.split("train")[2]["messages"][0]["content"].startswith(f"Email me at {EMAIL}")
    assert not _lines(raw.path / "excluded.jsonl")


def test_guardrails_off_skips_content_steps(dataset: Path) -> None:
    config = RunConfig.model_validate({"data": {"dataset": str(dataset)}, "safety": {"guardrails": False}})
    plan = StepPlan.from_config(config)
    assert plan.steps == () and plan.skipped == ("pii", "toxicity")
    v = store.resolve(config.data.dataset, steps=plan.steps, skipped=plan.skipped)
    assert v.card["pipeline"]["skipped"] == ["pii", "toxicity"] and v.card["pipeline"]["stats"] == {}


def _danger_config(dataset: Path) -> RunConfig:
    return RunConfig.model_validate({"data": {"dataset": str(dataset), "max_eval_examples": 1},
                                     "safety": {"danger_mode": True}})


def test_danger_mode_is_refused_without_consent(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from basementbrew.training.setup import load_datasets

    monkeypatch.delenv(CONSENT_ENV, raising=False)
    with pytest.raises(BrewError, match=f"{CONSENT_ENV} is not set") as err:
        load_datasets(_danger_config(dataset))
    assert "DANGER MODE turns off" in str(err.value)  # the warning is shown
    monkeypatch.setenv(CONSENT_ENV, "yes")
    with pytest.raises(BrewError, match="does not match the acceptance phrase"):
        load_datasets(_danger_config(dataset))
    assert AuditLog().records() == [] and store.versions("mixed") == []  # nothing imported, nothing logged


def test_danger_mode_keeps_everything_records_verdicts_and_audits(dataset: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from basementbrew.training.setup import load_datasets

    monkeypatch.setenv(CONSENT_ENV, ACCEPTANCE_PHRASE)
    train, _, v = load_datasets(_danger_config(dataset))
    assert len(train) == 7 and v.card["pipeline"]["mode"] == "audit" and v.card["pipeline"]["excluded"] == 0
    assert EMAIL in json.dumps(v.split("train")) and INSULT in json.dumps(v.split("train"))
    stats = v.card["pipeline"]["stats"]
    assert stats["pii"]["counts"] == {"flagged:email_address": 1, "flagged:phone_number": 1}
    # verdicts on trained-on text; prompt-side ones are counted as context_flagged (the toxicity scanner scores
    # "What yeast suits a stout?" 0.289, over its 0.2 threshold)
    flagged = {k: n for k, n in stats["toxicity"]["counts"].items() if k.startswith("flagged:")}
    assert flagged == {"flagged:toxic_insult": 1}
    assert stats["pii"]["modified"] == 0 and stats["toxicity"]["dropped"] == 0
    log = AuditLog()
    records = log.records()
    assert [r["event"] for r in records] == ["danger_on", "danger_data", "danger_off"] and log.verify() == []
    assert records[0]["scope"] == "training-data" and records[0]["consent_text"] == ACCEPTANCE_PHRASE
    assert records[1]["dataset"] == v.ref and records[1]["sha256"] == v.card["sha256"]
    assert records[1]["verdicts"]["toxicity"] == stats["toxicity"]["counts"]
    assert records[1]["verdicts"]["pii"] == {"flagged:email_address": 1, "flagged:phone_number": 1}
    filtered = store.import_file(dataset, "mixed", 0.1)
    assert filtered.ref != v.ref and filtered.card["pipeline"]["mode"] == "filter"  # audit and filter differ


def test_bundled_dataset_passes_unchanged() -> None:
    v = store.resolve("bundled:brewing-assistant")
    pipe = v.card["pipeline"]
    assert pipe["steps"] == ["pii", "toxicity"] and pipe["excluded"] == 0
    for name in ("pii", "toxicity"):
        assert pipe["stats"][name]["dropped"] == 0 and pipe["stats"][name]["modified"] == 0
    assert not any(k.startswith(("redacted:", "flagged:")) for s in pipe["stats"].values() for k in s["counts"])
    for split in ("train", "eval"):
        assert v.split(split) == read_jsonl(store.BUNDLED / "brewing-assistant" / f"{split}.jsonl")
