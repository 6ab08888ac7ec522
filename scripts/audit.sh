#!/usr/bin/env bash
# Dependency audit (npm audit) of the runtime dependencies, i.e. everything that builds and ships the site
# (Astro, Vite, Pagefind, Chart.js, …); exit 1 on any high or critical vulnerability.
# Where the registry offers no audit endpoint (a mirror answering 404/405/501), nothing can be checked: the script
# says so plainly (and as a warning annotation under GitHub Actions) and does not fail. Any other audit error
# (registry unreachable, server error) fails: an audit that did not run is not a pass.
set -uo pipefail
cd "$(dirname "$0")/.."

annotate() { # level message
  if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::$1 title=Dependency audit::$2"; fi
}

out="$(npm audit --omit=dev --audit-level=high 2>&1)"
status=$?
echo "$out"
if [ $status -eq 0 ]; then
  echo "npm audit: no high or critical vulnerability in the runtime dependencies."
  exit 0
fi
registry="$(npm config get registry 2>/dev/null)"
if echo "$out" | grep -qE "npm (warn|WARN) audit (404|405|501)\b"; then
  answer="$(echo "$out" | grep -oE "audit (404|405|501)[^-]*" | head -1 | sed 's/^audit //; s/ *$//')"
  msg="NOT CHECKED: the registry ($registry, as reached from here) answered the audit request with '$answer': it offers no audit endpoint, so no dependency was checked for known vulnerabilities. Run 'bash scripts/audit.sh' on a network that reaches the public npm registry (GitHub Actions does)."
  echo "npm audit: $msg"
  annotate warning "$msg"
  exit 0
fi
if echo "$out" | grep -q "audit endpoint returned an error"; then
  msg="the audit service of $registry could not be reached or failed; the dependencies were not checked."
  echo "npm audit: $msg"
  annotate error "$msg"
  exit 1
fi
msg="high or critical vulnerabilities in the runtime dependencies (listed above); update them (npm audit fix, or a newer release) before publishing."
echo "npm audit: $msg"
annotate error "$msg"
exit $status
