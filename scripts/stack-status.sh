#!/usr/bin/env bash
# `./policylens status`: what of the local stack runs, with pids, URLs and readiness.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"
printf '%-24s %-8s %-8s %s\n' NAME STATE PID URL
show() { printf '%-24s %-8s %-8s %s\n' "$1" "$2" "$3" "$4"; }
if pid="$(pl_running_pid postgres "$ST_PG_MARKER")"; then show postgres running "$pid" "127.0.0.1:$ST_PG_PORT"; else show postgres stopped - "127.0.0.1:$ST_PG_PORT"; fi
kafka="127.0.0.1:$ST_KAFKA_PORT (data $ST_KAFKA_DATA)"
if pid="$(pl_running_pid kafka "$ST_KAFKA_MARKER")"; then
  if st_tool_part_running kafka "$ST_KAFKA_MARKER" "LocalKafka ready"; then show kafka ready "$pid" "$kafka"; else show kafka starting "$pid" "$kafka"; fi
else show kafka stopped - "$kafka"; fi
if pid="$(pl_running_pid keycloak "$ST_KC_HOME")"; then
  if st_kc_ready; then show keycloak ready "$pid" "$ST_KC_URL"; else show keycloak starting "$pid" "$ST_KC_URL"; fi
else show keycloak stopped - "$ST_KC_URL"; fi
for s in "${ST_SERVICES[@]}"; do
  if pid="$(pl_running_pid "$s" "$(st_marker "$s")")"; then
    if st_ready "$s"; then show "$s" ready "$pid" "$(st_url "$s") (management $(st_mgmt_url "$s"))"
    else show "$s" starting "$pid" "$(st_url "$s") (management $(st_mgmt_url "$s"))"; fi
  else show "$s" stopped - "$(st_url "$s")"; fi
done
