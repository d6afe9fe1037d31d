"""Several processes, several GPUs, several machines: `basementbrew train CONFIG --num-processes N`.

The launcher creates the run directory *before* any worker starts, writes the generated accelerate config
(and, for the DeepSpeed presets, ``ds_config.json``) into it, and starts ``accelerate launch`` as a
subprocess running this module as the worker. Every worker gets the same run directory through
``BREW_RUN_DIR``, so all processes train one run; only global rank 0 writes run files (the others get a
:class:`QuietRunDir` whose writes are no-ops, and the Trainer itself saves on the main process only).

Presets (``training.distributed``): ``ddp`` (default; on CPU over gloo), ``fsdp`` (FSDP2, full-shard,
wrapping each decoder layer), ``deepspeed_zero2`` / ``deepspeed_zero3`` (DeepSpeed must be installed).

Multi-node: run the same command on every machine, with the same config and ``--num-processes`` set to
the *total* number of processes, plus ``--num-machines M --machine-rank R --main-process-ip IP`` (and
``--main-process-port`` when the default 29500 is taken); the run directory of machine 0 is the one that
fills up. This is what ``accelerate launch --num_machines M --machine_rank R --main_process_ip IP`` does.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from basementbrew.config import RunConfig
from basementbrew.errors import BrewError
from basementbrew.runs import RunDir

RUN_DIR_ENV = "BREW_RUN_DIR"
RESUME_ENV = "BREW_RESUME_FROM"  # the checkpoint the launcher chose (empty: from step 0)
ACCELERATE_FILE = "accelerate_config.yaml"
DEEPSPEED_FILE = "ds_config.json"
DEEPSPEED_HINT = "pip install deepspeed  (needs a CUDA toolkit; see https://www.deepspeed.ai/tutorials/advanced-install/)"
DECODER_LAYERS = {"llama": "LlamaDecoderLayer", "mistral": "MistralDecoderLayer",
                  "mixtral": "MixtralDecoderLayer", "gpt_oss": "GptOssDecoderLayer"}


@dataclass(frozen=True)
class Cluster:
    """Where the processes run: `num_processes` is the total over all machines."""

    num_processes: int = 1
    num_machines: int = 1
    machine_rank: int = 0
    main_process_ip: str | None = None
    main_process_port: int | None = None


class QuietRunDir(RunDir):
    """The run directory as seen by ranks other than 0: reads work, writes are dropped."""

    def update_info(self, **fields: Any) -> dict[str, Any]:
        return self.read_info() | fields

    def append_metric(self, record: dict[str, Any]) -> None:
        return None


def deepspeed_config(config: RunConfig, stage: int) -> dict[str, Any]:
    """A ZeRO-2/3 config; "auto" fields are filled by the HF Trainer from the same training arguments."""
    t = config.training
    zero: dict[str, Any] = {"stage": stage, "overlap_comm": True, "contiguous_gradients": True,
                            "reduce_bucket_size": "auto"}
    if stage == 3:
        zero |= {"stage3_prefetch_bucket_size": "auto", "stage3_param_persistence_threshold": "auto",
                 "stage3_gather_16bit_weights_on_model_save": True}  # a full adapter at save time
    return {
        "train_micro_batch_size_per_gpu": t.batch_size,
        "gradient_accumulation_steps": t.gradient_accumulation,
        "train_batch_size": "auto",
        "gradient_clipping": t.max_grad_norm,
        "bf16": {"enabled": "auto"},
        "fp16": {"enabled": "auto"},
        "zero_optimization": zero,
        "steps_per_print": 2**31 - 1,  # our callbacks log; keep DeepSpeed quiet
        "wall_clock_breakdown": False,
    }


def accelerate_config(config: RunConfig, cluster: Cluster, device: str, ds_path: Path | None) -> dict[str, Any]:
    """The accelerate config file contents for this run and preset."""
    from basementbrew.models.registry import get_spec

    preset = config.training.distributed
    port = cluster.main_process_port or (29500 if cluster.num_machines > 1 else _free_port())
    out: dict[str, Any] = {
        "compute_environment": "LOCAL_MACHINE",
        # MULTI_GPU picks accelerate's torchrun launcher; on CPU the workers still run on CPU (gloo),
        # because the trainer passes use_cpu (accelerate's own CPU mode would need mpirun)
        "distributed_type": "MULTI_GPU",
        "num_processes": cluster.num_processes,
        "num_machines": cluster.num_machines,
        "machine_rank": cluster.machine_rank,
        "main_process_ip": cluster.main_process_ip or "127.0.0.1",
        "main_process_port": port,
        "rdzv_backend": "static",
        "same_network": True,
        "mixed_precision": "no",  # precision comes from the trainer arguments (bf16 on GPU)
        "use_cpu": False,
        "gpu_ids": "all",
        "debug": False,
    }
    if preset == "fsdp":
        out["distributed_type"] = "FSDP"
        out["fsdp_config"] = {
            "fsdp_version": 2,
            "fsdp_auto_wrap_policy": "TRANSFORMER_BASED_WRAP",
            "fsdp_transformer_layer_cls_to_wrap": DECODER_LAYERS[get_spec(config.model.name).architecture],
            "fsdp_reshard_after_forward": True,
            "fsdp_state_dict_type": "FULL_STATE_DICT",  # the adapter is saved whole by rank 0
            "fsdp_cpu_ram_efficient_loading": True,
            "fsdp_offload_params": False,
            "fsdp_activation_checkpointing": False,
        }
    elif preset.startswith("deepspeed"):
        out["distributed_type"] = "DEEPSPEED"
        out["deepspeed_config"] = {"deepspeed_config_file": str(ds_path), "zero3_init_flag": False}
    return out


def write_launch_files(run: RunDir, config: RunConfig, cluster: Cluster, device: str) -> Path:
    """Write accelerate_config.yaml (and ds_config.json) into the run directory; returns the accelerate file."""
    from basementbrew.workspace import atomic_write_text

    ds_path = None
    preset = config.training.distributed
    if preset.startswith("deepspeed"):
        ds_path = run.path / DEEPSPEED_FILE
        atomic_write_text(ds_path, json.dumps(deepspeed_config(config, int(preset[-1])), indent=2))
    acc = run.path / ACCELERATE_FILE
    header = f"# generated by basementbrew for run {run.name} (training.distributed={preset})\n"
    atomic_write_text(acc, header + yaml.safe_dump(accelerate_config(config, cluster, device, ds_path),
                                                   sort_keys=False))
    return acc


def launch_command(accelerate_file: Path, resume: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--config_file", str(accelerate_file),
           "-m", "basementbrew.training.launch"]
    return cmd + (["--resume"] if resume else [])


def check_launchable(config: RunConfig, cluster: Cluster, device: str) -> None:
    """Refuse what cannot start, after the config files are written (so they can be inspected or reused)."""
    preset = config.training.distributed
    if preset.startswith("deepspeed") and importlib.util.find_spec("deepspeed") is None:
        raise BrewError(f"training.distributed={preset} needs DeepSpeed, which is not installed: {DEEPSPEED_HINT}. "
                        "Or set training.distributed=ddp")
    if device == "cpu" and preset != "ddp":
        raise BrewError(f"training.distributed={preset} needs CUDA GPUs; on CPU use training.distributed=ddp")
    if device == "cuda":
        import torch

        local = cluster.num_processes // cluster.num_machines
        if local > torch.cuda.device_count():
            raise BrewError(f"{local} processes per machine but {torch.cuda.device_count()} GPUs are visible; "
                            "lower --num-processes")


def check_cluster(cluster: Cluster) -> None:
    """Launch options that cannot work together, refused before anything loads (``train`` calls it first): a
    forgotten ``--num-machines`` must not turn machine 1 of 2 into a lone single-process run of its own."""
    n, rank, port = cluster.num_machines, cluster.machine_rank, cluster.main_process_port
    if cluster.num_processes < 1 or n < 1 or cluster.num_processes % n:
        raise BrewError("--num-processes must be a positive multiple of --num-machines (it counts all machines)")
    if rank >= n:
        raise BrewError(f"--machine-rank {rank} is not one of the {n} machine(s) (0 to {n - 1}); with several "
                        "machines give --num-machines too, the same on every machine")
    if n > 1 and not cluster.main_process_ip:
        raise BrewError("several machines need --main-process-ip (the address of machine 0)")
    if port is not None and not 1 <= port <= 65535:
        raise BrewError(f"--main-process-port {port} is not a TCP port; give one from 1 to 65535 (29500 is the "
                        "default)")


def needs_launcher(config: RunConfig, cluster: Cluster) -> bool:
    """Whether this training must go through ``accelerate launch`` (several processes or machines, or a
    non-DDP preset); one process with DDP settings trains in this process."""
    return cluster.num_processes > 1 or cluster.num_machines > 1 or config.training.distributed != "ddp"


def launch(config: RunConfig, cluster: Cluster, *, run: RunDir | None = None, resume: bool = False,
           log: Any = print) -> RunDir:
    """Create (or reuse) the run directory, write the launch files, and run the workers to completion. A launch
    that cannot start is refused before a new run directory is made (a given run gets the files written first)."""
    from basementbrew.models.loading import pick_device
    from basementbrew.runs import new_run

    check_cluster(cluster)
    device = pick_device(config.hardware.device)
    resume_from: Path | None = None
    if resume and run is not None:
        # Decide the resume once, here, before any worker exists: plan_resume deletes abandoned checkpoints
        # and rewrites metrics, which several ranks must not do at the same time.
        from basementbrew.training.checkpoints import plan_resume

        config, resume_from = plan_resume(run, [], log)
    if run is None:  # refused before a run folder exists: a retry keeps its run_name, `runs list` no husk
        check_launchable(config, cluster, device)
        run = new_run(config)
    acc = write_launch_files(run, config, cluster, device)
    check_launchable(config, cluster, device)
    cmd = launch_command(acc, resume)
    run.update_info(launch={"command": cmd, "num_processes": cluster.num_processes,
                            "num_machines": cluster.num_machines, "distributed": config.training.distributed})
    log(f"launching {cluster.num_processes} processes ({config.training.distributed}) for run {run.path}")
    env = os.environ | {RUN_DIR_ENV: str(run.path), RESUME_ENV: str(resume_from) if resume_from else ""}
    if device == "cpu":
        env.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // cluster.num_processes)))
    proc = subprocess.run(cmd, env=env, check=False)
    if proc.returncode != 0:
        raise BrewError(f"the training processes exited with code {proc.returncode}; see their output above "
                        f"and {run.info}")
    return run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(argv: list[str] | None = None) -> None:
    """One training process under `accelerate launch`: train the run named by BREW_RUN_DIR."""
    from basementbrew.training import trainer

    args = argparse.ArgumentParser(prog="basementbrew-worker")
    args.add_argument("--resume", action="store_true")
    opts = args.parse_args(argv)
    path = os.environ.get(RUN_DIR_ENV)
    if not path:
        raise SystemExit(f"{RUN_DIR_ENV} is not set; start training with `basementbrew train CONFIG --num-processes N`")
    rank = int(os.environ.get("RANK", "0"))
    run = RunDir(Path(path)) if rank == 0 else QuietRunDir(Path(path))
    log = print if rank == 0 else (lambda msg: None)
    if opts.resume:  # the launcher already ran plan_resume; every rank loads the checkpoint it chose
        ckpt = os.environ.get(RESUME_ENV) or None
        trainer.train(run.load_config(), run=run, log=log, resume_from=Path(ckpt) if ckpt else None)
    else:
        trainer.train(run.load_config(), run=run, log=log)
    _leave_process_group()


def _leave_process_group() -> None:
    """After a successful run, leave the process group together: a rank exiting while gloo's threads still
    run can abort ("terminate called without an active exception") and fail the whole launch. Not done on
    an error, where waiting at a barrier for ranks stuck in another collective would hang."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


if __name__ == "__main__":
    try:
        worker()
    except BrewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
