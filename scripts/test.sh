#!/usr/bin/env bash
# The one test command: installs and starts what the tests need, then lints, type-checks and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true
bash scripts/ensure-services.sh
[ -d node_modules ] || npm ci
npm run generate --silent
npx eslint .
npx tsc -p tsconfig.json --noEmit
npx vitest run "$@"
