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

pl_mvn() { # quiet, batch-mode Maven on the root POM (or on the POM given first: -f FILE)
  local mvn pom="$PL_ROOT/pom.xml"
  mvn="$(pl_find_maven)" || pl_die "no Maven found (install Maven 3.8+ or set MAVEN_HOME)"
  if [ "${1:-}" = -f ]; then pom="$2"; shift 2; fi
  "$mvn" -B -ntp -q -Dstyle.color=never -f "$pom" "$@"
}

# true when a file under the given paths is newer than the stamp file (or the stamp is missing)
pl_stale() {
  local stamp="$1"; shift
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

# The one "build if stale" of the launcher and the scripts:
#   pl_build_if_stale <what> <artifact> <stamp> <paths...> -- <Maven arguments...>
# runs Maven (pl_mvn, tests are the caller's choice) when <artifact> is missing, or <stamp> is, or a file under
# <paths> is newer than <stamp>, and touches <stamp> once the build succeeded (the stamp may be the artifact
# itself). Returns non-zero when the build failed, so the caller decides whether an older build may serve.
# POLICYLENS_NO_BUILD=true only checks that the artifact exists (the end-to-end tests run inside a Maven build
# that has just packaged everything).
pl_build_if_stale() {
  local what="$1" artifact="$2" stamp="$3"; shift 3
  local paths=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do paths+=("$1"); shift; done
  [ "${1:-}" = -- ] || pl_die "pl_build_if_stale: no -- before the Maven arguments"
  shift
  if [ "${POLICYLENS_NO_BUILD:-false}" = true ]; then
    [ -e "$artifact" ] || pl_die "POLICYLENS_NO_BUILD=true but $what is not built ($artifact is missing)"
    return 0
  fi
  if [ -e "$artifact" ] && ! pl_stale "$stamp" "${paths[@]}"; then return 0; fi
  if [ -e "$artifact" ] && [ -e "$stamp" ]; then
    pl_info "sources changed since the last build: rebuilding $what (tests skipped)..."
  else
    pl_info "building $what (tests skipped)..."
  fi
  pl_mvn "$@" >&2 || return 1
  touch "$stamp"
}

# the first of the files that is missing, or else the oldest (a stamp for "are all of these fresh?")
pl_oldest_or_missing() {
  local f oldest=""
  for f in "$@"; do
    [ -e "$f" ] || { echo "$f"; return 0; }
    if [ -z "$oldest" ] || [ "$f" -ot "$oldest" ]; then oldest="$f"; fi
  done
  echo "$oldest"
}

# Builds documents-service (and the modules it needs) when missing or out of date; a failed build falls back on the
# previous one when there is one.
pl_build_documents() {
  local jar="$PL_ROOT/documents-service/target/quarkus-app/quarkus-run.jar" m
  local sources=("$PL_ROOT/pom.xml")
  for m in commons documents-core documents-service; do sources+=("$PL_ROOT/$m/src/main" "$PL_ROOT/$m/pom.xml"); done
  pl_build_if_stale "documents-service and the modules it needs" "$jar" "$PL_ROOT/documents-service/target/.policylens-built" "${sources[@]}" \
      -- -pl documents-service -am install -DskipTests && return 0
  [ -f "$jar" ] || pl_die "build failed"
  pl_info "WARNING: the build failed (see above); running the previous build of documents-service"
}

# Builds local-runtime (LocalPostgres, LocalKafka, LocalTokens and the dev key) when missing or out of date. Built on
# its own (-f): it needs no other module, so a broken sibling POM cannot stop it. Its build writes its class path.
pl_build_local_runtime() {
  pl_build_if_stale local-runtime "$PL_ROOT/local-runtime/target/classpath.txt" \
      "$PL_ROOT/local-runtime/target/.policylens-built" \
      "$PL_ROOT/local-runtime/src/main" "$PL_ROOT/local-runtime/pom.xml" "$PL_ROOT/pom.xml" \
      -- -f "$PL_ROOT/local-runtime/pom.xml" install -DskipTests || pl_die "build of local-runtime failed"
}

# Classpath (local-runtime's classes + dependencies, the broker jars included) of LocalPostgres, LocalKafka, LocalTokens.
pl_local_runtime_classpath() {
  echo "$PL_ROOT/local-runtime/target/classes:$(cat "$PL_ROOT/local-runtime/target/classpath.txt")"
}

# ---- the whole stack: built here (Maven), run by the stack tool (module system, io.policylens.system.supervisor) ----

PL_SERVICES=(documents-service claims-service recommendations-service gateway)
pl_service_jar() { echo "$PL_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# builds the four services and the stack tool (and what they need) when a jar is missing or a source is newer than
# the oldest jar; test-support is left out of the sources (the services use it in their tests only)
pl_build_stack() {
  local s d artifacts=("$PL_ROOT/system/target/classpath.txt") sources=("$PL_ROOT/pom.xml")
  for s in "${PL_SERVICES[@]}"; do artifacts+=("$(pl_service_jar "$s")"); done
  for d in "$PL_ROOT"/*/pom.xml; do
    d="$(dirname "$d")"
    [ "$(basename "$d")" = test-support ] || sources+=("$d/src/main" "$d/pom.xml")
  done
  local stamp; stamp="$(pl_oldest_or_missing "${artifacts[@]}")"
  pl_build_if_stale "the services, the stack tool (module system) and what they need (the first build takes a few minutes)" \
      "$stamp" "$stamp" "${sources[@]}" \
      -- -pl documents-service,claims-service,recommendations-service,gateway,system -am install -DskipTests \
    || pl_die "build failed (run ./policylens build to see the whole output)"
}

# builds the stack tool (module system, with local-runtime and benchmarks it runs) when missing or out of date. Maven
# builds the services with it (system's tests start them); their own sources are pl_build_stack's and
# pl_build_documents' concern.
pl_build_stack_tool() {
  local m sources=("$PL_ROOT/pom.xml")
  for m in system local-runtime benchmarks; do sources+=("$PL_ROOT/$m/src/main" "$PL_ROOT/$m/pom.xml"); done
  pl_build_if_stale "the stack tool (module system)" "$PL_ROOT/system/target/classpath.txt" \
      "$PL_ROOT/system/target/.policylens-built" "${sources[@]}" -- -pl system -am install -DskipTests \
    || pl_die "build of the stack tool failed"
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
