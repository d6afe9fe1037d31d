"""Formats and the versioned store: every accepted shape converts, broken input names file and line,
and stored versions are immutable and never damaged by a failed write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.data import store
from basementbrew.data.formats import convert_rows, read_jsonl
from basementbrew.errors import BrewError


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_all_formats_become_prompt_completion() -> None:
    rows = [
        {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]},
        {"instruction": "Add", "input": "2+2", "output": "4"},
        {"prompt": "Capital of France?", "completion": "Paris."},
    ]
    out = [convert_rows([row], "auto", "t", system_prompt="Be brief.")[0] for row in rows]  # one shape per file
    assert [r["completion"][0]["content"] for r in out] == ["hello", "4", "Paris."]
    assert all(r["prompt"][0] == {"role": "system", "content": "Be brief."} for r in out)
    assert out[1]["prompt"][-1]["content"] == "Add\n\n2+2"


def test_broken_line_is_named(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": "a", "completion"\n')
    with pytest.raises(BrewError) as err:
        read_jsonl(f)
    assert f"{f}:2" in str(err.value) and "not valid JSON" in str(err.value)


def test_last_turn_must_be_assistant() -> None:
    with pytest.raises(BrewError, match="last message must be the assistant"):
        convert_rows([{"messages": [{"role": "user", "content": "hi"}]}], "auto", "x")
    with pytest.raises(BrewError, match="role in"):
        convert_rows([{"messages": [{"role": "robot", "content": "hi"}]}], "auto", "x")
    with pytest.raises(BrewError, match="cannot tell the format"):
        convert_rows([{"txt": "hi"}], "auto", "x")
    with pytest.raises(BrewError, match="rows are plain text"):  # continued-pretraining text: named as such
        convert_rows([{"text": "hi"}], "auto", "x")


def test_store_versions_are_immutable_and_deduplicated(tmp_path: Path) -> None:
    f = _write(tmp_path / "mine.jsonl", [{"prompt": f"q{i}", "completion": f"a{i}"} for i in range(20)])
    # store mechanics only, no steps: the toxicity scanner flags toy answers such as "a4" (score 0.212 over its
    # 0.2 threshold); the steps are tested in tests/data/
    v1 = store.resolve(str(f), eval_fraction=0.2, steps=())
    assert v1.ref == "mine@v1"
    assert len(v1.split("train")) == 16 and len(v1.split("eval")) == 4
    assert store.resolve(str(f), eval_fraction=0.2, steps=()).ref == "mine@v1"  # same content → same version
    _write(f, [{"prompt": f"q{i}", "completion": f"A{i}"} for i in range(20)])
    v2 = store.resolve(str(f), eval_fraction=0.2, steps=())
    assert v2.ref == "mine@v2"
    assert v1.split("train")[0]["completion"].startswith("a")  # v1 untouched
    assert store.resolve("mine@v1").card["sha256"] != store.resolve("mine").card["sha256"]


def test_bundled_dataset_resolves() -> None:
    v = store.resolve("bundled:brewing-assistant")
    assert v.card["splits"]["train"]["rows"] == 360 and v.card["splits"]["eval"]["rows"] == 60
    with pytest.raises(BrewError, match="bundled: brewing-assistant"):
        store.resolve("bundled:nope")


def test_failed_import_leaves_existing_version_intact(tmp_path: Path) -> None:
    f = _write(tmp_path / "ok.jsonl", [{"prompt": "q", "completion": "a"}] * 4)
    v1 = store.resolve(str(f))
    before = (v1.path / "train.jsonl").read_bytes()
    f.write_text('{"prompt": "q", "completion": "a"}\nnot json\n')
    with pytest.raises(BrewError, match=":2"):
        store.resolve(str(f))
    assert (v1.path / "train.jsonl").read_bytes() == before
    assert [v.version for v in store.versions("ok")] == [1]
    assert not list(v1.path.parent.glob(".*partial"))


def test_unknown_store_name_and_version() -> None:
    with pytest.raises(BrewError, match="no dataset named"):
        store.resolve("ghost")


def test_concurrent_writers_never_overwrite_a_version() -> None:
    """Two imports racing for the same name each get their own immutable version."""
    import threading

    results: list = []
    barrier = threading.Barrier(4)

    def writer(i: int) -> None:
        rows = [{"prompt": f"q{i}-{j}", "completion": f"Answer {i}."} for j in range(3)]
        barrier.wait()
        results.append((i, store.write("race", rows, rows[:1], source=f"writer {i}")))

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(v.version for _, v in results) == [1, 2, 3, 4]
    for i, v in results:
        assert v.split("train")[0]["prompt"] == f"q{i}-0", "a writer's version holds another writer's data"


def test_preference_rows_given_to_sft_name_the_training_method() -> None:
    row = {"prompt": "OG 1.060, FG 1.012?", "chosen": "**6.3% ABV**", "rejected": "**5%**"}
    with pytest.raises(BrewError, match=r"votes.jsonl:record 1: this is a preference dataset .*"
                                        r"training.method=dpo\|orpo\|kto"):
        convert_rows([row], "auto", "votes.jsonl")


@pytest.mark.parametrize("fmt", ["auto", "prompt_completion"])
def test_thumbs_rows_given_to_sft_name_kto(fmt: str) -> None:
    """prompt/completion rows with a boolean label are thumbs up/down (KTO), never SFT examples: thumbs-down
    answers would be learned as good ones, whatever data.format says."""
    rows = [{"prompt": "OG 1.060, FG 1.012?", "completion": "**6.3% ABV**", "label": True},
            {"prompt": "OG 1.060, FG 1.012?", "completion": "**5%**", "label": False}]
    with pytest.raises(BrewError, match=r"thumbs.jsonl:record 1: rows carry a thumbs label .*this is KTO data.*"
                                        r"set training.method=kto.*drop the label column"):
        convert_rows(rows, fmt, "thumbs.jsonl")  # type: ignore[arg-type]
    with pytest.raises(BrewError, match="record 2: rows carry a thumbs label"):
        convert_rows([{"prompt": "a", "completion": "b"}, rows[1]], fmt, "mixed.jsonl")  # type: ignore[arg-type]
    # a label that is not a thumbs vote (a topic tag) is ordinary metadata
    assert len(convert_rows([{"prompt": "a", "completion": "b", "label": "math"}], fmt, "tagged.jsonl")) == 1  # type: ignore[arg-type]
