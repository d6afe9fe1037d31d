"""Export a Llama-architecture model (a run merged into its base, or a full model folder) to GGUF, and check it.

The ``gguf`` package (llama.cpp's own Python library) supplies the file format, tensor names
(``TensorNameMap``), special-token and merge reading (``SpecialVocab``) and Q8_0 quantization; what it does
not supply is the Hugging Face → GGUF model conversion, which lives in llama.cpp's ``convert_hf_to_gguf.py``
script (not a package). The small part of it a Llama needs is written here, after that script: hyper-
parameters as metadata, the BPE vocabulary, and the q/k row permutation llama.cpp's rotary layout expects.
Only BPE tokenizers (SmolLM2, Llama 3) are written; others are refused with a pointer to llama.cpp's script.

Every export is verified: the file is loaded back through transformers' GGUF reader, its tokenizer must encode
the check prompts to the same ids, and next-token logits and greedy continuations on fixed prompts are
compared with the source model (numbers land in ``gguf_check.json``). An Ollama ``Modelfile`` beside it
carries the chat template (as a Go template for the model's chat format) and the stop tokens.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.compare import all_logits, encode, greedy, greedy_agreement, logit_diff
from basementbrew.workspace import atomic_write_text

TYPES = ("f16", "q8_0", "f32")
FILE_TYPE = {"f32": 0, "f16": 1, "q8_0": 7}  # gguf.LlamaFileType: ALL_F32, MOSTLY_F16, MOSTLY_Q8_0
PRE_TOKENIZER = {"smollm2-135m": "smollm", "llama-3.1-8b": "llama-bpe"}  # llama.cpp's pre-tokenizer names


def permute_rows(weight: Any, heads: int) -> Any:
    """HF stores q/k rows for rotate-half rotary; llama.cpp wants interleaved pairs (convert_hf_to_gguf)."""
    return weight.reshape(heads, 2, weight.shape[0] // heads // 2, *weight.shape[1:]).swapaxes(1, 2).reshape(
        weight.shape)


def check_exportable(config: Any) -> None:
    if getattr(config, "model_type", None) not in {"llama", "mistral"}:
        raise BrewError(f"GGUF export here covers Llama-architecture models, not {config.model_type!r}; "
                        "use llama.cpp's convert_hf_to_gguf.py on the merged folder (basementbrew merge into-base)")
    if getattr(config, "attention_bias", False) or getattr(config, "mlp_bias", False):
        raise BrewError("GGUF export: biased Llama layers are not supported here; use llama.cpp's converter")


def check_tokenizer(tokenizer: Any) -> dict[str, Any]:
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise BrewError("GGUF export needs a fast (tokenizer.json) tokenizer")
    model = json.loads(backend.to_str())["model"]
    if model.get("type") != "BPE" or model.get("byte_fallback"):
        raise BrewError("GGUF export here writes byte-level BPE vocabularies (SmolLM2, Llama 3); this tokenizer "
                        "is SentencePiece-style: use llama.cpp's convert_hf_to_gguf.py on the merged folder")
    return model


def tensor_name(name_map: Any, hf_name: str) -> str:
    found = name_map.get_name(hf_name, try_suffixes=(".weight", ".bias"))
    if found is None:
        raise BrewError(f"GGUF export: no GGUF name for tensor {hf_name}")
    return found


def write_vocab(writer: Any, tokenizer: Any, vocab_size: int, source_dir: Path | None, model_key: str) -> None:
    import gguf

    bpe = check_tokenizer(tokenizer)
    by_id = {i: t for t, i in tokenizer.get_vocab().items()}
    added = {t.content: t for t in tokenizer.added_tokens_decoder.values()}
    tokens, types = [], []
    for i in range(vocab_size):
        tok = by_id.get(i, f"[PAD{i}]")
        tokens.append(tok)
        if tok in added:
            types.append(gguf.TokenType.CONTROL if added[tok].special else gguf.TokenType.USER_DEFINED)
        else:
            types.append(gguf.TokenType.NORMAL if i in by_id else gguf.TokenType.UNUSED)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre(PRE_TOKENIZER.get(model_key, "default"))
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    merges = [m if isinstance(m, str) else " ".join(m) for m in bpe.get("merges", [])]
    writer.add_token_merges(merges)
    for kind in ("bos", "eos", "unk", "pad"):
        tid = getattr(tokenizer, f"{kind}_token_id", None)
        if tid is not None:
            getattr(writer, {"bos": "add_bos_token_id", "eos": "add_eos_token_id", "unk": "add_unk_token_id",
                             "pad": "add_pad_token_id"}[kind])(int(tid))
    writer.add_add_bos_token(bool(getattr(tokenizer, "add_bos_token", False)))
    if tokenizer.chat_template:
        writer.add_chat_template(tokenizer.chat_template)


def write_gguf(model: Any, tokenizer: Any, path: Path, qtype: str, model_key: str, name: str) -> Path:
    """One GGUF file from a loaded Llama model (any dtype; weights are converted per `qtype`)."""
    import gguf
    import numpy as np
    import torch

    config = model.config
    check_exportable(config)
    heads, kv_heads = config.num_attention_heads, config.num_key_value_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // heads
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_type("model")
    writer.add_name(name)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    rope = (getattr(config, "rope_parameters", None) or {}).get("rope_theta") or getattr(config, "rope_theta", 1e4)
    writer.add_rope_freq_base(float(rope))
    writer.add_layer_norm_rms_eps(float(config.rms_norm_eps))
    writer.add_rope_dimension_count(head_dim)
    writer.add_vocab_size(config.vocab_size)
    writer.add_file_type(FILE_TYPE[qtype])
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)
    write_vocab(writer, tokenizer, config.vocab_size, None, model_key)
    name_map = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config.num_hidden_layers)
    tied = bool(getattr(config, "tie_word_embeddings", False))
    for hf_name, tensor in model.state_dict().items():
        if tied and hf_name == "lm_head.weight":
            continue
        data = tensor.detach().to(torch.float32).cpu().numpy()
        if hf_name.endswith("q_proj.weight"):
            data = permute_rows(data, heads)
        elif hf_name.endswith("k_proj.weight"):
            data = permute_rows(data, kv_heads)
        out_name = tensor_name(name_map, hf_name)
        if data.ndim == 1 or qtype == "f32":
            writer.add_tensor(out_name, np.ascontiguousarray(data, dtype=np.float32))
        elif qtype == "f16":
            writer.add_tensor(out_name, data.astype(np.float16))
        else:
            packed = gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0)
            writer.add_tensor(out_name, packed, raw_shape=packed.shape, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def load_gguf(path: Path) -> Any:
    """The file's model read back through transformers' GGUF reader (dequantized to float32)."""
    from transformers import AutoModelForCausalLM

    from basementbrew.models.loading import quiet_gguf_bar

    try:
        with quiet_gguf_bar():
            return AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name).eval()
    except Exception as exc:
        raise BrewError(f"transformers could not read back {path.name}: {exc}") from exc


def load_gguf_tokenizer(path: Path) -> Any:
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    except Exception as exc:
        raise BrewError(f"transformers could not read the tokenizer back from {path.name}: {exc}") from exc


def verify(source: Any, tokenizer: Any, path: Path, new_tokens: int = 16, with_tokenizer: bool = True
           ) -> dict[str, Any]:
    """Compare the GGUF read back with the source model: logits, greedy continuations, and (once per export:
    every file carries the same vocabulary) the tokenizer's ids and chat template."""
    model = load_gguf(path)
    prompts = encode(tokenizer)
    diff = logit_diff(all_logits(source, prompts), all_logits(model, prompts))
    agree = greedy_agreement(greedy(source, prompts, new_tokens), greedy(model, prompts, new_tokens))
    result = {"file": path.name, "bytes": path.stat().st_size, "logits": diff, "greedy": agree,
              "prompts": len(prompts), "new_tokens": new_tokens}
    if with_tokenizer:
        gguf_tok = load_gguf_tokenizer(path)
        gguf_prompts = encode(gguf_tok) if gguf_tok.chat_template else []
        same_ids = [a.tolist() == b.tolist() for a, b in zip(prompts, gguf_prompts, strict=False)]
        result["tokenizer_same_ids"] = bool(same_ids) and all(same_ids)
        result["chat_template_kept"] = gguf_tok.chat_template == tokenizer.chat_template
    return result


def export_model(model: Any, tokenizer: Any, out: Path, model_key: str, name: str, types: list[str],
                 stops: list[str], system_prompt: str | None, chat_format: str, check: bool = True) -> dict:
    """Write one GGUF per type plus the Ollama Modelfile into `out`; verify each file when `check`."""
    from basementbrew.merging.ollama import modelfile

    bad = [t for t in types if t not in TYPES]
    if bad or not types:
        raise BrewError(f"--type {','.join(types)}: choose from {', '.join(TYPES)}")
    check_exportable(model.config)
    check_tokenizer(tokenizer)
    if not tokenizer.chat_template:
        raise BrewError("this model's tokenizer has no chat template; export a run or an instruct model")
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"files": {}, "model": model_key, "name": name}
    model = model.eval()
    for qtype in types:
        path = write_gguf(model, tokenizer, out / f"{name}-{qtype.upper()}.gguf", qtype, model_key, name)
        first = not results["files"]
        results["files"][qtype] = verify(model, tokenizer, path, with_tokenizer=first) if check else {
            "file": path.name}
    chosen = "q8_0" if "q8_0" in types else types[0]
    atomic_write_text(out / "Modelfile", modelfile(results["files"][chosen]["file"], chat_format, stops,
                                                   system_prompt))
    results["modelfile"] = str(out / "Modelfile")
    atomic_write_text(out / "gguf_check.json", json.dumps(results, indent=2))
    return results
