#!/usr/bin/env bash
# Load benchmark of `otm serve`: 50 simulated families at once over loopback for 60 seconds, each
# answering a 24-month checklist question by question, while staff download handouts; then the
# database is checked against every answer sent. Prints numbers; asserts nothing.
# Usage: benchmarks/web-load.sh [FAMILIES [SECONDS [STAFF [THINK_MS]]]]   (default 50 60 1 0)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
# One reactor run, so milestone-core and report-pdf come from their target/classes (nothing is installed).
mvn -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp"
classpath="$root/web/target/test-classes:$root/web/target/classes:$(cat "$cp")"
java -cp "$classpath" org.otmilestones.web.WebLoadBenchmark "${1:-50}" "${2:-60}" "${3:-1}" "${4:-0}"
