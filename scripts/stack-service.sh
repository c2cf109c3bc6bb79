#!/usr/bin/env bash
# `./policylens start|stop|restart <part> [--kill]`: one part of the local stack (see docs/local-stack.md).
# Parts: postgres, kafka, keycloak, documents, claims, recommendations, gateway. `stop --kill` ends the process with
# SIGKILL, as a crash would (the end-to-end tests use it); `start` waits until the part is ready.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

action="${1:-}"; part="${2:-}"; kill=false
[ "${3:-}" = --kill ] && kill=true
part="$(st_part "$part")" || pl_die "usage: ./policylens $action <postgres|kafka|keycloak|documents|claims|recommendations|gateway>"
marker="$(st_marker "$part")"

stop_part() {
  local pid
  if $kill; then
    if pid="$(pl_running_pid "$part" "$marker")"; then
      pl_info "killing $part (pid $pid, SIGKILL)"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$(pl_pid_file "$part")"
  else
    st_stop "$part"
  fi
}

start_part() {
  pl_setup_java
  case "$part" in
    postgres) pl_build_tools; st_start_postgres ;;
    kafka) pl_build_tools; st_start_kafka ;;
    keycloak) st_start_keycloak ;;
    *) st_start_service "$part"; st_wait_service "$part"; pl_info "$part ready on $(st_url "$part")" ;;
  esac
}

case "$action" in
  stop) stop_part ;;
  start) start_part ;;
  restart) stop_part; start_part ;;
  *) pl_die "usage: ./policylens start|stop|restart <part> [--kill]" ;;
esac
