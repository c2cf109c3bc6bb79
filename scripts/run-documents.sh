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
# DOCUMENTS_JAVA_OPTS (default -Xmx768m), JAVA_HOME (a JDK >= 21 is found otherwise). Starting, waiting and stopping:
# the stack tool (module system, io.policylens.system.supervisor.DocumentsAlone).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SERVICE_PORT="${DOCUMENTS_PORT:-8081}"
PG_PORT="${POLICYLENS_PG_PORT:-5433}"
BASE_URL="http://127.0.0.1:$SERVICE_PORT"
# the management interface (health, metrics): the API port + 1000, as on the local stack
MANAGEMENT_URL="http://127.0.0.1:$((SERVICE_PORT + 1000))"

start_all() {
  pl_setup_java
  pl_build_documents
  pl_build_local_runtime
  # the stack tool itself (its first build also builds the other services its module lists)
  pl_build_stack_tool
  pl_stack_tool documents start
}

print_usage_info() {
  local cp_expr="$PL_ROOT/local-runtime/target/classes:\$(cat $PL_ROOT/local-runtime/target/classpath.txt)"
  cat <<INFO

documents-service is ready (PostgreSQL 127.0.0.1:$PG_PORT, its data kept in the folder named above)
  API base:    $BASE_URL/documents
  Swagger UI:  $BASE_URL/q/swagger-ui   (Authorize: paste a token)
  OpenAPI:     $BASE_URL/q/openapi
  Health:      $MANAGEMENT_URL/q/health/ready    Metrics: $MANAGEMENT_URL/q/metrics
  Logs:        $PL_STATE/logs/documents-service.log, $PL_STATE/logs/postgres.log

Bearer tokens (DEVELOPMENT ONLY key, issuer policylens-local; roles reader|contributor|analyst|admin|service,
cumulative; the second argument is the partner organisation: required for reader, contributor and analyst, never
given for the internal roles admin and service):
  scripts/local-token.sh contributor acme
or the exact java command:
  "$JAVA" -cp "$cp_expr" io.policylens.local.tokens.LocalTokens contributor acme

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
    pl_stack_tool documents watch ;;
  start)
    start_all
    print_usage_info
    echo "(stop with: scripts/run-documents.sh stop)" ;;
  stop) pl_stack_tool documents stop ;;
  status) pl_stack_tool documents status ;;
  -h|--help|help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) pl_die "usage: scripts/run-documents.sh [run|start|stop|status]" ;;
esac
