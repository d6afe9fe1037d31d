"""Soups: the greedy soup is never worse than its best ingredient on held-out loss; a uniform soup keeps every
ingredient; both are servable runs with a markdown + PNG report."""

from __future__ import annotations

from pathlib import Path

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.soups import make_soup
from merging_helpers import make_run


def test_greedy_soup_never_worse_than_best_ingredient(tiny_llama):
    for i, scale in enumerate([0.5, 2.0, 1.0]):
        make_run(tiny_llama, f"ing{i}", seed=10 + i, scale=scale)
    out = make_soup(["ing0", "ing1", "ing2"], "greedy", max_examples=6, name="greedy-soup")
    best = min(out["ingredients"].values())
    assert out["soup_loss"] <= best + 1e-5
    assert out["chosen"][0] == min(out["ingredients"], key=out["ingredients"].get)
    assert len(out["trail"]) == 2
    from basementbrew.runs import find_run

    run = find_run("greedy-soup")
    assert (run.path / "soup.png").stat().st_size > 1000 and "soup" in (run.path / "soup.md").read_text()
    assert run.read_info()["merge"]["kind"] == "soup"


def test_uniform_soup_keeps_all_and_serves(tiny_llama):
    from test_adapters import _serve_answers

    make_run(tiny_llama, "u0", seed=1)
    make_run(tiny_llama, "u1", seed=2, r=8)  # different ranks are fine: cat is exact for any ranks
    out = make_soup(["u0", "u1"], "uniform", max_examples=4, name="uni")
    assert out["chosen"] == ["u0", "u1"]
    assert isinstance(_serve_answers(Path(out["path"])), str)
    with pytest.raises(BrewError, match="greedy or uniform"):
        make_soup(["u0", "u1"], "spicy")


def test_a_soup_of_one_scores_exactly_as_its_ingredient_with_lora_dropout(tiny_llama):
    """The combined adapter must be scored in eval mode (PEFT creates its dropout in training mode)."""
    import json

    from basementbrew.runs import find_run

    for name, seed in (("d0", 1), ("d1", 2)):
        cfg = find_run(make_run(tiny_llama, name, seed=seed).name).adapter / "adapter_config.json"
        data = json.loads(cfg.read_text())
        data["lora_dropout"] = 0.5
        cfg.write_text(json.dumps(data))
    out = make_soup(["d0", "d1"], "greedy", max_examples=4, name="drop")
    if out["chosen"] == [min(out["ingredients"], key=out["ingredients"].get)]:
        assert abs(out["soup_loss"] - min(out["ingredients"].values())) < 1e-4
    else:
        assert out["soup_loss"] < min(out["ingredients"].values())


def test_an_interrupted_soup_report_leaves_no_run_and_the_rerun_keeps_its_name(tiny_llama, brew_home, monkeypatch):
    """Ctrl-C while soup.md / soup.png were written (matplotlib's import and plot take seconds) left run 'ab'
    completed without its report, though the CLI said nothing was left half-written, and the same command again
    wrote 'ab-2'. The soup's run is now removed with the report, so the rerun writes 'ab' with both files."""
    from basementbrew.merging import soups
    from basementbrew.runs import list_runs

    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)
    real = soups.atomic_write_text

    def interrupted(path, *args, **kwargs):
        if Path(path).name == "soup.md":
            raise KeyboardInterrupt
        return real(path, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(soups, "atomic_write_text", interrupted)
        with pytest.raises(KeyboardInterrupt):
            make_soup(["a", "b"], "uniform", max_examples=2, name="ab")
    assert sorted(r.name for r in list_runs()) == ["a", "b"] and not (brew_home / "runs" / "ab").exists()
    out = make_soup(["a", "b"], "uniform", max_examples=2, name="ab")
    assert out["run"] == "ab" and (brew_home / "runs" / "ab" / "soup.md").is_file()
    assert (brew_home / "runs" / "ab" / "soup.png").is_file()
