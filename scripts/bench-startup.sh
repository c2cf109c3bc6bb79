#!/usr/bin/env bash
# Start-up of the services of a running local stack, one service at a time, exactly as the launcher starts them
# (same options, same start-up cache): each is stopped gracefully, started again and polled every 10 ms until
# /q/health/ready answers 200. Per start it prints the wall-clock time from the process's start (/proc/<pid>/stat)
# to ready, the CPU time the process had used by then (utime + stime: what a busy machine cannot hide), Quarkus's
# own "started in" and VmRSS 2 s after ready. The machine's other load changes the wall-clock figure, the CPU
# figure much less. Needs PostgreSQL and Keycloak of the stack running (./policylens up).
#
#   ./policylens bench startup [--runs 3] [--services documents,claims,recommendations,gateway]
#
# POLICYLENS_AOT=false measures the starts without a start-up cache. Ports and state as for every stack script.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

runs=3; services="documents,claims,recommendations,gateway"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?}"; shift 2 ;;
    --services) services="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pl_die "unknown option $1 (see ./policylens bench startup --help)" ;;
  esac
done
pl_setup_java
ticks="$(getconf CLK_TCK)"
boot="$(awk '/^btime/ {print $2}' /proc/stat)"

# "wall cpu" seconds of a process: from its start to now, and its user + system CPU time
proc_times() {
  local stat fields
  stat="$(cat "/proc/$1/stat")"; fields="${stat##*) }"
  # shellcheck disable=SC2086
  set -- $fields
  awk -v now="$(date +%s.%N)" -v boot="$boot" -v start="${20}" -v cpu=$(( ${12} + ${13} )) -v hz="$ticks" \
    'BEGIN { printf "%.2f %.2f", now - (boot + start / hz), cpu / hz }'
}

IFS=',' read -r -a parts <<< "$services"
for p in "${parts[@]}"; do
  log="$(pl_stack_tool log "$p")" || exit 1
  s="$(basename "$log" .log)"
  mgmt="http://127.0.0.1:$(pl_stack_tool service-env "$s" | sed -n 's/^MANAGEMENT_PORT=//p')"
  for run in $(seq 1 "$runs"); do
    pl_stack_tool stop "$s" >/dev/null 2>&1
    sleep 1
    pl_stack_tool launch "$s" 2>/dev/null
    pid="$(cat "$PL_STATE/run/$s.pid")"
    until curl -fsS -o /dev/null --max-time 2 "$mgmt/q/health/ready" 2>/dev/null; do
      kill -0 "$pid" 2>/dev/null || pl_die "$s died while starting (log: $log)"
      sleep 0.01
    done
    read -r wall cpu <<< "$(proc_times "$pid")"
    started="$(grep -o 'started in [0-9.]*s' "$log" | tail -n 1 | grep -o '[0-9.]*' | head -n 1 || true)"
    sleep 2
    rss=$(( $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
    cache="$(cat "$PL_STATE/run/$s.cache" 2>/dev/null || echo none)"
    printf '{"service":"%s","run":%d,"readySeconds":%s,"cpuSecondsToReady":%s,"quarkusStartedInSeconds":%s,"rssMiB":%d,"cache":"%s","load1":%s}\n' \
      "$s" "$run" "$wall" "$cpu" "${started:-null}" "$rss" "${cache##*=}" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
