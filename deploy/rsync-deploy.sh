#!/usr/bin/env bash
# Deploys to a plain server (nginx) only after every check and test has passed, with an atomic switch:
# the new version is uploaded into releases/<time>/ and the `current` symlink is swapped in one rename.
# Usage: SITE_URL=https://… DEPLOY_HOST=user@server DEPLOY_ROOT=/srv/eco-plan bash deploy/rsync-deploy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DEPLOY_HOST:?set DEPLOY_HOST, e.g. deploy@www.example.gov.cn}"
: "${DEPLOY_ROOT:?set DEPLOY_ROOT, e.g. /srv/eco-plan}"
: "${SITE_URL:?set SITE_URL to the public address}"
source scripts/ensure-node.sh
npm ci
npm test                      # stops here on any failed check or test
npm run build                 # the real site, for its public address
npm run build:pdf             # the report PDFs the report pages link to
release="$(date -u +%Y%m%dT%H%M%SZ)"
ssh "$DEPLOY_HOST" "mkdir -p '$DEPLOY_ROOT/releases/$release'"
rsync -a --delete --link-dest="$DEPLOY_ROOT/current/" dist/ "$DEPLOY_HOST:$DEPLOY_ROOT/releases/$release/"
# Atomic switch: a new symlink renamed over the old one; readers see either the old or the new site.
ssh "$DEPLOY_HOST" "cd '$DEPLOY_ROOT' && ln -sfn 'releases/$release' current.new && mv -T current.new current && ls -1dt releases/* | tail -n +6 | xargs -r rm -rf"
echo "deployed $release"
