#!/usr/bin/env bash
# `./policylens bench system`: the whole stack measured on this machine (see docs/benchmarks.md).
# Starts a dedicated stack (state in .policylens/bench, a fresh database and Kafka log, ports 2808x (management 2908x) /
# Keycloak 28180 / PostgreSQL 25433 / Kafka 29092 (controller 29093), so a stack started with ./policylens up keeps
# running untouched), then:
#   1. submits 1,000 documents of ~10 KB through the gateway and times them until fully extracted (every document's
#      status complete, both consumer groups without lag), once per --replicas entry: with 1 and then 2 replicas of
#      claims- and recommendations-service (the second on 28102/28103), each on fresh documents; after each of these
#      saturating rounds a paced one (phase `paced`) submits --paced-documents at --paced-rate per second with the same
#      replicas, to compare extraction CPU per document without the cores' contention,
#   2. GET /api/v1/documents/{id}/analysis from 16 concurrent clients: requests/s and latency percentiles,
#   3. each service's (and the Kafka broker's) resident memory: its peak during the load, right after it and after
#      --settle-seconds without load; the change relay's published count,
#   4. each service's startup, stopped and started alone three times.
# Prints one JSON line (also written to .policylens/bench/bench-system.json) and stops the stack.
#
#   ./policylens bench system [--documents 1000] [--bytes 10240] [--concurrency 8] [--clients 16] [--seconds 30]
#                             [--warmup-seconds 30] [--startup-runs 3] [--keep-running true] [--seeds DIR]
#                             [--analysis-cache false]   (every analysis request sends Cache-Control: no-cache)
#                             [--settle-seconds 30]      (quiet time before the settled memory reading; 0 skips it)
#                             [--replicas 1,2]           (extraction replicas per ingest round: 1, 2 or both)
#                             [--paced-rate 5] [--paced-documents 250]
#                             [--phases ingest,paced,analysis,startup]
set -euo pipefail
# the dedicated stack's ports (overridable like every stack port)
export GATEWAY_PORT="${BENCH_GATEWAY_PORT:-28080}" DOCUMENTS_PORT="${BENCH_DOCUMENTS_PORT:-28081}" \
  CLAIMS_PORT="${BENCH_CLAIMS_PORT:-28082}" RECOMMENDATIONS_PORT="${BENCH_RECOMMENDATIONS_PORT:-28083}" \
  KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-28180}" POLICYLENS_PG_PORT="${BENCH_PG_PORT:-25433}" KAFKA_PORT="${BENCH_KAFKA_PORT:-29092}"
export KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

home="$PL_STATE/bench"
seeds="$PL_SHARED/corpus/seeds"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --*) [ $# -ge 2 ] || pl_die "$1 needs a value"; args+=("$1" "$2"); shift 2 ;;
    *) pl_die "unknown argument: $1" ;;
  esac
done
[ -d "$seeds" ] || pl_die "no seed folder $seeds (the benchmark documents are built from its paragraphs; give one with --seeds DIR)"

pl_setup_java
pl_build_stack
pl_build_local_runtime
# the stack tool runs the benchmark; the scripts it calls must not rebuild under it. The bench stack shares the
# AOT caches of ./policylens up (same jars, same options), so a build is trained once for both.
POLICYLENS_HOME="$home" POLICYLENS_NO_BUILD=true POLICYLENS_AOT_DIR="${POLICYLENS_AOT_DIR:-$PL_STATE/aot}" "$JAVA" -Xmx512m -XX:+UseSerialGC -cp "$(pl_stack_tool_classpath)" \
  io.policylens.system.bench.SystemBenchmark --repo-root "$PL_ROOT" --home "$home" --seeds "$seeds" "${args[@]+"${args[@]}"}"
