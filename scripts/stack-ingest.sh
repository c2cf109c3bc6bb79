#!/usr/bin/env bash
# Ingests a folder of .txt/.html/.md files into the running local stack through the gateway (as the partner
# client partner-a-api), shows extraction progress, then prints a summary (documents, claims,
# recommendations, top topics, one evidence trail, URLs and credentials). Called by `./policylens up`.
#
#   scripts/stack-ingest.sh [--corpus DIR] [--visibility public|partner] [--timeout SECONDS]
#   scripts/stack-ingest.sh --summary-only
#
# Needs curl and jq. The gateway's rate limit (per client) is respected: 429 answers are retried after Retry-After.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

corpus="$PL_SHARED/corpus/seeds"; visibility=public; timeout=300; summary_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="${2:?}"; shift 2 ;;
    --visibility) visibility="${2:?}"; shift 2 ;;
    --timeout) timeout="${2:?}"; shift 2 ;;
    --summary-only) summary_only=true; shift ;;
    *) pl_die "unknown option: $1" ;;
  esac
done
command -v jq >/dev/null 2>&1 || pl_die "jq is needed to ingest and summarise"
GW="$(st_url gateway)"
st_ready gateway || pl_die "the gateway is not ready on $GW (./policylens up)"

TOKEN="$(pl_kc_token partner-a-api)" || pl_die "no token for partner-a-api from Keycloak"
BODY="$(mktemp)"; trap 'rm -f "$BODY"' EXIT

# api METHOD PATH [curl args...]: prints the HTTP status; the body goes to $BODY. Retries 429 after Retry-After.
api() {
  local method="$1" path="$2" code attempt wait headers; shift 2
  headers="$(mktemp)"
  for attempt in $(seq 1 30); do
    code="$(curl -sS -o "$BODY" -D "$headers" -w '%{http_code}' --max-time 60 -X "$method" \
      -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$@" "$GW$path")" || code=000
    if [ "$code" != 429 ]; then rm -f "$headers"; echo "$code"; return 0; fi
    wait="$(awk -F': *' 'tolower($1)=="retry-after" {gsub("\r",""); print $2}' "$headers")"
    sleep "${wait:-2}"
  done
  rm -f "$headers"; echo "$code"
}

ids=()
if ! $summary_only; then
  [ -d "$corpus" ] || pl_die "no corpus folder: $corpus"
  mapfile -t files < <(find "$corpus" -maxdepth 1 -type f \( -iname '*.txt' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.md' -o -iname '*.markdown' \) | sort)
  [ "${#files[@]}" -gt 0 ] || pl_die "no .txt, .html or .md files in $corpus"
  pl_info "ingesting ${#files[@]} documents from $corpus through $GW as partner-a-api (visibility $visibility)..."
  created=0; existing=0; failed=0
  for f in "${files[@]}"; do
    case "${f,,}" in *.html|*.htm) fmt=html ;; *.md|*.markdown) fmt=markdown ;; *) fmt=text ;; esac
    code="$(jq -n --rawfile c "$f" --arg fmt "$fmt" --arg vis "$visibility" '{content: $c, format: $fmt, visibility: $vis}' \
      | api POST /api/v1/documents -H 'Content-Type: application/json' --data-binary @-)"
    case "$code" in
      201) created=$((created + 1)); ids+=("$(jq -r .id "$BODY")") ;;
      200) existing=$((existing + 1)); ids+=("$(jq -r .id "$BODY")") ;;
      *) failed=$((failed + 1)); pl_info "  $(basename "$f"): HTTP $code $(head -c 300 "$BODY")" ;;
    esac
  done
  pl_info "submitted: $created new, $existing already stored, $failed rejected"

  # progress: a document is done when the gateway's status says every service reflects its revision
  start="$(st_now)"; pending=("${ids[@]}"); total="${#ids[@]}"
  while [ "${#pending[@]}" -gt 0 ]; do
    still=()
    for id in "${pending[@]}"; do
      code="$(api GET "/api/v1/documents/$id/status")"
      if [ "$code" = 200 ] && [ "$(jq -r .complete "$BODY")" = true ]; then continue; fi
      still+=("$id")
    done
    pending=("${still[@]+"${still[@]}"}")
    done_n=$((total - ${#pending[@]}))
    if [ -t 2 ]; then printf '\rpolicylens: extraction %d/%d documents complete (%ss)   ' "$done_n" "$total" "$(st_since "$start")" >&2
    elif [ "$done_n" != "${last_n:-}" ] || [ $((SECONDS - ${last_print:-0})) -ge 15 ]; then
      pl_info "extraction $done_n/$total documents complete ($(st_since "$start")s)"; last_n="$done_n"; last_print=$SECONDS
    fi
    [ "${#pending[@]}" -eq 0 ] && break
    if awk -v s="$(st_since "$start")" -v t="$timeout" 'BEGIN { exit !(s > t) }'; then
      [ -t 2 ] && echo >&2
      pl_info "WARNING: ${#pending[@]} documents not fully extracted after ${timeout}s; the summary shows what there is"
      break
    fi
    sleep 1
  done
  [ -t 2 ] && echo >&2
  pl_info "extraction finished in $(st_since "$start")s"
fi

# ---- summary ----
code="$(api GET '/api/v1/documents?size=100')"
[ "$code" = 200 ] || pl_die "cannot list documents: HTTP $code $(head -c 300 "$BODY")"
docs_json="$(cat "$BODY")"
n_docs="$(jq -r '.total' <<<"$docs_json")"
[ "${#ids[@]}" -gt 0 ] || mapfile -t ids < <(jq -r '.items[].id' <<<"$docs_json")
top_topics="$(jq -r '[.items[].topics // [] | .[] | if type == "object" then (.label // .name // .id // tostring) else tostring end]
  | group_by(.) | map({t: .[0], n: length}) | sort_by(-.n) | .[:8] | map("\(.t) (\(.n))") | join(", ")' <<<"$docs_json")"
code="$(api GET '/api/v1/claims?size=1')"
n_claims="$( [ "$code" = 200 ] && jq -r '.total' "$BODY" || echo "? (HTTP $code)")"

# recommendations: the gateway's list when it offers one, otherwise summed over the documents' analyses
code="$(api GET '/api/v1/recommendations?size=20')"
if [ "$code" = 200 ]; then
  n_recs="$(jq -r '.total' "$BODY")"; rec_ids="$(jq -r '.items[].id' "$BODY")"
else
  n_recs=0; rec_ids=""
  for id in "${ids[@]}"; do
    code="$(api GET "/api/v1/documents/$id/analysis")"
    [ "$code" = 200 ] || continue
    n_recs=$((n_recs + $(jq -r '.recommendations.total // 0' "$BODY")))
    rec_ids="$rec_ids $(jq -r '.recommendations.items // [] | .[].id' "$BODY" | tr '\n' ' ')"
  done
fi
# one evidence trail: recommendation -> supporting claims -> exact source spans (GET /api/v1/recommendations/{id}/evidence)
trail=""; trail_rec=""
for rid in $rec_ids; do
  code="$(api GET "/api/v1/recommendations/$rid/evidence")"
  [ "$code" = 200 ] || { [ "$code" = 404 ] && break; continue; }
  [ "$(jq -r '(.evidence // []) | length' "$BODY")" -gt 0 ] || continue
  trail="$(jq -r '
    "  document:       \(.recommendation.documentTitle // .recommendation.documentId)",
    "  recommendation: [\(.recommendation.actor // "?") / \(.recommendation.strength // "?")] \(.recommendation.text)",
    "                  source chars \(.source.start)-\(.source.end), matches stored text: \(.source.matchesStoredText)",
    (.evidence[:3][] | "  evidence:       \(.claim.text // .source.quote)", "                  chars \(.source.start)-\(.source.end); \(.reason) (score \(.linkScore))")' "$BODY")"
  trail_rec="$rid"; break
done

cat <<SUMMARY

================ Policy Lens is up ================
Documents visible to partner-a-api: $n_docs      Claims: $n_claims      Recommendations: $n_recs
Top topics: ${top_topics:-(none yet)}
SUMMARY
if [ -n "$trail" ]; then
  echo "One evidence trail (GET $GW/api/v1/recommendations/$trail_rec/evidence):"
  echo "$trail"
else
  echo "Evidence trail: none found yet (no recommendation with supporting claims among these documents)"
fi
cat <<URLS

Swagger UI:  $GW/q/swagger-ui   (Authorize -> log in as reader|contributor|analyst|admin|contributor-b, password = user name)
API:         $GW/api/v1/documents   e.g. curl -H "Authorization: Bearer \$(./policylens token analyst)" $GW/api/v1/documents
Keycloak:    $ST_KC_URL/admin   (admin / admin)   realm: $PL_ISSUER
Clients:     partner-a-api / $(pl_realm_secret partner-a-api), partner-b-api / $(pl_realm_secret partner-b-api)   (./policylens token partner-a-api)
Logs:        ./policylens logs <gateway|documents|claims|recommendations|keycloak|postgres>    Stop: ./policylens down
URLS
