#!/usr/bin/env bash
# `./policylens status`: what of the local stack runs, with pids, URLs and readiness.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
pl_stack_tool status
