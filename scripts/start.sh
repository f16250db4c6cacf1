#!/usr/bin/env bash
# Sets up and starts the app: installs packages, builds, and serves the built app locally.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
node_modules/.bin/vite build
PORT="${PORT:-4173}"
echo
echo "Seen Alone is running. Open http://localhost:${PORT}/ in your browser (Ctrl+C stops it)."
echo
exec node_modules/.bin/vite preview --host 127.0.0.1 --port "$PORT" --strictPort
