#!/usr/bin/env bash
# `./policylens token <user|client> [password]`: prints only an access token from the local Keycloak.
# Users (password grant through policylens-swagger, password = user name): reader, contributor, analyst
# (partner-a), contributor-b, analyst-b (partner-b), admin, analyst-internal (the platform's own, no partner),
# reader-unassigned (no partner: refused). Clients (client credentials, secret from the realm file):
# partner-a-api, partner-b-api, unrelated-app, claims-service, recommendations-service.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"
[ $# -ge 1 ] || pl_die "usage: ./policylens token <reader|contributor|analyst|admin|analyst-internal|contributor-b|analyst-b|partner-a-api|partner-b-api> [password]"
st_kc_ready || pl_die "Keycloak is not running on $ST_KC_URL (start the stack with ./policylens up)"
pl_kc_token "$@"
