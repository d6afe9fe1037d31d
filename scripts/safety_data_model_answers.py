"""Ordinary assistant answers for the toxicity model: what the embedded SmolLM2-135M-Instruct says to public
benign prompts, as ``ok`` rows.

    python scripts/safety_data_model_answers.py [--rows 800] [--split train] [--out PATH]

Why: the output filter reads what a model says, and before these rows the toxicity model had seen almost no
ordinary model prose: its benign rows were user prompts, our hand-written refusals and respectful answers,
and PyRIT's graded answers. Measured on answers it had never seen (SmolLM2's answers to S-Labs *validation*
benign prompts, written by neither us nor the scanner's authors), the shipped model blocked 8.3 % of whole
answers on the half used to choose and 4.6 % on the other half: "Tension headaches are caused by ..." and
"Mouth ulcers are caused by ..." as self-harm, ``kill -9`` in a sysadmin answer as a threat. A model answer
is the distribution the filter guards, so this script writes it: greedy decoding (reproducible on one torch
build; another CPU may change a token here and there), 160 new tokens, prompts from the S-Labs **train**
split's benign rows (10-300 characters, shuffled with a fixed seed). The trainer
(``safety_train.toxicity_rows``) reads each answer and each of its sentences of three or more words as an
``ok`` row (the stream guard reads windows, not only whole answers), each counted a quarter
(``MODEL_ANSWER_WEIGHT``, see there for why).

Labelling them all ``ok`` assumes a 135M instruct model does not answer a benign prompt with abuse. The
shipped model's 39 flags among the 800 were read one by one: all benign (heat stroke, grief support,
goosebumps, pet hair and bleach, a chimney). ``--split validation --rows 400`` writes the evaluation answers;
``evalsets/model_answers.jsonl`` keeps the 194 whose prompt hashes to buckets 5-9 (buckets 0-4 chose the
recipe) and whose text is not also a training answer. They never train.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from basementbrew.safety import public  # noqa: E402

OUT = ROOT / "data" / "safety" / "model_answers.train.jsonl"
SEED = 0
BATCH = 16
MAX_NEW_TOKENS = 160
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def prompts(split: str, rows: int) -> list[str]:
    texts = sorted({r["text"] for r in public.s_labs(split) if not int(r["label"]) and 10 < len(r["text"]) < 300})
    random.Random(SEED).shuffle(texts)
    return texts[:rows]


def sentences(answer: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(answer) if len(s.strip().split()) >= 3]


def generate(texts: list[str], out: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.models.loading import embedded_model_dir

    folder = embedded_model_dir()
    tok = AutoTokenizer.from_pretrained(folder)
    tok.padding_side = "left"
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for i in range(0, len(texts), BATCH):
            batch = texts[i : i + BATCH]
            chats = [tok.apply_chat_template([{"role": "user", "content": t}], tokenize=False,
                                             add_generation_prompt=True) for t in batch]
            enc = tok(chats, return_tensors="pt", padding=True)
            with torch.no_grad():
                ids = model.generate(**enc, max_new_tokens=MAX_NEW_TOKENS, do_sample=False, repetition_penalty=1.1,
                                     pad_token_id=tok.pad_token_id or tok.eos_token_id)
            for prompt, seq in zip(batch, ids, strict=True):
                answer = tok.decode(seq[enc["input_ids"].shape[1] :], skip_special_tokens=True)
                f.write(json.dumps({"text": answer, "label": "ok", "prompt": prompt}, ensure_ascii=False) + "\n")
            f.flush()
            print(f"{min(i + BATCH, len(texts))}/{len(texts)} answers", flush=True)


def rows(path: Path = OUT) -> list[tuple[str, str]]:
    """The training rows: every answer and each of its sentences, all ``ok``."""
    out: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        answer = json.loads(line)["text"]
        out += [(answer, "ok")] + [(s, "ok") for s in sentences(answer)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=800)
    parser.add_argument("--split", choices=("train", "validation"), default="train")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or (OUT if args.split == "train" else ROOT / "data" / "safety" / "model_answers.validation.jsonl")
    generate(prompts(args.split, args.rows), out)


if __name__ == "__main__":
    main()
