#!/bin/sh
# Sign-in answer times by case, same run (issue 13, finding 3): a wrong password for a real
# account, any password for an unknown username, and both names once locked. Every case should
# spend one PBKDF2 check, so the ratios to the unknown-user median should be near 1.
# Usage: bench/signin_timing.sh [BUILD_DIR] [RUNS]
set -eu
BUILD=${1:-build/release}
RUNS=${2:-9}
DXSERVER=$BUILD/bin/dxserver
PORT=18191
WORK=$(mktemp -d)
trap 'kill $DXPID 2>/dev/null; rm -rf $WORK' EXIT

"$DXSERVER" seed-demo --data "$WORK/data" >/dev/null
# A high lockout so that the "wrong" cases are not locked; a second server run locks at 1.
"$DXSERVER" serve --data "$WORK/data" --listen 127.0.0.1:$PORT --lockout 1000 >/dev/null 2>&1 &
DXPID=$!
sleep 1

# time_case NAME BODY: RUNS sign-ins, the median of curl's total time in ms
time_case() {
    for i in $(seq "$RUNS"); do
        curl -s -o /dev/null -w '%{time_total}\n' -X POST "127.0.0.1:$PORT/api/v1/session" -d "$2"
    done | sort -n | awk -v n="$RUNS" -v name="$1" '{a[NR]=$1} END {printf "%s %.1f\n", name, a[int((n+1)/2)]*1000}'
}

# Not in a pipeline: the server restarted below must be the one the exit trap stops.
time_case unknown '{"username":"ghost.nobody","password":"Wrong#2026x"}' > "$WORK/times"
time_case wrong '{"username":"operator","password":"Wrong#2026x"}' >> "$WORK/times"
kill $DXPID; wait $DXPID 2>/dev/null || true
"$DXSERVER" serve --data "$WORK/data" --listen 127.0.0.1:$PORT --lockout 1 >/dev/null 2>&1 &
DXPID=$!
sleep 1
# One wrong password locks each name at --lockout 1; what follows is answered "locked".
curl -s -o /dev/null -X POST "127.0.0.1:$PORT/api/v1/session" -d '{"username":"dept","password":"Wrong#2026x"}'
curl -s -o /dev/null -X POST "127.0.0.1:$PORT/api/v1/session" -d '{"username":"ghost.locked","password":"Wrong#2026x"}'
time_case locked_known '{"username":"dept","password":"Final#2026hn"}' >> "$WORK/times"
time_case locked_unknown '{"username":"ghost.locked","password":"Wrong#2026x"}' >> "$WORK/times"
awk '{m[NR]=$2; n[NR]=$1} END {for (i=1;i<=NR;i++) printf "%-15s median %7.1f ms   ratio to unknown %.2f\n", n[i], m[i], m[i]/m[1]}' "$WORK/times"
