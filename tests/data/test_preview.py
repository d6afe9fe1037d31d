"""`data preview` shows exactly what SFTTrainer trains on, and training refuses the two silent failures:
no token carries loss (answers truncated away) and a chat template that never emits end-of-turn."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.config import RunConfig
from basementbrew.errors import BrewError

NO_EOT_TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}\n{% endfor %}"
                   "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def tiny(model: Path, **data) -> RunConfig:
    return RunConfig.model_validate({
        "run_name": "preview",
        "model": {"name": "smollm2-135m", "path": str(model)},
        "data": {"max_seq_length": 96, "max_train_examples": 12, "max_eval_examples": 2,
                 "system_prompt": "You are BrewBot.", **data},
        "training": {"batch_size": 2, "max_steps": 1, "sample_max_new_tokens": 2},
    })


@pytest.fixture
def no_eot_model(tiny_models: dict[str, Path], tmp_path: Path) -> Path:
    """The tiny Llama with a chatml-like template that drops <|im_end|> after each turn."""
    folder = tmp_path / "no-eot"
    shutil.copytree(tiny_models["llama-3.1-8b"], folder)
    (folder / "chat_template.jinja").write_text(NO_EOT_TEMPLATE)
    return folder


def test_preview_labels_equal_sft_trainer_labels(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    from trl import SFTTrainer

    from basementbrew.data.preview import preview
    from basementbrew.models.loading import load_model, load_tokenizer, resolve_source
    from basementbrew.models.registry import get_spec
    from basementbrew.runs import RunDir
    from basementbrew.training.setup import load_datasets, lora_config, sft_args

    config = tiny(tiny_models["llama-3.1-8b"])
    spec = get_spec(config.model.name)
    shown = preview(config, n=12)
    train_ds, eval_ds, _ = load_datasets(config)
    model, _ = load_model(spec, config.model, config.quantization, "cpu")
    trainer = SFTTrainer(model=model, args=sft_args(config, RunDir(tmp_path), "cpu", spec), train_dataset=train_ds,
                         eval_dataset=eval_ds, processing_class=load_tokenizer(resolve_source(spec, config.model.path)),
                         peft_config=lora_config(config, spec))
    kept = [ex for ex in shown["examples"] if ex.n_trained]  # TRL drops fully masked examples
    assert len(kept) == len(trainer.train_dataset) > 0
    for ex, row in zip(kept, trainer.train_dataset, strict=True):
        assert ex.input_ids == row["input_ids"]
        assert [t if m else -100 for t, m in zip(ex.input_ids, ex.trained, strict=True)] == row["labels"]


def test_preview_cli_marks_trained_tokens_and_passes(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    cfg = tmp_path / "ok.yaml"
    cfg.write_text(yaml.safe_dump(tiny(tiny_models["llama-3.1-8b"], max_seq_length=512).model_dump(mode="json")))
    result = CliRunner().invoke(app, ["data", "preview", str(cfg), "--n", "1"])
    assert result.exit_code == 0, result.output
    assert "carry loss" in result.output and "ok:" in result.output and "<|im_end|>" in result.output


def test_preview_cli_flags_missing_end_of_turn(no_eot_model: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(yaml.safe_dump(tiny(no_eot_model).model_dump(mode="json")))
    result = CliRunner().invoke(app, ["data", "preview", str(cfg), "--n", "1"])
    assert result.exit_code == 1
    assert "the template never emits it" in result.output


def test_training_refuses_a_template_without_end_of_turn(no_eot_model: Path) -> None:
    from basementbrew.training.trainer import train

    with pytest.raises(BrewError, match="never puts the end-of-turn token"):
        train(tiny(no_eot_model), log=lambda m: None)
    from basementbrew.runs import find_run

    info = find_run("preview").read_info()
    assert info["status"] == "failed" and "end-of-turn" in info["error"]  # the run says why it died


def test_training_refuses_when_answers_are_truncated_away(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    from basementbrew.training.trainer import train

    data = tmp_path / "long_prompts.jsonl"
    prompt = "Please describe in detail " + "the mash schedule and the hop additions " * 10
    data.write_text("".join(json.dumps({"prompt": prompt + str(i), "completion": "Yes."}) + "\n" for i in range(6)))
    config = tiny(tiny_models["llama-3.1-8b"], dataset=str(data), max_seq_length=32, eval_fraction=0.3)
    with pytest.raises(BrewError, match="carries loss"):
        train(config, log=lambda m: None)
