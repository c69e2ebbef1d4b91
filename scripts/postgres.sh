#!/usr/bin/env bash
# A private PostgreSQL for development and tests, from Debian's package (no Docker here).
#
#   scripts/postgres.sh up [--fast]     start it (idempotent), wait until ready, print the URL
#   scripts/postgres.sh down            stop it (fast shutdown)
#   scripts/postgres.sh reset [--fast]  down, delete the data folder, up
#   scripts/postgres.sh url             print the URL of the test database
#   scripts/postgres.sh status          say whether it runs
#   scripts/postgres.sh psql [ARGS]     open psql on the test database as role zhibu
#   scripts/postgres.sh purge           down, then delete .build-pg (and what it links to)
#   scripts/postgres.sh install         only install Debian's postgresql if initdb is missing
#
# Data: .build-pg/data (ignored by git), log: .build-pg/postgres.log, socket: .build-pg/run.
# Listens on 127.0.0.1 only, port 54329 (PGPORT overrides). Role zhibu/zhibu (CREATEDB) owns
# database zhibu_test. --fast turns fsync and full_page_writes off: for tests only, a crash can
# lose data. synchronous_commit stays on in both modes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PGPORT:-54329}"
PG_HOME="$ROOT/.build-pg"
DB_USER=zhibu
DB_PASS=zhibu
DB_NAME=zhibu_test
SUPERUSER=postgres   # name of the bootstrap superuser initdb creates (-U), whoever runs it

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

url() { printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$DB_USER" "$DB_PASS" "$PORT" "$DB_NAME"; }

# ---------------------------------------------------------------------------------------------
# Binaries

find_bindir() {
    local d best=""
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] || continue
        best="$d"   # the glob sorts 13 < 15 < 16 as long as versions have two digits
    done
    printf '%s' "$best"
}

install_postgres() {
    say "PostgreSQL server binaries not found; installing Debian's postgresql package"
    local sudo=()
    if ! is_root; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install the 'postgresql' package by hand"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q >&2
    "${sudo[@]}" apt-get install -y -q --no-install-recommends postgresql >&2
    # The package may create and start its own cluster (port 5432). It is not ours and does not
    # matter; stop it so that it costs no memory.
    if command -v pg_lsclusters >/dev/null 2>&1; then
        local ver name
        while read -r ver name _; do
            "${sudo[@]}" pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true
        done < <(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1, $2 }')
    fi
}

BINDIR=""
need_bindir() {
    BINDIR="$(find_bindir)"
    if [ -z "$BINDIR" ]; then
        install_postgres
        BINDIR="$(find_bindir)"
        [ -n "$BINDIR" ] || die "installed postgresql but found no /usr/lib/postgresql/*/bin/initdb"
    fi
}

# ---------------------------------------------------------------------------------------------
# Paths and the user that runs the server

DATA=""
SOCK=""
LOG=""

# Run a command as the server's owner: 'postgres' when we are root (PostgreSQL refuses to run as
# root), else the current user.
as_owner() {
    if is_root; then
        if command -v runuser >/dev/null 2>&1; then
            (cd / && runuser -u postgres -- "$@")
        else
            local q
            q="$(printf '%q ' "$@")"
            (cd / && su postgres -s /bin/sh -c "$q")
        fi
    else
        "$@"
    fi
}

# Work out DATA, SOCK and LOG; create the folders when $1 = create.
resolve_paths() {
    local create="${1:-}"
    if is_root; then
        id postgres >/dev/null 2>&1 || die "user 'postgres' is missing (it comes with Debian's postgresql package)"
    fi
    if [ "$create" = create ]; then
        if [ -L "$PG_HOME" ] && [ ! -d "$PG_HOME/" ]; then
            rm -f "$PG_HOME"   # dangling link to a temporary folder that is gone
        fi
        mkdir -p "$PG_HOME"
        if is_root; then
            chown postgres: "$PG_HOME" 2>/dev/null || true
            # In a clone under a private folder (mode 700 somewhere above), user postgres cannot
            # reach .build-pg: then keep the files in a folder of its own and link to it.
            if ! runuser -u postgres -- test -w "$(cd "$PG_HOME" && pwd -P)/." 2>/dev/null; then
                local alt
                alt="/var/tmp/zhibu-pg-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
                say "user postgres cannot reach $PG_HOME; keeping the data in $alt (linked from .build-pg)"
                mkdir -p "$alt"
                chown postgres: "$alt"
                chmod 700 "$alt"
                rm -rf "$PG_HOME"
                ln -s "$alt" "$PG_HOME"
            fi
        fi
    fi
    local home
    home="$(cd "$PG_HOME" 2>/dev/null && pwd -P || printf '%s' "$PG_HOME")"
    DATA="$home/data"
    LOG="$home/postgres.log"
    SOCK="$home/run"
    # A Unix socket path holds at most 107 bytes: with a deep clone, use a short folder instead.
    if [ $(( ${#SOCK} + 20 )) -gt 100 ]; then
        SOCK="/tmp/zhibu-pg-sock-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
    fi
    if [ "$create" = create ]; then
        mkdir -p "$SOCK"
        if is_root; then chown postgres: "$SOCK"; fi
        chmod 700 "$SOCK"
    fi
}

# ---------------------------------------------------------------------------------------------
# State

# The PID in postmaster.pid, if that process is alive and is a postgres serving our data folder.
our_postmaster_pid() {
    local pidfile="$DATA/postmaster.pid" pid cmd
    [ -f "$pidfile" ] || return 1
    pid="$(head -n 1 "$pidfile" 2>/dev/null | tr -dc '0-9')"
    [ -n "$pid" ] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)"
    case "$cmd" in
        *postgres*"$DATA"*) printf '%s' "$pid"; return 0 ;;
    esac
    return 1
}

is_running() { our_postmaster_pid >/dev/null; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# A postmaster.pid (or socket lock) left by a server that is gone — a crash, a killed session,
# a machine restored from a snapshot where the PID now belongs to another process — would make
# the next start refuse. Remove it when it names no live postgres of ours.
clear_stale_locks() {
    if [ -f "$DATA/postmaster.pid" ] && ! is_running; then
        say "removing stale $DATA/postmaster.pid"
        rm -f "$DATA/postmaster.pid"
    fi
    local lock="$SOCK/.s.PGSQL.$PORT.lock" pid
    if [ -f "$lock" ]; then
        pid="$(head -n 1 "$lock" 2>/dev/null | tr -dc '0-9')"
        if [ -z "$pid" ] || [ ! -d "/proc/$pid" ] || ! is_running; then
            rm -f "$lock" "$SOCK/.s.PGSQL.$PORT"
        fi
    fi
}

wait_ready() {
    for _ in $(seq 1 120); do
        if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" -d postgres -U "$SUPERUSER"; then
            return 0
        fi
        is_running || { tail -n 30 "$LOG" >&2 2>/dev/null || true; die "server exited during start-up (log: $LOG)"; }
        sleep 0.5
    done
    tail -n 30 "$LOG" >&2 2>/dev/null || true
    die "server not ready after 60 s (log: $LOG)"
}

# ---------------------------------------------------------------------------------------------
# Commands

init_cluster() {
    local locale=C.UTF-8
    if ! locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then locale=C; fi
    say "initdb in $DATA (locale $locale)"
    mkdir -p "$DATA"
    if is_root; then chown postgres: "$DATA"; fi
    chmod 700 "$DATA"
    if ! as_owner "$BINDIR/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
            --locale="$locale" >"$PG_HOME/initdb.log" 2>&1; then
        if [ "$locale" != C ]; then
            say "initdb with $locale failed; trying locale C"
            rm -rf "$DATA"; mkdir -p "$DATA"
            if is_root; then chown postgres: "$DATA"; fi
            chmod 700 "$DATA"
            as_owner "$BINDIR/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
                --locale=C >"$PG_HOME/initdb.log" 2>&1 \
                || { cat "$PG_HOME/initdb.log" >&2; die "initdb failed"; }
        else
            cat "$PG_HOME/initdb.log" >&2; die "initdb failed"
        fi
    fi
    # Settings that hold in every mode; port, socket folder and the --fast ones come on the
    # command line at start, so PGPORT can change between runs.
    cat >>"$DATA/postgresql.conf" <<'EOF'

# --- added by scripts/postgres.sh ---
listen_addresses = '127.0.0.1'
max_connections = 600
synchronous_commit = on
log_min_messages = warning
log_min_error_statement = error
EOF
}

ensure_role_and_db() {
    local psql=("$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U "$SUPERUSER")
    "${psql[@]}" -d postgres >/dev/null <<EOF
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS';
  END IF;
END
\$\$;
EOF
    if [ "$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
        "${psql[@]}" -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    fi
}

cmd_up() {
    local fast=0 arg
    for arg in "$@"; do
        case "$arg" in
            --fast) fast=1 ;;
            *) die "unknown option for up: $arg" ;;
        esac
    done
    need_bindir
    resolve_paths create
    if is_running; then
        if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
            say "already running (pid $(our_postmaster_pid), port $PORT)"
            [ "$fast" = 1 ] && say "note: --fast takes effect only on a fresh start (it runs with the settings it was started with)"
            ensure_role_and_db
            url
            return 0
        fi
        say "a server of ours runs on $DATA but does not answer on port $PORT; restarting it"
        cmd_down
        resolve_paths create
    fi
    if [ ! -s "$DATA/PG_VERSION" ]; then
        if [ -d "$DATA" ] && [ -n "$(ls -A "$DATA" 2>/dev/null)" ]; then
            say "$DATA holds no complete cluster; starting it afresh"
        fi
        rm -rf "$DATA"
        init_cluster
    elif [ "$(cat "$DATA/PG_VERSION")" != "$(basename "$(dirname "$BINDIR")")" ]; then
        die "$DATA was made by PostgreSQL $(cat "$DATA/PG_VERSION"), this is $(basename "$(dirname "$BINDIR")"): run scripts/postgres.sh reset"
    fi
    clear_stale_locks
    if port_in_use; then
        die "port $PORT on 127.0.0.1 is taken by another program: stop it or set PGPORT"
    fi
    # The suite runs its tests in parallel, each app with its own pool (up to 8 connections on two cores):
    # max_connections on the command line, so that a cluster made by an older script gets it too.
    local opts="-c port=$PORT -c unix_socket_directories='$SOCK' -c listen_addresses=127.0.0.1 -c max_connections=600"
    if [ "$fast" = 1 ]; then
        opts="$opts -c fsync=off -c full_page_writes=off"
    fi
    # More settings for one start, e.g. ZHIBU_PG_OPTIONS="-c shared_buffers=2GB" for the benchmark.
    opts="$opts ${ZHIBU_PG_OPTIONS:-}"
    say "starting PostgreSQL $(basename "$(dirname "$BINDIR")") on 127.0.0.1:$PORT$([ "$fast" = 1 ] && printf ' (fast: fsync off)')"
    touch "$LOG"
    if is_root; then chown postgres: "$LOG"; fi
    if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -o "$opts" -w -t 60 start >/dev/null; then
        tail -n 30 "$LOG" >&2 || true
        die "pg_ctl start failed (log: $LOG)"
    fi
    wait_ready
    ensure_role_and_db
    url
}

cmd_down() {
    [ -e "$PG_HOME" ] || { say "not running (no $PG_HOME)"; return 0; }
    need_bindir
    resolve_paths
    if ! is_running; then
        clear_stale_locks 2>/dev/null || true
        say "not running"
        return 0
    fi
    say "stopping (port $PORT)"
    if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null; then
        say "fast shutdown did not finish; immediate shutdown"
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null || true
    fi
    if is_running; then
        die "could not stop the server (pid $(our_postmaster_pid))"
    fi
}

cmd_reset() {
    cmd_down
    if [ -e "$PG_HOME" ]; then
        resolve_paths
        say "removing $DATA"
        rm -rf "$DATA" "$LOG"
    fi
    cmd_up "$@"
}

cmd_purge() {
    cmd_down
    if [ -L "$PG_HOME" ]; then
        local target
        target="$(cd "$PG_HOME" 2>/dev/null && pwd -P)" || target=""
        case "$target" in /var/tmp/zhibu-pg-*) rm -rf "$target" ;; esac
    fi
    rm -rf "$PG_HOME"
    say "removed $PG_HOME"
}

cmd_status() {
    if [ ! -e "$PG_HOME" ]; then echo "not running (no data folder)"; return 3; fi
    resolve_paths
    if is_running; then
        echo "running: pid $(our_postmaster_pid), data $DATA, $(url)"
    else
        echo "not running (data $DATA)"
        return 3
    fi
}

cmd_psql() {
    need_bindir
    resolve_paths
    PGPASSWORD="$DB_PASS" exec "$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" "$@"
}

main() {
    local cmd="${1:-}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        up) cmd_up "$@" ;;
        down) cmd_down ;;
        reset) cmd_reset "$@" ;;
        url) url ;;
        status) cmd_status ;;
        purge) cmd_purge ;;
        psql) cmd_psql "$@" ;;
        install) need_bindir; say "using $BINDIR" ;;
        *) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
}

main "$@"
