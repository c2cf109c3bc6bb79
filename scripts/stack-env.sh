# The whole stack on this machine (sourced by scripts/up.sh, down.sh and stack-*.sh; not executed):
# PostgreSQL (test-support's LocalPostgres, shared with `./policylens run documents`), a single-node Kafka (KRaft,
# test-support's LocalKafka), Keycloak from Maven Central with the dev realm, and the four services as packaged jars in
# their prod profile, all on 127.0.0.1.
# Pid files under .policylens/run, logs under .policylens/logs.
#
# Overridable: GATEWAY_PORT (8080), DOCUMENTS_PORT (8081), CLAIMS_PORT (8082), RECOMMENDATIONS_PORT (8083); each
# service's management port (health, metrics, /internal/*) is its API port + 1000 (9080-9083);
# KEYCLOAK_PORT (8180), POLICYLENS_PG_PORT (5433), POLICYLENS_PG_DATA (.policylens/postgres/data, shared with
# `./policylens run documents` and `bench documents`), KAFKA_PORT (9092; its controller listens on
# KAFKA_CONTROLLER_PORT, default KAFKA_PORT + 1; data in .policylens/kafka), KAFKA_JAVA_OPTS (ST_KAFKA_DEFAULT_JAVA_OPTS),
# KEYCLOAK_VERSION (26.7.3), <SERVICE>_JAVA_OPTS (default
# ST_DEFAULT_JAVA_OPTS below, ST_GATEWAY_DEFAULT_JAVA_OPTS for the gateway), JSON_LOGS (false), POLICYLENS_AOT / POLICYLENS_AOT_DIR (start-up caches, lib/aot-cache.sh).
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/aot-cache.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/aot-cache.sh"

ST_PG_PORT="${POLICYLENS_PG_PORT:-5433}"
ST_PG_DATA="${POLICYLENS_PG_DATA:-$PL_STATE/postgres/data}"
ST_PG_BINARIES="$PL_STATE/postgres/binaries"
ST_PG_MARKER="io.policylens.testing.LocalPostgres"
ST_LOGS="$PL_STATE/logs"
ST_KAFKA_PORT="${KAFKA_PORT:-9092}"
ST_KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((ST_KAFKA_PORT + 1))}"
ST_KAFKA_DATA="$PL_STATE/kafka/data"
ST_KAFKA_MARKER="io.policylens.testing.kafka.LocalKafka"
ST_KC_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
ST_KC_HOME="$PL_STATE/tools/keycloak-$ST_KC_VERSION"
ST_KC_URL="http://127.0.0.1:$PL_KEYCLOAK_PORT"
ST_SERVICES=(documents-service claims-service recommendations-service gateway)

st_port() {
  case "$1" in
    gateway) echo "${GATEWAY_PORT:-8080}" ;;
    documents-service) echo "${DOCUMENTS_PORT:-8081}" ;;
    claims-service) echo "${CLAIMS_PORT:-8082}" ;;
    recommendations-service) echo "${RECOMMENDATIONS_PORT:-8083}" ;;
    keycloak) echo "$PL_KEYCLOAK_PORT" ;;
    postgres) echo "$ST_PG_PORT" ;;
    kafka) echo "$ST_KAFKA_PORT" ;;
    *) return 1 ;;
  esac
}
st_url() { echo "http://127.0.0.1:$(st_port "$1")"; }
# the management interface of a service (health, metrics, /internal/data-version): its API port + 1000, so every stack
# (up, the end-to-end tests, the benchmark) gets distinct management ports with its API ports
st_mgmt_port() { echo $(( $(st_port "$1") + 1000 )); }
st_mgmt_url() { echo "http://127.0.0.1:$(st_mgmt_port "$1")"; }
st_jar() { echo "$PL_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
st_marker() {
  case "$1" in
    postgres) echo "$ST_PG_MARKER" ;;
    kafka) echo "$ST_KAFKA_MARKER" ;;
    keycloak) echo "$ST_KC_HOME" ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}
st_log() { echo "$ST_LOGS/$1.log"; }
# a part's full name from what users type: documents -> documents-service; fails for an unknown part
st_part() {
  case "$1" in
    documents|claims|recommendations) echo "$1-service" ;;
    gateway|documents-service|claims-service|recommendations-service|keycloak|postgres|kafka) echo "$1" ;;
    *) return 1 ;;
  esac
}
st_ready() { curl -fsS -o /dev/null --max-time 3 "$(st_mgmt_url "$1")/q/health/ready" 2>/dev/null; }
st_kc_ready() { curl -fsS -o /dev/null --max-time 3 "$PL_ISSUER/.well-known/openid-configuration" 2>/dev/null; }
st_now() { date +%s.%N; }
st_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# ---- build ----

# the stack tool (module system): corpus ingest, progress and summary, tokens; needs only the JDK
st_tool_classpath() { echo "$PL_ROOT/system/target/classes:$(cat "$PL_ROOT/system/target/classpath.txt")"; }
st_tool() {
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dpolicylens.repo.root="$PL_ROOT" \
    -cp "$(st_tool_classpath)" io.policylens.system.stack.StackTool "$@"
}

# builds the four services and the stack tool (and what they need) when a jar is missing or a source is newer than
# the oldest jar. POLICYLENS_NO_BUILD=true only checks that the builds exist (the end-to-end tests run inside a
# Maven build that has just packaged everything).
st_build() {
  local s jar oldest="" missing=""
  if [ "${POLICYLENS_NO_BUILD:-false}" = true ]; then
    for s in "${ST_SERVICES[@]}"; do [ -f "$(st_jar "$s")" ] || pl_die "POLICYLENS_NO_BUILD=true but $(st_jar "$s") is missing"; done
    [ -f "$PL_ROOT/system/target/classpath.txt" ] || pl_die "POLICYLENS_NO_BUILD=true but the stack tool (module system) is not built"
    return 0
  fi
  [ -f "$PL_ROOT/system/target/classpath.txt" ] || missing=" system"
  for s in "${ST_SERVICES[@]}"; do
    jar="$(st_jar "$s")"
    if [ ! -f "$jar" ]; then missing="$missing $s"; continue; fi
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  if [ -z "$missing" ]; then
    # shellcheck disable=SC2046
    if [ -z "$(find "$PL_ROOT"/*/src/main "$PL_ROOT"/*/pom.xml "$PL_ROOT/pom.xml" -newer "$oldest" -type f -not -path '*/test-support/*' -print -quit 2>/dev/null)" ]; then
      return 0
    fi
    pl_info "sources changed since the last build: rebuilding the services (tests skipped)..."
  else
    pl_info "building$missing and the modules they need (tests skipped; the first build takes a few minutes)..."
  fi
  pl_mvn -pl documents-service,claims-service,recommendations-service,gateway,system -am install -DskipTests >&2 \
    || pl_die "build failed (run ./policylens build to see the whole output)"
}

# ---- PostgreSQL and Kafka run from test-support's tools (LocalPostgres, LocalKafka), which print a ready line ----

# true when a part started from test-support runs and has printed its ready line in this run's log
st_tool_part_running() {
  pl_running_pid "$1" "$2" >/dev/null && grep -qF "$3" "$(st_log "$1")" 2>/dev/null
}

# waits until such a part prints its ready line; dies with the log's tail when it exits first or after the timeout
st_await_ready_line() {
  local name="$1" marker="$2" ready="$3" seconds="$4" log i
  log="$(st_log "$name")"
  for i in $(seq 1 $((seconds * 10))); do
    grep -qF "$ready" "$log" 2>/dev/null && return 0
    pl_running_pid "$name" "$marker" >/dev/null || { tail -n 40 "$log" >&2; pl_die "$name failed to start (log: $log)"; }
    sleep 0.1
  done
  tail -n 40 "$log" >&2
  pl_die "$name not ready within ${seconds}s (log: $log)"
}

# ---- PostgreSQL (same pid file, marker and data as scripts/run-documents.sh) ----

st_stop_orphan_postmaster() {
  local pid_file="$ST_PG_DATA/postmaster.pid" pid i
  [ -f "$pid_file" ] || return 0
  pid="$(head -n 1 "$pid_file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q postgres || return 0
  pl_info "stopping a PostgreSQL left running on $ST_PG_DATA (pid $pid)..."
  kill -INT "$pid" 2>/dev/null || true
  for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  pl_info "PostgreSQL pid $pid did not stop within 30s"
}

st_start_postgres() {
  st_tool_part_running postgres "$ST_PG_MARKER" "LocalPostgres ready" && { pl_info "PostgreSQL already running on 127.0.0.1:$ST_PG_PORT"; return 0; }
  pl_terminate postgres "$ST_PG_MARKER" 10
  st_stop_orphan_postmaster
  pl_port_open "$ST_PG_PORT" && pl_die "port $ST_PG_PORT is taken by another program; stop it or set POLICYLENS_PG_PORT"
  local cp
  cp="$(pl_tools_classpath)"
  pl_info "starting PostgreSQL on 127.0.0.1:$ST_PG_PORT (data in $ST_PG_DATA)..."
  pl_spawn postgres "$(st_log postgres)" "$JAVA" -Xmx256m -XX:+UseSerialGC -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" "$ST_PG_MARKER" \
    --port "$ST_PG_PORT" --data "$ST_PG_DATA" --binaries "$ST_PG_BINARIES" --databases documents,claims,recommendations
  st_await_ready_line postgres "$ST_PG_MARKER" "LocalPostgres ready" 120
}

# ---- Kafka: one KRaft node (broker and controller) that documents-service's change relay publishes to ----

# The broker's JVM (KAFKA_JAVA_OPTS overrides; measured in docs/local-stack.md, "Start-up and memory"): a small heap
# is plenty for one node with a few topics (its page cache is the kernel's, not the heap), C1 only like the services.
# shellcheck disable=SC2034 # read by st_java_opts (${!default})
ST_KAFKA_DEFAULT_JAVA_OPTS="-Xms16m -Xmx96m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m"

st_start_kafka() {
  st_tool_part_running kafka "$ST_KAFKA_MARKER" "LocalKafka ready" && { pl_info "Kafka already running on 127.0.0.1:$ST_KAFKA_PORT"; return 0; }
  pl_terminate kafka "$ST_KAFKA_MARKER" 30
  pl_port_open "$ST_KAFKA_PORT" && pl_die "port $ST_KAFKA_PORT is taken by another program; stop it or set KAFKA_PORT"
  pl_port_open "$ST_KAFKA_CONTROLLER_PORT" && pl_die "port $ST_KAFKA_CONTROLLER_PORT (Kafka's controller) is taken by another program; stop it or set KAFKA_CONTROLLER_PORT"
  local cp
  cp="$(pl_tools_classpath)"
  pl_info "starting Kafka (KRaft, one node) on 127.0.0.1:$ST_KAFKA_PORT (data in $ST_KAFKA_DATA)..."
  # shellcheck disable=SC2046
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" pl_spawn kafka "$(st_log kafka)" "$JAVA" $(st_java_opts kafka) \
    -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" "$ST_KAFKA_MARKER" \
    --port "$ST_KAFKA_PORT" --controller-port "$ST_KAFKA_CONTROLLER_PORT" --data "$ST_KAFKA_DATA"
  st_await_ready_line kafka "$ST_KAFKA_MARKER" "LocalKafka ready" 120
}

# ---- Keycloak ----

# fetches keycloak-quarkus-dist by its Maven coordinates (into the local Maven repository) and unpacks it
st_install_keycloak() {
  [ -x "$ST_KC_HOME/bin/kc.sh" ] && return 0
  pl_info "fetching Keycloak $ST_KC_VERSION (org.keycloak:keycloak-quarkus-dist:$ST_KC_VERSION:zip, ~180 MB) into $PL_STATE/tools..."
  mkdir -p "$PL_STATE/tools"
  pl_mvn dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$ST_KC_VERSION:zip" \
    -DoutputDirectory="$PL_STATE/tools" >&2 || pl_die "could not fetch Keycloak $ST_KC_VERSION"
  command -v unzip >/dev/null 2>&1 || pl_die "unzip is needed to unpack Keycloak"
  unzip -q -o "$PL_STATE/tools/keycloak-quarkus-dist-$ST_KC_VERSION.zip" -d "$PL_STATE/tools" || pl_die "could not unpack Keycloak"
  rm -f "$PL_STATE/tools/keycloak-quarkus-dist-$ST_KC_VERSION.zip"
}

# Keycloak's dev mode keeps the realm in its H2 database (data/h2) and --import-realm skips a realm that exists:
# when the realm file changed since it was imported, the dev database is dropped so the new file is imported.
st_prepare_realm() {
  local import="$ST_KC_HOME/data/import" stamp="$ST_KC_HOME/data/.policylens-realm.sha256" sum
  mkdir -p "$import"
  sum="$(sha256sum "$PL_REALM_FILE" | cut -d' ' -f1)"
  if [ -d "$ST_KC_HOME/data/h2" ] && [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    pl_info "the realm file changed since Keycloak imported it: resetting Keycloak's development database"
    rm -rf "$ST_KC_HOME/data/h2"
  fi
  cp "$PL_REALM_FILE" "$import/policylens-realm.json"
  echo "$sum" > "$stamp"
}

st_start_keycloak() {
  local log; log="$(st_log keycloak)"
  if pl_running_pid keycloak "$ST_KC_HOME" >/dev/null && st_kc_ready; then
    pl_info "Keycloak already running on $ST_KC_URL"
    return 0
  fi
  pl_terminate keycloak "$ST_KC_HOME" 20
  pl_port_open "$PL_KEYCLOAK_PORT" && pl_die "port $PL_KEYCLOAK_PORT is taken by another program; stop it or set KEYCLOAK_PORT"
  st_install_keycloak
  st_prepare_realm
  pl_info "starting Keycloak $ST_KC_VERSION (dev mode) on $ST_KC_URL..."
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx768m}" \
    pl_spawn keycloak "$log" "$ST_KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PL_KEYCLOAK_PORT" --import-realm
  local i
  for i in $(seq 1 360); do
    st_kc_ready && return 0
    pl_running_pid keycloak "$ST_KC_HOME" >/dev/null || { tail -n 40 "$log" >&2; pl_die "Keycloak failed to start (log: $log)"; }
    sleep 0.5
  done
  tail -n 40 "$log" >&2
  pl_die "Keycloak not ready within 180s (log: $log)"
}

# ---- the services ----

# the environment of one service (NAME=value lines)
st_service_env() {
  local s="$1" pg="jdbc:postgresql://127.0.0.1:$ST_PG_PORT"
  echo "HTTP_HOST=127.0.0.1"
  echo "MANAGEMENT_PORT=$(st_mgmt_port "$s")"
  echo "OIDC_AUTH_SERVER_URL=$PL_ISSUER"
  echo "JSON_LOGS=${JSON_LOGS:-false}"
  case "$s" in
    documents-service)
      echo "DOCUMENTS_PORT=$(st_port documents-service)"
      echo "DOCUMENTS_DB_URL=${DOCUMENTS_DB_URL:-$pg/documents}"
      echo "DOCUMENTS_DB_USER=${DOCUMENTS_DB_USER:-policylens}"; echo "DOCUMENTS_DB_PASSWORD=${DOCUMENTS_DB_PASSWORD:-policylens}"
      # the change relay publishes every change to the stack's Kafka (it creates its topic itself)
      echo "POLICYLENS_CHANGES_KAFKA_ENABLED=${POLICYLENS_CHANGES_KAFKA_ENABLED:-true}"
      echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$ST_KAFKA_PORT" ;;
    claims-service)
      echo "CLAIMS_PORT=$(st_port claims-service)"
      echo "CLAIMS_DB_URL=${CLAIMS_DB_URL:-$pg/claims}"
      echo "CLAIMS_DB_USER=${CLAIMS_DB_USER:-policylens}"; echo "CLAIMS_DB_PASSWORD=${CLAIMS_DB_PASSWORD:-policylens}"
      echo "DOCUMENTS_URL=$(st_url documents-service)"
      # changes come from the Kafka topic, in the service's consumer group (replicas share its partitions)
      echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$ST_KAFKA_PORT"
      echo "OIDC_CLIENT_ID=claims-service"; echo "OIDC_CLIENT_SECRET=$(pl_realm_secret claims-service)" ;;
    recommendations-service)
      echo "RECOMMENDATIONS_PORT=$(st_port recommendations-service)"
      echo "RECOMMENDATIONS_DB_URL=${RECOMMENDATIONS_DB_URL:-$pg/recommendations}"
      echo "RECOMMENDATIONS_DB_USER=${RECOMMENDATIONS_DB_USER:-policylens}"; echo "RECOMMENDATIONS_DB_PASSWORD=${RECOMMENDATIONS_DB_PASSWORD:-policylens}"
      echo "DOCUMENTS_URL=$(st_url documents-service)"
      echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$ST_KAFKA_PORT"
      echo "OIDC_CLIENT_ID=recommendations-service"; echo "OIDC_CLIENT_SECRET=$(pl_realm_secret recommendations-service)" ;;
    gateway)
      echo "GATEWAY_PORT=$(st_port gateway)"
      echo "DOCUMENTS_URL=$(st_url documents-service)"
      echo "CLAIMS_URL=$(st_url claims-service)"
      echo "RECOMMENDATIONS_URL=$(st_url recommendations-service)"
      echo "DOCUMENTS_MANAGEMENT_URL=$(st_mgmt_url documents-service)"
      echo "CLAIMS_MANAGEMENT_URL=$(st_mgmt_url claims-service)"
      echo "RECOMMENDATIONS_MANAGEMENT_URL=$(st_mgmt_url recommendations-service)"
      echo "SWAGGER_CLIENT_ID=policylens-swagger" ;;
  esac
}

# Default JVM options of a service on the local stack (each overridable with <SERVICE>_JAVA_OPTS; measured in
# docs/local-stack.md, "Start-up and memory", and docs/benchmarks.md):
# - a small heap: 32 MB at start, a fixed 12 MB young generation (with -Xms16m the young generation started at
#   5 MB, and the collections that caused cost a quarter to a third of the CPU of a batch ingest; 12 MB cost no
#   measurable CPU against 16 MB and is ~4 MB less resident), a maximum with
#   room for a few concurrent 6 MB uploads, and free heap given back after a full collection (MaxHeapFreeRatio), all
#   of it at the first one (-ShrinkHeapInSteps: by default the first full collections give back nothing, 10 % and
#   40 %, and a service has only a few, so its old generation stayed at -Xmx after the first one);
# - one Netty buffer arena of each kind instead of one per event loop (2 x cores): fewer pooled chunks resident;
# - methods compiled after 3x the usual invocation counts (CompileThresholdScaling): less compile CPU at start;
# - bounded code cache, metaspace and thread stacks, and the C1 JIT compiler only: C2 cost 1-2 CPU-seconds of every
#   start and 50-70 MB per service, more than its faster code saved over the first thousands of requests;
# - the AOT cache mapped at the address it was written for (ArchiveRelocationMode=0, a diagnostic flag; since JDK 20
#   the JVM relocates by default): relocating every pointer in a 80-120 MB cache took about 0.7 s of each start. The
#   cost is that the cache's address is not randomised; on a shared host set <SERVICE>_JAVA_OPTS without it.
# The serial collector (added by st_jvm_opts) keeps the CPU of a batch ingest lowest, but it grows the old
# generation towards -Xmx under load and gives it back only after a full collection, which an idle service never
# has. The gateway therefore runs G1 with a periodic collection after 10 s without one: its memory falls back to
# ~170 MB after a burst, at no CPU cost measurable in the benchmark. In the other services G1 cost 10-30 % more CPU
# per ingested document, so they stay serial (docs/benchmarks.md, "Garbage collector").
# Instead, commons' IdleHeapReleaser runs one full collection once such a service has gone quiet; MaxHeapFreeRatio=10
# then keeps 10 % free above what is live (30 % kept ~6 MB more in documents- and recommendations-service).
ST_COMMON_JAVA_OPTS="-XX:CompileThresholdScaling=3 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
ST_DEFAULT_JAVA_OPTS="-Xms32m -Xmn12m -Xmx192m -XX:MaxHeapFreeRatio=10 -XX:MinHeapFreeRatio=5 -XX:-ShrinkHeapInSteps -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1 $ST_COMMON_JAVA_OPTS"
ST_GATEWAY_DEFAULT_JAVA_OPTS="-Xms16m -Xmx192m -XX:+UseG1GC -XX:G1PeriodicGCInterval=10000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 $ST_COMMON_JAVA_OPTS"
# <SERVICE>_JAVA_OPTS, else ST_<SERVICE>_DEFAULT_JAVA_OPTS where a service has its own defaults, else ST_DEFAULT_JAVA_OPTS
st_java_opts() {
  local name var default
  name="$(echo "${1%-service}" | tr 'a-z-' 'A-Z_')"; var="${name}_JAVA_OPTS"; default="ST_${name}_DEFAULT_JAVA_OPTS"
  echo "${!var:-${!default:-$ST_DEFAULT_JAVA_OPTS}}"
}

# the whole JVM command-line options of a service (the AOT cache key includes them): its options, the serial GC
# unless they choose a collector, from JDK 22 on (a product flag there) a periodic trim that gives freed C heap back
# to the system, and from JDK 25 on no method profiles in the AOT cache: they only feed the C2 compiler, which
# TieredStopAtLevel=1 turns off, and cost ~2.4 MB of resident cache per service (measured on documents-service)
st_jvm_opts() {
  local opts major; opts="$(st_java_opts "$1")"; major="$(st_java_major)"
  [[ " $opts " =~ [[:space:]]-XX:\+Use[A-Za-z0-9]+GC[[:space:]] ]] || opts="$opts -XX:+UseSerialGC"
  if [ "$major" -ge 22 ] && [[ "$opts" != *TrimNativeHeapInterval* ]]; then opts="$opts -XX:TrimNativeHeapInterval=5000"; fi
  if [ "$major" -ge 25 ] && [[ "$opts" == *TieredStopAtLevel=1* ]] && [[ "$opts" == *UnlockDiagnosticVMOptions* ]] \
      && [[ "$opts" != *AOTRecordTraining* ]]; then opts="$opts -XX:-AOTRecordTraining"; fi
  echo "$opts"
}

# runs a service's jar in the background with its environment (prod profile) and the given extra JVM options
st_spawn_service() {
  local s="$1" log="$2" envs=() line; shift 2
  while IFS= read -r line; do envs+=("$line"); done < <(st_service_env "$s")
  # glibc's per-thread malloc arenas are most of a JVM's native memory growth; two are plenty here
  # shellcheck disable=SC2046
  ( for line in "${envs[@]}"; do export "${line?}"; done
    export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
    pl_spawn "$s" "$log" "$JAVA" $(st_jvm_opts "$s") "$@" -jar "$(st_jar "$s")" )
}

# true when a service must be started: it is not running, or it runs but is stopped here because it is a
# different build, the development-only 'local' profile or an unfinished AOT training run
st_service_needs_start() {
  local s="$1" marker pid cmdline
  marker="$(st_marker "$s")"
  if pid="$(pl_running_pid "$s" "$marker")"; then
    cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline")"
    if [[ "$cmdline" == *-Dquarkus.profile=local* ]]; then
      pl_info "$s runs with the development-only 'local' profile (./policylens run documents): restarting it"
    elif [[ "$cmdline" == *-XX:AOTMode=record* ]]; then
      pl_info "$s is an unfinished AOT training run: restarting it"
    elif [ "$(st_jar "$s")" -nt "$(pl_pid_file "$s")" ]; then
      pl_info "$s was rebuilt since it started: restarting it"
    else
      pl_info "$s already running on $(st_url "$s")"
      return 1
    fi
  fi
  pl_terminate "$s" "$marker" 30
  pl_port_open "$(st_port "$s")" && pl_die "port $(st_port "$s") is taken by another program; stop it or change the port (see docs/local-stack.md)"
  pl_port_open "$(st_mgmt_port "$s")" && pl_die "port $(st_mgmt_port "$s") ($s's management port, its API port + 1000) is taken by another program; stop it or change the port (see docs/local-stack.md)"
  return 0
}

# starts a service in the background with its start-up cache when there is one; returns at once (st_wait_service
# waits for readiness). Which cache it got is noted beside its pid file for st_wait_service.
st_launch_service() {
  local s="$1" opts
  opts="$(st_aot_opts "$s")"
  pl_info "starting $s on $(st_url "$s")${opts:+ (start-up cache: ${opts##*=})}..."
  # shellcheck disable=SC2086
  st_spawn_service "$s" "$(st_log "$s")" $opts
  if [ -n "$opts" ]; then echo "$opts" > "$PL_STATE/run/$s.cache"; else rm -f "$PL_STATE/run/$s.cache"; fi
}

# starts one service (training its AOT cache first when its build has none)
st_start_service() {
  st_service_needs_start "$1" || return 0
  st_aot_train_missing "$1"
  st_launch_service "$1"
}

# waits until a service is ready. One that dies before that while it had a start-up cache is started once more
# without the cache (which is marked failed for this build): a cache must never keep a service from starting.
st_wait_service() {
  local s="$1" i log cache_note; log="$(st_log "$s")"; cache_note="$PL_STATE/run/$s.cache"
  for i in $(seq 1 360); do
    st_ready "$s" && return 0
    if ! pl_running_pid "$s" "$(st_marker "$s")" >/dev/null; then
      if [ -f "$cache_note" ] && [ "$(st_aot_kind)" != none ]; then
        tail -n 20 "$log" >&2
        pl_info "$s died before it was ready with its start-up cache ($(cat "$cache_note")): starting it without the cache"
        st_aot_disable "$s" "the service died before it was ready with this cache"
        st_launch_service "$s"
        rm -f "$cache_note"
        continue
      fi
      tail -n 40 "$log" >&2; pl_die "$s failed to start (log: $log)"
    fi
    sleep 0.5
  done
  tail -n 40 "$log" >&2
  pl_die "$s not ready within 180s (log: $log)"
}

# stops one part gracefully (SIGTERM, SIGKILL after its grace period: PostgreSQL 60 s, the others 30 s)
st_stop() {
  case "$1" in
    postgres) pl_terminate postgres "$ST_PG_MARKER" 60; st_stop_orphan_postmaster ;;
    *) pl_terminate "$1" "$(st_marker "$1")" 30 ;;
  esac
}

st_stop_all() {
  local s
  # second replicas the end-to-end tests or the benchmark started (LocalStack): run/<service>-2.pid
  for s in claims-service recommendations-service; do pl_terminate "$s-2" "$(st_marker "$s")" 30; done
  for s in gateway recommendations-service claims-service documents-service kafka keycloak postgres; do st_stop "$s"; done
}
