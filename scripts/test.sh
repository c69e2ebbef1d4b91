#!/usr/bin/env bash
# make test: build, the suite on SQLite, the suite again on the private PostgreSQL, the browser test.
# Every step runs even when an earlier one failed (except after a failed build); the private
# PostgreSQL is always stopped at the end; the exit code is the first failure's.
#
# Environment:
#   ZHIBU_SUITE_TIMEOUT  seconds for one run of the suite when CI is set (default 1800)
#   ZHIBU_KEEP_PG=1      leave the private PostgreSQL running afterwards
#   ZHIBU_SKIP_BROWSER=1 skip the browser step
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

SWIFT="${SWIFT:-swift}"
SUITE_TIMEOUT="${ZHIBU_SUITE_TIMEOUT:-1800}"
LOGDIR=.build-test
mkdir -p "$LOGDIR"
rm -f "$LOGDIR/sqlite.log" "$LOGDIR/postgres.log"

FIRST_RC=0
FAILED=()
START=$SECONDS

header() { printf '\n== %s ==\n' "$*"; }
elapsed() { local s=$(( SECONDS - START )); printf '%dm%02ds' $(( s / 60 )) $(( s % 60 )); }

# record EXIT_CODE WHAT
record() {
    local rc="$1" what="$2"
    if [ "$rc" -ne 0 ]; then
        printf '!! %s failed (exit %s)\n' "$what" "$rc"
        FAILED+=("$what (exit $rc)")
        [ "$FIRST_RC" -ne 0 ] || FIRST_RC="$rc"
    fi
}

# In CI (no terminal) a hung suite should fail with a message and still clean up. At a terminal,
# timeout(1) would put the suite in a process group of its own, out of reach of Ctrl-C: run it plain.
with_timeout() {
    if [ -n "${CI:-}" ] && [ "${CI}" != false ]; then
        timeout -k 30 "$SUITE_TIMEOUT" "$@"
    else
        "$@"
    fi
}

# After a failure, the end of the output says why: CI shows the end of a long log.
# shellcheck disable=SC2317  # called by the EXIT trap
diagnose() {
    local log
    header "why it failed"
    for log in "$LOGDIR/sqlite.log" "$LOGDIR/postgres.log"; do
        [ -f "$log" ] || continue
        echo "-- $log: $(grep -c '✘ Test .* failed' "$log") failed tests; the first issues:"
        grep -E '✘ Test .* recorded an issue|Fatal error|fatal error|Assertion failed|signal [0-9]+' "$log" | head -n 12 | cut -c1-400
        grep -E '^✔ Test run|^✘ Test run' "$log" | tail -n 1
    done
    if [ -f .build-pg/postgres.log ]; then
        echo "-- the private PostgreSQL's log, its last errors:"
        grep -E 'PANIC|FATAL|No space|out of memory|terminated by signal' .build-pg/postgres.log | tail -n 8 | cut -c1-300
    fi
    echo "-- disk and memory:"
    df -h . "${TMPDIR:-/tmp}" 2>/dev/null | uniq
    free -m 2>/dev/null | head -n 2
}

DEPS_PID=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$DEPS_PID" ]; then
        # never kill apt-get or dpkg half way: let the installs finish
        wait "$DEPS_PID" 2>/dev/null || true
    fi
    if [ "${ZHIBU_KEEP_PG:-0}" = 1 ]; then
        echo "(ZHIBU_KEEP_PG=1: the private PostgreSQL keeps running)"
    else
        scripts/postgres.sh down || true
    fi
    if [ "$FIRST_RC" -eq 0 ] && [ "$rc" -ne 0 ]; then FIRST_RC=$rc; fi
    [ "$FIRST_RC" -eq 0 ] || diagnose
    if [ "$FIRST_RC" -eq 0 ]; then
        printf '\nmake test: every step passed (%s)\n' "$(elapsed)"
    else
        printf '\nmake test: FAILED after %s: %s\n' "$(elapsed)" "${FAILED[*]:-interrupted}"
    fi
    exit "$FIRST_RC"
}
trap cleanup EXIT
trap 'record 130 interrupted; exit 130' INT
trap 'record 143 terminated; exit 143' TERM

if ! command -v "$SWIFT" >/dev/null 2>&1 || ! "$SWIFT" --version >/dev/null 2>&1; then
    echo "error: the Swift 6 toolchain is not on PATH (on these machines: /opt/swift/usr/bin)" >&2
    record 1 "Swift toolchain check"
    exit 1
fi

# Debian's postgresql and chromium, and selenium from PyPI, install while Swift builds: the
# steps below install them again themselves if this did not work.
header "dependencies, in the background (log: $LOGDIR/deps.log)"
(
    scripts/postgres.sh install
    if [ "${ZHIBU_SKIP_BROWSER:-0}" != 1 ]; then scripts/browser-test.sh deps; fi
) >"$LOGDIR/deps.log" 2>&1 </dev/null &
DEPS_PID=$!

header "build ($(nproc) cores; a first debug build takes 7-10 min)"
"$SWIFT" --version 2>&1 | head -n 1
"$SWIFT" build --build-tests
rc=$?
record "$rc" "build"
if [ "$rc" -ne 0 ]; then
    exit "$rc"
fi
echo "(built at $(elapsed))"

header "suite on SQLite"
with_timeout env -u ZHIBU_TEST_DATABASE_URL -u DATABASE_URL "$SWIFT" test --skip-build 2>&1 | tee "$LOGDIR/sqlite.log"
record "${PIPESTATUS[0]}" "suite on SQLite"

wait "$DEPS_PID"
deps_rc=$?
DEPS_PID=""
if [ "$deps_rc" -ne 0 ]; then
    echo "(background install exited $deps_rc; its log follows, and the next steps try again)"
    tail -n 30 "$LOGDIR/deps.log"
fi

header "suite on PostgreSQL"
if PG_URL="$(scripts/postgres.sh up --fast)"; then
    echo "ZHIBU_TEST_DATABASE_URL=$PG_URL"
    with_timeout env -u DATABASE_URL ZHIBU_TEST_DATABASE_URL="$PG_URL" "$SWIFT" test --skip-build 2>&1 | tee "$LOGDIR/postgres.log"
    record "${PIPESTATUS[0]}" "suite on PostgreSQL"
else
    record 1 "starting PostgreSQL (scripts/postgres.sh up --fast)"
fi

if [ "${ZHIBU_SKIP_BROWSER:-0}" = 1 ]; then
    header "browser (skipped: ZHIBU_SKIP_BROWSER=1)"
else
    header "browser"
    scripts/browser-test.sh
    record $? "browser test"
fi

exit "$FIRST_RC"
