#!/usr/bin/env bash
# The topology of docker/compose.yaml without Docker, from distribution packages, on loopback ports:
# PostgreSQL (initdb'd in a state directory), two `credpath serve` replicas of the shipped jar, nginx in front with
# docker/nginx.conf. Tested by LocalClusterIT in `./mvnw verify`.
#
#   docker/local-cluster.sh start|stop|status|destroy
#
# start    initialises the state directory on first use, starts whatever is not running, waits for /ready
# stop     stops nginx, the replicas (SIGTERM: they stop gracefully) and PostgreSQL; the data is kept
# status   one line per process: running or stopped, with its pid and address
# destroy  stop, then delete the state directory and PostgreSQL's data
#
# Settings (environment):
#   CLUSTER_DIR              state directory (default ${TMPDIR:-/tmp}/credpath-cluster-$UID)
#   CLUSTER_PROXY_PORT       nginx's port (default 8080, as compose publishes it)
#   CLUSTER_REPLICA_PORTS    the two replicas' ports (default "8081 8082")
#   CLUSTER_PG_PORT          PostgreSQL's port (default 5433)
#   CLUSTER_RATE_PER_MINUTE  requests a minute per client address, applied by nginx (default 300)
#   CLUSTER_JAVA_OPTS        the replicas' JVM options (default -Xmx1g)
#   CREDPATH_JAR             the jar to run (default target/credpath.jar beside this folder; built when missing)
#   CREDPATH_ADMIN_KEY       the admin key both replicas accept (default: generated once, kept in the state directory)
#   CREDPATH_TAXONOMY, CREDPATH_RULES, CREDPATH_KEY_RATE_PER_MINUTE, CREDPATH_RELOAD_POLL_SECONDS,
#   CREDPATH_JOB_HEARTBEAT_SECONDS   passed to both replicas (README, "Configuration")
# Needs: java 17+, nginx and PostgreSQL's server binaries (Debian: apt-get install -y postgresql nginx).
# Run as root, PostgreSQL runs as the user `postgres` and nginx's workers as `nobody` (initdb and postgres refuse
# root), with their files in a directory under /tmp that those users can reach.
set -euo pipefail

HEALTH_PATH=/ready
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CLUSTER_DIR:-${TMPDIR:-/tmp}/credpath-cluster-$(id -u)}"
proxy_port="${CLUSTER_PROXY_PORT:-8080}"
read -r -a replica_ports <<< "${CLUSTER_REPLICA_PORTS:-8081 8082}"
pg_port="${CLUSTER_PG_PORT:-5433}"
rate="${CLUSTER_RATE_PER_MINUTE:-300}"
jar="${CREDPATH_JAR:-$home/target/credpath.jar}"

die() { echo "local-cluster.sh: $*" >&2; exit 1; }

[ "${#replica_ports[@]}" -eq 2 ] || die "CLUSTER_REPLICA_PORTS must name two ports, got '${CLUSTER_REPLICA_PORTS:-}'"

# PostgreSQL's server binaries: on PATH, or Debian's /usr/lib/postgresql/<version>/bin (newest first).
pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

require() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=("java (a JDK or JRE 17+)")
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=("nginx (apt-get install -y nginx)")
  pg_bin >/dev/null || missing+=("PostgreSQL's server (apt-get install -y postgresql)")
  [ "${#missing[@]}" -eq 0 ] || die "missing: ${missing[*]}; on Debian or Ubuntu: apt-get install -y postgresql nginx"
}

nginx_cmd() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

# Runs a command as PostgreSQL's owner: `postgres` when we are root, ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The HTTP status of GET $2 on 127.0.0.1:$1 (bash's /dev/tcp, so that no HTTP client is needed), or nothing.
http_status() {
  local line
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 0
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  IFS= read -r -t 5 line <&3 || true
  exec 3<&- 3>&-
  set -- $line
  echo "${2:-}"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits up to $3 seconds for GET $HEALTH_PATH on port $1 to answer 200, while the process of pid file $2 lives.
wait_ready() {
  local i
  for ((i = 0; i < $3 * 5; i++)); do
    [ "$(http_status "$1" "$HEALTH_PATH")" = 200 ] && return 0
    alive "$2" || return 1
    sleep 0.2
  done
  return 1
}

# Where files that postgres and nobody must reach live: the state directory itself, or, as root, a directory under
# /tmp (the state directory's parents may be closed to them) linked from it as run/.
run_dir() {
  if [ ! -e "$dir/run" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      local r
      r="$(mktemp -d /tmp/credpath-cluster-run.XXXXXX)"
      chmod 711 "$r"
      ln -s "$r" "$dir/run"
    else
      mkdir -p "$dir/run"
    fi
  fi
  # the real path: postgres and nobody cannot follow the link through the state directory
  readlink -f "$dir/run"
}

start_postgres() {
  local bin run data
  bin="$(pg_bin)"
  run="$(run_dir)"
  data="$run/pg"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data" "$run/pg-socket"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data" "$run/pg-socket"; fi
    chmod 700 "$data"
    # A password for the database user credpath, readable by us alone; initdb reads it from a file only its user sees.
    local pwfile="$run/pg-socket/pwfile"
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/db-password"; cp "$dir/db-password" "$pwfile")
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pwfile"; fi
    as_pg "$bin/initdb" -D "$data" -U credpath --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
      > "$dir/initdb.log" 2>&1 || { rm -f "$pwfile"; die "initdb failed: $(tail -5 "$dir/initdb.log")"; }
    rm -f "$pwfile"
    touch "$dir/.needs-database"
  fi
  if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then return 0; fi
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $run/pg-socket" start >/dev/null \
    || die "PostgreSQL did not start: $(tail -5 "$data/server.log" 2>/dev/null)"
  if [ -f "$dir/.needs-database" ]; then
    PGPASSWORD="$(cat "$dir/db-password")" "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U credpath -d postgres -q \
      -c "CREATE DATABASE credpath" >/dev/null || die "could not create the database credpath"
    rm -f "$dir/.needs-database"
  fi
}

admin_key() {
  if [ -n "${CREDPATH_ADMIN_KEY:-}" ]; then echo "$CREDPATH_ADMIN_KEY"; return 0; fi
  if [ ! -f "$dir/admin-key" ]; then
    (umask 077; echo "cp_cluster.$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$dir/admin-key")
  fi
  cat "$dir/admin-key"
}

start_replica() {
  local n="$1" port="$2" rdir="$dir/replica-$1"
  mkdir -p "$rdir/data"
  alive "$rdir/pid" && return 0
  # The same variables as the replicas of docker/compose.yaml; behind nginx every connection comes from its address,
  # so the per-address limits are nginx's (CLUSTER_RATE_PER_MINUTE) and the replicas' own are lifted.
  env CREDPATH_PORT="$port" \
    CREDPATH_HOST=127.0.0.1 \
    CREDPATH_DATA_DIR="$rdir/data" \
    CREDPATH_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/credpath" \
    CREDPATH_DB_USER=credpath \
    CREDPATH_DB_PASSWORD="$(cat "$dir/db-password")" \
    CREDPATH_ADMIN_KEY="$(admin_key)" \
    CREDPATH_MAX_CONNECTIONS_PER_ADDRESS=0 \
    CREDPATH_ADDRESS_RATE_PER_MINUTE=10000000 \
    CREDPATH_KEY_RATE_PER_MINUTE="${CREDPATH_KEY_RATE_PER_MINUTE:-120}" \
    CREDPATH_RELOAD_POLL_SECONDS="${CREDPATH_RELOAD_POLL_SECONDS:-5}" \
    CREDPATH_JOB_HEARTBEAT_SECONDS="${CREDPATH_JOB_HEARTBEAT_SECONDS:-10}" \
    CREDPATH_TAXONOMY="${CREDPATH_TAXONOMY:-$home/taxonomy}" \
    CREDPATH_RULES="${CREDPATH_RULES:-$home/rules}" \
    setsid java ${CLUSTER_JAVA_OPTS:--Xmx1g} -jar "$jar" serve > "$rdir/log" 2>&1 < /dev/null &
  echo $! > "$rdir/pid"
}

start_nginx() {
  local ndir="$dir/nginx" run
  run="$(run_dir)"
  mkdir -p "$ndir" "$run/nginx-temp"
  alive "$ndir/nginx.pid" && return 0
  local user_line=""
  if [ "$(id -u)" -eq 0 ]; then
    user_line="user nobody nogroup;"
    chown nobody:nogroup "$run/nginx-temp"
  fi
  sed -e "s/\${CLUSTER_PROXY_PORT}/127.0.0.1:$proxy_port/" \
      -e "s/\${CLUSTER_REPLICA_1}/127.0.0.1:${replica_ports[0]}/" \
      -e "s/\${CLUSTER_REPLICA_2}/127.0.0.1:${replica_ports[1]}/" \
      -e "s/\${CLUSTER_RATE_PER_MINUTE}/$rate/g" "$home/docker/nginx.conf" > "$ndir/credpath.conf"
  cat > "$ndir/nginx.conf" <<CONF
$user_line
worker_processes 2;
pid $ndir/nginx.pid;
error_log $ndir/error.log warn;
events { worker_connections 1024; }
http {
    # which replica answered each request (two addresses when the first failed and nginx tried the next)
    log_format cluster '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time upstream=\$upstream_addr upstream_status=\$upstream_status';
    access_log $ndir/access.log cluster buffer=64k flush=1s;
    client_body_temp_path $run/nginx-temp/body;
    proxy_temp_path $run/nginx-temp/proxy;
    fastcgi_temp_path $run/nginx-temp/fastcgi;
    uwsgi_temp_path $run/nginx-temp/uwsgi;
    scgi_temp_path $run/nginx-temp/scgi;
    include $ndir/credpath.conf;
}
CONF
  "$(nginx_cmd)" -p "$ndir" -c "$ndir/nginx.conf" -e "$ndir/error.log" -t > "$ndir/check.log" 2>&1 \
    || die "nginx rejected its configuration: $(cat "$ndir/check.log")"
  "$(nginx_cmd)" -p "$ndir" -c "$ndir/nginx.conf" -e "$ndir/error.log" || die "nginx did not start: $(tail -5 "$ndir/error.log")"
}

start() {
  require
  if [ ! -f "$jar" ]; then
    echo "local-cluster.sh: building $jar ..." >&2
    (cd "$home" && ./mvnw -q -B -DskipTests clean package) >&2
  fi
  mkdir -p "$dir"
  # a start that fails stops what it started (the logs stay in the state directory)
  trap 'echo "local-cluster.sh: stopping what was started; logs in $dir" >&2; stop' EXIT
  start_postgres
  start_replica 1 "${replica_ports[0]}"
  start_replica 2 "${replica_ports[1]}"
  local n
  for n in 1 2; do
    wait_ready "${replica_ports[$((n - 1))]}" "$dir/replica-$n/pid" "${CLUSTER_START_SECONDS:-120}" \
      || die "replica $n did not answer $HEALTH_PATH: $(tail -20 "$dir/replica-$n/log")"
  done
  start_nginx
  wait_ready "$proxy_port" "$dir/nginx/nginx.pid" 10 || die "nginx did not answer $HEALTH_PATH: $(tail -5 "$dir/nginx/error.log")"
  trap - EXIT
  echo "credpath cluster up: http://127.0.0.1:$proxy_port (replicas on ${replica_ports[*]}, PostgreSQL on $pg_port, state in $dir)"
}

# Sends SIGTERM to the process of pid file $1 and waits up to $2 seconds, then SIGKILL.
stop_pid() {
  local pid i
  pid="$(cat "$1" 2>/dev/null || true)"
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then rm -f "$1"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$1"
}

stop() {
  [ -d "$dir" ] || return 0
  stop_pid "$dir/nginx/nginx.pid" 10
  stop_pid "$dir/replica-1/pid" 30
  stop_pid "$dir/replica-2/pid" 30
  if [ -f "$dir/run/pg/PG_VERSION" ]; then
    local bin data
    data="$(readlink -f "$dir/run")/pg"
    bin="$(pg_bin)" || die "PostgreSQL's binaries are gone; stop its server (pid in $data/postmaster.pid) by hand"
    if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
  fi
  return 0
}

status() {
  local up=0 n pid
  for n in 1 2; do
    if alive "$dir/replica-$n/pid"; then
      echo "replica $n: running, pid $(cat "$dir/replica-$n/pid"), http://127.0.0.1:${replica_ports[$((n - 1))]}, $HEALTH_PATH $(http_status "${replica_ports[$((n - 1))]}" "$HEALTH_PATH")"
      up=$((up + 1))
    else
      echo "replica $n: stopped"
    fi
  done
  if alive "$dir/nginx/nginx.pid"; then
    echo "nginx: running, pid $(cat "$dir/nginx/nginx.pid"), http://127.0.0.1:$proxy_port"
    up=$((up + 1))
  else
    echo "nginx: stopped"
  fi
  pid="$(head -1 "$dir/run/pg/postmaster.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "postgresql: running, pid $pid, 127.0.0.1:$pg_port"
    up=$((up + 1))
  else
    echo "postgresql: stopped"
  fi
  [ "$up" -eq 4 ]
}

destroy() {
  stop
  [ -d "$dir" ] || return 0
  if [ -L "$dir/run" ]; then rm -rf "$(readlink -f "$dir/run")"; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  destroy) destroy ;;
  *) echo "usage: $0 start|stop|status|destroy" >&2; exit 2 ;;
esac
