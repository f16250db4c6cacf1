#!/usr/bin/env bash
# Prints the path of a Chrome or Chromium for the browser tests, installing Debian's
# chromium when none is found and we run as root with apt-get. CHROMIUM_PATH wins.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
  if [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
    exit 0
  fi
fi

cat >&2 <<'MSG'
No Chrome or Chromium found for the browser tests.
Install one, for example on Debian or Ubuntu:  sudo apt-get install chromium
or point the tests at an existing browser:       CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
