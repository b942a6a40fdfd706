#!/usr/bin/env bash
# Memory benchmark: an export of 32 MB (the import's size limit, about 140,000 rows) through `otm score`
# (JSON and CSV) and `otm report --dry-run` (every handout drawn, none written: 140,000 PDFs would fill
# some 10 GB) with a 256 MB heap. Prints, per run, the exit code, the wall time, the largest heap still
# in use after a garbage collection (what the run really keeps) and the process's peak RSS; asserts nothing.
# The report run draws every handout and takes about half an hour on 2 cores.
# Usage: benchmarks/memory.sh [score|report|all]   (default: all)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/otm" --version >/dev/null            # builds the jar and its class-data archive when needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
example="$root/examples/surveymonkey.csv"   # two header rows, then data rows
limit=$((32 * 1024 * 1024))

# Children built from the example's first data row, each with its own id and name, up to just under the limit.
head -n 2 "$example" > "$work/export.csv"
row_bytes=$(sed -n 3p "$example" | wc -c)
rows=$(( (limit - $(wc -c < "$work/export.csv") - 4096) / (row_bytes + 4) ))
sed -n 3p "$example" | awk -F, -v n="$rows" 'BEGIN { OFS = "," } { for (i = 1; i <= n; i++) { $1 = 900000000 + i; $10 = "Child " i; print } }' >> "$work/export.csv"

run() { # run LABEL ARGS...: through ./otm with a 256 MB heap and a GC log
  local label=$1; shift
  local start end code=0
  start=$(date +%s.%N)
  OTM_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%M' -o "$work/rss" \
    "$root/otm" "$@" --today 2026-11-26 >"$work/out.txt" 2>"$work/err.txt" || code=$?
  end=$(date +%s.%N)
  # G1 logs "Pause Young (Normal) (G1 Evacuation Pause) 150M->42M(256M)": the number after -> is what survived.
  local kept
  kept=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  printf '%-34s exit=%d  wall=%7.1fs  most heap kept after a GC=%4s MB  max RSS=%4d MB  %s\n' "$label" "$code" \
    "$(echo "$end - $start" | bc -l)" "${kept:-?}" "$(( $(cat "$work/rss") / 1024 ))" "$(tail -1 "$work/err.txt")"
}

echo "otm memory benchmark on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "export: $(wc -c < "$work/export.csv") bytes, $rows rows"
what="${1:-all}"
if [ "$what" = all ] || [ "$what" = score ]; then
  run "score --format json, -Xmx256m" score "$work/export.csv" --format json -o "$work/results.json"
  run "score --format csv, -Xmx256m" score "$work/export.csv" --format csv -o "$work/results.csv"
fi
if [ "$what" = all ] || [ "$what" = report ]; then
  run "report --dry-run, -Xmx256m" report "$work/export.csv" -o "$work/reports" --dry-run
  tail -3 "$work/out.txt"
fi
