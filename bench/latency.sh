#!/usr/bin/env bash
# Single-report latency (issue 19): one `xxgk check` of one sample, process start to exit.
#
#   bench/latency.sh [--runs N] [--xxgk PATH]
#
# Runs each command N times (default 30) after one untimed run, each as a whole process, and
# prints the minimum and the median wall time and the CPU time per run: `xxgk --version`
# (start-up alone), then a check of a text, an HTML, a .docx and a PDF sample, and the shared
# objects each run loads (the dynamic loader's `calling init` lines under LD_DEBUG=files: the
# libraries, ld.so, and the PDF module with poppler's libraries once a PDF is read). Uses the
# binary of bench/run.sh (build-bench/xxgk) unless --xxgk; builds nothing.
set -euo pipefail

RUNS=30
XXGK=""
usage() { awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --xxgk) XXGK="$(realpath "$2")"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/latency.sh: unknown argument '$1'" >&2; usage >&2; exit 3 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
XXGK="${XXGK:-$ROOT/build-bench/xxgk}"
[ -x "$XXGK" ] || { echo "bench/latency.sh: $XXGK not built (bench/run.sh builds it, or give --xxgk)" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "bench/latency.sh: /usr/bin/time (Debian package 'time') is needed" >&2; exit 3; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/xxgk-latency.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# time_ms NAME COMMAND...: the minimum and median of RUNS wall times (date +%s%N around each
# run), and the CPU time per run (GNU time's user + system over all RUNS runs, divided by RUNS:
# on a busy machine the steadier figure, and what the wall time is on an idle one), and the
# shared objects one run loads.
time_ms() {
  local name="$1" i start cpu libs
  shift
  libs=$(LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -c 'calling init:' || true)
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    echo $(( $(date +%s%N) - start ))
  done | sort -n >"$WORK/wall"
  /usr/bin/time -f '%U %S' -o "$WORK/cpu" sh -c 'n=$1; shift; i=0; while [ $i -lt $n ]; do "$@" >/dev/null 2>&1; i=$((i + 1)); done' \
    sh "$RUNS" "$@" || true
  cpu=$(awk -v n="$RUNS" '{c = ($1 + $2) * 1000 / n} END {printf "%.1f", c}' "$WORK/cpu")
  awk -v name="$name" -v cpu="$cpu" -v libs="$libs" '{t[NR] = $1} END {
    printf "%-42s %8.1f %9.1f %8s %5s\n", name, t[1] / 1e6, (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) / 1e6, cpu, libs }' "$WORK/wall"
}

echo "== single-report latency, $RUNS runs each after one untimed, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $XXGK ($(ldd "$XXGK" | grep -c '=>') shared libraries)"
printf '%-42s %8s %9s %8s %5s\n' command "min ms" "median ms" "cpu ms" libs
time_ms "true (process floor)" /bin/true
time_ms "xxgk --version" "$XXGK" --version
for f in samples/clean-2021.txt samples/html/clean-2021.html samples/docx/clean-2021.docx \
         samples/pdf/office-clean-2021.pdf; do
  [ -f "$f" ] || { echo "$f: missing"; continue; }
  time_ms "check ${f#samples/}" "$XXGK" check "$f" --fail-on never
done
time_ms "check html/clean-2021.html --format html" "$XXGK" check samples/html/clean-2021.html --format html --fail-on never
