"""report.md of finished runs, written through RunDir as the trainer writes them (no training: the report of a
real tiny DPO run is checked in tests/training/test_preference.py).

A preference run's loss is the DPO/ORPO/KTO objective: its exp() is no perplexity (exp(0.693) = 2.00 means
nothing), so its report shows the method's loss without a perplexity column; SFT keeps perplexity."""

from __future__ import annotations

from basementbrew.config import RunConfig
from basementbrew.runs import RunDir, new_run
from basementbrew.training.report import write_report


def _finished(name: str, method: str, before: dict, after: dict) -> RunDir:
    run = new_run(RunConfig(run_name=name))
    for step in (1, 2):
        run.append_metric({"event": "train", "step": step, "loss": 0.7 - step / 10, "learning_rate": 1e-3,
                           "tokens_per_s": 100.0, "elapsed_s": step, "peak_rss_mb": 500.0})
    run.append_metric({"event": "eval", "step": 2, "eval_loss": after["eval_loss"]})
    sample = [{"prompt": "OG 1.060, FG 1.012?", "output": "About 6.3%."}]
    run.update_info(status="completed", method=method, dataset="votes@v1", global_step=2, train_loss=0.6,
                    before={**before, "samples": sample}, after={**after, "samples": sample})
    write_report(run, run.read_info())
    return run


def test_a_preference_run_report_has_no_perplexity_column() -> None:
    pref = {"accuracy": 0.25, "mean_logp_margin": -3.2, "pairs": 4}
    dpo = _finished("dpo", "dpo", {"eval_loss": 0.693, "eval_perplexity": 2.0, "preference": pref},
                    {"eval_loss": 0.41, "eval_perplexity": 1.51, "preference": {**pref, "accuracy": 1.0}})
    report = dpo.report.read_text(encoding="utf-8")
    assert "perplexity |" not in report and "| 2.00 |" not in report, report
    assert "| | held-out dpo loss | exact-answer accuracy |" in report
    assert "| before | 0.6930 | - |" in report and "| after | 0.4100 | - |" in report
    assert "the dpo objective, not a language-model loss, so it has no perplexity" in report
    assert "| after | 1.000 | -3.20 | 4 |" in report  # the preference section's accuracy table is still there

    kto = _finished("kto", "kto", {"eval_loss": 0.5, "eval_perplexity": 1.65, "preference": None},
                    {"eval_loss": 0.4, "eval_perplexity": 1.49, "preference": None})
    report = kto.report.read_text(encoding="utf-8")
    assert "perplexity |" not in report and "| | held-out kto loss | exact-answer accuracy |" in report
    assert "no held-out pairs to measure preference accuracy on (thumbs data)" in report


def test_an_sft_run_report_keeps_perplexity() -> None:
    sft = _finished("sft", "sft", {"eval_loss": 3.167, "eval_perplexity": 23.74}, {"eval_loss": 0.024,
                                                                                   "eval_perplexity": 1.02})
    report = sft.report.read_text(encoding="utf-8")
    assert "| | held-out loss | perplexity | exact-answer accuracy |" in report
    assert "| before | 3.1670 | 23.74 | - |" in report and "| after | 0.0240 | 1.02 | - |" in report
    assert "objective" not in report and "Preference training" not in report
