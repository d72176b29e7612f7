#!/bin/sh
# /api/v1/changes throughput against nginx serving the same bytes as a static file, same run.
# Budget: >= 50% of nginx. Usage: bench/changes_vs_nginx.sh [BUILD_DIR] [SECONDS]
set -eu
BUILD=${1:-build/release}
SECS=${2:-5}
DXSERVER=$BUILD/bin/dxserver
PORT_DX=18181
PORT_NG=18182
WORK=$(mktemp -d)
trap 'kill $DXPID 2>/dev/null; nginx -c $WORK/nginx.conf -s stop 2>/dev/null; rm -rf $WORK' EXIT

"$DXSERVER" seed-demo --data "$WORK/data" >/dev/null
"$DXSERVER" serve --data "$WORK/data" --listen 127.0.0.1:$PORT_DX >/dev/null 2>&1 &
DXPID=$!
sleep 1
TOKEN=$(curl -s -X POST 127.0.0.1:$PORT_DX/api/v1/session -d '{"username":"reviewer.zy","password":"Review#2026zy"}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
URL="/api/v1/changes?limit=1000"
mkdir -p "$WORK/www/api/v1"
curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT_DX$URL" > "$WORK/www/changes.json"
BYTES=$(wc -c < "$WORK/www/changes.json")

cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$PORT_NG;
    location / { root $WORK/www; default_type application/json; }
  }
}
NGINX
nginx -c "$WORK/nginx.conf"
sleep 0.5

rps() { # url [header]
  if [ $# -gt 1 ]; then wrk -t2 -c16 -d"${SECS}s" -H "$2" "$1"; else wrk -t2 -c16 -d"${SECS}s" "$1"; fi |
    awk '/Requests\/sec/ {print $2}'
}
median3() { printf '%s\n%s\n%s\n' "$1" "$2" "$3" | sort -g | sed -n 2p; }

echo "payload: $BYTES bytes (one page of reviewer.zy's first sync, limit=1000)"
D1=$(rps "http://127.0.0.1:$PORT_DX$URL" "Authorization: Bearer $TOKEN")
N1=$(rps "http://127.0.0.1:$PORT_NG/changes.json")
D2=$(rps "http://127.0.0.1:$PORT_DX$URL" "Authorization: Bearer $TOKEN")
N2=$(rps "http://127.0.0.1:$PORT_NG/changes.json")
D3=$(rps "http://127.0.0.1:$PORT_DX$URL" "Authorization: Bearer $TOKEN")
N3=$(rps "http://127.0.0.1:$PORT_NG/changes.json")
D=$(median3 "$D1" "$D2" "$D3")
N=$(median3 "$N1" "$N2" "$N3")
echo "dxserver /api/v1/changes: median $D req/s ($D1 $D2 $D3)"
echo "nginx static file:        median $N req/s ($N1 $N2 $N3)"
python3 -c "print('ratio dxserver / nginx: %.2f (budget >= 0.50)' % ($D / $N))"

# Pull with nothing new: the budget is < 10 ms server time.
COOKIE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["cookie"])' "$WORK/www/changes.json")
HAS_MORE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["has_more"])' "$WORK/www/changes.json")
if [ "$HAS_MORE" = "False" ]; then
  E=$(rps "http://127.0.0.1:$PORT_DX/api/v1/changes?since=$COOKIE" "Authorization: Bearer $TOKEN")
  echo "empty pull (nothing new): $E req/s"
fi
