#!/usr/bin/env bash
# `./policylens token <user|client> [password]`: prints only an access token from the local Keycloak.
# Users (password grant through policylens-swagger, password = user name): reader, contributor, analyst
# (partner-a), contributor-b, analyst-b (partner-b), admin, analyst-internal (the platform's own, no partner),
# reader-unassigned (no partner: refused). Clients (client credentials, secret from the realm file):
# partner-a-api, partner-b-api, unrelated-app, claims-service, recommendations-service.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
[ $# -ge 1 ] || pl_die "usage: ./policylens token <reader|contributor|analyst|admin|analyst-internal|contributor-b|analyst-b|partner-a-api|partner-b-api> [password]"
pl_stack_tool token "$@"
