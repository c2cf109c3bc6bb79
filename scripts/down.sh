#!/usr/bin/env bash
# `./policylens down`: stops what `./policylens up` started (the gateway, the three services, Kafka, Keycloak and
# PostgreSQL, and second replicas the end-to-end tests started), gracefully. Data stays: PostgreSQL's in
# .policylens/postgres, Kafka's in .policylens/kafka, Keycloak's in its data/h2 folder.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
pl_stack_tool down
