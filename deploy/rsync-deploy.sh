#!/usr/bin/env bash
# Publishes the site to a plain server running nginx (deploy/nginx.conf): test once, upload exactly what was
# tested, switch atomically, smoke-test, roll back by itself on failure.
#
#   SITE_URL=https://… DEPLOY_HOST=user@server DEPLOY_ROOT=/srv/plan-site bash deploy/rsync-deploy.sh
#   DEPLOY_HOST=user@server DEPLOY_ROOT=/srv/plan-site [SITE_URL=https://…] bash deploy/rsync-deploy.sh rollback
#
# deploy (the default): `npm ci`, then `npm test` once with SITE_URL, which builds dist/ for the public address
# and tests that very folder; dist/ is then uploaded as it is (no second build) into releases/<time>/, and the
# previous release's hashed assets (/_astro/ scripts and styles; Pagefind's index, fragment, filter, metadata and
# WebAssembly files) are hard-linked into it, so pages that browsers loaded before the switch still find theirs.
# The `current` symlink (nginx's root) is switched in one rename. A smoke test then fetches the home page, an
# English page, Pagefind's entry file and a hashed asset from SMOKE_URL (default SITE_URL) and compares them with
# dist/; on any failure it switches back to the previous release and exits 1. The last five releases are kept.
# rollback: points `current` back at the release that was live before it (run it again to go further back).
#
# On the server: $DEPLOY_ROOT/current → releases/<time>; releases/<time>/ (one site each); manifests/<time>.txt
# (the hashed assets each release built) and history (the releases that went live, in order), outside the
# public root. Needs rsync, ssh and curl here; rsync, bash and GNU coreutils on the server.
# DEPLOY_HOST=local does the server's part on this machine. Only then may DEPLOY_SKIP_TESTS=1 and DEPLOY_DIST=<dir>
# publish a prepared folder without npm ci / npm test (test/unit/deploy-script.test.ts does).
set -euo pipefail
cd "$(dirname "$0")/.."

command="${1:-deploy}"
: "${DEPLOY_HOST:?set DEPLOY_HOST, e.g. deploy@www.example.gov.cn}"
: "${DEPLOY_ROOT:?set DEPLOY_ROOT, e.g. /srv/plan-site}"
KEEP=5

# Runs a bash script (stdin) with the given arguments on the server.
remote() {
  if [ "$DEPLOY_HOST" = local ]; then
    bash -s -- "$@"
  else
    ssh "$DEPLOY_HOST" bash -s -- "$(printf '%q ' "$@")"
  fi
}

# The hashed assets of the site in the current folder, one path a line: what a cached page may still ask for.
hashed_assets() {
  { find _astro pagefind/index pagefind/fragment pagefind/filter -type f 2>/dev/null || true
    find pagefind -maxdepth 1 -type f \( -name '*.pf_meta' -o -name 'wasm.*.pagefind' \) 2>/dev/null || true
  } | LC_ALL=C sort
}

# Server side: point `current` at releases/$2 in one rename.
SWITCH='
set -euo pipefail
cd "$1"
[ -d "releases/$2" ] || { echo "no release $2 in $1/releases" >&2; exit 1; }
ln -sfn "releases/$2" current.new
mv -T current.new current
'

switch_to() { # release
  remote "$DEPLOY_ROOT" "$1" <<<"$SWITCH"
}

# Fetches a path of the live site into $work/body; 0 if the status is 200.
fetch() { # url-path
  curl -fsS --compressed --max-time 30 -H 'Cache-Control: no-cache' -o "$work/body" -D "$work/headers" "${smoke_url%/}$1"
}

# The smoke test: the live site is the uploaded dist/. Retries a few times (a proxy in front may lag).
smoke_test() {
  local asset attempt problems
  asset="$(grep -oE '/_astro/[^"]+\.(css|js)' "$dist/index.html" | head -1)" || true
  for attempt in 1 2 3; do
    problems=()
    fetch / && cmp -s "$work/body" "$dist/index.html" || problems+=("/ is not the new home page")
    fetch /en/ || problems+=("/en/ does not answer 200")
    fetch /pagefind/pagefind-entry.json && cmp -s "$work/body" "$dist/pagefind/pagefind-entry.json" || problems+=("/pagefind/pagefind-entry.json is not the new search index")
    if [ -n "$asset" ]; then fetch "$asset" && cmp -s "$work/body" "$dist$asset" || problems+=("$asset is missing or different"); fi
    [ ${#problems[@]} -eq 0 ] && return 0
    [ "$attempt" -lt 3 ] && sleep 2
  done
  printf 'smoke test failed at %s:\n' "$smoke_url" >&2
  printf '  %s\n' "${problems[@]}" >&2
  return 1
}

# Warns when nginx does not send the headers of deploy/security-headers.conf (the snippet is installed by hand).
check_headers() {
  fetch / || return 0
  local name value sent missing=()
  while IFS=$'\t' read -r name value; do
    sent="$(tr -d '\r' <"$work/headers" | grep -i "^$name:" | head -1 | sed 's/^[^:]*: *//')" || true
    [ "$sent" = "$value" ] || missing+=("$name")
  done < <(sed -n 's/^add_header \([A-Za-z-]*\) "\(.*\)" always;$/\1\t\2/p' deploy/security-headers.conf)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "warning: $smoke_url does not send these headers as deploy/security-headers.conf says: ${missing[*]}." >&2
    echo "         Copy that file to /etc/nginx/snippets/plan-site-security-headers.conf and reload nginx (README)." >&2
  fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$command" in
rollback)
  previous="$(remote "$DEPLOY_ROOT" <<'SH'
set -euo pipefail
cd "$1"
[ -L current ] || { echo "$1/current is not a symlink: nothing to roll back" >&2; exit 1; }
current="$(basename "$(readlink current)")"
if [ -s history ]; then
  [ "$(tail -n 1 history)" = "$current" ] || { echo "$1/current ($current) is not the last release in $1/history: switch by hand" >&2; exit 1; }
  previous="$(tail -n 2 history | head -n 1)"
  [ "$previous" != "$current" ] || previous=""
else # installed before the history was kept: the release before by name
  previous="$(ls -1 releases | LC_ALL=C sort | awk -v c="$current" '$0 < c' | tail -n 1)"
fi
[ -n "$previous" ] && [ -d "releases/$previous" ] || { echo "no release before $current: nothing to roll back to" >&2; exit 1; }
ln -sfn "releases/$previous" current.new
mv -T current.new current
if [ -s history ]; then sed -i '$d' history; fi
echo "$previous"
SH
)"
  echo "rolled back to $previous"
  smoke_url="${SMOKE_URL:-${SITE_URL:-}}"
  if [ -n "$smoke_url" ]; then
    fetch / || { echo "after the rollback $smoke_url/ does not answer 200" >&2; exit 1; }
    echo "$smoke_url/ answers 200"
  fi
  ;;

deploy)
  : "${SITE_URL:?set SITE_URL to the public address}"
  dist=dist
  if [ -n "${DEPLOY_SKIP_TESTS:-}" ] || [ -n "${DEPLOY_DIST:-}" ]; then
    [ "$DEPLOY_HOST" = local ] || { echo "DEPLOY_SKIP_TESTS and DEPLOY_DIST are for DEPLOY_HOST=local (the script's own test) only" >&2; exit 1; }
    dist="${DEPLOY_DIST:-dist}"
  fi
  if [ -z "${DEPLOY_SKIP_TESTS:-}" ]; then
    source scripts/ensure-node.sh
    npm ci
    SITE_URL="$SITE_URL" npm test   # builds dist/ for SITE_URL and tests it; stops here on any failure
  fi
  [ -f "$dist/index.html" ] || { echo "$dist/ has no site" >&2; exit 1; }
  grep -qF "\"${SITE_URL%/}/\"" "$dist/index.html" || { echo "$dist/ was not built for $SITE_URL (its home page never names it)" >&2; exit 1; }
  smoke_url="${SMOKE_URL:-$SITE_URL}"
  (cd "$dist" && hashed_assets) >"$work/manifest"

  release="$(date -u +%Y%m%dT%H%M%SZ)"
  previous="$(remote "$DEPLOY_ROOT" "$release" <<'SH'
set -euo pipefail
cd "$1"
mkdir -p releases manifests
mkdir "releases/$2"
if [ -L current ]; then basename "$(readlink current)"; fi
SH
)"
  dest="$DEPLOY_ROOT/releases/$release/"
  [ "$DEPLOY_HOST" = local ] || dest="$DEPLOY_HOST:$dest"
  link=()
  [ -n "$previous" ] && link=(--link-dest="$DEPLOY_ROOT/releases/$previous/")
  # --checksum: a file is linked to the previous release only if its content is the same (not just size and time).
  rsync -a --checksum --delete --chmod=D755,F644 "${link[@]}" "$dist/" "$dest"
  rsync -a --chmod=F644 "$work/manifest" "${dest%/releases/*}/manifests/$release.txt"

  # Keep the previous release's own hashed assets (its manifest; for a release without one, all of them).
  if [ -n "$previous" ]; then
    { declare -f hashed_assets; cat <<'SH'
set -euo pipefail
cd "$1"
new="releases/$2" old="releases/$3"
[ -d "$old" ] || exit 0
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
if [ -f "manifests/$3.txt" ]; then cat "manifests/$3.txt"; else (cd "$old" && hashed_assets); fi >"$list"
kept=0
while IFS= read -r f; do
  if [ -n "$f" ] && [ -f "$old/$f" ] && [ ! -e "$new/$f" ]; then
    mkdir -p "$new/$(dirname "$f")"
    ln "$old/$f" "$new/$f"
    kept=$((kept + 1))
  fi
done <"$list"
echo "kept $kept hashed assets of $3"
SH
    } | remote "$DEPLOY_ROOT" "$release" "$previous"
  fi

  switch_to "$release"
  echo "switched to $release"
  if ! smoke_test; then
    if [ -n "$previous" ]; then
      switch_to "$previous"
      echo "rolled back to $previous; releases/$release is left for inspection until the next deploy" >&2
    else
      echo "no earlier release to roll back to" >&2
    fi
    exit 1
  fi
  check_headers

  # history: the releases that went live, in order (`rollback` removes the last). The last five stay; releases
  # that failed their smoke test or were rolled back from are removed now.
  remote "$DEPLOY_ROOT" "$release" "$previous" "$KEEP" <<'SH'
set -euo pipefail
cd "$1"
touch history
if [ ! -s history ] && [ -n "$3" ]; then echo "$3" >>history; fi
echo "$2" >>history
tail -n "$4" history >history.new
mv history.new history
ls -1 releases | while IFS= read -r r; do
  grep -qxF "$r" history || rm -rf "releases/$r" "manifests/$r.txt"
done
SH
  echo "deployed $release"
  ;;

*)
  echo "usage: bash deploy/rsync-deploy.sh [deploy|rollback]" >&2
  exit 2
  ;;
esac
