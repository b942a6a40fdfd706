#!/usr/bin/env bash
# Calibration benchmark: simulated children (one shared factor per child, loading 0.6; each skill's logistic
# age curve through its catalog 75% age, spread 2.7 months up to 24 months and in proportion after; "sometimes"
# within 0.25 of the threshold; the questions for every age answered "no") answer every checklist of the
# catalog, and the table shows the share of each next step: typical children in the checklist's first month
# and across its window, children at the 2nd percentile mid-window. Asserts nothing (CalibrationTest does).
# Usage: benchmarks/calibration.sh [CATALOG.json] [CHILDREN_PER_ROW] [OT_Z AREA_OT_Z CHECK_AGAIN_Z]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -o -pl milestone-core test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "milestone-core/target/test-classes:milestone-core/target/classes:$(cat "$work/cp.txt")" \
  org.otmilestones.core.scoring.CalibrationBenchmark "${1:-}" "${2:-4000}" ${3:-} ${4:-} ${5:-}
