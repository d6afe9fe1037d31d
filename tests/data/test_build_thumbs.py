"""`basementbrew data build` over thumbs rows (prompt/completion + boolean label, KTO's unpaired shape, what the
playground's thumbs export writes): the reader used to drop the label and store the rows as plain
prompt/completion, so the built version trained SFT on thumbs-down answers. Now the label survives the build,
the version is a preference (KTO) dataset that SFT refuses, mixed builds publish nothing, and SFT/text outputs
leave thumbs-down answers out."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from basementbrew.cli import app, main
from basementbrew.data import preference, store
from basementbrew.data.formats import convert_rows
from basementbrew.data.processing import readers
from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.workflow import run_build
from basementbrew.errors import BrewError

runner = CliRunner()


def _thumbs(folder: Path, n: int = 12) -> Path:
    """A thumbs export: label true = thumbs up, false = thumbs down (a wrong sum); one row with a system."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"prompt": f"What is {i} + {i}?", "completion": f"{i} + {i} = {2 * i}." if i % 2 else f"Maybe {i + 7}?",
             "label": bool(i % 2)} for i in range(n)]
    rows[1]["system"] = "Answer with the sum."
    (folder / "thumbs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _config(tmp_path: Path, inp: Path, name: str = "thumbs", **output) -> Path:
    cfg = {"name": name, "input": {"path": str(inp)}, "steps": ["clean"],
           "output": {"tokenizer": "words", "eval_fraction": 0.3, **output}}
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _files(version: store.DatasetVersion) -> dict[Path, bytes]:
    return {p.relative_to(version.path): p.read_bytes() for p in version.path.rglob("*") if p.is_file()}


def test_a_thumbs_file_builds_into_a_kto_dataset(tmp_path: Path) -> None:
    result = runner.invoke(app, ["data", "build", str(_config(tmp_path, _thumbs(tmp_path / "raw")))],
                           terminal_width=300)
    assert result.exit_code == 0, result.output
    assert "thumbs rows (KTO data): 6 up, 6 down" in result.output
    assert "--set training.method=kto --set data.dataset=thumbs@v1" in result.output
    version = store.resolve("thumbs@v1")
    card = version.card
    assert card["kind"] == "preference" and card["shape"] == "unpaired"
    assert card["counts"] == {"thumbs_up": 6, "thumbs_down": 6}
    rows = version.split("train") + version.split("eval")
    assert version.split("eval") and sorted(r["label"] for r in rows) == [False] * 6 + [True] * 6
    assert all(r["label"] == r["completion"].startswith(r["prompt"][8:-1]) for r in rows)  # each label on its row
    assert [r["system"] for r in rows if "system" in r] == ["Answer with the sum."]
    assert "thumbs rows (KTO data): 6 up, 6 down" in (version.path / "card.md").read_text(encoding="utf-8")

    # downstream it is KTO data: kto accepts it, dpo wants pairs, SFT refuses it (and never sees a bare row)
    preference.check_ref("thumbs@v1", "kto")
    with pytest.raises(BrewError, match=r"holds thumbs up/down \(unpaired\), but dpo needs pairs"):
        preference.check_ref("thumbs@v1", "dpo")
    with pytest.raises(BrewError, match=r"rows carry a thumbs label .* set training\.method=kto"):
        convert_rows(rows, "auto", "thumbs@v1/train")


def test_sft_on_a_built_thumbs_version_exits_2_before_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    run_build(load_build_config(_config(tmp_path, _thumbs(tmp_path / "raw"))))
    monkeypatch.setattr("sys.argv", ["basementbrew", "train", "quickstart", "--set", "data.dataset=thumbs@v1"])
    with pytest.raises(SystemExit) as exit_:
        main()
    said = " ".join(capsys.readouterr().err.split())
    assert exit_.value.code == 2, said
    assert "thumbs@v1: this is a preference dataset (thumbs up/down" in said and "training.method" in said


def test_the_kto_trainer_rows_keep_each_label(tmp_path: Path) -> None:
    from basementbrew.config import RunConfig
    from basementbrew.training.preference import load_datasets

    run_build(load_build_config(_config(tmp_path, _thumbs(tmp_path / "raw"))))
    config = RunConfig.model_validate({"data": {"dataset": "thumbs@v1"}, "training": {"method": "kto"}})
    train, evals, version = load_datasets(config)
    assert version.ref == "thumbs@v1"
    fed = list(train) + list(evals)
    assert sorted(r["label"] for r in fed) == [False] * 6 + [True] * 6
    assert all(r["completion"][0]["role"] == "assistant" for r in fed)


def test_thumbs_mixed_with_other_rows_publish_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A dataset holds one kind: plain rows would make it useless for KTO, thumbs-down rows must never reach
    SFT. Exit 2 names both kinds, where each starts, and the fixes; stored versions stay as they were."""
    good = run_build(load_build_config(_config(tmp_path, _thumbs(tmp_path / "raw"))))
    before = _files(good)
    mixed = _thumbs(tmp_path / "mixed")
    (mixed / "sft.jsonl").write_text(json.dumps({"prompt": "Name a hop.", "completion": "Cascade."}) + "\n",
                                     encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["basementbrew", "data", "build", str(_config(tmp_path, mixed))])
    with pytest.raises(SystemExit) as exit_:
        main()
    captured = capsys.readouterr()
    said = " ".join(captured.err.split())
    assert exit_.value.code == 2, captured.out + said
    assert ("build thumbs: nothing to publish (no version written): 12 row(s) carry a thumbs label "
            "(prompt/completion/label: KTO data, first thumbs.jsonl:1) and 1 row(s) do not (first sft.jsonl:1)") in said
    assert "and the rest as two datasets (separate input.path)" in said and "output.format: messages" in said
    assert "use it with" not in captured.out
    assert [v.version for v in store.versions("thumbs")] == [1] and _files(good) == before
    assert not list(good.path.parent.glob(".build-*"))


@pytest.mark.parametrize("fmt", ["messages", "text"])
def test_sft_and_text_outputs_leave_thumbs_down_answers_out(fmt: str, tmp_path: Path) -> None:
    version = run_build(load_build_config(_config(tmp_path, _thumbs(tmp_path / "raw"), format=fmt, eval_fraction=0)))
    rows = version.split("train")
    assert version.card["kind"] == "built" and len(rows) == 6
    texts = [json.dumps(r) for r in rows]
    assert not any("Maybe" in t for t in texts) and all("label" not in r for r in rows)
    if fmt == "messages":
        assert len(convert_rows(rows, "auto", version.ref)) == 6  # plain SFT examples of the thumbs-up answers
    excluded = [r for p in sorted(version.path.glob("excluded-*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert sorted((r["step"], r["reason"]) for r in excluded) == [("output", "thumbs_down")] * 6


def test_a_version_built_by_the_label_dropping_reader_is_not_returned_as_current(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same build run again after this fix used to answer 'unchanged input and config: thumbs@v1 already
    holds this build' with the label-less version; the reader's record version is part of the build key, so
    it builds v2 (KTO-shaped) and leaves v1 exactly as it was."""
    config = _config(tmp_path, _thumbs(tmp_path / "raw"))
    new_to_record = readers.to_record
    with monkeypatch.context() as old:
        old.setattr(readers, "RECORDS_VERSION", 1)
        old.setattr(readers, "to_record", lambda row, fmt: {k: v for k, v in (new_to_record(row, fmt) or {}).items()
                                                           if k not in {"label", "system"}} or None)
        stale = run_build(load_build_config(config))
    assert stale.card["kind"] == "built" and all("label" not in r for r in stale.split("train"))
    before = _files(stale)
    current = run_build(load_build_config(config))
    assert current.ref == "thumbs@v2" and current.card["kind"] == "preference"
    assert run_build(load_build_config(config)).ref == "thumbs@v2"  # and a rerun now is free again
    assert _files(stale) == before


TOPICS = ["hops", "yeast", "malt", "water", "mash", "boil", "chill", "ferment", "bottle", "keg", "sanitize",
          "dry hop", "lager", "ale", "stout", "sour", "cider", "mead", "wort", "priming"]


def _prompt_pairs(folder: Path, kind: str) -> Path:
    """For each of 20 long, distinct prompts two rows: a thumbs up and a thumbs down (or two pairs) with short
    answers, so the two rows of one prompt are near duplicates by text; plus one true duplicate (a thumbs-up row
    again, in other case and spacing)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for i, topic in enumerate(TOPICS):
        prompt = f"Question {i} about {topic}: " + " ".join(f"{topic}{j}x{i}" for j in range(30)) + "?"
        good, bad = f"A careful answer about {topic}.", f"Something wrong about {topic}!"
        if kind == "thumbs":
            rows += [{"prompt": prompt, "completion": good, "label": True},
                     {"prompt": prompt, "completion": bad, "label": False}]
        else:
            rows += [{"prompt": prompt, "chosen": good, "rejected": bad},
                     {"prompt": prompt, "chosen": good, "rejected": f"No idea about {topic}."}]
    rows.append({**rows[0], "prompt": rows[0]["prompt"].upper().replace(" ", "  ")})
    (folder / f"{kind}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", ["thumbs", "pairs"])
def test_all_rows_of_one_prompt_land_on_one_side(kind: str, tmp_path: Path) -> None:
    """The split hashed each row's id, so one prompt's thumbs up could be trained on while its thumbs down was
    measured (7 of these 20 prompts were on both sides): now it hashes the prompt."""
    cfg = _config(tmp_path, _prompt_pairs(tmp_path / "raw", kind), name=kind, eval_fraction=0.3)
    version = run_build(load_build_config(cfg))
    train, held = version.split("train"), version.split("eval")
    assert len(train) + len(held) == 41 and len(held) >= 6
    assert not {r["prompt"] for r in train} & {r["prompt"] for r in held}
    if kind == "thumbs":  # each side still holds both labels
        assert {r["label"] for r in train} == {r["label"] for r in held} == {True, False}


def test_dedup_keeps_both_halves_of_a_prompts_thumbs(tmp_path: Path) -> None:
    """minhash_dedup took a prompt's thumbs-down row for a near duplicate of its thumbs-up row (long prompt,
    short answers) and dropped 16 of the 20 (card: 20 up, 4 down); a thumbs-up row is now never a duplicate of a
    thumbs-down one. A true duplicate still goes; the two pairs of one prompt (other rejected answers) stay, while
    a repeated pair goes."""
    raw = _prompt_pairs(tmp_path / "raw", "thumbs")
    cfg = {"name": "kto", "input": {"path": str(raw)}, "steps": ["clean", "exact_dedup", "minhash_dedup"],
           "output": {"tokenizer": "words", "eval_fraction": 0.3}}
    (tmp_path / "kto.yaml").write_text(yaml.safe_dump(cfg))
    version = run_build(load_build_config(tmp_path / "kto.yaml"))
    assert version.card["counts"] == {"thumbs_up": 20, "thumbs_down": 20}
    stats = version.card["pipeline"]["stats"]
    assert stats["exact_dedup"]["dropped_by_reason"] == {"exact_duplicate": 1}
    assert stats["minhash_dedup"]["dropped"] == 0
    rows = version.split("train") + version.split("eval")
    assert sorted(r["label"] for r in rows if r["prompt"].startswith("Question 3 ")) == [False, True]

    same_answer = [{"prompt": "Is a 1.050 OG normal?", "completion": "Yes, for a pale ale.", "label": up}
                   for up in (True, False)]  # one answer judged both ways: neither label silently wins
    (raw / "thumbs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in same_answer * 2), encoding="utf-8")
    version = run_build(load_build_config(_dedup_config(tmp_path, raw, "both")))
    assert version.card["counts"] == {"thumbs_up": 1, "thumbs_down": 1}

    pairs = _prompt_pairs(tmp_path / "pairs", "pairs")
    version = run_build(load_build_config(_dedup_config(tmp_path, pairs, "pairs")))
    assert version.card["counts"] == {"pairs": 40}  # two pairs per prompt kept, the repeated one dropped


def _dedup_config(tmp_path: Path, inp: Path, name: str) -> Path:
    cfg = {"name": name, "input": {"path": str(inp)}, "steps": ["clean", "exact_dedup", "minhash_dedup"],
           "output": {"tokenizer": "words", "eval_fraction": 0.0}}
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path
