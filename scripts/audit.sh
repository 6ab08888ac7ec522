#!/usr/bin/env bash
# npm audit of the runtime dependencies: fails on any high or critical vulnerability.
# Where the registry offers no audit service (it answers 405), says so instead of failing silently.
set -uo pipefail
out="$(npm audit --omit=dev --audit-level=high 2>&1)"
status=$?
echo "$out" | tail -5
if [ $status -ne 0 ]; then
  if echo "$out" | grep -q "audit endpoint returned an error"; then
    echo "npm audit: the registry has no audit service here; vulnerability check skipped (run it where the public registry is reachable)."
    exit 0
  fi
  exit $status
fi
