# Shared helpers for scripts/*.sh (sourced, not executed). Finds a JDK >= 21 and Maven the same way as
# ./policylens (which exports JAVA_HOME before calling the scripts; called directly, they find one here),
# builds what the local runs need, and calls the stack tool (module system), which starts, waits for and stops
# their processes (pid files under .policylens/run).

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

# ---- the whole stack: built here (Maven), run by the stack tool (module system, io.policylens.system.supervisor) ----

PL_SERVICES=(documents-service claims-service recommendations-service gateway)
pl_service_jar() { echo "$PL_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# builds the four services and the stack tool (and what they need) when a jar is missing or a source is newer than
# the oldest jar. POLICYLENS_NO_BUILD=true only checks that the builds exist (the end-to-end tests run inside a
# Maven build that has just packaged everything).
pl_build_stack() {
  local s jar oldest="" missing=""
  if [ "${POLICYLENS_NO_BUILD:-false}" = true ]; then
    for s in "${PL_SERVICES[@]}"; do [ -f "$(pl_service_jar "$s")" ] || pl_die "POLICYLENS_NO_BUILD=true but $(pl_service_jar "$s") is missing"; done
    [ -f "$PL_ROOT/system/target/classpath.txt" ] || pl_die "POLICYLENS_NO_BUILD=true but the stack tool (module system) is not built"
    return 0
  fi
  [ -f "$PL_ROOT/system/target/classpath.txt" ] || missing=" system"
  for s in "${PL_SERVICES[@]}"; do
    jar="$(pl_service_jar "$s")"
    if [ ! -f "$jar" ]; then missing="$missing $s"; continue; fi
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  if [ -z "$missing" ]; then
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

pl_stack_tool_classpath() {
  [ -f "$PL_ROOT/system/target/classpath.txt" ] || pl_die "the stack tool (module system) is not built: run ./policylens up or ./policylens build"
  echo "$PL_ROOT/system/target/classes:$(cat "$PL_ROOT/system/target/classpath.txt")"
}

# runs the stack tool, which starts, waits for and stops the parts (PostgreSQL, Kafka, Keycloak, the services, their
# start-up caches), ingests and summarises; it reads the same environment (ports, POLICYLENS_HOME, *_JAVA_OPTS...)
pl_stack_tool() {
  [ -n "${JAVA:-}" ] || pl_setup_java
  local cp; cp="$(pl_stack_tool_classpath)"
  POLICYLENS_MVN="$(pl_find_maven || echo mvn)" "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dpolicylens.repo.root="$PL_ROOT" -cp "$cp" io.policylens.system.stack.StackTool "$@"
}
