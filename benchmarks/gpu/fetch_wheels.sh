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
bnb=$(ls .whl/bitsandbytes-0.50.2-*.whl)
tmp=$(mktemp -d)
(cd "$tmp" && unzip -q "$OLDPWD/$bnb" && rm -f bitsandbytes/libbitsandbytes_cuda1[12]*.so \
  bitsandbytes/libbitsandbytes_rocm*.so bitsandbytes/libbitsandbytes_xpu*.so && rm "$OLDPWD/$bnb" && zip -qr "$OLDPWD/$bnb" .)
rm -rf "$tmp"
du -sh .whl
