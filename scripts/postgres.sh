#!/usr/bin/env bash
# Start a private PostgreSQL for milwatch's tests (or a first try of --db postgresql://...).
#
#   url=$(bash scripts/postgres.sh)        # prints the URL on its last line; reuses a running server
#   bash scripts/postgres.sh stop
#
# Installs Debian's `postgresql` package when no server binaries are found (apt-get, as root or
# through sudo), makes a cluster in $MILWATCH_PG_DIR (default: /tmp/milwatch-pg-<uid>) owned by the
# current user (by `postgres` when run as root: PostgreSQL refuses to run as root), and starts it on
# a unix socket in that directory only (no TCP port).  Durability is traded for speed (fsync=off):
# this server is for tests, not for data you keep.
# Exit codes: 0 started (or already running), 3 PostgreSQL cannot be installed, 1 other errors.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"  # runuser, useradd: a PATH of /usr/bin:/bin alone (as CI may give) lacks them

DIR="${MILWATCH_PG_DIR:-${TMPDIR:-/tmp}/milwatch-pg-$(id -u)}"
DATA="$DIR/data"
DB_USER=milwatch
URL="postgresql://$DB_USER@/postgres?host=$DIR"

find_bin() {
  local name=$1 found
  found=$(command -v "$name" 2>/dev/null || true)
  if [ -z "$found" ]; then
    found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  printf '%s' "$found"
}

install_postgres() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "postgres.sh: PostgreSQL is not installed and there is no root or sudo to install it" >&2
      echo "  install it yourself: apt-get install postgresql" >&2; exit 3
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    echo "postgres.sh: PostgreSQL is not installed and apt-get is missing; install PostgreSQL 13+ yourself" >&2
    exit 3
  fi
  echo "postgres.sh: installing Debian's postgresql package" >&2
  if ! { $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2; }; then
    echo "postgres.sh: apt-get install postgresql failed" >&2; exit 3
  fi
}

PG_CTL=$(find_bin pg_ctl)
INITDB=$(find_bin initdb)
if [ -z "$PG_CTL" ] || [ -z "$INITDB" ]; then
  install_postgres
  PG_CTL=$(find_bin pg_ctl); INITDB=$(find_bin initdb)
  if [ -z "$PG_CTL" ] || [ -z "$INITDB" ]; then echo "postgres.sh: no pg_ctl/initdb after installing" >&2; exit 3; fi
fi

# PostgreSQL refuses to run as root: root runs it as the `postgres` user the package made.
AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" postgres
  AS=(runuser -u postgres --)
fi

mkdir -p "$DIR"
[ "${#AS[@]}" -eq 0 ] || chown postgres "$DIR"
chmod 700 "$DIR"

if [ "${1:-}" = stop ]; then
  "${AS[@]}" "$PG_CTL" -D "$DATA" -m fast stop >&2 || true
  exit 0
fi

if "${AS[@]}" "$PG_CTL" -D "$DATA" status >/dev/null 2>&1; then
  echo "$URL"; exit 0
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  "${AS[@]}" "$INITDB" -D "$DATA" -U "$DB_USER" -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
fi
# root's tests connect as any OS user: the socket must be reachable
chmod 711 "$DIR"
"${AS[@]}" "$PG_CTL" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
  -o "-k $DIR -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { tail -n 20 "$DIR/server.log" >&2; exit 1; }
echo "$URL"
