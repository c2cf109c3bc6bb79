#!/usr/bin/env bash
# `./policylens logs <name> [-f] [-n N]`: the log of one part of the local stack (.policylens/logs/<name>.log).
# Names: gateway, documents (documents-service), claims, recommendations, kafka, keycloak, postgres.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
name="${1:-}"; [ $# -gt 0 ] && shift
log="$(pl_stack_tool log "$name")" || exit 1
[ -f "$log" ] || pl_die "no log yet: $log"
follow=false; lines=200
while [ $# -gt 0 ]; do
  case "$1" in
    -f|--follow) follow=true; shift ;;
    -n) lines="${2:?}"; shift 2 ;;
    *) pl_die "unknown option: $1" ;;
  esac
done
if $follow; then exec tail -n "$lines" -F "$log"; else exec tail -n "$lines" "$log"; fi
