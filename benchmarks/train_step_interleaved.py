"""Training-step cost, ours vs plain, alternating batch by batch in one process (robust on a shared CPU).

plain: padded batch, SDPA, full logits and the model's own loss (what a Trainer + PEFT script does);
ours: the same 8 examples packed into one row (TRL's padding-free collator), varlen attention
(``training/varlen_attention.py``) and the loss at labelled positions only (``setup.loss_on_labelled_positions``).
Forward + backward only (no optimizer step, which is the same on both sides); the order of the two arms
alternates every batch, so load from other jobs hits both alike. The first 48 rows of the bundled set,
SmolLM2-135M with LoRA r=16 on all linear layers, one thread.

    python benchmarks/train_step_interleaved.py 2     # 2 passes over the 6 batches
"""

import json
import sys
import time
from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

from basementbrew.models.loading import embedded_model_dir
from basementbrew.training.setup import loss_on_labelled_positions
from basementbrew.training.varlen_attention import NAME, register

torch.set_num_threads(1)
register()
DATA = Path(__file__).resolve().parents[1] / "src/basementbrew/assets/datasets/brewing-assistant/train.jsonl"
folder = embedded_model_dir()
tok = AutoTokenizer.from_pretrained(folder)
rows = [json.loads(line) for line in DATA.open(encoding="utf-8")][:48]
ex = []
for r in rows:
    m = [{"role": "system", "content": "You are BrewBot, a concise homebrewing assistant."}] + r["messages"]
    p = tok.apply_chat_template(m[:-1], add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
    ids = tok.apply_chat_template(m, tokenize=True, return_dict=True)["input_ids"]
    ex.append({"input_ids": ids, "labels": [-100] * len(p) + ids[len(p):]})
model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules="all-linear",
                                         task_type="CAUSAL_LM"))
model.train()
pad = DataCollatorForLanguageModeling(pad_token_id=tok.pad_token_id)
packc = DataCollatorForLanguageModeling(pad_token_id=tok.pad_token_id, padding_free=True)
batches = [ex[i:i+8] for i in range(0, 48, 8)]
t = {"plain": 0.0, "ours": 0.0}
toks = 0
for rep in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    for i, bt in enumerate(batches):
        toks += sum(len(b["input_ids"]) for b in bt)
        for arm in (("plain", "ours") if (i + rep) % 2 == 0 else ("ours", "plain")):
            s = time.perf_counter()
            if arm == "plain":
                model.base_model.model.set_attn_implementation("sdpa")
                b = pad(bt)
                model(**b, use_cache=False).loss.backward()
            else:
                model.base_model.model.set_attn_implementation(NAME)
                b = dict(packc(bt))
                loss_on_labelled_positions(model, {k: v for k, v in b.items()}, None).backward()
            model.zero_grad(set_to_none=True)
            t[arm] += time.perf_counter() - s
print({a: round(toks / v, 1) for a, v in t.items()}, "ratio ours/plain", round(t["plain"] / t["ours"], 3))
