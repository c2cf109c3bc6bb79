#!/usr/bin/env bash
# `./policylens start|stop|restart <part> [--kill]`: one part of the local stack (see docs/local-stack.md).
# Parts: postgres, kafka, keycloak, documents, claims, recommendations, gateway. `stop --kill` ends the process with
# SIGKILL, as a crash would (the end-to-end tests use it); `start` waits until the part is ready.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
action="${1:-}"
case "$action" in
  start|restart) pl_setup_java; pl_build_local_runtime ;;
  stop) ;;
  *) pl_die "usage: ./policylens start|stop|restart <part> [--kill]" ;;
esac
pl_stack_tool "$@"
