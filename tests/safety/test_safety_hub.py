"""Model-based scanners: clear errors without weights, real transformers loading with a tiny local model."""

from __future__ import annotations

import pytest

from basementbrew.errors import BrewError
from basementbrew.safety.scanners.hub import HubToxicityScanner, LlamaGuardScanner, parse_llama_guard


def test_llama_guard_without_weights_says_where_to_put_them(tmp_path, monkeypatch):
    monkeypatch.setenv("BREW_LLAMA_GUARD_PATH", str(tmp_path / "missing"))
    with pytest.raises(BrewError, match=r"Llama Guard weights not found.*BREW_LLAMA_GUARD_PATH"):
        LlamaGuardScanner()


def test_llama_guard_answer_parsing():
    assert parse_llama_guard("safe") == (True, None)
    assert parse_llama_guard("\n\nunsafe\nS10,S1") == (False, "S10: Hate")


def test_hub_classifier_loads_a_local_sequence_classifier(tmp_path):
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "you": 4, "are": 5, "nice": 6}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]")
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, num_labels=2, id2label={0: "neutral", 1: "toxic"},
                     label2id={"neutral": 0, "toxic": 1})
    BertForSequenceClassification(cfg).save_pretrained(tmp_path)
    fast.save_pretrained(tmp_path)
    scanner = HubToxicityScanner(tmp_path, threshold=0.0)  # random weights: force a detection to see the label
    v = scanner.scan("you are nice")
    assert (v.scanner, v.reason, v.allowed) == ("hub_toxicity", "toxic", False) and 0.0 <= v.score <= 1.0
