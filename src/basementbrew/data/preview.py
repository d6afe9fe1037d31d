"""See what is trained: examples rendered through the model's chat template, token by token, with the
tokens that carry loss marked, before a single weight loads.

Lives in ``data/`` (below training and inference) so `basementbrew data preview` and the cockpit's Data tab
(``GET /v1/datasets/{name}/v{n}/preview``) show the same thing, built by the code path training uses:
:func:`~basementbrew.data.examples.load_datasets` → :func:`~basementbrew.data.examples.trainer_rows` →
:func:`~basementbrew.data.examples.tokenize_example`, with the model's own chat template
(:func:`~basementbrew.models.chat_formats.ensure_chat_template`) and its end-of-turn token as EOS, as
SFTTrainer is set up. ``tests/data/test_preview.py`` checks the labels are identical to the ones
SFTTrainer builds. Each example is checked for the failure modes that silently ruin a fine-tune: no token
carries loss (the answer was cut off), and the trained part does not end in the model's end-of-turn token
(the model never learns to stop).
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

    def pieces(self, tokenizer: Any, eot: str) -> list[dict[str, Any]]:
        """Each token as the text it stands for, whether it carries loss, and whether it is end-of-turn
        (special tokens keep their name: decoding would hide them)."""
        return [{"text": tok if tok == eot else tokenizer.decode([tid]), "trained": trained, "eot": tok == eot}
                for tid, tok, trained in zip(self.input_ids, self.tokens, self.trained, strict=True)]


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


def preview(config: RunConfig, n: int = 3, log: Any = None, check: int | None = None) -> dict[str, Any]:
    """Tokenise up to `n` training examples and check `check` of them (all when None); no weights load."""
    from basementbrew.data.examples import load_datasets, tokenize_example, trainer_rows
    from basementbrew.models.chat_formats import ensure_chat_template
    from basementbrew.models.loading import load_tokenizer, resolve_source
    from basementbrew.models.registry import get_spec

    spec = get_spec(config.model.name)
    tokenizer = load_tokenizer(resolve_source(spec, config.model.path), config.model.revision, log)
    ensure_chat_template(tokenizer, spec, log)
    tokenizer.eos_token = spec.end_of_turn  # what SFTTrainer(eos_token=...) does before tokenising
    eot_id = tokenizer.convert_tokens_to_ids(spec.end_of_turn)
    train_ds, _, version = load_datasets(config)
    if check is not None:
        train_ds = train_ds.select(range(min(max(check, n), len(train_ds))))
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
