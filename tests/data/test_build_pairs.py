"""`basementbrew data build` over preference pairs (prompt/chosen/rejected, what DPO/ORPO train on and what
`data prepare --from-votes` / `--preference` store): the reader knew no such row, so every pair was a
`no_text` read error and the build published nothing. Now a pair stays one pair record through the steps and
dedup (on the whole pair), the version is a paired preference dataset that `train dpo` accepts and SFT
refuses, and SFT/text outputs keep only the chosen answer."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from basementbrew.data import preference, store
from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.workflow import run_build
from basementbrew.errors import BrewError
from cli_helpers import run_cli


def _pairs(folder: Path, n: int = 12) -> Path:
    """Pairs with a system on one row, an exact duplicate of one pair, the same pair with the answers swapped
    (a different pair: kept) and one whose answers are the same (nothing to prefer: dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"prompt": f"What is {i} + {i}?", "chosen": f"{i} + {i} = {2 * i}.", "rejected": f"Maybe {i + 7}?"}
            for i in range(n)]
    rows[1]["system"] = "Answer with the sum."
    rows += [dict(rows[3]), {**rows[4], "chosen": rows[4]["rejected"], "rejected": rows[4]["chosen"]},
             {"prompt": "Name a hop.", "chosen": "Cascade.", "rejected": "Cascade. "}]
    (folder / "pairs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _config(tmp_path: Path, inp: Path | str, name: str = "pairs", **output) -> Path:
    cfg = {"name": name, "input": {"path": str(inp)}, "steps": ["clean", "exact_dedup"],
           "output": {"tokenizer": "words", "eval_fraction": 0.3, **output}}
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _excluded(version: store.DatasetVersion) -> list[tuple[str, str]]:
    rows = [r for p in sorted(version.path.glob("excluded-*.parquet")) for r in pq.read_table(p).to_pylist()]
    return sorted((r["step"], r["reason"]) for r in rows)


def test_a_pairs_file_builds_into_a_dpo_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, said = run_cli(["data", "build", str(_config(tmp_path, _pairs(tmp_path / "raw")))], monkeypatch, capsys)
    assert code == 0, said
    assert "no_text" not in said and "preference pairs (DPO/ORPO data): 13 pairs" in said
    assert "--set training.method=dpo --set data.dataset=pairs@v1" in said
    version = store.resolve("pairs@v1")
    assert version.card["kind"] == "preference" and version.card["shape"] == "paired"
    assert version.card["counts"] == {"pairs": 13}
    rows = version.split("train") + version.split("eval")
    assert version.split("eval") and all(set(r) <= {"prompt", "chosen", "rejected", "system"} for r in rows)
    assert all(r["chosen"] != r["rejected"] for r in rows)
    assert [r["system"] for r in rows if "system" in r] == ["Answer with the sum."]
    four = sorted((r["chosen"], r["rejected"]) for r in rows if r["prompt"] == "What is 4 + 4?")
    assert four == [("4 + 4 = 8.", "Maybe 11?"), ("Maybe 11?", "4 + 4 = 8.")]  # a swapped pair is another pair
    assert sum(r["prompt"] == "What is 3 + 3?" for r in rows) == 1  # the exact duplicate pair went
    assert _excluded(version) == [("exact_dedup", "exact_duplicate"), ("output", "identical_pair")]
    assert "preference pairs (DPO/ORPO data): 13 pairs" in (version.path / "card.md").read_text(encoding="utf-8")

    preference.check_ref("pairs@v1", "dpo")  # what `train` checks before any model loads
    preference.check_ref("pairs@v1", "orpo")
    code, said = run_cli(["train", "quickstart", "--set", "data.dataset=pairs@v1"], monkeypatch, capsys)
    assert code == 2 and "pairs@v1" in said and "training.method" in said, said  # SFT refuses it


def test_dpo_trains_on_a_built_pairs_version(tmp_path: Path, tiny_models: dict[str, Path],
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew train dpo` (the shipped preference config) on the built version: a completed DPO run that
    records the version and measured held-out preference accuracy on its pairs."""
    from basementbrew.runs import find_run

    run_build(load_build_config(_config(tmp_path, _pairs(tmp_path / "raw"))))
    code, said = run_cli(["train", "dpo", "--set", "data.dataset=pairs@v1", "--set", "run_name=dpo-built",
                          "--set", f"model.path={tiny_models['llama-3.1-8b']}", "--set", "training.max_steps=1",
                          "--set", "training.batch_size=2", "--set", "data.max_train_examples=2",
                          "--set", "data.max_eval_examples=2", "--set", "data.max_seq_length=48",
                          "--set", "training.sample_max_new_tokens=2"], monkeypatch, capsys)
    assert code == 0, said
    info = find_run("dpo-built").read_info()
    assert info["status"] == "completed" and info["method"] == "dpo", info
    assert "pairs@v1" in json.dumps(info) and info["after"]["preference"] is not None


@pytest.mark.parametrize("fmt", ["messages", "text"])
def test_sft_and_text_outputs_keep_only_the_chosen_answer(fmt: str, tmp_path: Path) -> None:
    version = run_build(load_build_config(_config(tmp_path, _pairs(tmp_path / "raw"), format=fmt, eval_fraction=0)))
    rows = version.split("train")
    assert version.card["kind"] == "built" and len(rows) == 13
    assert not any("Maybe" in json.dumps(r) for r in rows if "4 + 4" not in json.dumps(r))
    if fmt == "messages":
        assert {r["messages"][-1]["content"] for r in rows if r["messages"][0]["role"] == "system"} == {"1 + 1 = 2."}
    else:
        assert "What is 0 + 0?\n\n0 + 0 = 0." in [r["text"] for r in rows]


def test_a_stored_pairs_version_builds_and_mixed_kinds_publish_nothing(tmp_path: Path) -> None:
    """A `data prepare --preference` (or `--from-votes`) version is a valid build input; pairs mixed with
    thumbs rows are refused naming both kinds, and nothing is stored."""
    raw = _pairs(tmp_path / "raw", n=8)
    lines = (raw / "pairs.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    (tmp_path / "mine.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stored = preference.import_file(tmp_path / "mine.jsonl", "mine", eval_fraction=0.25)
    built = run_build(load_build_config(_config(tmp_path, stored.ref, name="mine-built")))
    assert built.card["shape"] == "paired" and built.card["counts"] == {"pairs": 8}

    (raw / "thumbs.jsonl").write_text(json.dumps({"prompt": "Name a hop.", "completion": "Cascade.", "label": True})
                                      + "\n", encoding="utf-8")
    with pytest.raises(BrewError, match=r"1 row\(s\) carry a thumbs label .* and 9 row\(s\) are preference pairs "
                                        r"\(prompt/chosen/rejected: DPO/ORPO data, first pairs.jsonl:1\)"):
        run_build(load_build_config(_config(tmp_path, raw)))
    assert store.versions("pairs") == []


def test_trl_conversational_pairs_build_as_pairs_not_as_their_messages_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """UltraFeedback-binarized rows carry a `messages` copy of the chosen conversation; read first as messages,
    each pair became an SFT example of its chosen answer. A multi-turn prompt has no flat form: a read error."""
    raw = tmp_path / "raw"
    raw.mkdir()

    def m(role: str, content: str) -> dict[str, str]:
        return {"role": role, "content": content}

    rows = []
    for i in range(10):
        chosen = [m("user", f"What is {i} + {i}?"), m("assistant", f"{i} + {i} = {2 * i}.")]
        rows.append({"prompt": f"What is {i} + {i}?", "chosen": chosen, "messages": chosen,
                     "rejected": [m("user", f"What is {i} + {i}?"), m("assistant", f"Maybe {i + 7}?")]})
    rows.append({"prompt": [m("user", "hi"), m("assistant", "yo"), m("user", "2+2?")],
                 "chosen": [m("assistant", "4")], "rejected": [m("assistant", "5")]})
    (raw / "uf.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, said = run_cli(["data", "build", str(_config(tmp_path, raw, name="uf"))], monkeypatch, capsys)
    assert code == 0, said
    version = store.resolve("uf@v1")
    assert version.card["kind"] == "preference" and version.card["counts"] == {"pairs": 10}
    stored = version.split("train") + version.split("eval")
    assert {r["chosen"] for r in stored} == {f"{i} + {i} = {2 * i}." for i in range(10)}
    assert ("read", "unsupported_pair") in _excluded(version)
    card_reads = json.dumps(version.card)
    assert "unsupported_pair" in card_reads
