#!/usr/bin/env bash
# Sums the JUnit reports of the last test run and fails when nothing ran: a green build that ran
# no test must never count as a pass.
set -euo pipefail
cd "$(dirname "$0")/.."
total=0; failed=0; skipped=0
for kind in surefire-reports failsafe-reports; do
  n=0
  for f in $(find . -path "*/target/$kind/TEST-*.xml" -not -path "./.hh/*" 2>/dev/null); do
    line=$(grep -m1 -o '<testsuite [^>]*>' "$f")
    t=$(echo "$line" | sed -n 's/.* tests="\([0-9]*\)".*/\1/p')
    e=$(echo "$line" | sed -n 's/.* errors="\([0-9]*\)".*/\1/p')
    fl=$(echo "$line" | sed -n 's/.* failures="\([0-9]*\)".*/\1/p')
    s=$(echo "$line" | sed -n 's/.* skipped="\([0-9]*\)".*/\1/p')
    n=$((n + ${t:-0})); total=$((total + ${t:-0})); failed=$((failed + ${e:-0} + ${fl:-0})); skipped=$((skipped + ${s:-0}))
  done
  echo "hh: ${kind%-reports}: $n tests"
  if [ "$n" -eq 0 ]; then echo "hh: no ${kind%-reports} tests ran – refusing to call this a pass" >&2; exit 1; fi
done
echo "hh: tests run: $total, failed: $failed, skipped: $skipped"
[ "$failed" -eq 0 ] || exit 1
