#!/usr/bin/env bash
# `./policylens up`: the whole system on this machine, on 127.0.0.1 only. Builds what is missing, starts
# PostgreSQL (5433, data kept in .policylens/postgres), Kafka (9092, one KRaft node, data kept in .policylens/kafka),
# Keycloak (8180, realm dev/keycloak/policylens-realm.json),
# documents-service (8081), claims-service (8082), recommendations-service (8083) and the gateway (8080) as
# packaged jars in their prod profile, waits until each is ready, ingests a corpus through the gateway as the
# partner client partner-a-api and prints a summary. What already runs is reused; a second `up` ingests the
# same files again, which the services answer with "already stored".
#
#   scripts/up.sh [--corpus DIR] [--no-ingest] [--no-summary] [--private]
#
# Logs: .policylens/logs/<name>.log (./policylens logs <name>). Stop with ./policylens down. See docs/local-stack.md.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

corpus="$PL_SHARED/corpus/seeds"; ingest=true; summary=true; visibility=public
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) [ $# -ge 2 ] || pl_die "--corpus needs a folder"; corpus="$2"; shift 2 ;;
    --corpus=*) corpus="${1#--corpus=}"; shift ;;
    --no-ingest) ingest=false; shift ;;
    --no-summary) summary=false; shift ;;
    --private) visibility=partner; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pl_die "unknown option: $1 (usage: ./policylens up [--corpus DIR] [--no-ingest] [--no-summary] [--private])" ;;
  esac
done
if $ingest; then
  [ -d "$corpus" ] || pl_die "no corpus folder $corpus (give one with --corpus DIR, or --no-ingest)"
fi
command -v curl >/dev/null 2>&1 || pl_die "curl is needed"

t0="$(st_now)"
pl_setup_java
st_build
pl_build_tools
t_build="$(st_since "$t0")"

t1="$(st_now)"
st_start_postgres
t_pg="$(st_since "$t1")"

t1="$(st_now)"
st_start_kafka
t_kafka="$(st_since "$t1")"

t1="$(st_now)"
st_start_keycloak
t_kc="$(st_since "$t1")"

# services to (re)start; those whose build has no AOT cache yet are trained first, all at once
t1="$(st_now)"
starting=()
for s in "${ST_SERVICES[@]}"; do st_service_needs_start "$s" && starting+=("$s"); done
st_aot_train_missing "${starting[@]+"${starting[@]}"}"
t_aot="$(st_since "$t1")"

t1="$(st_now)"
for s in "${starting[@]+"${starting[@]}"}"; do st_launch_service "$s"; done
for s in "${ST_SERVICES[@]}"; do st_wait_service "$s"; pl_info "$s ready on $(st_url "$s") ($(st_since "$t1")s)"; done
t_svc="$(st_since "$t1")"

pl_info "timings: build check ${t_build}s, PostgreSQL ${t_pg}s, Kafka ${t_kafka}s, Keycloak ${t_kc}s, AOT cache training ${t_aot}s, services ${t_svc}s (total $(st_since "$t0")s)"

# ingest through the gateway as the partner client partner-a-api, show progress, print the summary (StackTool)
if $ingest; then
  st_tool ingest --corpus "$corpus" --visibility "$visibility" --as partner-a-api
  pl_info "time to first summary: $(st_since "$t0")s"
elif $summary; then
  st_tool summary --as partner-a-api
fi
