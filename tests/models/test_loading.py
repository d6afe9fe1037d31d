"""models.loading: what a user is told when weights cannot be loaded."""

from __future__ import annotations

import pytest

from basementbrew.config import ModelConfig
from basementbrew.errors import BrewError
from basementbrew.models.loading import load_model
from basementbrew.models.registry import get_spec


def test_a_local_folder_without_weight_files_names_the_files_not_the_network(tmp_path):
    """`basementbrew eval llama-3.1-8b --model-path DIR` where DIR holds the model's config.json but no weights
    said 'could not load weights ... Offline? Put the model in a local folder and set model.path to it': the
    model already was in a local folder and no download could help. Now the message names the missing weight
    files and both spellings of the setting."""
    from transformers import LlamaConfig

    LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                num_key_value_heads=1).save_pretrained(tmp_path)
    with pytest.raises(BrewError) as caught:
        load_model(get_spec("llama-3.1-8b"), ModelConfig(name="llama-3.1-8b", path=str(tmp_path)))
    said = str(caught.value)
    assert f"could not load weights from the folder {tmp_path}" in said
    assert "*.safetensors" in said and "--model-path on the command line" in said
    assert "Offline?" not in said


def test_converting_the_embedded_gguf_off_a_terminal_draws_no_bar(tmp_path, monkeypatch, capfd):
    """`make demo | tee log` and every job log carried transformers' 'Converting and de-quantizing GGUF
    tensors...' tqdm bar, redrawn ~30 times on one line: it has no switch of its own. Off a terminal it is off;
    the conversion itself is unchanged."""
    from basementbrew.models.loading import embedded_model_dir

    monkeypatch.setenv("BREW_MODEL_CACHE", str(tmp_path / "models"))
    folder = embedded_model_dir()
    err = capfd.readouterr().err
    assert (folder / "model.safetensors").is_file() and folder.parent == tmp_path / "models"
    assert "de-quantizing" not in err, err[-400:]
    from tqdm.auto import tqdm
    from transformers import modeling_gguf_pytorch_utils as gguf_utils

    assert gguf_utils.tqdm is tqdm  # put back after the load
