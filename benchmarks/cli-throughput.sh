#!/usr/bin/env bash
# End-to-end benchmark of `otm report`: 1,000 and 10,000 rows to PDFs under -Xmx256m, and a one-row
# run from a cold start. Prints numbers; asserts nothing. Usage: benchmarks/cli-throughput.sh [ROWS...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/otm" --version >/dev/null            # builds the jar and its class-data archive when needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
example="$root/examples/surveymonkey.csv"   # two header rows, then data rows

make_rows() { # make_rows N FILE: N children built from the example's first data row, each with its own id
  local n=$1 file=$2
  head -n 2 "$example" > "$file"
  sed -n 3p "$example" | awk -F, -v n="$n" 'BEGIN { OFS = "," } { for (i = 1; i <= n; i++) { $1 = 900000000 + i; $10 = "Child " i; print } }' >> "$file"
}

run() { # run LABEL FILE [JAVA OPTIONS...]: through ./otm, as a clinic runs it
  local label=$1 file=$2; shift 2
  rm -rf "$work/out"
  local start end
  start=$(date +%s.%N)
  OTM_JAVA_OPTS="$*" /usr/bin/time -f '%M' -o "$work/rss" "$root/otm" report "$file" -o "$work/out" --today 2026-11-26 >/dev/null
  end=$(date +%s.%N)
  local rows pdfs seconds rss
  rows=$(($(wc -l < "$file") - 2))
  pdfs=$(find "$work/out" -name '*.pdf' | wc -l)
  seconds=$(echo "$end - $start" | bc -l)
  rss=$(cat "$work/rss")
  printf '%-28s rows=%-6d pdfs=%-6d wall=%6.2fs  handouts/s=%7.1f  max RSS=%4d MB  avg PDF=%d KB\n' \
    "$label" "$rows" "$pdfs" "$seconds" "$(echo "$pdfs / $seconds" | bc -l)" "$((rss / 1024))" \
    "$(( $(du -sk "$work/out" | cut -f1) / (pdfs > 0 ? pdfs : 1) ))"
}

echo "otm report benchmark on $(nproc) cores, $(java -version 2>&1 | head -1)"
make_rows 1 "$work/one.csv"
for i in 1 2 3; do run "one row, cold JVM (run $i)" "$work/one.csv"; done
for n in "${@:-1000 10000}"; do
  make_rows "$n" "$work/rows-$n.csv"
  run "$n rows, -Xmx256m" "$work/rows-$n.csv" -Xmx256m
done
