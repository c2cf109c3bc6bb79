#!/usr/bin/env bash
# `./policylens down`: stops what `./policylens up` started (the gateway, the three services, Kafka, Keycloak and
# PostgreSQL), gracefully. Data stays: PostgreSQL's in .policylens/postgres, Kafka's in .policylens/kafka, Keycloak's
# in its data/h2 folder.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"
st_stop_all
pl_info "stopped"
