#!/usr/bin/env bash
# The daily reports' morning peak (issue 5), measured from a second process with wrk on loopback.
#   scripts/bench-reports.sh [students=50000] [days=365]
# DATABASE_URL picks the engine (default: a scratch SQLite file in $BENCH_DIR). BENCH_SKIP_SETUP=1 reuses a
# prepared database and its token files. Prints the numbers for docs/benchmarks.md.
set -euo pipefail
students=${1:-50000}
days=${2:-365}
dir=${BENCH_DIR:-/tmp/zhibu-bench}
port=${BENCH_PORT:-8099}
bin=.build/release/zhibu
here=$(cd "$(dirname "$0")" && pwd)
export DATABASE_URL=${DATABASE_URL:-sqlite:$dir/bench.sqlite}
export ZHIBU_DATA_DIR=$dir LOG_LEVEL=notice ZHIBU_JOB_INTERVAL=0 ZHIBU_DEMO_MODE=1

if [ "${BENCH_SKIP_SETUP:-0}" != 1 ]; then
  rm -rf "$dir"; mkdir -p "$dir"
  /usr/bin/time -f "setup: %e s, peak %M KB" "$bin" bench --reports --students "$students" --days "$days" --output "$dir"
else
  # The prepared sessions have aged past their idle limit: make them as fresh as after the morning's logins.
  case "$DATABASE_URL" in
    sqlite:*) sqlite3 "${DATABASE_URL#sqlite:}" \
      "UPDATE sessions SET last_seen_at = CAST(strftime('%s','now') AS REAL), created_at = CAST(strftime('%s','now') AS REAL)" ;;
    postgres*) psql -q "$DATABASE_URL" -c "UPDATE sessions SET last_seen_at = now(), created_at = now()" ;;
  esac
fi

"$bin" serve --hostname 127.0.0.1 --port "$port" > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
url="http://127.0.0.1:$port"
# The organisation department logs in now (its session from the setup may have ended).
curl -sf -X POST -H 'Content-Type: application/json' -d '{"account":"org","password":"zhibu-demo-2026"}' \
  "$url/api/v1/session" | jq -r .token > "$dir/org.token"
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ {print $2}' "/proc/$server/status"; }
echo "server pid $server, RSS after start: $(rss) KB"

# A session met for the first time is read from the database and touched (a write); at login it would have been
# cached already. Every token is sent once or more before the timed runs, as the morning's logins would have done.
tokens=$(wc -l < "$dir/students.tokens")
warm=$(( tokens / 200 + 20 ))
echo "== warm-up: every student's session (GET /api/v1/me), as at login, ${warm} s"
BENCH_TOKENS=$dir/students.tokens wrk -t2 -c32 -d${warm}s -s "$here/bench/me.lua" "$url" | grep -E "Requests/sec|requests in|Non-2xx" || true
echo "RSS after warm-up: $(rss) KB"
# A database just copied or restored is on disk, not in memory: the first pass over 50,000 students reads their
# index pages from disk. A server in use has them cached from the day before; so does the timed run after this.
warm=$(( tokens / 2500 + 5 ))
echo "== warm-up: reports from every student (their pages in memory, as after yesterday's peak), ${warm} s"
BENCH_TOKENS=$dir/students.tokens wrk -t2 -c64 -d${warm}s -s "$here/bench/submit.lua" "$url" | grep -E "Requests/sec|requests in|Non-2xx" || true

echo "== GET /healthz, 15 s"
wrk -t2 -c64 -d15s "$url/healthz" | grep -E "Requests/sec|Latency"

echo "== POST /api/v1/daily-reports, as fast as it goes, 60 s"
BENCH_TOKENS=$dir/students.tokens wrk -t2 -c128 -d60s --latency -s "$here/bench/submit.lua" "$url" \
  | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"

echo "== POST /api/v1/daily-reports paced (128 connections, each waiting 5 ms between requests), 60 s"
BENCH_DELAY_MS=5 BENCH_TOKENS=$dir/students.tokens wrk -t2 -c128 -d60s --latency -s "$here/bench/submit.lua" "$url" \
  | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
echo "peak RSS so far: $(hwm) KB"

echo "== summaries while submissions run at ~1,000/s"
BENCH_DELAY_MS=10 BENCH_TOKENS=$dir/students.tokens wrk -t1 -c10 -d50s -s "$here/bench/submit.lua" "$url" > "$dir/background.txt" &
background=$!
sleep 5
echo "-- the whole school"
BENCH_TOKEN=$dir/org.token BENCH_PATH=/api/v1/daily-reports/summary wrk -t1 -c1 -d20s --latency -s "$here/bench/get.lua" "$url" \
  | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
echo "-- one college"
BENCH_TOKEN=$dir/org.token BENCH_PATH="/api/v1/daily-reports/summary?unit=$(cat "$dir/college.id")" \
  wrk -t1 -c1 -d20s --latency -s "$here/bench/get.lua" "$url" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
wait $background
echo "-- background submissions: $(grep Requests/sec "$dir/background.txt")"
echo "peak RSS of the server: $(hwm) KB; now $(rss) KB"
