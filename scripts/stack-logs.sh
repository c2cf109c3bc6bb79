#!/usr/bin/env bash
# `./policylens logs <name> [-f] [-n N]`: the log of one part of the local stack (.policylens/logs/<name>.log).
# Names: gateway, documents (documents-service), claims, recommendations, kafka, keycloak, postgres.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"
name="${1:-}"; [ $# -gt 0 ] && shift
name="$(st_part "$name")" || pl_die "logs of what? gateway | documents | claims | recommendations | kafka | keycloak | postgres  [-f] [-n LINES]"
log="$(st_log "$name")"
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
