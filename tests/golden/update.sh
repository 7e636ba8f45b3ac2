#!/usr/bin/env bash
# Rewrites the golden outputs from the current build: run after a deliberate
# change to the output, then review `git diff tests/golden`.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/mailtriage}
grep -v '^#' tests/golden/cases.txt | while IFS=$'\t' read -r name args; do
  # shellcheck disable=SC2086
  TZ=UTC MAILTRIAGE_NOW=1732700000 "$bin" $args > "tests/golden/$name" || [ $? -eq 3 ]
done
