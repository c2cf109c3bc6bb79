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
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
case "${1:-}" in -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

t0="$(date +%s%N)"
pl_setup_java
pl_build_stack
pl_build_local_runtime
build_seconds="$(( ($(date +%s%N) - t0) / 1000000 ))e-3"
# starting, waiting, the start-up caches, the ingest and the summary: the stack tool (io.policylens.system.supervisor)
pl_stack_tool up --build-seconds "$build_seconds" "$@"
