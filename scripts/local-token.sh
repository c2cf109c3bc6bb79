#!/usr/bin/env bash
# Prints a bearer token for documents-service running with the DEVELOPMENT-ONLY `local` profile
# (./policylens run documents). Usage: scripts/local-token.sh <reader|contributor|analyst|admin|service> [partner]
# [--user NAME] [--hours N]. Signed with the committed dev key in local-runtime/src/main/resources/local-dev/.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

[ $# -ge 1 ] || pl_die "usage: scripts/local-token.sh <reader|contributor|analyst|admin|service> [partner] [--user NAME] [--hours N]"
pl_setup_java
pl_build_local_runtime
exec "$JAVA" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$(pl_local_runtime_classpath)" io.policylens.local.tokens.LocalTokens "$@"
