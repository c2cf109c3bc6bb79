# Shared helpers for scripts/*.sh (sourced, not executed). Finds a JDK >= 21 and Maven the same way as
# ./policylens (which exports JAVA_HOME before calling the scripts; called directly, they find one here),
# and manages the background processes of the local runs (pid files under .policylens/).

PL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PL_STATE="${POLICYLENS_HOME:-$PL_ROOT/.policylens}"
PL_SHARED="${POLICYLENS_SHARED:-$PL_ROOT/../shared}"
PL_MIN_JAVA=21

pl_die() { echo "policylens: $*" >&2; exit 1; }
pl_info() { echo "policylens: $*" >&2; }

pl_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

pl_find_jdk() { # JAVA_HOME first, then every JDK under /usr/lib/jvm (newest first), then java on PATH
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v="$(pl_java_major "$c/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge "$PL_MIN_JAVA" ]; then echo "$c"; return 0; fi
  done
  return 1
}

pl_find_maven() { # MAVEN_HOME, then mvn on PATH, then a Maven bootstrapped earlier into .policylens/tools
  if [ -n "${MAVEN_HOME:-}" ] && [ -x "$MAVEN_HOME/bin/mvn" ]; then echo "$MAVEN_HOME/bin/mvn"; return 0; fi
  if command -v mvn >/dev/null 2>&1; then command -v mvn; return 0; fi
  local boot
  boot="$(ls -d "$PL_STATE"/tools/apache-maven-*/bin/mvn 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$boot" ] && { echo "$boot"; return 0; }
  return 1
}

pl_setup_java() {
  JAVA_HOME="$(pl_find_jdk)" || pl_die "no JDK >= $PL_MIN_JAVA found (set JAVA_HOME or install one under /usr/lib/jvm)"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA="$JAVA_HOME/bin/java"
}

pl_mvn() { # quiet, batch-mode Maven on the root POM
  local mvn
  mvn="$(pl_find_maven)" || pl_die "no Maven found (install Maven 3.8+ or set MAVEN_HOME)"
  "$mvn" -B -ntp -q -Dstyle.color=never -f "$PL_ROOT/pom.xml" "$@"
}

# true when a file under the given paths is newer than the stamp file (or the stamp is missing)
pl_stale() {
  local stamp="$1"; shift
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

# Sources of documents-service and everything it is built from (for "is the build stale?").
pl_documents_sources() {
  echo "$PL_ROOT/pom.xml" "$PL_ROOT/commons/src/main" "$PL_ROOT/commons/pom.xml" "$PL_ROOT/documents-core/src/main" "$PL_ROOT/documents-core/pom.xml" \
       "$PL_ROOT/documents-service/src/main" "$PL_ROOT/documents-service/pom.xml"
}

# Builds documents-service (and the modules it needs, incl. test-support) when missing or out of date.
pl_build_documents() {
  local jar="$PL_ROOT/documents-service/target/quarkus-app/quarkus-run.jar"
  local stamp="$PL_ROOT/documents-service/target/.policylens-built"
  # shellcheck disable=SC2046
  if [ ! -f "$jar" ] || pl_stale "$stamp" $(pl_documents_sources); then
    pl_info "building documents-service and the modules it needs (tests skipped)..."
    if pl_mvn -pl documents-service -am install -DskipTests >&2; then
      touch "$stamp" "$PL_ROOT/test-support/target/.policylens-built"
    elif [ -f "$jar" ]; then
      pl_info "WARNING: the build failed (see above); running the previous build of documents-service"
    else
      pl_die "build failed"
    fi
  fi
}

# Builds test-support (LocalPostgres, LocalTokens, the load generator) when missing or out of date.
pl_build_tools() {
  local stamp="$PL_ROOT/test-support/target/.policylens-built"
  if [ "${POLICYLENS_NO_BUILD:-false}" = true ]; then
    [ -f "$PL_ROOT/test-support/target/classes/io/policylens/testing/LocalTokens.class" ] \
      || pl_die "POLICYLENS_NO_BUILD=true but test-support is not built"
    return 0
  fi
  if [ ! -f "$PL_ROOT/test-support/target/classes/io/policylens/testing/LocalTokens.class" ] \
     || pl_stale "$stamp" "$PL_ROOT/test-support/src/main" "$PL_ROOT/test-support/pom.xml"; then
    pl_info "building test-support (tests skipped)..."
    # built on its own (-f): test-support needs no other module, so a broken sibling POM cannot stop it
    "$(pl_find_maven)" -B -ntp -q -Dstyle.color=never -f "$PL_ROOT/test-support/pom.xml" install -DskipTests >&2 \
      || pl_die "build of test-support failed"
    touch "$stamp"
  fi
}

# Classpath (test-support classes + dependencies) for the local tools: LocalPostgres, LocalTokens, the load generator.
pl_tools_classpath() {
  local cp_file="$PL_ROOT/test-support/target/tools-classpath.txt"
  if pl_stale "$cp_file" "$PL_ROOT/test-support/pom.xml" "$PL_ROOT/pom.xml" || [ ! -s "$cp_file" ]; then
    "$(pl_find_maven)" -B -ntp -q -Dstyle.color=never -f "$PL_ROOT/test-support/pom.xml" \
      dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2 || pl_die "cannot resolve the test-support classpath"
  fi
  echo "$PL_ROOT/test-support/target/classes:$(cat "$cp_file")"
}

# ---- background processes: pid files under $PL_STATE/run ----

pl_pid_file() { echo "$PL_STATE/run/$1.pid"; }

# prints the pid of a managed process when it is alive and still the process we started (its command line
# contains the marker); nothing otherwise
pl_running_pid() {
  local name="$1" marker="$2" file pid
  file="$(pl_pid_file "$name")"
  [ -f "$file" ] || return 1
  pid="$(cat "$file" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
  echo "$pid"
}

# starts a command detached (own session, so a terminal Ctrl-C reaches only the supervising script), logs to
# a file, records its pid. Every descriptor above 2 is closed first: a long-lived part must not keep one it inherited,
# such as the lock of `flock FILE ./policylens ...`, which would stay held for as long as the part runs.
pl_spawn() {
  local name="$1" log="$2"; shift 2
  mkdir -p "$PL_STATE/run" "$(dirname "$log")"
  [ -f "$log" ] && mv -f "$log" "$log.1"
  local pid_file
  pid_file="$(pl_pid_file "$name")"
  rm -f "$pid_file"
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid bash -c 'echo $$ > "$0"; for fd in /proc/$$/fd/*; do fd="${fd##*/}"; [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; exec "$@"' \
    "$pid_file" "$@" > "$log" 2>&1 < /dev/null &
  local i
  for i in $(seq 1 50); do [ -s "$pid_file" ] && break; sleep 0.1; done
  [ -s "$pid_file" ] || pl_die "could not start $name"
}

# SIGTERM (graceful: shutdown hooks run), then SIGKILL after a grace period
pl_terminate() {
  local name="$1" marker="$2" grace="${3:-30}" pid i
  pid="$(pl_running_pid "$name" "$marker")" || { rm -f "$(pl_pid_file "$name")"; return 0; }
  pl_info "stopping $name (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 $((grace * 10))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    pl_info "$name did not stop within ${grace}s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pl_pid_file "$name")"
}

pl_port_open() { # true when something accepts TCP connections on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---- the whole stack (`./policylens up`): Keycloak realm file and tokens ----

PL_REALM_FILE="$PL_ROOT/dev/keycloak/policylens-realm.json"
PL_KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
PL_ISSUER="http://127.0.0.1:$PL_KEYCLOAK_PORT/realms/policylens"

# the development secret of a confidential client, read from the realm file (the realm's clients are written one
# attribute per line: "clientId" comes before "secret" within a client; no JSON tool needed)
pl_realm_secret() {
  local client="$1" secret
  secret="$(awk -v c="$client" '
    /"clientId"[[:space:]]*:/ { id = $0; sub(/.*"clientId"[[:space:]]*:[[:space:]]*"/, "", id); sub(/".*/, "", id) }
    /"secret"[[:space:]]*:/ && id == c { s = $0; sub(/.*"secret"[[:space:]]*:[[:space:]]*"/, "", s); sub(/".*/, "", s); print s; exit }
  ' "$PL_REALM_FILE")"
  [ -n "$secret" ] || return 1
  echo "$secret"
}

# prints an access token from the local Keycloak: client credentials for a confidential client of the realm
# (partner-a-api, partner-b-api, claims-service, recommendations-service), otherwise the password grant of
# the public client policylens-swagger for a realm user (password = user name unless given)
pl_kc_token() {
  local who="$1" password="${2:-$1}" url="$PL_ISSUER/protocol/openid-connect/token" secret body
  if secret="$(pl_realm_secret "$who" 2>/dev/null)"; then
    body="$(curl -sS --max-time 10 -d grant_type=client_credentials --data-urlencode "client_id=$who" \
      --data-urlencode "client_secret=$secret" "$url")" || return 1
  else
    body="$(curl -sS --max-time 10 -d grant_type=password -d client_id=policylens-swagger -d scope=openid \
      --data-urlencode "username=$who" --data-urlencode "password=$password" "$url")" || return 1
  fi
  case "$body" in
    *'"access_token"'*) echo "$body" | sed -E 's/.*"access_token":"([^"]+)".*/\1/' ;;
    *) echo "policylens: no token for '$who': $body" >&2; return 1 ;;
  esac
}
