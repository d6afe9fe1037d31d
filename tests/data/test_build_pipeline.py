"""`basementbrew data build` end to end on a generated corpus with known duplicates, near-duplicates,
languages and broken rows: each lands in the exclusion shard with its reason, counters add up, versions are
immutable and a rebuild is free, and the store, `data show` and `data diff` read the Parquet version."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import yaml
from corpus import write_corpus
from typer.testing import CliRunner

from basementbrew.cli import app, main
from basementbrew.data import store
from basementbrew.data.formats import convert_rows
from basementbrew.data.processing.compare import diff, find
from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.workflow import run_build
from basementbrew.errors import BrewError

runner = CliRunner()
STEPS = ["clean", {"step": "language", "params": {"languages": ["en"]}}, "exact_dedup", "minhash_dedup",
         "gopher_quality", "gopher_repetition", "pii"]


def _config(tmp_path: Path, inp: Path, steps: list = STEPS, **extra) -> Path:
    cfg = {"name": "brew-web", "input": {"path": str(inp)}, "steps": steps,
           "output": {"tokenizer": "words", "eval_fraction": 0.1}, **extra}
    path = tmp_path / "build.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _excluded(version) -> list[dict]:
    return [r for p in sorted(version.path.glob("excluded-*.parquet")) for r in pq.read_table(p).to_pylist()]


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, dict[str, set[str]]]:
    inp = tmp_path / "raw"
    return inp, write_corpus(inp)


def test_build_drops_each_planted_problem_with_its_reason(tmp_path: Path, corpus) -> None:
    inp, planted = corpus
    v = run_build(load_build_config(_config(tmp_path, inp)))
    excl = {r["id"]: (r["step"], r["reason"]) for r in _excluded(v)}
    for doc_id in planted["exact"]:
        assert excl[doc_id] == ("exact_dedup", "exact_duplicate")
    for k, doc_id in enumerate(sorted(planted["near"])):  # near-k copies doc-1-k; the copy in the lower shard stays
        dropped = [i for i in (doc_id, f"doc-1-{k}") if i in excl]
        assert len(dropped) == 1 and excl[dropped[0]] == ("minhash_dedup", "near_duplicate")
    assert excl["fr-0"] == ("language", "language:fr") and excl["de-0"] == ("language", "language:de")
    reasons = {reason for step, reason in excl.values() if step == "read"}
    assert reasons == {"bad_json", "bad_utf8", "no_text", "empty", "binary"}
    assert any(k.startswith("part-00.jsonl:") for k in excl)  # bad rows are named by file and line
    kept = {r["id"] for split in ("train", "eval") for p in v.path.glob(f"{split}-*.parquet")
            for r in pq.read_table(p, columns=["id"]).to_pylist()}
    assert {"doc-0-0", "doc-0-1"} <= kept and not (kept & set(excl))
    assert len(kept) == 60  # 3 shards x 20 distinct documents


def test_a_dropped_duplicate_names_the_id_of_the_row_kept_in_its_place(tmp_path: Path, corpus) -> None:
    """exact_dedup's (and minhash_dedup's) excluded row said 'duplicate of shard 0 row 0': a position in a work
    folder deleted after the build, which named no document a user could look up. It now names the kept row's
    id (exact-k copies doc-0-k from another input file; near-k is a near copy of doc-1-k), the position after."""
    inp, planted = corpus
    v = run_build(load_build_config(_config(tmp_path, inp)))
    detail = {r["id"]: r["detail"] for r in _excluded(v) if r["step"] in ("exact_dedup", "minhash_dedup")}
    for k in range(2):
        assert detail[f"exact-{k}"].startswith(f"duplicate of doc-0-{k} (kept; shard 0 row "), detail
    for k, doc_id in enumerate(sorted(planted["near"])):  # whichever of the two is dropped names the other
        pair = {doc_id, f"doc-1-{k}"}
        (dropped,) = pair & set(detail)
        assert detail[dropped].startswith(f"duplicate of {(pair - {dropped}).pop()} (kept; shard "), detail


def test_counters_add_up_and_card_reports(tmp_path: Path, corpus) -> None:
    inp, _ = corpus
    v = run_build(load_build_config(_config(tmp_path, inp)))
    card = v.card
    stats = card["pipeline"]["stats"]
    assert list(stats) == ["read", "clean", "language", "exact_dedup", "minhash_dedup", "gopher_quality",
                           "gopher_repetition", "pii", "output"]
    names = list(stats)
    for prev, name in itertools.pairwise(names):
        assert stats[name]["seen"] == stats[prev]["kept"], name
    for s in stats.values():
        assert s["seen"] == s["kept"] + s["dropped"] == s["kept"] + sum(s["dropped_by_reason"].values())
    rows = card["splits"]["train"]["rows"] + card["splits"]["eval"]["rows"]
    assert rows == stats["output"]["kept"] and card["pipeline"]["excluded"] == len(_excluded(v))
    assert 0 < card["splits"]["eval"]["rows"] < card["splits"]["train"]["rows"]
    assert card["languages"] == {"en": rows} and card["lengths"]["documents"] == rows
    md = (v.path / "card.md").read_text()
    assert "near_duplicate" in md and "language:fr" in md
    for png in ("lengths_chars", "lengths_tokens", "languages", "drops_per_step"):
        assert (v.path / "plots" / f"{png}.png").read_bytes()[:4] == b"\x89PNG"


def test_versions_are_immutable_and_a_rebuild_is_free(tmp_path: Path, corpus) -> None:
    inp, _ = corpus
    cfg = _config(tmp_path, inp)
    v1 = run_build(load_build_config(cfg))
    before = {p.name: p.read_bytes() for p in v1.path.iterdir() if p.is_file()}
    assert run_build(load_build_config(cfg)).ref == v1.ref  # same input and config: no work, same version
    v2 = run_build(load_build_config(_config(tmp_path, inp, steps=STEPS[:2])))  # fewer steps: a new version
    assert v2.version == 2
    assert {p.name: p.read_bytes() for p in v1.path.iterdir() if p.is_file()} == before
    assert not list(v1.path.parent.glob(".build-*"))  # work folders are gone once published


def test_store_reads_a_built_version_for_training(tmp_path: Path, corpus) -> None:
    inp, _ = corpus
    v = run_build(load_build_config(_config(tmp_path, inp, output={"format": "text", "tokenizer": "words"})))
    rows = store.resolve(v.ref).split("train")
    assert rows and all(set(r) == {"text"} for r in rows)


def test_instruction_shapes_are_detected_and_mapped(tmp_path: Path) -> None:
    inp = tmp_path / "chat"
    inp.mkdir()
    rows = [
        {"conversations": [{"from": "human", "value": "How warm should an ale ferment?"},
                           {"from": "gpt", "value": "Around 18 to 20 C."}]},
        {"instruction": "Name a lager yeast.", "input": "", "output": "Saflager W-34/70."},
        {"messages": [{"role": "user", "content": "What is wort?"}, {"role": "assistant", "content": "Sugary water."}]},
        {"question": "What does the boil do?", "answer": "It sterilises the wort and isomerises hop acids."},
        {"text": "A plain document without any record shape."},
    ]
    (inp / "mixed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = {"name": "chat", "input": {"path": str(inp), "fields": {"question": "instruction", "answer": "output"}},
           "steps": [], "output": {"format": "messages", "tokenizer": "words", "eval_fraction": 0}}
    (tmp_path / "chat.yaml").write_text(yaml.safe_dump(cfg))
    v = run_build(load_build_config(tmp_path / "chat.yaml"))
    got = v.split("train")
    assert len(got) == 4 and all(r["messages"][-1]["role"] == "assistant" for r in got)
    assert got[0]["messages"][0] == {"role": "user", "content": "How warm should an ale ferment?"}
    assert got[3]["messages"][0]["content"] == "What does the boil do?"
    assert [r["reason"] for r in _excluded(v)] == ["not_a_record"]


def test_parquet_csv_and_saved_hf_dataset_inputs(tmp_path: Path) -> None:
    import datasets

    texts = [f"Document number {i} says the brewer weighed {i} kilograms of malt." for i in range(6)]
    ds = datasets.Dataset.from_dict({"id": [f"h{i}" for i in range(6)], "text": texts})
    ds.save_to_disk(str(tmp_path / "hf"))
    (tmp_path / "pq").mkdir()
    ds.to_parquet(str(tmp_path / "pq" / "a.parquet"))
    (tmp_path / "csv").mkdir()
    ds.to_csv(str(tmp_path / "csv" / "a.csv"), index=False)
    for kind in ("hf", "pq", "csv"):
        cfg = {"name": f"in-{kind}", "input": {"path": str(tmp_path / kind)}, "steps": ["clean"],
               "output": {"tokenizer": "words", "eval_fraction": 0}}
        (tmp_path / f"{kind}.yaml").write_text(yaml.safe_dump(cfg))
        v = run_build(load_build_config(tmp_path / f"{kind}.yaml"))
        assert sorted(r["text"] for r in v.split("train")) == sorted(texts), kind


@pytest.mark.parametrize(("body", "message"), [
    ({"steps": ["nonsense"]}, "steps[0]: unknown step 'nonsense'; known steps: clean"),
    ({"steps": [{"step": "minhash_dedup", "params": {"bands": "many"}}]}, "steps[0].params.bands"),
    ({"steps": [{"step": "length", "params": {"min_chars": 1, "colour": 3}}]}, "steps[0].params.colour"),
    ({"workers": "two"}, "workers"),
    # a language name, not a code: it used to be accepted and drop every row as language:en
    ({"steps": [{"step": "language", "params": {"languages": ["english"]}}]},
     "steps[0].params.languages: 'english' is not a language code of the language ID model"),
    ({"steps": [{"step": "language", "params": {"languages": ["de", "EN"]}}]},
     "'EN' is not a language code of the language ID model .py3langid.; did you mean en"),
])
def test_bad_config_names_the_key(tmp_path: Path, body: dict, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"name": "x", "input": {"path": str(tmp_path)}, **body}))
    with pytest.raises(BrewError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_build_config(path)


def test_cli_build_show_diff(tmp_path: Path, corpus, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    inp, _ = corpus
    cfg = _config(tmp_path, inp)
    result = runner.invoke(app, ["data", "build", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "near_duplicate 3" in result.output and "brew-web@v1" in result.output
    runner.invoke(app, ["data", "build", str(_config(tmp_path, inp, steps=STEPS[:2]))])
    show = runner.invoke(app, ["data", "show", "brew-web@v1"])
    assert show.exit_code == 0 and "exact_duplicate 2" in show.output and "card.md" in show.output
    diff = runner.invoke(app, ["data", "diff", "brew-web@v1", "brew-web@v2"])
    assert diff.exit_code == 0, diff.output
    added = [int(line.split("(+")[1].split(" ")[0]) for line in diff.output.splitlines() if "rows (+" in line]
    assert sum(added) == 5 and diff.output.count(" / -0)") == 2  # v2 keeps the 5 duplicates v1 dropped
    assert "step minhash_dedup: only in brew-web@v1" in diff.output
    monkeypatch.setattr("sys.argv", ["basementbrew", "data", "build", str(tmp_path / "missing.yaml")])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2 and "missing.yaml not found" in capsys.readouterr().err


def test_a_build_that_keeps_nothing_publishes_nothing(tmp_path: Path, corpus, monkeypatch: pytest.MonkeyPatch,
                                                      capsys) -> None:
    """An empty version used to be published and recommended ('use it with: --set data.dataset=...'): now
    exit 2 names the step that dropped the last documents with its counts per reason, and the versions
    already stored stay as they were."""
    inp, _ = corpus
    good = run_build(load_build_config(_config(tmp_path, inp, steps=["clean"])))
    before = {p.relative_to(good.path): p.read_bytes() for p in good.path.rglob("*") if p.is_file()}
    big = tmp_path / "big"
    big.mkdir()
    (big / "one.jsonl").write_text(json.dumps({"text": "word " * 1_000_001}) + "\n", encoding="utf-8")
    cases = [(big, ["clean"],
              "read could read none of the 1 document(s) that reached it (too_large 1); fix or replace the input"),
             (inp, ["clean", {"step": "length", "params": {"min_chars": 10**6}}],
              "length dropped all the 67 document(s) that reached it (too_short 67)")]
    for data, steps, message in cases:
        monkeypatch.setattr("sys.argv", ["basementbrew", "data", "build", str(_config(tmp_path, data, steps))])
        with pytest.raises(SystemExit) as exit_:
            main()
        captured = capsys.readouterr()
        assert exit_.value.code == 2, captured.out + captured.err
        assert "nothing to publish (no version written)" in captured.err and message in captured.err, captured.err
        assert "use it with" not in captured.out
    assert [v.version for v in store.versions("brew-web")] == [1]
    assert {p.relative_to(good.path): p.read_bytes() for p in good.path.rglob("*") if p.is_file()} == before
    assert not list(good.path.parent.glob(".build-*"))


def test_a_build_that_keeps_rows_but_none_in_train_publishes_nothing(tmp_path: Path, corpus,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      capsys) -> None:
    """A version whose kept rows all hashed into the eval split used to be published with 0 train rows and
    recommended for training: now exit 2 names the counts and the fix, and the stored versions stay as they
    were; with eval_fraction 0 the same input builds."""
    from basementbrew.data.processing.stages import in_eval

    inp, _ = corpus
    good = run_build(load_build_config(_config(tmp_path, inp, steps=["clean"])))
    before = {p.relative_to(good.path): p.read_bytes() for p in good.path.rglob("*") if p.is_file()}
    ids = [i for i in (f"tiny-{k}" for k in range(1000)) if in_eval(i, 0.1, 0)][:3]
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    text = "The brewer checks the mash temperature every ten minutes and writes it down in the log book. "
    (tiny / "docs.jsonl").write_text("".join(json.dumps({"id": i, "text": f"{i}: {text * 3}"}) + "\n" for i in ids),
                                     encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["basementbrew", "data", "build", str(_config(tmp_path, tiny, ["clean"]))])
    with pytest.raises(SystemExit) as exit_:
        main()
    captured = capsys.readouterr()
    assert exit_.value.code == 2, captured.out + captured.err
    assert "nothing to publish (no version written)" in captured.err, captured.err
    assert "all 3 kept row(s) fell into the eval split (eval_fraction 0.1, split by id hash" in captured.err
    assert "set output.eval_fraction: 0" in captured.err and "use it with" not in captured.out
    assert [v.version for v in store.versions("brew-web")] == [1]
    assert {p.relative_to(good.path): p.read_bytes() for p in good.path.rglob("*") if p.is_file()} == before
    assert not list(good.path.parent.glob(".build-*"))
    cfg = _config(tmp_path, tiny, ["clean"])
    cfg.write_text(cfg.read_text().replace("eval_fraction: 0.1", "eval_fraction: 0.0"))
    v = run_build(load_build_config(cfg))
    assert v.version == 2 and v.card["splits"]["train"]["rows"] == 3 and v.card["splits"]["eval"]["rows"] == 0


def test_a_shard_that_a_filter_empties_counts_zero_rows_with_the_embedded_tokenizer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """The card's token counts ran the embedded (fast) tokenizer on every shard's kept texts, and it raises
    IndexError on an empty list: any filter that left one input shard empty crashed the build with a
    traceback (and every rerun resumed into the same crash). An emptied shard now adds 0 rows; a build that
    keeps nothing at all is refused (exit 2) naming the step."""
    inp = tmp_path / "bin"
    inp.mkdir()
    (inp / "a.jsonl").write_text(json.dumps({"text": "short row one"}) + "\n", encoding="utf-8")
    (inp / "b.jsonl").write_text(json.dumps({"text": "a longer row with five words"}) + "\n", encoding="utf-8")
    (inp / "c.csv").write_text("text\nshort csv row\n", encoding="utf-8")

    def config(min_words: int) -> Path:
        path = tmp_path / f"len{min_words}.yaml"
        path.write_text(yaml.safe_dump({"name": "z3", "input": {"path": str(inp)},
                                        "steps": [{"step": "length", "params": {"min_words": min_words}}],
                                        "output": {"tokenizer": "embedded", "eval_fraction": 0}}))
        return path

    v = run_build(load_build_config(config(4)))
    assert v.card["splits"]["train"]["rows"] == 1 and v.card["lengths"]["tokenizer"] == "embedded"
    monkeypatch.setattr("sys.argv", ["basementbrew", "data", "build", str(config(9))])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "Traceback" not in err, err
    assert "length dropped all the 3 document(s) that reached it (too_short 3)" in err
    assert [x.version for x in store.versions("z3")] == [1] and not list(v.path.parent.glob(".build-*"))


def test_a_messages_build_publishes_only_conversations_train_accepts(tmp_path: Path) -> None:
    """output.format messages published a question with no answer, a turn with role 'wizard' and a turn whose
    content was the number 5 as they were; `data preview` / `train` on the version then exited 2 ('inst@v1/train:
    record 5: the conversation has no answer to learn'). Each is now dropped at output with its reason."""
    inp = tmp_path / "chat.jsonl"
    good = {"messages": [{"role": "user", "content": "What is wort?"}, {"role": "assistant", "content": "Sugary."}]}
    rows = [good,
            {"messages": [{"role": "user", "content": "A question nobody answered?"}]},
            {"messages": [{"role": "wizard", "content": "x"}, {"role": "assistant", "content": "y"}]},
            {"messages": [{"role": "user", "content": 5}, {"role": "assistant", "content": "five"}]},
            {"messages": [{"role": "user", "content": "Blank answer?"}, {"role": "assistant", "content": " "}]}]
    inp.write_text("".join(json.dumps({"id": f"r{i}", **r}) + "\n" for i, r in enumerate(rows)))
    cfg = {"name": "chat", "input": {"path": str(inp)}, "steps": [],
           "output": {"format": "messages", "tokenizer": "words", "eval_fraction": 0}}
    (tmp_path / "chat.yaml").write_text(yaml.safe_dump(cfg))
    v = run_build(load_build_config(tmp_path / "chat.yaml"))
    assert {r["id"]: (r["step"], r["reason"]) for r in _excluded(v)} == {
        "r1": ("output", "no_answer"), "r2": ("output", "bad_message"), "r3": ("output", "bad_message"),
        "r4": ("output", "empty_answer")}
    train = store.resolve(v.ref).split("train")
    assert train == [good]
    assert convert_rows(train, "auto", f"{v.ref}/train")  # what train and data preview run on the version


def test_diff_counts_every_row_when_two_input_files_reuse_ids(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Two input files that both number their rows 0, 1, 2: `data diff` keyed rows by id alone, so it said
    'train: 3 → 3 rows (+0 / -0)' for versions of 6 and 5 rows, and never showed the dropped row."""
    inp = tmp_path / "parts"
    inp.mkdir()
    for part, words in (("a", 12), ("b", 30)):
        (inp / f"{part}.jsonl").write_text("".join(
            json.dumps({"id": i, "text": f"{part} {i} " + "brewing notes " * (words + i)}) + "\n" for i in range(3)))
    def build(steps: list) -> Any:
        path = tmp_path / "b.yaml"
        path.write_text(yaml.safe_dump({"name": "parts", "input": {"path": str(inp)}, "steps": steps,
                                        "output": {"tokenizer": "words", "eval_fraction": 0}}))
        return run_build(load_build_config(path))
    v1, v2 = build([]), build([{"step": "length", "params": {"max_words": 64}}])
    assert v1.card["splits"]["train"]["rows"] == 6 and v2.card["splits"]["train"]["rows"] == 5
    d = diff(find(v1.ref), find(v2.ref))["splits"]["train"]
    assert (d["a"], d["b"], d["added"], d["removed"]) == (6, 5, 0, 1)
    assert d["removed_examples"][0]["id"] == "2#2" and d["removed_examples"][0]["text"].startswith("b 2 brewing")
    monkeypatch.setattr("basementbrew.commands.data.console.width", 400)
    out = runner.invoke(app, ["data", "diff", v1.ref, v2.ref])
    assert out.exit_code == 0 and "train: 6 → 5 rows (+0 / -1)" in out.output, out.output


def test_a_text_build_is_not_offered_to_train(tmp_path: Path, corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """An output.format text build printed 'use it with: --set data.dataset=NAME@v1', which train then refused
    ('cannot tell the format of a record with keys ['text']'). The build now says the rows are plain text and
    what turns them into training records; a messages build still gets the train hint."""
    inp, _ = corpus
    monkeypatch.setattr("basementbrew.commands.data.console.width", 400)
    text = runner.invoke(app, ["data", "build", str(_config(tmp_path, inp, steps=["clean"], output={
        "format": "text", "tokenizer": "words", "eval_fraction": 0.1}))])
    assert text.exit_code == 0, text.output
    said = " ".join(text.output.split())
    assert "use it with" not in said and "brew-web@v1 holds plain text" in said
    assert "a synthesize step (like configs/data/brew-qa.yaml)" in said
    qa = tmp_path / "qa"
    qa.mkdir()
    (qa / "qa.jsonl").write_text("".join(json.dumps({"instruction": f"What is {i} + {i}?", "output": str(2 * i)})
                                         + "\n" for i in range(20)), encoding="utf-8")
    path = tmp_path / "qa.yaml"
    path.write_text(yaml.safe_dump({"name": "qa", "input": {"path": str(qa)}, "steps": ["clean"],
                                    "output": {"format": "messages", "tokenizer": "words", "eval_fraction": 0}}))
    messages = runner.invoke(app, ["data", "build", str(path)])
    assert messages.exit_code == 0 and "use it with: --set data.dataset=qa@v1" in messages.output, messages.output
