#!/usr/bin/env bash
# Installs and starts PostgreSQL 15 + pgvector (built from Debian's source package) and Redis 7
# on loopback, for the contract tests against real servers. Debian 12, run as root.
# Usage: scripts/services.sh [pg_port=55432] [redis_port=56379]
# Prints DATABASE_URL=… and REDIS_URL=… lines (for `eval`/`export`).
set -euo pipefail
PG_PORT=${1:-55432}
REDIS_PORT=${2:-56379}
PG_BIN=/usr/lib/postgresql/15/bin
export DEBIAN_FRONTEND=noninteractive

log() { echo "services: $*" >&2; }

if [ ! -x "$PG_BIN/postgres" ] || ! command -v redis-server >/dev/null || ! command -v make >/dev/null; then
  log "installing postgresql-15, redis-server, build tools"
  apt-get update -qq
  apt-get install -y -qq postgresql-15 postgresql-server-dev-15 redis-server build-essential >/dev/null
fi

if [ ! -f /usr/share/postgresql/15/extension/vector.control ]; then
  log "building pgvector from Debian's source package"
  [ -x "$PG_BIN/pg_config" ] || apt-get install -y -qq postgresql-server-dev-15 >/dev/null
  src=/etc/apt/sources.list.d/pgvector-src.sources
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' >"$src"
  apt-get update -qq
  work=$(mktemp -d)
  chmod 755 "$work"
  (cd "$work" && apt-get source -qq --download-only pgvector >/dev/null 2>&1)
  rm -f "$src"
  apt-get update -qq
  (cd "$work" && tar xzf pgvector_*.orig.tar.gz && cd pgvector-*/ &&
    make -s -j2 PG_CONFIG="$PG_BIN/pg_config" >/dev/null &&
    make -s install PG_CONFIG="$PG_BIN/pg_config" >/dev/null)
fi

if ! pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  data=$(mktemp -d /tmp/rzd-pg.XXXX)
  chown postgres "$data"
  su postgres -c "$PG_BIN/initdb -D $data/db -A trust -U postgres >/dev/null"
  su postgres -c "$PG_BIN/pg_ctl -D $data/db -l $data/log -o '-p $PG_PORT -k $data -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off' start >/dev/null"
fi

if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
fi

for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
for _ in $(seq 30); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 1; done
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'create extension if not exists vector' >/dev/null

echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
echo "REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
