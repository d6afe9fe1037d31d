"""Several processes: DDP on CPU matches one process with the same global batch; presets write their files.

Equivalence: 2 processes x per-device batch 2 against 1 process x batch 4, same seed, same data order
(accelerate shards each global batch across ranks), LoRA dropout off. Per-step training losses must agree
within 1e-4 absolute, and so must the gradient norms (float32, gloo all-reduce; measured
differences are ~1e-6). Without the all-reduce (the bug `trainer.allow_ddp_wrap` fixes) step-1 grad
norms differ by ~6%.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.config import RunConfig, load_config, shipped_configs
from basementbrew.errors import BrewError
from basementbrew.runs import RunDir, new_run
from basementbrew.training import launch

STEPS = 4
TOLERANCE = 1e-4
QUICKSTART = shipped_configs()["quickstart.yaml"]


def _config(model: Path, batch: int, name: str, *extra: str) -> RunConfig:
    # the tiny llama carries the SmolLM2 (chatml) tokenizer, so it trains under the smollm2 registry entry
    return load_config(QUICKSTART, [
        f"model.path={model}", f"run_name={name}", f"training.batch_size={batch}", f"training.max_steps={STEPS}",
        "training.learning_rate=1e-2", "training.warmup_ratio=0", "lora.dropout=0", "data.max_train_examples=64",
        "data.max_eval_examples=4", "training.eval_steps=null", "training.sample_max_new_tokens=1", *extra])


def _train_losses(run: RunDir) -> list[tuple[float, float]]:
    """(loss, grad norm) per logged step: the grad norm shows the gradients were all-reduced, not per rank."""
    records = [json.loads(line) for line in run.metrics.read_text().splitlines() if line.strip()]
    return [(r["loss"], r["grad_norm"]) for r in records if r["event"] == "train" and "loss" in r]


def test_ddp_two_processes_matches_one_process(tiny_models: dict[str, Path]) -> None:
    from basementbrew.training.trainer import train

    model = tiny_models["llama-3.1-8b"]
    ddp = launch.launch(_config(model, 2, "ddp"), launch.Cluster(num_processes=2), log=lambda m: None)
    single = train(_config(model, 4, "single"), log=lambda m: None)

    info = ddp.read_info()
    assert info["status"] == "completed" and info["launch"]["num_processes"] == 2
    assert (ddp.path / "accelerate_config.yaml").is_file() and (ddp.adapter / "adapter_model.safetensors").is_file()
    ddp_losses, single_losses = _train_losses(ddp), _train_losses(single)
    assert len(ddp_losses) == len(single_losses) == STEPS  # rank 1 wrote no duplicate records
    for step, (a, b) in enumerate(zip(ddp_losses, single_losses, strict=True), 1):
        assert abs(a[0] - b[0]) <= TOLERANCE, f"step {step}: DDP loss {a[0]} vs single-process {b[0]}"
        assert abs(a[1] - b[1]) <= TOLERANCE, f"step {step}: DDP grad norm {a[1]} vs single-process {b[1]}"
    assert ddp_losses[-1][0] < ddp_losses[0][0]  # it trained


@pytest.mark.parametrize("stage", [2, 3])
def test_deepspeed_preset_writes_config_then_asks_to_install(stage: int) -> None:
    from accelerate.commands.config.config_args import load_config_from_file
    from accelerate.utils.deepspeed import HfDeepSpeedConfig

    config = RunConfig(training={"distributed": f"deepspeed_zero{stage}", "batch_size": 3,
                                 "gradient_accumulation": 2, "max_grad_norm": 0.5})
    run = new_run(config)
    with pytest.raises(BrewError, match="pip install deepspeed"):
        launch.launch(config, launch.Cluster(num_processes=2), run=run, log=lambda m: None)
    ds = json.loads((run.path / "ds_config.json").read_text())
    assert HfDeepSpeedConfig(ds).is_zero3() is (stage == 3)
    assert ds["train_micro_batch_size_per_gpu"] == 3 and ds["gradient_accumulation_steps"] == 2
    assert ds["gradient_clipping"] == 0.5 and ds["train_batch_size"] == "auto"
    acc = load_config_from_file(str(run.path / "accelerate_config.yaml"))  # accelerate's own parser
    assert acc.distributed_type == "DEEPSPEED" and acc.num_processes == 2
    assert acc.deepspeed_config["deepspeed_config_file"] == str(run.path / "ds_config.json")


def test_fsdp_preset_wraps_decoder_layers_and_needs_gpus() -> None:
    from accelerate.commands.config.config_args import load_config_from_file

    config = RunConfig(model={"name": "gpt-oss-20b"}, training={"distributed": "fsdp"},
                       hardware={"device": "cpu"})
    run = new_run(config)
    with pytest.raises(BrewError, match="needs CUDA GPUs"):
        launch.launch(config, launch.Cluster(num_processes=2), run=run, log=lambda m: None)
    acc = load_config_from_file(str(run.path / "accelerate_config.yaml"))
    assert acc.distributed_type == "FSDP"
    assert acc.fsdp_config["fsdp_transformer_layer_cls_to_wrap"] == "GptOssDecoderLayer"


def test_multi_node_needs_main_ip() -> None:
    with pytest.raises(BrewError, match="main-process-ip"):
        launch.launch(RunConfig(), launch.Cluster(num_processes=4, num_machines=2), log=lambda m: None)
    with pytest.raises(BrewError, match="multiple of --num-machines"):
        launch.launch(RunConfig(), launch.Cluster(num_processes=3, num_machines=2), log=lambda m: None)


def test_ddp_stop_then_resume_is_planned_once_and_finishes(tiny_models: dict[str, Path]) -> None:
    """A 2-process run stopped by a STOP file (ranks agree through an all-reduce) resumes under 2 processes:
    the launcher plans the resume once and every rank loads the checkpoint it chose."""
    config = _config(tiny_models["llama-3.1-8b"], 2, "ddp-stop", "training.save_steps=1")
    run = new_run(config)
    (run.path / "STOP").write_text("stop after the first step\n")
    launch.launch(config, launch.Cluster(num_processes=2), run=run, log=lambda m: None)
    assert run.read_info()["status"] == "stopped"
    assert (run.checkpoints / "checkpoint-1" / "brew_complete.json").is_file()

    messages: list[str] = []
    launch.launch(config, launch.Cluster(num_processes=2), run=run, resume=True, log=messages.append)
    info = run.read_info()
    assert info["status"] == "completed" and info["global_step"] == STEPS
    assert sum("resuming from checkpoint-1" in m for m in messages) == 1  # planned once, by the launcher
    assert [step for step, _ in enumerate(_train_losses(run), 1)] == list(range(1, STEPS + 1))
