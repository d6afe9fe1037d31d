"""`basementbrew models list | show | fit` through the real typer app, asserting on what users read."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.config import load_config
from basementbrew.errors import BrewError
from basementbrew.models.registry import REGISTRY
from cli_helpers import run_cli

runner = CliRunner()


def _ok(*args: str):
    result = runner.invoke(app, ["models", *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def test_list_table_names_every_model_and_marks_the_default():
    out = _ok("list").output
    for key in REGISTRY:
        assert key in out
    assert "smollm2-135m (default)" in out
    assert "20.9B / 4.2B" in out  # gpt-oss-20b total / active
    assert "openai/gpt-oss-20b" in out and "harmony" in out and "apache-2.0" in out
    assert "+ experts gate_up,down" in out
    assert "QLoRA GB" in out and "full GB" in out


def test_list_json_has_estimates_that_grow_with_seq():
    short = json.loads(_ok("list", "--json", "--seq", "512").output)
    long = json.loads(_ok("list", "--json", "--seq", "4096", "--batch", "2").output)
    assert [m["key"] for m in short] == list(REGISTRY)
    for a, b in zip(short, long, strict=True):
        assert a["vram_gb"]["qlora"] < a["vram_gb"]["lora"] < a["vram_gb"]["full"]
        assert b["vram_gb"]["qlora"] > a["vram_gb"]["qlora"]
    gpt = next(m for m in short if m["key"] == "gpt-oss-20b")
    assert gpt["lora_target_parameters"] == ["mlp.experts.gate_up_proj", "mlp.experts.down_proj"]


def test_show_prints_entry_and_breakdown():
    out = _ok("show", "gpt-oss-20b", "--seq", "1024", "--rank", "8", "--bf16-experts").output
    for term in ("base weights", "LoRA params + grads + optimizer", "activations", "logits + loss",
                 "CUDA context", "total"):
        assert term in out
    assert "201,088" in out and "<|return|>" in out
    assert "plain bitsandbytes" in out  # experts stay bf16 note
    data = json.loads(_ok("show", "llama-3.1-8b", "--method", "lora", "--json").output)
    assert data["estimate"]["settings"]["method"] == "lora"
    assert abs(sum(data["estimate"]["terms_bytes"].values()) / 1e9 - data["estimate"]["total_gb"]) < 0.01


def test_fit_12gb():
    out = _ok("fit", "--vram", "12").output
    lines = {line.split("│")[1].strip(): line for line in out.splitlines() if line.count("│") > 3}
    assert "yes" in lines["smollm2-135m"]
    assert "yes" in lines["llama-3.1-8b"] and "qlora" in lines["llama-3.1-8b"]
    assert "no" in lines["llama-3.1-70b"] and "needs" in lines["llama-3.1-70b"]
    data = {r["model"]: r for r in json.loads(_ok("fit", "--vram", "12", "--json").output)}
    assert data["smollm2-135m"]["fits"] and data["llama-3.1-8b"]["fits"]
    assert data["llama-3.1-8b"]["best"]["settings"]["method"] == "qlora"
    assert not data["llama-3.1-70b"]["fits"] and data["llama-3.1-70b"]["smallest"]["total_gb"] > 12


def test_fit_quantized_experts_let_gpt_oss_20b_fit_a_24gb_card():
    plain = {r["model"]: r for r in json.loads(_ok("fit", "--vram", "24", "--bf16-experts", "--json").output)}
    four_bit = {r["model"]: r for r in json.loads(_ok("fit", "--vram", "24", "--json").output)}
    assert not plain["gpt-oss-20b"]["fits"] and four_bit["gpt-oss-20b"]["fits"]


def test_unknown_model_is_a_brew_error_listing_known_models():
    result = runner.invoke(app, ["models", "show", "llama-9"])
    assert result.exit_code != 0
    assert isinstance(result.exception, BrewError)
    assert "known models" in str(result.exception) and "smollm2-135m" in str(result.exception)


def test_models_commands_do_not_import_torch():
    code = ("import sys; from typer.testing import CliRunner; from basementbrew.cli import app; "
            "r = CliRunner().invoke(app, ['models', 'fit', '--vram', '12']); "
            "assert r.exit_code == 0, r.output; print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_fit_labels_4bit_experts_only_for_moe_models():
    data = {r["model"]: r for r in json.loads(_ok("fit", "--vram", "80", "--json").output)}
    for key, spec in REGISTRY.items():
        best = data[key]["best"] or data[key]["smallest"]
        if best["settings"]["method"] == "qlora":
            assert best["settings"]["quantize_experts"] is spec.is_moe, key
    lines = {line.split("│")[1].strip(): line for line in _ok("fit", "--vram", "24").output.splitlines()
             if line.count("│") > 3}
    assert "4-bit experts" not in lines["llama-3.1-8b"] and "4-bit experts" not in lines["mistral-7b"]
    assert "4-bit experts" in lines["gpt-oss-20b"]


def test_misspelled_model_gets_the_closest_name():
    result = runner.invoke(app, ["models", "show", "mistral-7"])
    assert "did you mean mistral-7b?" in str(result.exception)


def test_a_vram_that_is_not_a_card_size_is_refused(monkeypatch, capsys):
    """'models fit --vram nan' printed a table where no model fitted ('needs 0.5 GB at least' for SmolLM2) and
    exited 0; '--vram inf' (or 1e30) said every model fits with the largest settings. Both are now one line
    naming the range the cockpit's registry route already held (above 0, at most 4,096 GB), exit 2."""
    for value in ("nan", "inf", "1e30", "0"):
        code, said = run_cli(["models", "fit", "--vram", value], monkeypatch, capsys)
        assert code == 2 and "--vram must be a number of GB above 0 and at most 4,096" in said, said
        assert "fits" not in said
    assert run_cli(["models", "fit", "--vram", "4096", "--json"], monkeypatch, capsys)[0] == 0
    with pytest.raises(BrewError, match=r"hardware.vram_gb: Input should be less than or equal to 4096 \(got inf\)"):
        load_config(None, ["hardware.vram_gb=.inf"])


def test_fit_at_a_long_context_answers_for_the_models_that_hold_it(monkeypatch, capsys):
    """'models fit --vram 80 --seq 32768' stopped with 'no sequence length in (32768,) fits smollm2-135m's context'
    (exit 2) although Llama, Mistral and gpt-oss hold 32k: the short-context model now says no, with why."""
    code, said = run_cli(["models", "fit", "--vram", "80", "--seq", "32768", "--json"], monkeypatch, capsys)
    assert code == 0, said
    rows = {r["model"]: r for r in json.loads(said)}
    assert rows["smollm2-135m"] == {"model": "smollm2-135m", "fits": False, "best": None, "smallest": None,
                                    "reason": "its context of 8,192 tokens is shorter than --seq 32,768"}
    assert rows["llama-3.1-8b"]["fits"] and rows["llama-3.1-8b"]["best"]["settings"]["seq_len"] == 32768
    code, said = run_cli(["models", "fit", "--vram", "80", "--seq", "32768"], monkeypatch, capsys)
    assert code == 0 and "shorter than --seq 32,768" in said
    code, said = run_cli(["models", "fit", "--vram", "80", "--seq", "999999999"], monkeypatch, capsys)
    assert code == 2 and "no model's context holds --seq 999,999,999 (the longest is 131,072 tokens)" in said


def test_list_at_a_seq_past_a_models_context_says_where_it_estimated(monkeypatch, capsys):
    """'models list --seq 10000' titled the table 'VRAM at seq 10000' but estimated SmolLM2 (8,192 context) at
    8,192 without a word, and '--seq 99999999999' printed every model at its own context under that title. The
    capped models are now named under the table (JSON: vram_seq_len), and a --seq no model holds is refused."""
    code, said = run_cli(["models", "list", "--seq", "10000"], monkeypatch, capsys)
    note = "Estimated at the model's own context (shorter than --seq 10,000): smollm2-135m (8,192)"
    assert code == 0 and note in said, said
    code, said = run_cli(["models", "list", "--seq", "10000", "--json"], monkeypatch, capsys)
    rows = {r["key"]: r["vram_seq_len"] for r in json.loads(said)}
    assert rows["smollm2-135m"] == 8192 and rows["llama-3.1-8b"] == 10000
    code, said = run_cli(["models", "list", "--seq", "99999999999"], monkeypatch, capsys)
    assert code == 2 and said == ("error: --seq 99,999,999,999 is longer than every model's context (the longest "
                                  "is 131,072 tokens); lower --seq"), said


@pytest.mark.parametrize(("argv", "said"), [
    (["models", "show", "smollm2-135m", "--batch", "100000000000"],
     "'--batch': Input should be less than or equal to 8192"),
    (["models", "fit", "--vram", "12", "--rank", "100000000"], "'--rank': Input should be less than or equal to 1024"),
])
def test_estimates_refuse_a_batch_or_rank_no_run_could_use(argv, said):
    """`models show --batch 100000000000` printed a 23-billion-GB estimate with exit 0; the config caps batch_size
    at 8192 and lora.r at 1024 (the cockpit's estimate route too), so the estimate is held to the same caps."""
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2 and said in " ".join(result.output.replace("│", " ").split())
