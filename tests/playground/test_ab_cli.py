"""`basementbrew playground ab` in-process, as the README writes it: the runs named by --a/--b are loaded by
the command itself (no --run/--adapter needed), and the vote is stored under the run names."""

from __future__ import annotations

import json

from typer.testing import CliRunner

FAST = ["--max-tokens", "3", "--temperature", "0"]


def test_ab_loads_the_runs_it_names(embedded_dir, brew_home):
    from basementbrew.cli import app
    from basementbrew.playground.ab import tally
    from serving_fixtures import make_adapter_run

    make_adapter_run(embedded_dir, "tiny1")
    tiny2 = make_adapter_run(embedded_dir, "tiny2")
    runner = CliRunner()

    # run vs base (the README's line), then run vs run (the second one given as a folder)
    res = runner.invoke(app, ["playground", "ab", "OG 1.060, FG 1.012: how strong is it?", "--a", "tiny1",
                              "--b", "smollm2-135m", "--vote", "left", *FAST])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["playground", "ab", "Name a hop.", "--a", "tiny1", "--b", str(tiny2),
                              "--vote", "right", *FAST])
    assert res.exit_code == 0, res.output

    votes = [json.loads(line) for line in (brew_home / "playground" / "ab_votes.jsonl").read_text().splitlines()]
    assert [(v["winner"], sorted(v["answers"])) for v in votes] == [
        ("tiny1", ["smollm2-135m", "tiny1"]), ("tiny2", ["tiny1", "tiny2"])]
    assert tally()["tiny1 vs tiny2"]["total"] == 1


def test_ab_with_an_unknown_model_names_the_fix(embedded_dir):
    from basementbrew.cli import app
    from basementbrew.errors import BrewError
    from serving_fixtures import make_adapter_run

    make_adapter_run(embedded_dir, "tiny1")
    res = CliRunner().invoke(app, ["playground", "ab", "Hi", "--a", "nosuch", "--b", "smollm2-135m",
                                   "--vote", "tie", *FAST])
    assert isinstance(res.exception, BrewError)  # `basementbrew` prints it as one line and exits 2
    assert "'nosuch' is neither a run (recent runs: tiny1) nor a model id" in str(res.exception)


def test_a_model_the_backend_lacks_names_run_and_adapter(embedded_dir):
    """A registry id that is not the loaded base: the backend's error says how to load a run."""
    from basementbrew.errors import BrewError
    from basementbrew.playground.backends import open_backend

    backend = open_backend()
    try:
        backend.chat("mistral-7b", [{"role": "user", "content": "hi"}], max_tokens=2)
    except BrewError as exc:
        assert "'mistral-7b' is not loaded; choose one of smollm2-135m" in str(exc)
        assert "--run RUN or --adapter NAME=RUN" in str(exc)
    else:
        raise AssertionError("served a model that is not loaded")
    finally:
        backend.engine.stop()
