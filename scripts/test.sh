#!/usr/bin/env bash
# Sets up and runs every test: lint, typecheck, unit and content tests, the acceptance
# scenarios, a production build, and the browser tests in real Chromium.
# Ends with one line, "N passed, N failed", summing every suite; exits 1 on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh || exit 1

results=test-summary  # outside test-results/, which Playwright empties when it starts
rm -rf "$results" && mkdir -p "$results"
status=0

step() { printf '\n=== %s ===\n' "$1"; }

step "Lint (eslint)"
if node_modules/.bin/eslint . --max-warnings 0; then echo ok > "$results/lint.check"; else echo fail > "$results/lint.check"; status=1; fi

step "Typecheck (tsc --noEmit)"
if node_modules/.bin/tsc --noEmit -p tsconfig.json; then echo ok > "$results/typecheck.check"; else echo fail > "$results/typecheck.check"; status=1; fi

step "Unit, content and UI tests (vitest)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1

step "Acceptance scenarios (npm run scenario)"
scenario_dirs=(content/scenarios)
[ -d ../shared/domain/scenarios ] && scenario_dirs+=(../shared/domain/scenarios)
node_modules/.bin/tsx src/cli/scenario.ts "${scenario_dirs[@]}" | tee "$results/scenarios.txt" || status=1

step "Build (vite build)"
if node_modules/.bin/vite build --logLevel warn; then echo ok > "$results/build.check"; else echo fail > "$results/build.check"; status=1; fi

step "Size budget (bench/budget.json, on the built files)"
if node_modules/.bin/tsx bench/budget.ts dist; then echo ok > "$results/budget.check"; else echo fail > "$results/budget.check"; status=1; fi

step "Browser tests (Playwright in Chromium)"
if chromium_path=$(bash scripts/find-chromium.sh); then
  echo "Using $chromium_path"
  CHROMIUM_PATH="$chromium_path" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" \
    node_modules/.bin/playwright test --reporter=list,json || status=1
else
  echo fail > "$results/browser.check"
  status=1
fi

step "Summary"
node scripts/summarize.mjs "$results" || status=1
exit $status
