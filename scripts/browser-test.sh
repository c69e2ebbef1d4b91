#!/usr/bin/env bash
# The browser test: headless Chromium (Debian's chromium + chromium-driver) drives a real server
# with the demo university, through pytest + selenium (Tests/browser).
#
#   scripts/browser-test.sh          install what is missing, build, seed, serve on :18080, pytest
#   scripts/browser-test.sh deps     only install what is missing (chromium, chromedriver, selenium, pytest)
#
# Environment:
#   ZHIBU_BASE_URL       test a server that already runs there: no build, no seeding, no server start
#   ZHIBU_BROWSER_PORT   port of the server this script starts (default 18080)
#   CONFIG               debug (default) or release
#   PYTEST_ARGS          extra arguments for pytest (e.g. "-k login -x")
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SWIFT="${SWIFT:-swift}"
CONFIG="${CONFIG:-debug}"
BIN="${BIN:-.build/$CONFIG}"
PORT="${ZHIBU_BROWSER_PORT:-18080}"
WORK=.build-browser
DB_URL="sqlite:$WORK/zhibu.sqlite"

say() { printf 'browser-test: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

install_deps() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
    # a small Chinese font, so that screenshots of failures (.build-browser/failures) are legible
    if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
        missing+=(fonts-wqy-microhei)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing Debian packages: ${missing[*]}"
        local sudo=()
        if [ "$(id -u)" -ne 0 ]; then
            command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install ${missing[*]} by hand"
            sudo=(sudo)
        fi
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -q
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    if ! python3 -c 'import selenium, pytest' 2>/dev/null; then
        say "installing selenium and pytest from PyPI"
        local extra=()
        [ "$(id -u)" -eq 0 ] && extra=(--root-user-action=ignore)
        python3 -m pip install --quiet "${extra[@]}" selenium pytest
    fi
    python3 -c 'import selenium, pytest' || die "selenium or pytest still not importable by python3"
    [ -x /usr/bin/chromedriver ] || die "/usr/bin/chromedriver is missing"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 0 when GET $1 answers 200.
http_ok() {
    python3 - "$1" <<'EOF'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception:
    sys.exit(1)
EOF
}

SERVER_PID=""
stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

run_pytest() {
    local base="$1" rc=0
    say "pytest against $base"
    local limit=()
    # in CI a hung browser should fail, not eat the time limit; at a terminal, timeout(1) would
    # keep Ctrl-C from reaching pytest
    if [ -n "${CI:-}" ] && [ "${CI}" != false ]; then
        limit=(timeout -k 10 "${ZHIBU_BROWSER_TIMEOUT:-900}")
    fi
    # shellcheck disable=SC2086  # PYTEST_ARGS is meant to split into words
    ZHIBU_BASE_URL="$base" PYTHONDONTWRITEBYTECODE=1 \
        "${limit[@]}" python3 -m pytest -q Tests/browser ${PYTEST_ARGS:-} || rc=$?
    return "$rc"
}

main() {
    if [ "${1:-}" = deps ]; then
        install_deps
        say "chromium, chromedriver, selenium and pytest are ready"
        return 0
    fi
    [ $# -eq 0 ] || die "unknown argument: $1"

    install_deps

    if [ -n "${ZHIBU_BASE_URL:-}" ]; then
        local rc=0
        run_pytest "${ZHIBU_BASE_URL%/}" || rc=$?
        return "$rc"
    fi

    command -v "$SWIFT" >/dev/null 2>&1 || die "the Swift 6 toolchain ('$SWIFT') is not on PATH"
    say "building zhibu ($CONFIG)"
    "$SWIFT" build -c "$CONFIG" --product zhibu
    [ -x "$BIN/zhibu" ] || die "$BIN/zhibu was not built"

    rm -rf "$WORK"
    mkdir -p "$WORK"
    say "seeding $WORK/zhibu.sqlite: zhibu demo --students 400 --seed 7"
    DATABASE_URL="$DB_URL" "$BIN/zhibu" demo --students 400 --seed 7

    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is taken: stop that program or set ZHIBU_BROWSER_PORT"

    local base="http://127.0.0.1:$PORT"
    say "starting the server on $base (log: $WORK/server.log)"
    trap stop_server EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ZHIBU_DEMO_MODE=1 DATABASE_URL="$DB_URL" \
        "$BIN/zhibu" serve --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!

    local deadline=$(( SECONDS + 60 ))
    until http_ok "$base/healthz"; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            tail -n 40 "$WORK/server.log" >&2 || true
            die "the server exited before /healthz answered"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            tail -n 40 "$WORK/server.log" >&2 || true
            die "GET $base/healthz did not answer 200 within 60 s"
        fi
        sleep 0.5
    done
    say "server is up"

    local rc=0
    run_pytest "$base" || rc=$?
    if [ "$rc" -ne 0 ]; then
        say "pytest exited $rc; last lines of the server log:"
        tail -n 40 "$WORK/server.log" >&2 || true
    fi
    stop_server
    return "$rc"
}

main "$@"
