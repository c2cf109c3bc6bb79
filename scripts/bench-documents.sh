#!/usr/bin/env bash
# Benchmarks of documents-service, called by `./policylens bench documents` (also usable directly):
#   (a) in-process text pipeline (normalisation + boilerplate removal + segmentation + annotation) on the seed
#       corpus repeated to ~20 MB, one thread: io.policylens.bench.PipelineBenchmark (MB/s per core);
#   (b) HTTP ingest: N distinct ~10 KB plain-text documents built at run time from the seed corpus, POSTed to
#       a documents-service on 127.0.0.1 (started with scripts/run-documents.sh start when not running, and
#       stopped again afterwards) by io.policylens.system.bench.IngestLoadGenerator: documents/s, latency p50/p95/p99.
# Prints one JSON line per benchmark and keeps them in .policylens/bench/.
#
#   scripts/bench-documents.sh [--documents N (1000)] [--concurrency C (8)] [--warmup W (300)]
#                              [--max-seconds S (600)] [--only pipeline|http]
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DOCUMENTS=1000 CONCURRENCY=8 WARMUP=300 MAX_SECONDS=600 ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --documents) DOCUMENTS="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --max-seconds) MAX_SECONDS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pl_die "unknown option $1 (see scripts/bench-documents.sh --help)" ;;
  esac
done
case "$ONLY" in ""|pipeline|http) ;; *) pl_die "--only pipeline|http" ;; esac

SEEDS="$PL_SHARED/corpus/seeds"
[ -d "$SEEDS" ] || pl_die "seed corpus not found at $SEEDS (set POLICYLENS_SHARED to the shared folder)"
SEEDS="$(cd "$SEEDS" && pwd)"
SERVICE_PORT="${DOCUMENTS_PORT:-8081}"
BASE_URL="http://127.0.0.1:$SERVICE_PORT"
OUT_DIR="$PL_STATE/bench"
mkdir -p "$OUT_DIR"
OUT="$OUT_DIR/documents-$(date -u +%Y%m%dT%H%M%SZ).jsonl"

pl_setup_java
pl_build_documents
pl_build_local_runtime
# the load generator runs from the stack tool's class path (module system)
pl_build_stack_tool

if [ "$ONLY" != http ]; then
  pl_info "(a) in-process pipeline throughput on $SEEDS (one thread, ~20 MB per pass)..."
  # the benchmarks module, through the offline CLI (built on demand by the launcher)
  "$PL_ROOT/policylens" bench text "$SEEDS" | tee -a "$OUT"
fi

if [ "$ONLY" != pipeline ]; then
  started_here=""
  if ! curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$((SERVICE_PORT + 1000))/q/health/ready" 2>/dev/null; then
    pl_info "documents-service is not running: starting it (scripts/run-documents.sh start), stopped again afterwards..."
    started_here=1
    trap '"$PL_ROOT/scripts/run-documents.sh" stop' EXIT
  fi
  # (re)uses a service started by run-documents.sh (restarted when rebuilt since); a foreign one is used as it is
  if [ -n "$started_here" ] || [ -n "$("$PL_ROOT/scripts/run-documents.sh" status 2>/dev/null | grep 'documents-service: ready')" ]; then
    "$PL_ROOT/scripts/run-documents.sh" start >/dev/null
  fi
  pl_info "(b) HTTP ingest: $DOCUMENTS documents of ~10 KB, $CONCURRENCY concurrent requests, $WARMUP warm-up documents first..."
  # CPU accounting: the service JVM and the PostgreSQL server (with its backends), when they are ours
  cpu_pids=""
  if [ -f "$PL_STATE/run/documents-service.pid" ]; then cpu_pids="$(cat "$PL_STATE/run/documents-service.pid")"; fi
  if [ -f "$PL_STATE/postgres/data/postmaster.pid" ]; then cpu_pids="$cpu_pids,$(head -n 1 "$PL_STATE/postgres/data/postmaster.pid")"; fi
  cpu_pids="${cpu_pids#,}"
  status=0
  "$JAVA" -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(pl_stack_tool_classpath)" \
    io.policylens.system.bench.IngestLoadGenerator \
    --url "$BASE_URL" --seeds "$SEEDS" --documents "$DOCUMENTS" --concurrency "$CONCURRENCY" \
    --warmup "$WARMUP" --max-seconds "$MAX_SECONDS" \
    --cpu-pids "$cpu_pids" --clock-ticks "$(getconf CLK_TCK 2>/dev/null || echo 100)" | tee -a "$OUT" || status=$?
  [ -n "$started_here" ] && pl_info "stopping the service started for the benchmark..."
  [ "$status" -eq 0 ] || pl_die "HTTP ingest benchmark had errors or timed out (see the JSON above and .policylens/logs/)"
fi
pl_info "results kept in $OUT (machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM)"
