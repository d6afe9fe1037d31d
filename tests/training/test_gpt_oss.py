"""gpt-oss done right: harmony rendering, exact loss masks, expert LoRA that trains, MXFP4 dequantized.

The tiny gpt-oss is built from the real ``GptOssConfig``; its tokenizer is SmolLM2's plus the harmony
special tokens and no chat template, so training must install our harmony template (the real
o200k_harmony tokenizer cannot be fetched offline).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from basementbrew.config import RunConfig, load_config
from basementbrew.data.examples import trainer_rows
from basementbrew.errors import BrewError
from basementbrew.models.architectures import build_random_model, tiny_config
from basementbrew.models.chat_formats import add_harmony_tokens, harmony_messages, render_split
from basementbrew.models.registry import get_spec
from basementbrew.runs import RunDir
from basementbrew.training import checks, setup
from basementbrew.training import trainer as trainer_mod

SPEC = get_spec("gpt-oss-20b")
SYSTEM = ("<|start|>system<|message|>You are ChatGPT, a large language model trained by OpenAI.\n"
          "Knowledge cutoff: 2024-06\n\n")
CHANNELS = "# Valid channels: analysis, commentary, final. Channel must be included for every message.<|end|>"
MISTRAL_TEMPLATE = ("{% for m in messages %}{% if m.role == 'user' or m.role == 'system' %}[INST] {{ m.content }} "
                    "[/INST]{% elif m.role == 'assistant' %}{{ m.content }}</s>{% endif %}{% endfor %}")


def _rows(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        a, b = i % 7 + 2, i % 5 + 3
        rows.append({"messages": [
            {"role": "system", "content": "Answer with the number only."},
            {"role": "user", "content": f"What is {a} times {b}?"},
            {"role": "assistant", "thinking": f"{a} x {b} = {a * b}", "content": str(a * b)},
        ]})
    return rows


@pytest.fixture(scope="module")
def harmony_model(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Path:
    from transformers import AutoTokenizer

    tok = add_harmony_tokens(AutoTokenizer.from_pretrained(embedded_dir))
    tok.chat_template = None  # like a converted tokenizer without a template: training installs ours
    path = build_random_model(SPEC, tmp_path_factory.mktemp("harmony") / "gpt-oss", vocab_size=len(tok))
    tok.save_pretrained(path)
    return path


@pytest.fixture()
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "mult.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _rows(24)) + "\n", encoding="utf-8")
    return path


def _config(model: Path, data: Path, *extra: str) -> RunConfig:
    return load_config(None, ["model.name=gpt-oss-20b", f"model.path={model}", f"data.dataset={data}",
                              "data.max_eval_examples=4",
                              "data.max_seq_length=256", "training.batch_size=4", "training.max_steps=3",
                              "training.learning_rate=1e-2", "training.warmup_ratio=0", "lora.r=4",
                              "lora.dropout=0", "training.sample_max_new_tokens=4", *extra])


def _tokenizer(model: Path):
    from basementbrew.models.chat_formats import ensure_chat_template
    from basementbrew.models.loading import load_tokenizer, resolve_source

    tok = load_tokenizer(resolve_source(SPEC, str(model)))
    assert ensure_chat_template(tok, SPEC) == "installed"
    return tok


def test_harmony_render_system_developer_reasoning_and_channels(harmony_model: Path) -> None:
    tok = _tokenizer(harmony_model)
    msgs = harmony_messages([
        {"role": "system", "content": "Be brief."}, {"role": "developer", "content": "Use metric units."},
        {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello", "thinking": "greet"},
        {"role": "user", "content": "2+2?"}, {"role": "assistant", "content": "4", "reasoning": "add"},
    ], "test")
    prompt, completion = render_split(tok, msgs[:-1], msgs[-1], reasoning_effort="low")
    assert prompt == (
        SYSTEM + "Reasoning: low\n\n" + CHANNELS
        + "<|start|>developer<|message|># Instructions\n\nBe brief.\n\nUse metric units.\n\n<|end|>"
        + "<|start|>user<|message|>Hi<|end|>"
        + "<|start|>assistant<|channel|>final<|message|>Hello<|end|>"  # earlier analysis is dropped
        + "<|start|>user<|message|>2+2?<|end|>"
        + "<|start|>assistant<|channel|>analysis<|message|>add<|end|><|start|>assistant"
    )
    assert completion == "<|channel|>final<|message|>4<|return|>"
    generation = tok.apply_chat_template(msgs[:-1], add_generation_prompt=True, tokenize=False)
    assert "Reasoning: medium" in generation and generation.endswith("<|end|><|start|>assistant")


@pytest.mark.parametrize("on_reasoning", [False, True])
def test_exact_token_masks(harmony_model: Path, dataset: Path, tmp_path: Path, on_reasoning: bool) -> None:
    from transformers import AutoModelForCausalLM
    from trl import SFTTrainer

    config = _config(harmony_model, dataset, f"data.train_on_reasoning={str(on_reasoning).lower()}",
                     "data.reasoning_effort=high")
    tok = _tokenizer(harmony_model)
    train_ds, _, _ = setup.load_datasets(config)
    trainer = SFTTrainer(model=AutoModelForCausalLM.from_pretrained(harmony_model),
                         args=setup.sft_args(config, RunDir(tmp_path), "cpu", SPEC),
                         train_dataset=trainer_rows(train_ds, tok, SPEC, config.data),
                         processing_class=tok, peft_config=setup.lora_config(config, SPEC))
    row = trainer.train_dataset[0]
    text = tok.decode(row["input_ids"])
    a, b = map(int, re.search(r"What is (\d+) times (\d+)\?", text).groups())
    trained = [t for t in row["labels"] if t != -100]
    final = f"<|channel|>final<|message|>{a * b}<|return|>"
    analysis = f"<|channel|>analysis<|message|>{a} x {b} = {a * b}<|end|><|start|>assistant"
    expected = tok(analysis + final if on_reasoning else final, add_special_tokens=False)["input_ids"]
    assert trained == expected
    n_masked = len(row["input_ids"]) - len(expected)
    assert row["labels"][:n_masked] == [-100] * n_masked and row["labels"][n_masked:] == expected
    assert "Reasoning: high" in text and "# Instructions\n\nAnswer with the number only." in text
    assert text.endswith(f"<|start|>user<|message|>What is {a} times {b}?<|end|><|start|>assistant" + analysis + final)
    assert checks.check_masking(trainer, tok, SPEC)["ending_in_eot"] > 0
    from basementbrew.data.preview import preview

    shown = preview(config, n=1)["examples"][0]  # `basementbrew data preview` shows exactly these masks
    assert shown.input_ids == row["input_ids"]
    assert [t for t, m in zip(shown.input_ids, shown.trained, strict=True) if m] == expected


def _keep_model(monkeypatch: pytest.MonkeyPatch) -> dict:
    """The real loader, keeping a handle on the model so the test can inspect it after training."""
    kept: dict = {}
    real = trainer_mod.load_model

    def load_and_keep(*args, **kwargs):
        kept["model"], source = real(*args, **kwargs)
        return kept["model"], source

    monkeypatch.setattr(trainer_mod, "load_model", load_and_keep)
    return kept


def _assert_experts_trained_base_identical(run: RunDir, model_dir: Path, model) -> dict:
    info = run.read_info()
    assert info["status"] == "completed"
    parts = info["trainable_by_part"]
    assert parts["experts"] > 0 and parts["attention"] > 0
    adapter = load_file(run.adapter / "adapter_model.safetensors")
    expert_b = {k: v for k, v in adapter.items() if ".experts." in k and "lora_B" in k}
    assert len(expert_b) == 2 * 2  # gate_up + down, 2 layers
    assert all(v.abs().max() > 0 for v in expert_b.values())  # lora_B starts at zero: these were trained
    from transformers import AutoModelForCausalLM

    base = dict(AutoModelForCausalLM.from_pretrained(model_dir).named_parameters())  # fresh copy from disk
    trained = {k.replace("base_model.model.", "").replace(".base_layer", ""): v
               for k, v in model.named_parameters() if "lora_" not in k}
    assert set(trained) == set(base)
    for key, value in base.items():
        assert torch.equal(trained[key].detach(), value.detach()), key  # bit-identical after training
    return info


def test_train_tiny_gpt_oss_trains_experts(harmony_model: Path, dataset: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _keep_model(monkeypatch)
    logs: list[str] = []
    run = trainer_mod.train(_config(harmony_model, dataset), log=logs.append)
    _assert_experts_trained_base_identical(run, harmony_model, kept["model"])
    assert any("experts" in m and "attention" in m and "trainable parameters" in m for m in logs)
    assert any("installed the harmony template" in m for m in logs)
    assert "<|channel|>final" in (run.tokenizer / "chat_template.jinja").read_text()


def test_train_tiny_mixtral_trains_experts(tiny_models: dict[str, Path], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from transformers import AutoTokenizer

    model_dir = tmp_path / "mixtral"
    tok = AutoTokenizer.from_pretrained(tiny_models["mixtral-8x7b"])
    tok.add_special_tokens({"additional_special_tokens": ["</s>"]})
    tok.chat_template = MISTRAL_TEMPLATE
    build_random_model(get_spec("mixtral-8x7b"), model_dir, vocab_size=len(tok))
    tok.save_pretrained(model_dir)
    data = tmp_path / "mult.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in _rows(24)) + "\n", encoding="utf-8")
    kept = _keep_model(monkeypatch)
    config = _config(model_dir, data, "model.name=mixtral-8x7b")
    run = trainer_mod.train(config, log=lambda m: None)
    _assert_experts_trained_base_identical(run, model_dir, kept["model"])


def test_refuses_moe_without_expert_lora() -> None:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = get_peft_model(AutoModelForCausalLM.from_config(tiny_config(SPEC)),
                           LoraConfig(r=4, target_modules=["q_proj", "v_proj"]))
    with pytest.raises(BrewError, match="experts would not be trained"):
        checks.check_trainable(model, RunConfig(model={"name": "gpt-oss-20b"}), SPEC)
    opted_out = RunConfig(model={"name": "gpt-oss-20b"}, lora={"target_parameters": []})
    assert checks.check_trainable(model, opted_out, SPEC)["experts"] == 0


def test_local_mxfp4_checkpoint_is_dequantized(tmp_path: Path) -> None:
    from transformers.integrations.mxfp4 import convert_moe_packed_tensors

    from basementbrew.config import ModelConfig
    from basementbrew.models.loading import is_mxfp4_checkpoint, load_model, resolve_source

    folder = build_random_model(SPEC, tmp_path / "mxfp4", vocab_size=512)
    weights = load_file(folder / "model.safetensors")
    gen, expected = torch.Generator().manual_seed(0), {}
    for key in [k for k in weights if k.endswith(("experts.gate_up_proj", "experts.down_proj"))]:
        experts, rows, cols = weights.pop(key).shape
        blocks = torch.randint(0, 256, (experts, cols, rows // 32, 16), dtype=torch.uint8, generator=gen)
        scales = torch.full((experts, cols, rows // 32), 127, dtype=torch.uint8)  # 2^0
        weights |= {key + "_blocks": blocks, key + "_scales": scales}
        expected[key] = convert_moe_packed_tensors(blocks, scales, dtype=torch.float32)
    save_file(weights, folder / "model.safetensors", metadata={"format": "pt"})
    config = json.loads((folder / "config.json").read_text())
    config["quantization_config"] = {"quant_method": "mxfp4", "modules_to_not_convert": [
        "model.layers.*.self_attn", "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"]}
    (folder / "config.json").write_text(json.dumps(config))

    assert is_mxfp4_checkpoint(SPEC, resolve_source(SPEC, str(folder)))
    model, _ = load_model(SPEC, ModelConfig(name="gpt-oss-20b", path=str(folder), dtype="float32"))
    for key, value in expected.items():
        param = model.get_parameter(key)
        assert param.dtype == torch.float32 and torch.equal(param, value), key


def test_heldout_loss_equals_trainer_evaluate_with_thinking(harmony_model: Path, dataset: Path,
                                                            tmp_path: Path) -> None:
    """`basementbrew eval` counts exactly the tokens training puts loss on: for harmony data with `thinking`,
    the final channel only (the old evaluation path also counted the analysis tokens)."""
    from transformers import AutoModelForCausalLM

    from basementbrew.data.examples import tokenize_example
    from basementbrew.evaluation.heldout import heldout_loss
    from basementbrew.models.generation import LoadedModel, stop_ids

    config = _config(harmony_model, dataset, "data.max_eval_examples=4", "training.batch_size=4")
    tok = _tokenizer(harmony_model)
    train_ds, eval_ds, _ = setup.load_datasets(config)
    model = AutoModelForCausalLM.from_pretrained(harmony_model)
    trainer = setup.sft_trainer_class("cpu")(
        model=model, args=setup.sft_args(config, RunDir(tmp_path), "cpu", SPEC),
        train_dataset=trainer_rows(train_ds, tok, SPEC, config.data),
        eval_dataset=trainer_rows(eval_ds, tok, SPEC, config.data), processing_class=tok)
    trainer.model.config.output_router_logits = False  # compare the LM loss: no load-balancing term
    expected = trainer.evaluate()["eval_loss"]  # one batch: the token-weighted mean
    lm = LoadedModel(trainer.model, tok, SPEC, stop_ids(tok, SPEC), name="tiny")
    rows = [eval_ds[i] for i in range(len(eval_ds))]
    got = heldout_loss(lm, rows, config.data.max_seq_length, batch_size=4, data=config.data)
    assert got["loss"] == pytest.approx(expected, abs=1e-4)
    # what evaluation measured before: the template's own rendering, analysis tokens counted too
    old = [tokenize_example(tok, r, config.data.max_seq_length) for r in rows]
    assert sum(sum(m) for _, m in old) > got["answer_tokens"]
    print(f"trainer {expected:.6f} eval {got['loss']:.6f} tokens {got['answer_tokens']} old-path tokens "
          f"{sum(sum(m) for _, m in old)}")
