#!/usr/bin/env bash
# Load test of `mdmdoc serve` on loopback: 2,000 requests at concurrency 50 (override with
# REQUESTS / CONCURRENCY), zero errors expected; prints p50/p90/p99 latency and throughput.
# Builds the release binary and the load client (examples/load.rs), starts the server on a free
# port, runs the client, then stops the server with SIGTERM. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-2000}
CONCURRENCY=${CONCURRENCY:-50}
PROFILE=${PROFILE:-release}
flag=(); [ "$PROFILE" = release ] && flag=(--release)
cargo build --locked "${flag[@]}" --bin mdmdoc --example load
bin=target/$PROFILE/mdmdoc
log=$(mktemp)
"$bin" serve --listen 127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start:"; cat "$log"; exit 1; }
echo "server: $url ($PROFILE build), $REQUESTS requests at concurrency $CONCURRENCY"
"target/$PROFILE/examples/load" "$url" "$REQUESTS" "$CONCURRENCY"
kill -TERM $pid
wait $pid
echo "server stopped cleanly after $(grep -c ' /api/\| /healthz' "$log") logged requests"
