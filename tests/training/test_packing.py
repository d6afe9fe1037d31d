"""Padding-free packing changes the speed, never the loss: per-example losses match the examples run alone.

Runs the real path (load_datasets → trainer_rows → SFTTrainer tokenisation → our collator and CPU loss) on
tiny random models: a Llama with the SmolLM2 chatml tokenizer and a gpt-oss with harmony (sliding-window
layers, experts), on examples of deliberately uneven lengths.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from basementbrew.config import load_config
from basementbrew.data.examples import trainer_rows
from basementbrew.models.architectures import build_random_model
from basementbrew.models.chat_formats import add_harmony_tokens, ensure_chat_template
from basementbrew.models.loading import load_tokenizer, resolve_source
from basementbrew.models.registry import get_spec
from basementbrew.runs import RunDir
from basementbrew.training import setup


def _rows(n: int) -> list[dict]:
    words = ["mash", "boil", "hops", "yeast", "wort", "malt", "lager", "ale", "gravity", "kettle"]
    return [{"messages": [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": f"Tell me about {words[i % 10]}" + " please" * (i % 3)},
        {"role": "assistant", "content": " ".join(words[(i + k) % 10] for k in range(1 + 7 * (i % 4)))},
    ]} for i in range(n)]


@pytest.fixture(scope="module")
def harmony_model(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Path:
    from transformers import AutoTokenizer

    tok = add_harmony_tokens(AutoTokenizer.from_pretrained(embedded_dir))
    tok.chat_template = None
    path = build_random_model(get_spec("gpt-oss-20b"), tmp_path_factory.mktemp("harmony") / "gpt-oss",
                              vocab_size=len(tok))
    tok.save_pretrained(path)
    return path


def _trainer(key: str, model: Path, tmp_path: Path, *extra: str, varlen: bool = False):
    from transformers import AutoModelForCausalLM

    from basementbrew.training.varlen_attention import use_varlen_attention

    tmp_path.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "uneven.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in _rows(16)) + "\n", encoding="utf-8")
    config = load_config(None, [f"model.name={key}", f"model.path={model}", f"data.dataset={data}",
                                "data.max_eval_examples=2", "data.max_seq_length=256", "training.batch_size=4",
                                "training.max_steps=1", "lora.r=4", "lora.dropout=0", *extra])
    spec = get_spec(key)
    tok = load_tokenizer(resolve_source(spec, str(model)))
    ensure_chat_template(tok, spec)
    train_ds, _, _ = setup.load_datasets(config)
    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(model, dtype=torch.float32)
    if varlen:  # what `basementbrew train` does on CPU with training.packing
        assert use_varlen_attention(base)
    trainer = setup.sft_trainer_class("cpu")(
        model=base,
        args=setup.sft_args(config, RunDir(tmp_path / "run"), "cpu", spec),
        train_dataset=trainer_rows(train_ds, tok, spec, config.data), processing_class=tok,
        data_collator=setup.sft_collator(config, tok), peft_config=setup.lora_config(config, spec))
    for name, p in trainer.model.named_parameters():  # LoRA B starts at zero: give the adapter a say
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.05)
    return trainer, tok, spec


def _mean_loss(logits: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, int]:
    """Summed next-token loss over trained positions of one sequence, and how many there are."""
    target = labels[1:]
    loss = torch.nn.functional.cross_entropy(logits[:-1].float(), target, ignore_index=-100, reduction="sum")
    return loss, int((target != -100).sum())


GPT_OSS_MASK = pytest.mark.xfail(strict=True, reason="transformers 5.24 GptOssModel builds its SDPA/eager masks "
                                  "without position_ids, so packed examples attend to each other on CPU")


@pytest.mark.parametrize(("key", "varlen"), [("smollm2-135m", False), ("smollm2-135m", True),
                                             pytest.param("gpt-oss-20b", False, marks=GPT_OSS_MASK)])
def test_packed_batch_gives_the_per_example_losses(key: str, varlen: bool, tiny_models: dict,
                                                   harmony_model: Path, tmp_path: Path) -> None:
    """SDPA with transformers' block-diagonal mask, and our varlen attention (SDPA per example, no mask)."""
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    model_dir = harmony_model if key == "gpt-oss-20b" else tiny_models["llama-3.1-8b"]
    trainer, tok, spec = _trainer(key, model_dir, tmp_path, "training.packing=true", varlen=varlen)
    rows = [trainer.train_dataset[i] for i in range(4)]
    assert len({len(r["input_ids"]) for r in rows}) > 1  # uneven lengths, or packing proves nothing
    packed = trainer.data_collator(rows)
    assert packed["input_ids"].shape == (1, sum(len(r["input_ids"]) for r in rows))  # not one pad token
    assert "attention_mask" not in packed
    padded = DataCollatorForLanguageModeling(pad_token_id=tok.pad_token_id)
    model = trainer.model.eval()
    eot = tok.convert_tokens_to_ids(spec.end_of_turn)
    with torch.no_grad():
        # varlen: once with TRL's cu_seq_lens (what training passes), once from the position_ids alone
        logits = model(input_ids=packed["input_ids"], position_ids=packed["position_ids"]).logits[0]
        if varlen:
            with_cu = model(**{k: v for k, v in packed.items() if k != "labels"}).logits[0]
            assert torch.allclose(with_cu, logits, atol=1e-5)
        starts = [*(packed["position_ids"][0] == 0).nonzero().flatten().tolist(), packed["input_ids"].shape[1]]
        total = torch.zeros(()), 0
        for i, row in enumerate(rows):
            s, e = starts[i], starts[i + 1]
            seg_labels = packed["labels"][0, s:e]
            assert seg_labels[1:].tolist() == row["labels"][1:]  # the example's own completion mask
            assert eot in seg_labels.tolist()  # the end-of-turn token is still trained
            alone = padded([row])
            alone_logits = model(input_ids=alone["input_ids"], attention_mask=alone["attention_mask"]).logits[0]
            want, n = _mean_loss(alone_logits, alone["labels"][0])
            got, m = _mean_loss(logits[s:e], seg_labels)
            assert m == n > 0
            assert abs(got.item() / m - want.item() / n) < 1e-4, (i, got.item() / m, want.item() / n)
            total = total[0] + want, total[1] + n
        # the CPU trainer's loss (vocabulary projection only where a label follows) on the packed batch
        ours = trainer.compute_loss(model, dict(packed), num_items_in_batch=None)
        assert abs(ours.item() - total[0].item() / total[1]) < 1e-4


@pytest.mark.parametrize("key", ["smollm2-135m", "gpt-oss-20b"])
def test_packing_auto_is_on_only_where_examples_stay_apart(key: str, tiny_models: dict, harmony_model: Path) -> None:
    """auto (the default) packs where it is exact and falls back to padding elsewhere; true is refused there."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.errors import BrewError
    from basementbrew.training.packing import resolve_packing
    from basementbrew.training.varlen_attention import NAME

    model_dir = harmony_model if key == "gpt-oss-20b" else tiny_models["llama-3.1-8b"]
    tok = AutoTokenizer.from_pretrained(model_dir)

    def resolve(value: str) -> tuple[bool | None, list[str], str]:
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
        lines: list[str] = []
        config = load_config(None, [f"model.name={key}", f"training.packing={value}"])
        on = resolve_packing(config, model, tok, "cpu", lines.append).training.packing
        return on, lines, model.config._attn_implementation

    assert load_config(None, []).training.packing is None  # auto is the default
    assert resolve("false")[0] is False
    if key == "smollm2-135m":  # chatml Llama: packed with attention per example
        for value in ("auto", "true"):
            on, _, impl = resolve(value)
            assert on is True and impl == NAME
    else:  # gpt-oss: sinks and sliding windows keep its own attention, whose masks ignore position_ids
        on, lines, _ = resolve("auto")
        assert on is False and any("packing off" in line for line in lines)
        with pytest.raises(BrewError, match=r"training\.packing=false"):
            resolve("true")


@pytest.mark.parametrize("varlen", [False, True])
def test_training_on_a_packed_batch_matches_unpacked_gradients(varlen: bool, tiny_models: dict,
                                                               tmp_path: Path) -> None:
    """One optimizer step's gradient is the same packed or padded: packing leaves the optimisation alone."""
    grads = {}
    for packing in ("true", "false"):
        trainer, _, _ = _trainer("smollm2-135m", tiny_models["llama-3.1-8b"], tmp_path / packing,
                                 f"training.packing={packing}", varlen=varlen and packing == "true")
        batch = trainer.data_collator([trainer.train_dataset[i] for i in range(4)])
        model = trainer.model.train()
        n = int((batch["labels"][:, 1:] != -100).sum())
        trainer.compute_loss(model, dict(batch), num_items_in_batch=torch.tensor(n)).backward()
        grads[packing] = torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])
    assert torch.allclose(grads["true"], grads["false"], atol=1e-5)


def test_config_maps_to_trl_and_transformers(tmp_path: Path) -> None:
    spec = get_spec("smollm2-135m")

    def args(*overrides: str):
        return setup.sft_args(load_config(None, list(overrides)), RunDir(tmp_path), "cpu", spec)

    assert not args().packing and args().train_sampling_strategy == "random"  # auto: resolved by the trainer
    assert args("training.group_by_length=true").train_sampling_strategy == "group_by_length"
    bfd = args("training.packing=true", "training.packing_strategy=bfd")
    assert bfd.packing and bfd.packing_strategy == "bfd" and bfd.eval_packing is False
    assert not args("training.packing=true").packing  # padding-free packs per batch, in the collator
    assert not args().use_liger_kernel  # CPU never asks for Liger
    for value, want in (("auto", None), ("true", True), ("false", False), ("null", None)):
        assert load_config(None, [f"training.packing={value}"]).training.packing is want
    from basementbrew.config import TrainingConfig

    assert TrainingConfig.model_validate({"packing": ""}).packing is None  # the cockpit's "(default)" choice


def test_varlen_attention_leaves_padded_generation_and_sliding_models_alone(tiny_models: dict,
                                                                              harmony_model: Path) -> None:
    """Padded (left-padded generation) inputs take transformers' own SDPA path: same tokens as before."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.training.varlen_attention import NAME, use_varlen_attention

    path = tiny_models["llama-3.1-8b"]
    tok = AutoTokenizer.from_pretrained(path)
    tok.padding_side = "left"
    batch = tok(["mash the malt", "a much longer prompt about boiling the wort with hops"], return_tensors="pt",
                padding=True)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
    with torch.no_grad():
        before = model.generate(**batch, max_new_tokens=6, do_sample=False, pad_token_id=tok.pad_token_id)
        assert use_varlen_attention(model) and model.config._attn_implementation == NAME
        after = model.generate(**batch, max_new_tokens=6, do_sample=False, pad_token_id=tok.pad_token_id)
    assert torch.equal(before, after)
    gpt_oss = AutoModelForCausalLM.from_pretrained(harmony_model, dtype=torch.float32)
    impl = gpt_oss.config._attn_implementation
    assert not use_varlen_attention(gpt_oss) and gpt_oss.config._attn_implementation == impl  # sinks, windows
