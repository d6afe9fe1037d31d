"""`basementbrew train` checks what a user can get wrong before anything heavy loads (issue 20): a missing
dataset, a broken line, an unknown run or model is reported without importing the trainer, transformers
or TRL (which take tens of seconds on a small machine), with one line and exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROBE = """
import json, sys
from basementbrew.cli import main
sys.argv = ["basementbrew", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in ("transformers", "trl", "peft", "torch", "basementbrew.training.trainer") if m in sys.modules)
print(json.dumps({"code": code, "heavy": heavy}))
"""


def _probe(args: list[str], home: Path) -> tuple[dict, str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                          timeout=300, env={"BREW_HOME": str(home), "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["train", "quickstart", "--set", "data.dataset=/nope/missing.jsonl"], "not found"),
    (["train", "quickstart", "--set", "data.dataset={broken}"], "broken.jsonl:2: not valid JSON"),
    (["train", "--resume", "no-such-run"], "run 'no-such-run' not found"),
    (["train", "quickstart", "--set", "model.name=gpt-5"], "unknown model 'gpt-5'"),
    (["train", "quickstart", "--set", "model.path=/nope/weights"],  # was refused only after a run folder was made
     "model.path '/nope/weights' is neither an existing folder, a .gguf file, nor a hub id"),
    (["generate", "--model", "smollm2-135m", "--prompt", " "], "--prompt is empty"),  # was answered
    (["train", "quickstart", "--set", "lora.target_modules=[]"],  # silently trained the registry's defaults
     "lora.target_modules: an empty list names no module to train"),
])
def test_bad_inputs_are_refused_before_the_trainer_loads(args: list[str], message: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": [oops\n', encoding="utf-8")
    result, stderr = _probe([a.format(broken=broken) for a in args], tmp_path / "home")
    assert result["code"] == 2 and message in " ".join(stderr.split())
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"


def test_an_unknown_init_adapter_run_names_the_key_the_value_and_the_fix(tmp_path: Path) -> None:
    """`train quickstart --set training.init_adapter=nope` said only "run 'nope' not found; recent runs: none
    yet (run `basementbrew train CONFIG`)", which named neither the key nor that the run must have an adapter."""
    result, stderr = _probe(["train", "quickstart", "--set", "training.init_adapter=nope"], tmp_path / "home")
    said = " ".join(stderr.split())
    assert result["code"] == 2
    assert said.startswith("error: training.init_adapter: run 'nope' not found; set it to a finished run"), said
    assert "`basementbrew runs list`" in said and "remove it" in said
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"


PREFERENCE_FIX = "training.method=dpo|orpo|kto"


@pytest.mark.parametrize("kind", ["stored", "bundled", "file"])
def test_a_preference_dataset_for_sft_names_training_method(kind: str, tmp_path: Path) -> None:
    """`train quickstart --set data.dataset=votes` (a preference dataset, method sft) says what it is and the
    fix, in seconds (was 'cannot tell the format ... expected messages ...' after the model loaded)."""
    home = tmp_path / "home"
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps({"prompt": f"What is {i} + {i}?", "chosen": f"{2 * i}.",
                                         "rejected": f"Maybe {i + 7}?"}) + "\n" for i in range(6)), encoding="utf-8")
    dataset = {"file": str(pairs), "bundled": "bundled:brewing-preference", "stored": "votes"}[kind]
    if kind == "stored":
        subprocess.run([sys.executable, "-c", "import sys; from basementbrew.data import preference; "
                        "preference.import_file(sys.argv[1], 'votes', eval_fraction=0.34)", str(pairs)],
                       check=True, timeout=300, env={"BREW_HOME": str(home), "PATH": "/usr/bin:/bin"})
    result, stderr = _probe(["train", "quickstart", "--set", f"data.dataset={dataset}"], home)
    said = " ".join(stderr.split())
    assert result["code"] == 2 and "this is a preference dataset" in said and PREFERENCE_FIX in said, said
    assert "cannot tell the format" not in said
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"


@pytest.mark.parametrize("kind", ["built", "file"])
def test_plain_text_rows_for_sft_say_what_consumes_them(kind: str, tmp_path: Path) -> None:
    """A data build with output.format: text (continued-pretraining text) given to train was refused with
    'cannot tell the format of a record with keys ['text']', after the model loaded for a built version; now
    one line names plain text and the fix (a synthesize build, or output.format: messages), before anything
    heavy is imported."""
    home = tmp_path / "home"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "web.jsonl").write_text("".join(json.dumps({"text": f"Brew day {i}: mash at 66 degrees for an hour."})
                                           + "\n" for i in range(20)), encoding="utf-8")
    dataset = str(raw / "web.jsonl")
    if kind == "built":
        cfg = tmp_path / "web.yaml"
        cfg.write_text(json.dumps({"name": "web", "input": {"path": str(raw)}, "steps": ["clean"],
                                   "output": {"format": "text", "tokenizer": "words", "eval_fraction": 0}}))
        subprocess.run([sys.executable, "-c", "import sys; from basementbrew.data.processing.workflow import "
                        "build_from_file; from pathlib import Path; build_from_file(Path(sys.argv[1]))", str(cfg)],
                       check=True, timeout=300, env={"BREW_HOME": str(home), "PATH": "/usr/bin:/bin"})
        dataset = "web@v1"
    result, stderr = _probe(["train", "quickstart", "--set", f"data.dataset={dataset}"], home)
    said = " ".join(stderr.split())
    assert result["code"] == 2 and "rows are plain text" in said and "output.format: messages" in said, said
    assert "cannot tell the format" not in said
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"


def test_configs_lists_each_shipped_config_with_its_description(monkeypatch: pytest.MonkeyPatch) -> None:
    """The description is the first comment after the command line and its continuation (dpo.yaml used to
    show 'add --set training.init_adapter=quickstart)', the second line of its command)."""
    from typer.testing import CliRunner

    from basementbrew.cli import app
    from basementbrew.commands import train
    from basementbrew.commands.train import config_about
    from basementbrew.config import shipped_configs

    monkeypatch.setattr(train.console, "width", 300)  # created at import with the terminal's width
    res = CliRunner().invoke(app, ["configs"], terminal_width=300)
    assert res.exit_code == 0, res.output
    lines = {ln.split("  ", 1)[0]: ln.split("  ", 1)[1] for ln in res.output.splitlines() if "  " in ln}
    assert set(lines) == set(shipped_configs())
    assert lines["dpo.yaml"] == "DPO of the embedded SmolLM2-135M-Instruct on the bundled brewing-preference pairs"
    assert lines["quickstart.yaml"].startswith("LoRA fine-tune of the embedded SmolLM2-135M-Instruct")
    assert not any(about.startswith(("add --set", "basementbrew")) or not about for about in lines.values())
    assert config_about("# cmd\n#     more cmd\n# What it does: details\nmodel: {}\n") == "What it does"


THUMBS_FIX = ("rows carry a thumbs label", "this is KTO data", "set training.method=kto",
              "drop the label column to train on every completion")


def _thumbs_file(path: Path) -> Path:
    """What the playground's thumbs export writes: prompt/completion/label, label false = thumbs down."""
    path.write_text("".join(json.dumps({"prompt": f"What is {i} + {i}?", "completion": f"{2 * i}." if i % 2 else
                                        f"Maybe {i + 7}?", "label": bool(i % 2)}) + "\n" for i in range(6)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [
    ["train", "quickstart", "--set", "data.dataset={thumbs}"],
    ["train", "quickstart", "--set", "data.dataset={thumbs}", "--set", "data.format=prompt_completion"],
    ["data", "prepare", "{thumbs}"],
])
def test_a_thumbs_file_is_refused_for_sft(args: list[str], tmp_path: Path) -> None:
    """A thumbs file (prompt/completion/label) given to SFT as a plain path was read as prompt/completion, so
    its thumbs-down answers would have been trained on as good ones (found by an outside probe); now the CLI
    says what it is and the fix, before anything heavy loads."""
    thumbs = _thumbs_file(tmp_path / "thumbs.jsonl")
    result, stderr = _probe([a.format(thumbs=thumbs) for a in args], tmp_path / "home")
    said = " ".join(stderr.split())
    assert result["code"] == 2, said
    assert all(part in said for part in THUMBS_FIX) and f"{thumbs}:1" in said, said
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"
    assert not (tmp_path / "home" / "datasets").exists() or not any((tmp_path / "home" / "datasets").iterdir())


def test_the_same_thumbs_file_still_feeds_kto(tmp_path: Path) -> None:
    """The refusal is SFT's only: with training.method=kto the same file passes the pre-flight check and loads
    as an unpaired preference dataset, labels kept."""
    thumbs = _thumbs_file(tmp_path / "thumbs.jsonl")
    code = ("import json, sys; from basementbrew.data import preference; "
            "preference.check_ref(sys.argv[1], 'kto'); v = preference.resolve(sys.argv[1], 'kto', eval_fraction=0.34); "
            "rows = v.split('train') + v.split('eval'); "
            "print(json.dumps([v.card['kind'], v.card['shape'], sorted(r['label'] for r in rows)]))")
    proc = subprocess.run([sys.executable, "-c", code, str(thumbs)], capture_output=True, text=True, timeout=300,
                          env={"BREW_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == ["preference", "unpaired", [False] * 3 + [True] * 3]


def test_a_train_logged_to_a_file_has_no_redrawn_library_bars(tiny_models: dict[str, Path],
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Not a terminal (a log file, CI, the cockpit's job log): transformers' "Loading weights" and TRL's datasets
    bars ("Tokenizing train dataset") redrew with carriage returns into one long line; our lines stay."""
    from datasets.utils.logging import enable_progress_bar as datasets_bars_on
    from transformers.utils.logging import enable_progress_bar as transformers_bars_on

    from cli_helpers import run_cli

    try:
        code, said = run_cli(["train", "quickstart", "--set", "run_name=quiet", "--set",
                              f"model.path={tiny_models['llama-3.1-8b']}", "--set", "training.max_steps=1",
                              "--set", "data.max_train_examples=2", "--set", "data.max_eval_examples=2",
                              "--set", "data.max_seq_length=48", "--set", "training.sample_max_new_tokens=2",
                              "--set", "training.accuracy_examples=0"], monkeypatch, capsys)
    finally:
        datasets_bars_on()
        transformers_bars_on()
    assert code == 0, said
    assert "Loading weights" not in said and "Tokenizing train dataset" not in said, said
    assert "step 1/1" in said and "held-out loss" in said


def test_resuming_a_completed_run_is_refused_in_a_second_with_a_command_that_trains_longer(tmp_path: Path) -> None:
    """`train --resume done` on a completed run imported the trainer (torch, TRL: 10-20 s here) before saying it
    was complete, and its hint '--set training.num_epochs=N' trained the same 3 steps again for a run that
    stopped at training.max_steps=3. Now refused before the trainer loads, naming training.max_steps; an unsafe
    --set on a resumable run is refused there too."""
    home = tmp_path / "home"
    for name, status in (("done", "completed"), ("halted", "stopped")):
        run = home / "runs" / name
        run.mkdir(parents=True)
        (run / "config.yaml").write_text(
            yaml.safe_dump({"run_name": name, "training": {"max_steps": 3}}), encoding="utf-8")
        (run / "run.json").write_text(json.dumps({"name": name, "status": status, "global_step": 3}), encoding="utf-8")
    result, stderr = _probe(["train", "--resume", "done"], home)
    said = " ".join(stderr.split())
    assert result["code"] == 2 and "run done is complete (3 steps)" in said, said
    assert f"basementbrew train {home / 'runs' / 'done' / 'config.yaml'} --set training.max_steps=N" in said
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"
    result, stderr = _probe(["train", "--resume", "halted", "--set", "training.learning_rate=0.1"], home)
    said = " ".join(stderr.split())
    assert result["code"] == 2 and "these overrides would change it: training.learning_rate" in said, said
    assert result["heavy"] == []


def test_an_unknown_lora_target_module_names_the_models_layers_before_training(
        tiny_models: dict[str, Path], brew_home: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """'train quickstart --set lora.target_modules=[nope_proj]' passed validation, loaded the model and died in
    PEFT with a ValueError traceback (exit 1); with [q_proj, nope_proj] PEFT trained q_proj and dropped the typo
    without a word. Now one line naming the unknown name and the model's layers, exit 2, before any step."""
    from cli_helpers import run_cli

    for n, targets in enumerate(["[nope_proj]", "[q_proj, nope_proj]"]):
        code, said = run_cli(["train", "quickstart", "--set", f"run_name=targets{n}", "--set",
                              f"model.path={tiny_models['llama-3.1-8b']}", "--set", f"lora.target_modules={targets}",
                              "--set", "training.max_steps=1", "--set", "data.max_train_examples=2",
                              "--set", "data.max_eval_examples=2", "--set", "data.max_seq_length=48"],
                             monkeypatch, capsys)
        assert code == 2 and "Traceback" not in said, said
        assert ("lora.target_modules: nope_proj is not a layer of smollm2-135m; its layers LoRA can train are "
                "embed_tokens, q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj, lm_head") in said, said
        assert "fix it and start a new run" in said and "--resume" not in said, said  # a resume reads it again
        metrics = brew_home / "runs" / f"targets{n}" / "metrics.jsonl"
        assert not metrics.exists() or metrics.read_text() == "", "a step or evaluation ran"


def test_the_closing_run_directory_line_is_one_line_in_a_log(tiny_models: dict[str, Path], brew_home: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew train tiny.yaml > log`: rich wrapped the closing 'run directory: /.../runs/tiny (report.md,
    loss.png, metrics.jsonl, adapter/)' at 80 columns, so a long run path was split across two lines."""
    from basementbrew.cli import main

    name = "a-run-name-long-enough-that-its-path-passes-eighty-columns"
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "argv", ["basementbrew", "train", "quickstart", "--set", f"run_name={name}", "--set",
                                      f"model.path={tiny_models['llama-3.1-8b']}", "--set", "training.max_steps=1",
                                      "--set", "data.max_train_examples=2", "--set", "data.max_eval_examples=2",
                                      "--set", "data.max_seq_length=48", "--set", "training.sample_max_new_tokens=2",
                                      "--set", "training.accuracy_examples=0"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 0
    out = capsys.readouterr().out
    path = brew_home / "runs" / name
    assert f"run directory: {path}  (report.md, loss.png, metrics.jsonl, adapter/)\n" in out, out[-600:]


@pytest.mark.parametrize(("args", "message"), [
    # machine 1 of 2 without --num-machines trained a lone single-process run of its own
    (["--machine-rank", "1"], "--machine-rank 1 is not one of the 1 machine(s) (0 to 0)"),
    (["--num-processes", "4", "--num-machines", "2", "--machine-rank", "2", "--main-process-ip", "10.0.0.1"],
     "--machine-rank 2 is not one of the 2 machine(s) (0 to 1)"),
    (["--num-processes", "2", "--main-process-port", "70000"], "--main-process-port 70000 is not a TCP port"),
])
def test_launch_options_that_cannot_work_are_refused_before_anything_loads(args: list[str], message: str,
                                                                           tmp_path: Path) -> None:
    result, stderr = _probe(["train", "quickstart", *args], tmp_path / "home")
    assert result["code"] == 2 and message in " ".join(stderr.split()), stderr
    assert result["heavy"] == []
    assert not list((tmp_path / "home" / "runs").glob("*"))


def test_a_refused_launch_leaves_no_run_folder_and_the_retry_keeps_its_name(tmp_path: Path) -> None:
    """`train quickstart --set training.distributed=fsdp` on CPU was refused only after a run folder was made:
    each try left a 'created' run in `runs list` and the retry with run_name=l1 became l1-2, l1-3."""
    home = tmp_path / "home"
    args = ["train", "quickstart", "--set", "run_name=l1", "--set", "hardware.device=cpu", "--num-processes", "2"]
    for distributed in ("fsdp", "fsdp"):
        result, stderr = _probe([*args, "--set", f"training.distributed={distributed}"], home)
        said = " ".join(stderr.split())
        assert result["code"] == 2 and "training.distributed=fsdp needs CUDA GPUs" in said, said
    assert not list((home / "runs").glob("*"))


@pytest.mark.parametrize(("flag", "expected"), [([], 4), (["--threads", "3"], 3)])
def test_generate_runs_on_half_the_cores_as_serve_and_chat_do(flag: list[str], expected: int,
                                                              monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """`generate` (the line `make demo` prints) ran on torch's default, every core: 541 s for 60 tokens on a
    2-core box at load ~9, 105 s with one thread; serve and chat already used half the cores."""
    import os

    import torch

    from basementbrew.models import generation
    from cli_helpers import run_cli

    seen: list[int] = []
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    monkeypatch.setattr(generation, "load_base", lambda *a, **k: type("LM", (), {"name": "stub"})())
    monkeypatch.setattr(generation, "generate_chat", lambda lm, msgs, **k: seen.append(torch.get_num_threads())
                        or [{"text": "ok", "completion_tokens": 1, "finish_reason": "stop"}])
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        code, said = run_cli(["generate", "--model", "smollm2-135m", "--prompt", "hi", *flag], monkeypatch, capsys)
    finally:
        torch.set_num_threads(before)
    assert code == 0, said
    assert seen == [expected], said


@pytest.mark.parametrize(("omp", "expected"), [(None, 4), ("3", 1)])
def test_training_in_this_process_runs_on_half_the_cores_unless_omp_num_threads_says(
        omp: str | None, expected: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """`make demo` trained on torch's default, every core: on 2 shared cores at load ~9 a quickstart step took
    134 s with 2 threads, 20-29 s with one run beside it (the same losses)."""
    import os

    import torch

    from basementbrew.commands import train as train_cmd
    from basementbrew.training import trainer

    seen: list[int] = []
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    if omp is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", omp)
    monkeypatch.setattr(trainer, "train", lambda config, **k: seen.append(torch.get_num_threads()))
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        train_cmd._run_training(object(), None, [])
    finally:
        torch.set_num_threads(before)
    assert seen == [expected]


def test_generate_reads_a_merged_folder_with_model_path(embedded_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys) -> None:
    """A `merge into-base` folder could be served (serve --model-path) but not tried with `generate`: --run FOLDER
    said 'run not found' and there was no --model-path. Now --model BASE --model-path FOLDER reads it, and a
    --model-path without --model, or one that is not there, is one line before anything loads."""
    from transformers.utils.logging import enable_progress_bar

    from cli_helpers import run_cli

    enable_progress_bar()  # as in a fresh process: an earlier test may have switched the bars off
    code, said = run_cli(["generate", "--model", "smollm2-135m", "--model-path", str(embedded_dir), "--prompt",
                          "Say hi.", "--max-new-tokens", "2"], monkeypatch, capsys)
    assert code == 0 and "smollm2-135m: " in said and "tokens, finish_reason=" in said, said
    assert "Loading weights" not in said  # off a terminal no bar is redrawn into the log (as train and eval)
    code, said = run_cli(["generate", "--model-path", str(embedded_dir), "--prompt", "hi"], monkeypatch, capsys)
    assert code == 2 and "--model-path needs --model" in said, said
    code, said = run_cli(["generate", "--model", "smollm2-135m", "--model-path", "/nonexist/folder", "--prompt",
                          "hi"], monkeypatch, capsys)
    assert code == 2 and "--model-path" in said and "/nonexist/folder" in said and "Traceback" not in said, said
