#!/bin/bash
# On a CUDA machine (the device tool: `run` with carry [".whl", ...], command `bash benchmarks/gpu/session.sh`):
# the GPU test tier beside the headline case, then every benchmarks/gpu_memory.py case by priority and the full-size
# load peak, each writing JSON into OUT as soon as it ends (a call cut short still returns what finished).
# One H200 call ran it all in ~400 s + ~110 s (2026-11-27). Merge afterwards, here:
#   python benchmarks/gpu_memory.py --table OUT/gpu_memory-*.json
set -u
OUT=${OUT:-benchmarks/results/gpu-session}; mkdir -p "$OUT"
BUDGET=${BUDGET:-560}  # seconds this script may take; steps that would not fit are skipped, not cut
T0=$(date +%s); left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
if [ -d .whl ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
    || exit 9
  export PYTHONPATH=/tmp/site:$PWD/src
else
  export PYTHONPATH=$PWD/src
fi
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
(timeout 200 python3 -m pytest -m gpu -q -p no:cacheprovider tests/test_gpu.py tests/training/test_packing_gpu.py \
  tests/models/test_expert_loading.py > "$OUT/test_gpu.log" 2>&1; echo "pytest rc $?" >> "$OUT/test_gpu.log") &
bench() { local only=$1 need=$2 l; l=$(left)
  if [ "$l" -lt "$need" ]; then echo "SKIP $only ($l s left)"; return; fi
  timeout "$l" python3 benchmarks/gpu_memory.py --only "$only" --case-timeout 300 --results-dir "$OUT" 2>&1 \
    | tee -a "$OUT/bench.log" | grep -E "tok/s|wrote|gpu_memory.py:"
  rm -f "$OUT"/*.md; }
bench gpt-oss-20b:qlora:1024 60  # the headline; runs beside the test tier, so rerun it alone for its tokens/s
wait; tail -4 "$OUT/test_gpu.log"
bench llama-3.1-8b 150
bench smollm2-135m 90
bench gpt-oss-20b:qlora:2048,gpt-oss-20b:lora 100
l=$(left)
if [ "$l" -gt 150 ]; then timeout "$l" python3 benchmarks/load_peak.py --full-size gpt-oss-20b --json "$OUT/load_peak.json"
else echo "SKIP load_peak ($l s left; it took ~110 s on an H200, 40 GB written)"; fi
echo "done in $(( $(date +%s) - T0 )) s"
