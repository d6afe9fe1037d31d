"""See what is trained: examples rendered through the model's chat template, token by token, with the
tokens that carry loss marked, before a single weight loads.

The tokenisation mirrors TRL's SFTTrainer for conversational prompt/completion rows (prompt rendered with
the generation prompt, prompt+completion rendered whole, loss from where the two diverge, truncation to
``data.max_seq_length`` keeping the start); ``tests/training/test_preview.py`` checks the labels are
identical to the ones SFTTrainer builds. Each example is checked for the failure modes that silently ruin
a fine-tune: no token carries loss (the answer was cut off), and the trained part does not end in the
model's end-of-turn token (the model never learns to stop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from basementbrew.config import RunConfig


@dataclass
class ExamplePreview:
    """One tokenised example: ids, which carry loss, and what is wrong with it."""

    input_ids: list[int]
    trained: list[bool]
    tokens: list[str]
    problems: list[str] = field(default_factory=list)

    @property
    def n_trained(self) -> int:
        return sum(self.trained)


def check_example(ex: ExamplePreview, eot_id: int, eot: str, untruncated_trained: int) -> list[str]:
    problems = []
    if ex.n_trained == 0:
        problems.append("no token carries loss (the answer lies beyond data.max_seq_length)")
        return problems
    trained_ids = [t for t, m in zip(ex.input_ids, ex.trained, strict=True) if m]
    if eot_id not in trained_ids:
        why = "cut off by data.max_seq_length" if ex.n_trained < untruncated_trained else "the template never emits it"
        problems.append(f"the trained part does not contain the end-of-turn token {eot!r} ({why})")
    return problems


def preview(config: RunConfig, n: int = 3, log: Any = None) -> dict[str, Any]:
    """Tokenise up to `n` training examples (and check all of them); no model weights are loaded."""
    from basementbrew.data.examples import tokenize_example, trainer_rows
    from basementbrew.models.chat_formats import ensure_chat_template
    from basementbrew.models.loading import load_tokenizer, resolve_source
    from basementbrew.models.registry import get_spec
    from basementbrew.training.setup import load_datasets

    spec = get_spec(config.model.name)
    tokenizer = load_tokenizer(resolve_source(spec, config.model.path), config.model.revision, log)
    ensure_chat_template(tokenizer, spec, log)
    tokenizer.eos_token = spec.end_of_turn  # what SFTTrainer(eos_token=...) does before tokenising
    eot_id = tokenizer.convert_tokens_to_ids(spec.end_of_turn)
    train_ds, _, version = load_datasets(config)
    train_ds = trainer_rows(train_ds, tokenizer, spec, config.data)  # what the trainer feeds TRL
    examples: list[ExamplePreview] = []
    counts = {"checked": 0, "no_loss": 0, "no_end_of_turn": 0}
    for i in range(len(train_ds)):
        row = train_ds[i]
        ids, trained = tokenize_example(tokenizer, row, config.data.max_seq_length)
        _, untruncated = tokenize_example(tokenizer, row, None)
        ex = ExamplePreview(ids, trained, tokenizer.convert_ids_to_tokens(ids))
        ex.problems = check_example(ex, eot_id, spec.end_of_turn, sum(untruncated))
        counts["checked"] += 1
        counts["no_loss"] += any("no token carries loss" in p for p in ex.problems)
        counts["no_end_of_turn"] += any("end-of-turn" in p for p in ex.problems)
        if len(examples) < n:
            examples.append(ex)
    return {"dataset": version.ref, "model": spec.key, "end_of_turn": spec.end_of_turn, "examples": examples,
            "counts": counts, "tokenizer": tokenizer}


def render(ex: ExamplePreview, tokenizer: Any, eot: str):
    """A rich Text: masked tokens dim, trained tokens on green, the end-of-turn token in bold reverse."""
    from rich.text import Text

    text = Text()
    for tid, tok, trained in zip(ex.input_ids, ex.tokens, ex.trained, strict=True):
        piece = tokenizer.decode([tid]) if tok != eot else tok
        shown = piece.replace("\n", "↵\n")
        if tok == eot:
            style = "bold reverse green" if trained else "bold reverse"
        else:
            style = "black on green" if trained else "dim"
        text.append(shown, style=style)
        if not piece.endswith("\n"):
            text.append("·", style="dim")  # token boundary
    return text
