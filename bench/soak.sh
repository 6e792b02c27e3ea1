#!/usr/bin/env bash
# A soak at saturation through nginx against the two replicas of docker/local-cluster.sh, on the shipped catalogue:
# wrk on the golden rotation (bench/pathways.lua), one run a minute so that each minute has its own latency, and after
# each minute a full GC and the heap in use on both replicas (jcmd GC.run, GC.heap_info), with the load average.
#   bench/soak.sh [MINUTES]      (default 10; needs wrk, nginx, PostgreSQL's server, a JDK's jcmd)
# The cluster runs on ports 18180-18182 and 15480 in ${TMPDIR:-/tmp}/credpath-soak, and is destroyed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
export CLUSTER_DIR="${TMPDIR:-/tmp}/credpath-soak" CLUSTER_PROXY_PORT=18180 CLUSTER_REPLICA_PORTS="18181 18182" CLUSTER_PG_PORT=15480
export CLUSTER_RATE_PER_MINUTE=100000000 CREDPATH_KEY_RATE_PER_MINUTE=100000000
export CREDPATH_ADMIN_KEY="cp_soak.$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export CREDPATH_KEY="$CREDPATH_ADMIN_KEY"
url="http://127.0.0.1:$CLUSTER_PROXY_PORT/api/v1/pathways"
trap 'docker/local-cluster.sh destroy' EXIT
docker/local-cluster.sh start
pids="$(cat "$CLUSTER_DIR/replica-1/pid") $(cat "$CLUSTER_DIR/replica-2/pid")"
heap() {
  local p
  for p in $pids; do
    jcmd "$p" GC.run >/dev/null
    echo "  replica pid $p: $(jcmd "$p" GC.heap_info | grep -m1 -E 'heap +total' | sed 's/^ *//; s/ \[.*//')"
  done
}
echo "== warm-up 30 s"
wrk -t2 -c8 -d30s -s bench/pathways.lua "$url" | grep -E 'Requests/sec|Non-2xx|Socket'
echo "== heap after the warm-up, after a full GC"; heap
for m in $(seq 1 "$minutes"); do
  echo "== minute $m, $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c8 -d60s --latency -s bench/pathways.lua "$url" | grep -E ' 50%| 99%|requests in|Requests/sec|Non-2xx|Socket'
  heap
done
echo "== end, $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== nginx: answers by status, requests by replica, requests retried on the other replica"
awk '{print $7}' "$CLUSTER_DIR/nginx/access.log" | sort | uniq -c
grep -o 'upstream=[0-9.:]*' "$CLUSTER_DIR/nginx/access.log" | sort | uniq -c
grep -c 'upstream=[^ ]*, ' "$CLUSTER_DIR/nginx/access.log" || true
