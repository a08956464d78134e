#!/usr/bin/env bash
# The one test command: installs and starts what the tests need, then lints, type-checks and runs every test.
# With arguments (`npm test -- test/unit`), runs just those tests after the same set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true
bash scripts/ensure-services.sh
[ -d node_modules ] || npm ci
npm run generate --silent
if [ $# -gt 0 ]; then exec npx vitest run "$@"; fi
npx eslint .
npx tsc -p tsconfig.json --noEmit
# Drills, robustness timing (5 s per message), 10,000-click concurrency and the whole-system runs measure time under
# load: they run one file at a time after the rest, so that parallel test files do not distort them.
SERIAL=(test/robustness test/unit/extract/pdf-ocr.test.ts test/integration/ingest/ocr-service.test.ts test/integration/ingest/ingest-drill.test.ts test/integration/drills test/e2e test/integration/bot/exactly-once.test.ts test/integration/bot/playground.test.ts test/integration/bot/playground-newcomer.test.ts)
exclude_args=()
for path in "${SERIAL[@]}"; do
  if [ -d "$path" ]; then exclude_args+=(--exclude "$path/**"); else exclude_args+=(--exclude "$path"); fi
done
reports=var/test-reports
rm -rf "$reports" && mkdir -p "$reports"
status=0
npx vitest run "${exclude_args[@]}" --reporter=default --reporter=json --outputFile.json="$reports/parallel.json" || status=$?
npx vitest run --no-file-parallelism "${SERIAL[@]}" --reporter=default --reporter=json --outputFile.json="$reports/serial.json" || status=$?
node scripts/summarise-test-failures.mjs "$reports/parallel.json" "$reports/serial.json"
exit $status
