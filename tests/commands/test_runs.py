"""`basementbrew runs list|show|stop` and `data prepare|list` on run directories written through RunDir.

Runs here are laid out with the same RunDir API the trainer uses (no training: the real metrics a training
run writes are checked in tests/training/test_metrics.py).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.config import RunConfig
from basementbrew.errors import BrewError
from basementbrew.runs import RunDir, new_run

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_consoles() -> None:
    """The commands' consoles are created at import with the terminal's width; make tables fit in tests."""
    from basementbrew.commands import data, runs

    for console in (data.console, runs.console):
        console.width = 200


def make_run(name: str, status: str, steps: int = 6, pid: int | None = None) -> RunDir:
    run = new_run(RunConfig(run_name=name))
    run.update_info(status=status, pid=pid, dataset="brewing-assistant@v1", global_step=steps)
    for step in range(1, steps + 1):
        run.append_metric({"event": "train", "step": step, "loss": 2.0 / step, "learning_rate": 1e-3 * (1 - step / 10),
                           "grad_norm": 0.5, "tokens_per_s": 100.0 + step, "elapsed_s": step, "eta_s": steps - step,
                           "peak_rss_mb": 500.0})
        if step % 3 == 0:
            run.append_metric({"event": "eval", "step": step, "eval_loss": 1.5 / step, "eval_perplexity": 2.0})
    return run


@pytest.fixture
def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_runs_list_shows_status_and_best_eval(dead_pid: int) -> None:
    make_run("done", "completed")
    make_run("killed", "running", pid=dead_pid)
    result = runner.invoke(app, ["runs", "list"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "done" in result.output and "completed" in result.output
    assert "interrupted" in result.output  # running in run.json, but its process is gone
    assert "0.2500" in result.output  # best eval loss 1.5 / 6


def test_runs_show_writes_plots(tmp_path) -> None:
    run = make_run("shown", "failed")
    run.update_info(error="RuntimeError: out of memory")
    result = runner.invoke(app, ["runs", "show", "shown", "--log-scale"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "out of memory" in result.output and "train --resume shown" in result.output
    for name in ["loss.png", "lr.png", "throughput.png"]:
        assert (run.path / name).stat().st_size > 5000  # a real PNG with curves, not an empty figure


def test_runs_follow_prints_new_records_until_completed() -> None:
    run = make_run("live", "running", steps=1, pid=None)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    run.update_info(pid=sleeper.pid)

    def writer() -> None:
        for step in range(2, 5):
            time.sleep(0.1)
            run.append_metric({"event": "train", "step": step, "loss": 1.0 / step, "tokens_per_s": 99.0})
        run.append_metric({"event": "eval", "step": 4, "eval_loss": 0.123, "eval_perplexity": 1.13})
        run.update_info(status="completed")

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        result = runner.invoke(app, ["runs", "show", "live", "--follow", "--interval", "0.05"], terminal_width=200)
    finally:
        thread.join()
        sleeper.kill()
        sleeper.wait()
    assert result.exit_code == 0, result.output
    for step in (1, 2, 3, 4):
        assert f"step     {step}" in result.output
    assert "held-out loss 0.1230" in result.output and "run live: completed" in result.output


def test_runs_stop_writes_the_stop_file_only_for_running_runs(dead_pid: int) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        run = make_run("busy", "running", pid=sleeper.pid)
        result = runner.invoke(app, ["runs", "stop", "busy"])
        assert result.exit_code == 0, result.output
        assert (run.path / "STOP").is_file()
    finally:
        sleeper.kill()
        sleeper.wait()
    make_run("gone", "running", pid=dead_pid)
    result = runner.invoke(app, ["runs", "stop", "gone"])
    assert result.exit_code != 0 and "interrupted, not running" in str(result.exception)


def test_runs_show_of_a_completed_run_hides_an_old_interruption() -> None:
    """An error from an attempt before a resume (runs written before resumes cleared it) is no error of a
    completed run; a stopped run still shows its error."""
    make_run("resumed", "completed").update_info(error="interrupted (Ctrl-C)")
    result = runner.invoke(app, ["runs", "show", "resumed"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "error" not in result.output and "resume with" not in result.output
    make_run("halted", "stopped").update_info(error="interrupted (Ctrl-C)")
    assert "error: interrupted (Ctrl-C)" in runner.invoke(app, ["runs", "show", "halted"], terminal_width=200).output


def test_runs_show_of_a_run_without_steps_lists_no_plots() -> None:
    """A run with 0 steps got three empty charts listed as plots, and 'best held-out loss: - (step None)'."""
    run = make_run("empty", "completed", steps=0)
    result = runner.invoke(app, ["runs", "show", "empty"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "plots: none (no training step recorded yet)" in result.output and "None" not in result.output
    assert not list(run.path.glob("*.png"))


def test_runs_show_unknown_run_names_existing_ones() -> None:
    make_run("exists", "completed")
    result = runner.invoke(app, ["runs", "show", "nope"])
    assert result.exit_code != 0 and "exists" in str(result.exception)


def test_data_prepare_and_list(tmp_path) -> None:
    result = runner.invoke(app, ["data", "prepare", "bundled:brewing-assistant"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "brewing-assistant@v1" in result.output and "data.dataset=brewing-assistant@v1" in result.output
    src = tmp_path / "mine.jsonl"
    src.write_text("".join(f'{{"prompt": "q{i}", "completion": "a{i}"}}\n' for i in range(20)))
    result = runner.invoke(app, ["data", "prepare", str(src), "--name", "mine", "--eval-fraction", "0.2"],
                           terminal_width=200)
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["data", "prepare", str(src), "--name", "mine", "--eval-fraction", "0.2"],
                          terminal_width=200)
    assert "mine@v1" in again.output  # identical content: the same version, not a new one
    listing = runner.invoke(app, ["data", "list"], terminal_width=200)
    assert "mine@v1" in listing.output and "brewing-assistant@v1" in listing.output
    assert "16" in listing.output and "4" in listing.output  # 20 rows split 16 / 4


def _finished(name: str, method: str, before: dict, after: dict) -> RunDir:
    run = make_run(name, "completed", steps=3)
    sample = [{"prompt": "OG 1.060, FG 1.012?", "output": "About 6.3%."}]
    run.update_info(method=method, before={**before, "samples": sample}, after={**after, "samples": sample})
    return run


def test_the_end_summary_of_a_dpo_run_gives_preference_accuracy_not_perplexity() -> None:
    """A DPO loss is no language-model loss: exp(0.693) = 2.00 is no perplexity (was 'perplexity 2.00 → 2.03')."""
    from rich.console import Console

    from basementbrew.commands.views import print_before_after

    pref = {"accuracy": 0.0, "mean_logp_margin": -60.2, "pairs": 12}
    dpo = _finished("dpo", "dpo", {"eval_loss": 0.693, "eval_perplexity": 2.0, "preference": pref},
                    {"eval_loss": 0.706, "eval_perplexity": 2.03,
                     "preference": {"accuracy": 1.0, "mean_logp_margin": 102.2, "pairs": 12}})
    kto = _finished("kto", "kto", {"eval_loss": 0.5, "eval_perplexity": 1.65, "preference": None},
                    {"eval_loss": 0.4, "eval_perplexity": 1.49, "preference": None})
    sft = _finished("sft", "sft", {"eval_loss": 3.167, "eval_perplexity": 23.7}, {"eval_loss": 0.024,
                                                                                  "eval_perplexity": 1.02})
    said = {}
    for run in (dpo, kto, sft):
        console = Console(record=True, width=300)
        print_before_after(console, run, run.read_info())
        said[run.name] = console.export_text()
    assert "held-out loss 0.693 → 0.706" in said["dpo"] and "perplexity" not in said["dpo"]
    assert "held-out preference accuracy 0.00 → 1.00, mean log-prob margin -60.2 → +102.2 nats, 12 pairs" in said["dpo"]
    assert "perplexity" not in said["kto"] and "no held-out pairs" in said["kto"]
    assert "perplexity 23.70 → 1.02" in said["sft"] and "preference" not in said["sft"]
    result = runner.invoke(app, ["runs", "show", "dpo"], terminal_width=300)
    assert result.exit_code == 0 and "held-out preference accuracy 0.00 → 1.00" in result.output, result.output


def test_runs_follow_of_a_preference_run_gives_its_loss_and_accuracy_not_perplexity() -> None:
    """exp(a DPO loss) is no perplexity: following a DPO run printed 'held-out loss 0.6931  perplexity 2.00'.
    Its eval line now names the method's loss and the held-out preference accuracy (KTO, which logs no
    accuracy: its reward margin); an old run whose records still carry eval_perplexity reads the same."""
    dpo = make_run("dpo-live", "completed", steps=0)
    dpo.update_info(method="dpo")
    dpo.append_metric({"event": "eval", "step": 0, "eval_loss": 0.6931, "eval_perplexity": 2.0,
                       "eval_rewards/accuracies": 0.25, "eval_rewards/margins": 0.0})
    kto = make_run("kto-live", "completed", steps=0)
    kto.update_info(method="kto")
    kto.append_metric({"event": "eval", "step": 2, "eval_loss": 0.5, "eval_rewards/margins": 0.125})
    said = {name: runner.invoke(app, ["runs", "show", name, "--follow", "--interval", "0.05"], terminal_width=200)
            for name in ("dpo-live", "kto-live")}
    assert all(r.exit_code == 0 for r in said.values()), said
    assert "held-out dpo loss 0.6931  preference accuracy 0.25" in said["dpo-live"].output
    assert "held-out kto loss 0.5000  reward margin 0.125" in said["kto-live"].output
    assert not any("perplexity" in r.output for r in said.values())


def test_a_damaged_run_json_is_named_and_does_not_hide_the_other_runs() -> None:
    """A truncated or empty run.json made `runs list` (every run) and `runs show`/`stop` crash with a
    JSONDecodeError traceback (exit 1); the file is now named as damaged (exit 2) and left as it was."""
    make_run("fine", "completed")
    damaged = make_run("broken", "completed")
    damaged.info.write_text('{"name": "broken", "status": "compl', encoding="utf-8")
    listing = runner.invoke(app, ["runs", "list"], terminal_width=200)
    assert listing.exit_code == 0, listing.output
    assert "fine" in listing.output and "completed" in listing.output
    assert "│ broken │ damaged" in listing.output.replace("  ", " ").replace("  ", " ")
    assert f"run broken: {damaged.info} is damaged, not a JSON object" in listing.output.replace("\n", "")
    for words in (["runs", "show", "broken"], ["runs", "stop", "broken"]):
        result = runner.invoke(app, words)
        assert isinstance(result.exception, BrewError), result.exception  # the CLI's one line, exit 2
        assert str(result.exception).startswith(f"run broken: {damaged.info} is damaged, not a JSON object (")
    assert damaged.info.read_text(encoding="utf-8") == '{"name": "broken", "status": "compl'  # untouched
    assert not damaged.stop_flag.exists()


def test_metrics_lines_that_are_not_utf8_or_not_objects_are_skipped_not_fatal() -> None:
    """Bytes that are not UTF-8 in metrics.jsonl (a damaged disk block) made `runs show` die with a
    UnicodeDecodeError and a JSON line that is not an object with an AttributeError; both are skipped."""
    run = make_run("scratched", "completed", steps=2)
    with run.metrics.open("ab") as fh:
        fh.write(b"\xff\xfe\x00garbage\n[1, 2]\n")
    run.append_metric({"event": "train", "step": 3, "loss": 0.5})
    assert [r["step"] for r in run.read_metrics() if r["event"] == "train"] == [1, 2, 3]
    result = runner.invoke(app, ["runs", "show", "scratched"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "last loss: 0.5000" in result.output
