#!/usr/bin/env bash
# Runs documents-service on its own on this machine: a real PostgreSQL (Maven Central binaries, data kept
# under .policylens/postgres between runs) on 127.0.0.1:5433 and the packaged service on 127.0.0.1:8081
# with the DEVELOPMENT-ONLY `local` profile (bearer tokens signed with the committed dev key; mint them with
# scripts/local-token.sh). Called by `./policylens run documents`; also usable directly.
#
#   scripts/run-documents.sh           start both, print how to use them, stay in the foreground (Ctrl-C stops both)
#   scripts/run-documents.sh start     start both in the background and return once the service is ready
#   scripts/run-documents.sh stop      stop both (pid files under .policylens/run/)
#   scripts/run-documents.sh status    say what is running
#
# Environment: DOCUMENTS_PORT (8081; health and metrics on this port + 1000), POLICYLENS_PG_PORT (5433), POLICYLENS_HOME (state dir, default .policylens),
# DOCUMENTS_JAVA_OPTS (default -Xmx768m), JAVA_HOME (a JDK >= 21 is found otherwise).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SERVICE_PORT="${DOCUMENTS_PORT:-8081}"
PG_PORT="${POLICYLENS_PG_PORT:-5433}"
PG_DATA="$PL_STATE/postgres/data"
PG_BINARIES="$PL_STATE/postgres/binaries"
LOGS="$PL_STATE/logs"
PG_LOG="$LOGS/postgres.log"
SERVICE_LOG="$LOGS/documents-service.log"
SERVICE_JAR="$PL_ROOT/documents-service/target/quarkus-app/quarkus-run.jar"
PG_MARKER="io.policylens.testing.LocalPostgres"
SERVICE_MARKER="documents-service/target/quarkus-app/quarkus-run.jar"
BASE_URL="http://127.0.0.1:$SERVICE_PORT"
# the management interface (health, metrics): the API port + 1000, as on the local stack
MANAGEMENT_URL="http://127.0.0.1:$((SERVICE_PORT + 1000))"

service_ready() { curl -fsS -o /dev/null --max-time 3 "$MANAGEMENT_URL/q/health/ready" 2>/dev/null; }

# A postmaster left behind by a LocalPostgres JVM that was killed hard (kill -9): stop it (fast shutdown).
stop_orphan_postmaster() {
  local pid_file="$PG_DATA/postmaster.pid" pid i
  [ -f "$pid_file" ] || return 0
  pid="$(head -n 1 "$pid_file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q postgres || return 0
  pl_info "stopping a PostgreSQL left running on $PG_DATA (pid $pid)..."
  kill -INT "$pid" 2>/dev/null || true
  for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  pl_info "PostgreSQL pid $pid did not stop within 30s"
}

start_postgres() {
  if pl_running_pid postgres "$PG_MARKER" >/dev/null && grep -qF "LocalPostgres ready" "$PG_LOG" 2>/dev/null; then
    pl_info "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return 0
  fi
  pl_terminate postgres "$PG_MARKER" 10
  stop_orphan_postmaster
  if pl_port_open "$PG_PORT"; then
    pl_die "port $PG_PORT is taken by another program; stop it or set POLICYLENS_PG_PORT (and DOCUMENTS_DB_URL)"
  fi
  local cp
  cp="$(pl_tools_classpath)"
  pl_info "starting PostgreSQL on 127.0.0.1:$PG_PORT (data in $PG_DATA, log $PG_LOG)..."
  pl_spawn postgres "$PG_LOG" "$JAVA" -Xmx256m -XX:+UseSerialGC -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" "$PG_MARKER" \
    --port "$PG_PORT" --data "$PG_DATA" --binaries "$PG_BINARIES"
  local i pid
  for i in $(seq 1 1200); do
    grep -qF "LocalPostgres ready" "$PG_LOG" 2>/dev/null && { grep -F "LocalPostgres ready" "$PG_LOG" | tail -n 1 >&2; return 0; }
    pid="$(pl_running_pid postgres "$PG_MARKER")" || { tail -n 40 "$PG_LOG" >&2; pl_die "PostgreSQL failed to start (log: $PG_LOG)"; }
    sleep 0.1
  done
  tail -n 40 "$PG_LOG" >&2
  pl_terminate postgres "$PG_MARKER" 10
  pl_die "PostgreSQL not ready within 120s (log: $PG_LOG)"
}

start_service() {
  if pl_running_pid documents-service "$SERVICE_MARKER" >/dev/null && service_ready; then
    if [ "$SERVICE_JAR" -nt "$(pl_pid_file documents-service)" ]; then
      pl_info "documents-service was rebuilt since it started: restarting it"
    else
      pl_info "documents-service already running on $BASE_URL"
      return 0
    fi
  fi
  pl_terminate documents-service "$SERVICE_MARKER" 10
  if pl_port_open "$SERVICE_PORT"; then
    pl_die "port $SERVICE_PORT is taken by another program; stop it or set DOCUMENTS_PORT"
  fi
  pl_info "starting documents-service on $BASE_URL (profile local, log $SERVICE_LOG)..."
  # shellcheck disable=SC2086
  DOCUMENTS_PORT="$SERVICE_PORT" MANAGEMENT_PORT="$((SERVICE_PORT + 1000))" \
  DOCUMENTS_DB_URL="${DOCUMENTS_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/documents}" \
  DOCUMENTS_DB_USER="${DOCUMENTS_DB_USER:-policylens}" DOCUMENTS_DB_PASSWORD="${DOCUMENTS_DB_PASSWORD:-policylens}" \
    pl_spawn documents-service "$SERVICE_LOG" "$JAVA" ${DOCUMENTS_JAVA_OPTS:--Xmx768m} -Dquarkus.profile=local \
      -jar "$SERVICE_JAR"
  local i
  for i in $(seq 1 360); do
    service_ready && return 0
    pl_running_pid documents-service "$SERVICE_MARKER" >/dev/null || {
      tail -n 40 "$SERVICE_LOG" >&2; pl_die "documents-service failed to start (log: $SERVICE_LOG)"; }
    sleep 0.5
  done
  tail -n 40 "$SERVICE_LOG" >&2
  pl_terminate documents-service "$SERVICE_MARKER" 10
  pl_die "documents-service not ready within 180s (log: $SERVICE_LOG)"
}

stop_all() {
  pl_terminate documents-service "$SERVICE_MARKER" 30
  pl_terminate postgres "$PG_MARKER" 60
  stop_orphan_postmaster
}

start_all() {
  command -v curl >/dev/null 2>&1 || pl_die "curl is needed to check the service's health"
  pl_setup_java
  pl_build_documents
  pl_build_tools
  start_postgres
  start_service || { pl_terminate postgres "$PG_MARKER" 60; exit 1; }
}

print_usage_info() {
  local cp_expr="$PL_ROOT/test-support/target/classes:\$(cat $PL_ROOT/test-support/target/tools-classpath.txt)"
  cat <<INFO

documents-service is ready (PostgreSQL 127.0.0.1:$PG_PORT, data kept in $PG_DATA)
  API base:    $BASE_URL/documents
  Swagger UI:  $BASE_URL/q/swagger-ui   (Authorize: paste a token)
  OpenAPI:     $BASE_URL/q/openapi
  Health:      $MANAGEMENT_URL/q/health/ready    Metrics: $MANAGEMENT_URL/q/metrics
  Logs:        $SERVICE_LOG, $PG_LOG

Bearer tokens (DEVELOPMENT ONLY key, issuer policylens-local; roles reader|contributor|analyst|admin|service,
cumulative; the second argument is the partner organisation: required for reader, contributor and analyst, never
given for the internal roles admin and service):
  scripts/local-token.sh contributor acme
or the exact java command:
  "$JAVA" -cp "$cp_expr" io.policylens.testing.LocalTokens contributor acme

Try it:
  TOKEN=\$(scripts/local-token.sh contributor acme)
  curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
       -d '{"content":"Washington and Seoul should deepen chip cooperation.","format":"text","title":"Hello"}' $BASE_URL/documents
  curl -s -H "Authorization: Bearer \$TOKEN" '$BASE_URL/documents?size=5'
INFO
}

cmd="${1:-run}"
case "$cmd" in
  run)
    start_all
    print_usage_info
    trap 'echo; stop_all; exit 0' INT TERM
    echo "(Ctrl-C stops documents-service and PostgreSQL)"
    while true; do
      if ! pl_running_pid documents-service "$SERVICE_MARKER" >/dev/null; then
        pl_info "documents-service exited (log: $SERVICE_LOG)"; stop_all; exit 1
      fi
      if ! pl_running_pid postgres "$PG_MARKER" >/dev/null; then
        pl_info "PostgreSQL exited (log: $PG_LOG)"; stop_all; exit 1
      fi
      sleep 2 & wait $! || true
    done ;;
  start)
    start_all
    print_usage_info
    echo "(stop with: scripts/run-documents.sh stop)" ;;
  stop) stop_all ;;
  status)
    if pid="$(pl_running_pid postgres "$PG_MARKER")"; then echo "PostgreSQL: running (pid $pid) on 127.0.0.1:$PG_PORT"; else echo "PostgreSQL: stopped"; fi
    if pid="$(pl_running_pid documents-service "$SERVICE_MARKER")"; then
      if service_ready; then echo "documents-service: ready (pid $pid) on $BASE_URL"; else echo "documents-service: running, not ready (pid $pid)"; fi
    else echo "documents-service: stopped"; fi ;;
  -h|--help|help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) pl_die "usage: scripts/run-documents.sh [run|start|stop|status]" ;;
esac
