# Start-up caches of the local stack's services (sourced by stack-env.sh, not executed).
#
# JDK >= 25: a JDK AOT cache (JEP 483/514/515: classes loaded and linked ahead of time, plus method profiles) per
# service, made by a short training run: the service starts in -XX:AOTMode=record with its real settings, answers
# a few real requests, stops gracefully, then `-XX:AOTMode=create` writes the cache (scripts/lib/aot-cache.sh).
# Later starts run with -XX:AOTCache=<file>. The services are packaged as Quarkus aot-jar (classes on the JVM's
# own class path, which the cache can hold; fast-jar's class loader cannot be cached).
# JDK 19-24: a dynamic AppCDS archive instead (-XX:+AutoCreateSharedArchive: the JVM writes it at exit and checks
# and rewrites it itself). POLICYLENS_AOT=false turns both off; POLICYLENS_AOT=cds forces the AppCDS archive.
#
# A cache belongs to one build of a service: its key covers every file of target/quarkus-app (path, size and
# modification time, which is also what the JVM checks before it uses a cache), the JDK and the JVM options.
# A rebuild gets a new key, so a new training run; the old cache is deleted then. A training that fails adds a
# line to a <key>.failed note and the service starts without a cache; the next start tries once more, after two
# failures that build starts without a cache (delete the note to retry). The JVM itself ignores a cache that does not match or is damaged (warning in the service log), and a
# service that dies before it is ready with a cache is started once more without it (st_wait_service).
# Caches live in POLICYLENS_AOT_DIR (default .policylens/aot), 80-140 MB per service.

ST_AOT_DIR="${POLICYLENS_AOT_DIR:-$PL_STATE/aot}"
ST_AOT_TRAIN_ROUNDS="${POLICYLENS_AOT_TRAIN_ROUNDS:-10}"

# the feature version of the JDK in $JAVA_HOME, from its release file (no JVM start; asking java is the fallback)
st_java_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
  [ -n "$v" ] || v="$(pl_java_major "$JAVA")"
  echo "${v:-0}"
}

# aot, cds or none for the JDK in $JAVA_HOME
st_aot_kind() {
  local major
  major="$(st_java_major)"
  case "${POLICYLENS_AOT:-auto}" in
    false|off|none) echo none ;;
    cds) echo cds ;;
    *) if [ "$major" -ge 25 ]; then echo aot; elif [ "$major" -ge 19 ]; then echo cds; else echo none; fi ;;
  esac
}

st_aot_app_dir() { dirname "$(st_jar "$1")"; }

# the cache key of a service's current build: every file of its quarkus-app folder (relative path, size,
# modification time), the JDK and the JVM options it runs with
st_aot_key() {
  local s="$1" app
  app="$(st_aot_app_dir "$s")"
  {
    echo "$(readlink -f "$JAVA")"
    grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$JAVA_HOME/release" 2>/dev/null
    echo "$(st_jvm_opts "$s")"
    echo "$app"
    (cd "$app" && find . -type f -printf '%P %s %T@\n' | LC_ALL=C sort)
  } | sha256sum | cut -c1-24
}

st_aot_file() { echo "$ST_AOT_DIR/$1/$2.aot"; }

# the JVM options that make a service use its start-up cache (nothing when there is none or it failed)
st_aot_opts() {
  local s="$1" key
  case "$(st_aot_kind)" in
    aot) key="$(st_aot_key "$s")"; [ -s "$(st_aot_file "$s" "$key")" ] && echo "-XX:AOTCache=$(st_aot_file "$s" "$key")" ;;
    cds) key="$(st_aot_key "$s")"; mkdir -p "$ST_AOT_DIR/$s"
         [ -f "$ST_AOT_DIR/$s/$key.failed" ] || echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$ST_AOT_DIR/$s/$key.jsa" ;;
  esac
  return 0
}

# no start-up cache for the current build of a service any more: it is removed, and the reason is added to its
# <key>.failed note (two failures and that build gets no more training runs)
st_aot_disable() {
  local s="$1" key
  key="$(st_aot_key "$s")"
  mkdir -p "$ST_AOT_DIR/$s"
  rm -f "$ST_AOT_DIR/$s/$key.aot" "$ST_AOT_DIR/$s/$key.jsa"
  echo "$(date -u +%FT%TZ) $2" >> "$ST_AOT_DIR/$s/$key.failed"
}

# true when the service should get a training run before it starts: JDK >= 25, no cache for its current build,
# and fewer than two failures with it (a port taken for a moment must not cost a build its cache)
st_aot_needs_training() {
  local s="$1" key failed
  [ "$(st_aot_kind)" = aot ] || return 1
  key="$(st_aot_key "$s")"; failed="$ST_AOT_DIR/$s/$key.failed"
  [ ! -s "$(st_aot_file "$s" "$key")" ] && { [ ! -f "$failed" ] || [ "$(wc -l < "$failed")" -lt 2 ]; }
}

# the requests of a training run, one per line: METHOD PATH [JSON body]; read-only or stateless, so a training
# run changes no data. They take the code paths a real start-up and the first real calls take: security, JSON,
# database queries, the extractors, error answers. Health, metrics and /internal/* go to the management port.
st_aot_training_requests() {
  local zero=00000000-0000-0000-0000-000000000000
  local text='{"text":"The ministry should publish quarterly figures on hospital waiting times. In 2024 unemployment fell to 4.2 percent, according to the national statistics office. Regulators must review the rules by 2026."}'
  echo "GET /q/health/live"
  echo "GET /q/metrics"
  echo "GET /q/openapi"
  [ "$1" = gateway ] || echo "GET /internal/data-version"
  case "$1" in
    documents-service)
      echo "GET /documents?size=5"
      echo "GET /documents/search?q=hospital%20waiting%20times&size=5"
      echo "GET /documents/changes?after=0&limit=5"
      echo "GET /documents/$zero" ;;
    claims-service)
      echo "GET /claims?size=5"
      echo "GET /claims/$zero"
      echo "POST /claims/extract $text" ;;
    recommendations-service)
      echo "GET /recommendations?size=5"
      echo "GET /recommendations/clusters?size=5"
      echo "GET /recommendations/$zero"
      echo "POST /recommendations/extract $text" ;;
    gateway)
      echo "GET /api/v1/documents?size=5"
      echo "GET /api/v1/claims?size=5"
      echo "GET /api/v1/recommendations?size=5"
      echo "GET /api/v1/search?q=unemployment&size=5"
      echo "GET /api/v1/documents/$zero/analysis"
      echo "POST /api/v1/claims/extract $text"
      echo "POST /api/v1/recommendations/extract $text" ;;
  esac
}

# sends the training requests ST_AOT_TRAIN_ROUNDS times, with a reader token when Keycloak gives one and once
# without (the 401 path); answers are not checked: a 4xx or 5xx is a code path too
st_aot_exercise() {
  local s="$1" url token round method path body base auth=()
  url="$(st_url "$s")"
  token="$(pl_kc_token reader 2>/dev/null)" && auth=(-H "Authorization: Bearer $token")
  for round in $(seq 1 "$ST_AOT_TRAIN_ROUNDS"); do
    while read -r method path body; do
      case "$path" in /q/health*|/q/metrics|/internal/*) base="$(st_mgmt_url "$s")" ;; *) base="$url" ;; esac
      if [ "$method" = POST ]; then
        curl -s -o /dev/null --max-time 20 "${auth[@]}" -H 'Content-Type: application/json' -d "$body" "$base$path" || true
      else
        curl -s -o /dev/null --max-time 20 "${auth[@]}" "$base$path" || true
      fi
    done < <(st_aot_training_requests "$s")
    st_ready "$s" || true
  done
}

# ends a failed training run: no cache for this build, a note says why (st_aot_needs_training reads it)
st_aot_give_up() {
  local s="$1" key="$2" reason="$3"
  pl_terminate "$s" "$(st_marker "$s")" 30 >/dev/null 2>&1
  rm -f "$ST_AOT_DIR/$s/$key".*.$$
  st_aot_disable "$s" "$reason"
  pl_info "AOT cache training of $s failed ($reason; log: $ST_LOGS/$s-aot-training.log): $s starts without a cache"
}

# the training run of one service; returns 0 whatever happens (a failure only means no cache)
st_aot_train() {
  local s="$1" key dir conf tmp log marker t0 i
  key="$(st_aot_key "$s")"; dir="$ST_AOT_DIR/$s"; marker="$(st_marker "$s")"
  conf="$dir/$key.aotconf.$$"; tmp="$dir/$key.aot.$$"; log="$ST_LOGS/$s-aot-training.log"
  mkdir -p "$dir" "$ST_LOGS"
  t0="$(st_now)"
  pl_info "training the AOT cache of $s (once per build; log: $log)..."
  # 1. the service itself, recording; the pid file is the service's, so stop/down/status see it
  st_spawn_service "$s" "$log" -XX:AOTMode=record -XX:AOTConfiguration="$conf"
  for i in $(seq 1 1800); do
    st_ready "$s" && break
    pl_running_pid "$s" "$marker" >/dev/null || { st_aot_give_up "$s" "$key" "the training run ended before it was ready"; return 0; }
    sleep 0.1
  done
  st_ready "$s" || { st_aot_give_up "$s" "$key" "the training run was not ready within 180s"; return 0; }
  # 2. a few real requests, 3. a graceful stop (the JVM writes the recorded configuration at exit)
  st_aot_exercise "$s"
  pl_terminate "$s" "$marker" 60 >/dev/null
  [ -s "$conf" ] || { st_aot_give_up "$s" "$key" "no AOT configuration was recorded"; return 0; }
  # 4. the cache, from the recorded configuration (no service runs; about 10 CPU-seconds)
  # shellcheck disable=SC2046
  if ! timeout 600 "$JAVA" $(st_jvm_opts "$s") -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$tmp" \
        -jar "$(st_jar "$s")" >> "$log" 2>&1 || [ ! -s "$tmp" ]; then
    st_aot_give_up "$s" "$key" "creating the cache failed"; return 0
  fi
  # 5. the JVM must accept it (AOTMode=on fails instead of ignoring a cache it cannot use)
  # shellcheck disable=SC2046
  if ! "$JAVA" $(st_jvm_opts "$s") -XX:AOTMode=on -XX:AOTCache="$tmp" -cp "$(st_jar "$s")" -version >> "$log" 2>&1; then
    st_aot_give_up "$s" "$key" "the JVM does not accept the new cache"; return 0
  fi
  rm -f "$conf" "$dir/$key.failed"
  find "$dir" -maxdepth 1 -type f ! -name "$key.*" -delete
  mv -f "$tmp" "$(st_aot_file "$s" "$key")"
  pl_info "AOT cache of $s ready ($(du -m "$(st_aot_file "$s" "$key")" | cut -f1) MB, $(st_since "$t0")s)"
}

# trains the services given that need it, in parallel (each on its own port, as a stack start would run them)
st_aot_train_missing() {
  local s pids=()
  for s in "$@"; do
    if st_aot_needs_training "$s"; then st_aot_train "$s" & pids+=($!); fi
  done
  [ ${#pids[@]} -eq 0 ] || wait "${pids[@]}"
}
