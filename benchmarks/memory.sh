#!/usr/bin/env bash
# Memory benchmark: an export of 32 MB (the import's size limit, about 140,000 rows) through `otm score`
# (JSON and CSV) and `otm report --dry-run` (every handout drawn, none written: 140,000 PDFs would fill
# some 10 GB) with a 256 MB heap. Prints, per run, the exit code, the wall time, the live heap (what the run
# really keeps: the largest of the class histograms jcmd takes every 3 s, each after a full collection;
# the largest is at the start, while the 32 MB of bytes become text),
# the largest heap left after an ordinary collection (live data plus garbage not yet collected) and the
# process's peak RSS; asserts nothing. The report run draws every handout: about half an hour on 2 cores.
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
  local code=0 live=0
  OTM_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%e %M' -o "$work/time" \
    "$root/otm" "$@" --today 2026-11-26 >"$work/out.txt" 2>"$work/err.txt" &
  local timer=$! java=""
  while kill -0 "$timer" 2>/dev/null; do
    sleep 3
    java=${java:-$(pgrep -P "$timer" java || true)}
    if [ -n "$java" ]; then
      # The histogram's last line is the total of the objects still reachable after a full collection.
      local bytes
      bytes=$(jcmd "$java" GC.class_histogram 2>/dev/null | awk '/^Total/ { print $3 }' || true)
      [ -n "$bytes" ] && [ "$bytes" -gt "$live" ] && live=$bytes
    fi
  done
  wait "$timer" || code=$?
  # G1 logs "Pause Young (Normal) (G1 Evacuation Pause) 150M->42M(256M)": the number after -> is what was left.
  local kept
  kept=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  local seconds rss
  read -r seconds rss < <(tail -1 "$work/time")
  printf '%-30s exit=%d  wall=%7.1fs  live heap up to %4d MB  heap after a GC up to %4s MB  max RSS=%4d MB  %s\n' \
    "$label" "$code" "$seconds" "$((live / 1024 / 1024))" "${kept:-?}" "$((rss / 1024))" "$(tail -1 "$work/err.txt")"
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
