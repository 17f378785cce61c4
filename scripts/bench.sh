#!/usr/bin/env bash
# Benchmarks: mdmdoc against its peers on the same synthetic inputs (see BENCHMARKS.md).
#
#   scripts/bench.sh            the table of BENCHMARKS.md (1 M devices, 100 MB log)
#   scripts/bench.sh --scaling  diagnose at 100 k, 1 M and 5 M devices (5 M files deleted after)
#   scripts/bench.sh --report   a quick run on small inputs that prints the same table and
#                               never fails: the regression guard CI can run (report only)
#
# Builds release, installs the peers it needs (jq, hyperfine, ripgrep, GNU time) with apt-get
# when they are missing, generates inputs under target/bench/ (never committed), and prints
# times (best of RUNS), peak memory (GNU time's maximum resident set size) and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=full
case "${1:-}" in
  --scaling) MODE=scaling ;;
  --report) MODE=report ;;
  "") ;;
  *) echo "usage: $0 [--scaling|--report]" >&2; exit 2 ;;
esac

NOW=2026-11-22T12:00:00Z
DATA=target/bench
RUNS=${RUNS:-3}
mkdir -p "$DATA"

need() {
  local missing=()
  command -v jq >/dev/null || missing+=(jq)
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  command -v rg >/dev/null || missing+=(ripgrep)
  [ -x /usr/bin/time ] || missing+=(time)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} ..." >&2
    (apt-get update -qq && apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 || {
      echo "could not install ${missing[*]}; install them and run again" >&2
      exit 2
    }
  fi
}

need
echo "== building (release)" >&2
cargo build --release --quiet --bin mdmdoc --example synth
BIN=target/release/mdmdoc
SYNTH=target/release/examples/synth

tenant() { # devices -> dir
  local dir="$DATA/tenant-$1"
  [ -f "$dir/managedDevices.json" ] || "$SYNTH" tenant --devices "$1" --out "$dir"
  echo "$dir"
}
logfile() { # megabytes -> file
  local f="$DATA/app-$1mb.log"
  [ -f "$f" ] || "$SYNTH" log --mb "$1" --out "$f"
  echo "$f"
}
[ -f "$DATA/literals.txt" ] || "$SYNTH" literals --out "$DATA/literals.txt"

# measure CMD... -> "seconds peak_MB" (best time of RUNS runs; its memory).
measure() {
  local runs=$1; shift
  local best="" mem="" out
  out=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>&1 || true
    read -r t m < <(tail -n 1 "$out")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; mem=$m; fi
  done
  rm -f "$out"
  echo "$best $((mem / 1024))"
}

# hyperfine median in milliseconds: on a shared machine a few runs are preempted, which moves
# the mean of a 1 ms command far more than its median.
hf() {
  local out
  out=$(mktemp)
  hyperfine -N --warmup 20 --runs "${HF_RUNS:-200}" --export-json "$out" "$@" >/dev/null 2>&1
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join('%.2f' % (x['median']*1000) for x in r))" "$out"
  rm -f "$out"
}

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.1f\", $1 / $2; else print \"-\" }"; }

row() { printf "| %s | %s | %s | %s | %s | %s | %s |\n" "$@"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ "$MODE" = scaling ]; then
  echo "| devices | managedDevices.json | mdmdoc diagnose s | peak MB | µs per device |"
  echo "|---:|---:|---:|---:|---:|"
  for n in 100000 1000000 5000000; do
    dir=$(tenant $n)
    size=$(du -m "$dir/managedDevices.json" | cut -f1)
    read -r t m < <(measure "$RUNS" "$BIN" diagnose "$dir" --now "$NOW" --format json)
    printf "| %s | %s MB | %s | %s | %s |\n" "$n" "$size" "$t" "$m" "$(awk "BEGIN{printf \"%.2f\", $t * 1e6 / $n}")"
    if [ $n -ge 5000000 ]; then rm -rf "$dir"; fi
  done
  exit 0
fi

if [ "$MODE" = report ]; then
  DEVICES=100000; MB=10; RUNS=1; HF_RUNS=20
else
  DEVICES=1000000; MB=100
fi
dir=$(tenant $DEVICES)
log=$(logfile $MB)
md="$dir/managedDevices.json"

echo "| task | mdmdoc | mdmdoc peak MB | peer | peer time | peer peak MB | ratio (peer / mdmdoc) |"
echo "|---|---:|---:|---|---:|---:|---:|"

# 1. diagnose vs jq's device-per-user count (and Python's json.load).
read -r dt dm < <(measure "$RUNS" "$BIN" diagnose "$dir" --now "$NOW" --format json)
read -r jt jm < <(measure 1 jq '[.value[] | .userPrincipalName] | group_by(.) | map(length)' "$md")
row "diagnose $DEVICES devices" "${dt} s" "$dm" "jq group_by count" "${jt} s" "$jm" "$(ratio "$jt" "$dt")×"
read -r pt pm < <(measure 1 python3 -c "import json,sys,collections; d=json.load(open(sys.argv[1])); print(len(collections.Counter(x.get('userPrincipalName') for x in d['value'])))" "$md")
row "diagnose $DEVICES devices" "${dt} s" "$dm" "python3 json.load count" "${pt} s" "$pm" "$(ratio "$pt" "$dt")×"

# 2. explain from process start to answer vs `true` (and, for the floor of any Rust binary, a
# Rust hello-world and `mdmdoc --version`), side by side in one hyperfine run.
HELLO="$DATA/hello"
if [ ! -x "$HELLO" ]; then
  printf 'fn main() { println!("hello"); }\n' >"$DATA/hello.rs"
  rustc -O -o "$HELLO" "$DATA/hello.rs"
fi
read -r et tt ht vt < <(hf "$BIN explain DeviceCapReached" "true" "$HELLO" "$BIN --version")
row "explain DeviceCapReached" "${et} ms" "-" "true" "${tt} ms" "-" "$(ratio "$et" "$tt")× slower"
row "explain DeviceCapReached" "${et} ms" "-" "Rust hello-world" "${ht} ms" "-" "$(ratio "$et" "$ht")× slower"
row "explain DeviceCapReached" "${et} ms" "-" "mdmdoc --version" "${vt} ms" "-" "$(ratio "$et" "$vt")× slower"

# 3. scan vs ripgrep looking for the same literal messages, case-insensitively, with line numbers.
read -r st sm < <(measure "$RUNS" "$BIN" scan "$log" --format json)
read -r rt rm_ < <(measure "$RUNS" rg -n -i -F -f "$DATA/literals.txt" "$log")
row "scan ${MB} MB log" "${st} s" "$sm" "rg -n -i -F -f literals" "${rt} s" "$rm_" "$(ratio "$st" "$rt")× slower"

# Instructions from process start to exit (callgrind): unlike times, these do not depend on the
# machine's load, so a start-up regression shows here first. Report only.
if command -v valgrind >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq valgrind >/dev/null 2>&1; }; then
  instr() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
      awk '/refs:/ {gsub(",", "", $NF); print $NF}'
  }
  echo
  echo "| start-up, instructions (callgrind) | count |"
  echo "|---|---:|"
  instr_row() { printf "| %s | %s |\n" "$*" "$(instr "$@")"; }
  instr_row "$BIN" explain DeviceCapReached
  instr_row "$BIN" --lang fr-FR explain DeviceCapReached
  instr_row "$BIN" --version
  instr_row "$HELLO"
  instr_row /usr/bin/true
else
  echo "(valgrind not available: instruction counts skipped)"
fi

echo
echo "goals: diagnose ≥ 20× faster than jq with ≤ 150 MB; explain ≤ 3× true; scan ≤ 2× ripgrep"
if [ "$MODE" = report ]; then
  echo "(report only: small inputs; the numbers are for spotting regressions, not the claim)"
fi
