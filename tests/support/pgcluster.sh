#!/bin/sh
# A throw-away PostgreSQL cluster for the test suites (ctest fixture "pgcluster").
#
#   pgcluster.sh start STATE_DIR   initdb into a fresh /tmp directory, start it on a Unix socket
#                                  there (no TCP port to collide with), and write its admin URL
#                                  to STATE_DIR/url
#   pgcluster.sh stop STATE_DIR    stop it and delete everything
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user that
# Debian's postgresql package creates. Durability is off (fsync, full_page_writes): the tests
# kill dxserver, never PostgreSQL itself. The suites make one database per test server in it.
set -eu
cmd=${1:?start or stop}
state=${2:?state directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "pgcluster: PostgreSQL is not installed (packaging/install-deps.sh)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    if [ -f "$state/base" ]; then "$0" stop "$state" || true; fi
    mkdir -p "$state"
    base=$(mktemp -d /tmp/dxpg.XXXXXX)  # short: a socket path has at most 107 bytes
    chmod 755 "$base"
    [ "$(id -u)" -eq 0 ] && chown postgres "$base"
    echo "$base" > "$state/base"
    as_owner "$bindir/initdb" -D "$base/data" -U dx --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync > "$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
        -o "-k $base -c listen_addresses='' -c max_connections=400 -c fsync=off \
            -c full_page_writes=off -c synchronous_commit=off -c shared_buffers=64MB" \
        start > /dev/null || { cat "$base/server.log" >&2; exit 1; }
    echo "postgresql://dx@localhost/postgres?host=$base" > "$state/url"
    echo "pgcluster: PostgreSQL running in $base"
    ;;
stop)
    [ -f "$state/base" ] || exit 0
    base=$(cat "$state/base")
    as_owner "$bindir/pg_ctl" -D "$base/data" -m immediate -w stop > /dev/null 2>&1 || true
    rm -rf "$base" "$state/base" "$state/url"
    echo "pgcluster: stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
