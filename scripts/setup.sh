#!/usr/bin/env bash
# Installs the npm packages when they are missing or older than the lockfile.
# Sourced by start.sh and test.sh, so both work on a fresh clone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20.19 or later is needed: install it from your package manager or nodejs.org." >&2
  exit 1
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)…"
  # No test tool may download a browser of its own: the tests use the system's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
