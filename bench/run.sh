#!/usr/bin/env bash
# The xxgk benchmark (issue 5), in one command, from the repository root or anywhere:
#
#   bench/run.sh [--count N] [--seed S] [--corpus DIR] [--repeat R] [--no-build] [--xxgk PATH]
#
# Builds Release into build-bench/, generates the corpus if it is missing (bench/make_corpus.py,
# into bench/corpus/nN-sS/ unless --corpus), then times, each after one untimed warm-up run:
#   wc -l over each subset (the I/O floor), xxgk check on the text subset, on the HTML subset and
#   xxgk_parse_floor on the same HTML (libxml2 alone), on the DOCX subset and xxgk_docx_floor on the
#   same .docx (libzip + libxml2's streaming reader alone; and with --sax, libzip + libxml2's SAX2
#   callbacks, as xxgk parses), and xxgk check --cross on the whole mixed
#   corpus at --jobs 1, 2 and $(nproc) (if xxgk check has --jobs), and the PDF share: xxgk check and
#   pdftotext -tsv on the PDF samples (samples/pdf/, the corpus has no PDFs), one process per file;
#   then prints the figures, the ratios, a PASS / FAIL / N/A line per target of issues 5, 15 and
#   19, and how the findings match the MANIFEST.
# --repeat R times every command R times after the warm-up and keeps the fastest.
# --xxgk PATH measures that binary instead of build-bench/xxgk (the floors are still built).
set -euo pipefail

COUNT=10000
SEED=1
CORPUS=""
REPEAT=1
BUILD=1
XXGK=""
MIX="text=50,html=40,docx=10"
ERROR_SHARE=0.2

usage() { awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --xxgk) XXGK="$(realpath "$2")"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$1'" >&2; usage >&2; exit 3 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="$ROOT/build-bench"
CORPUS="${CORPUS:-$ROOT/bench/corpus/n${COUNT}-s${SEED}}"
NPROC="$(nproc)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/xxgk-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# ---- tools -------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  # GNU time gives the peak RSS (%M); it is the Debian package "time".
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
  elif command -v sudo >/dev/null; then
    sudo apt-get install -y -q time >/dev/null
  fi
  [ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time (Debian package 'time') is needed" >&2; exit 3; }
fi
# pdftotext (Debian package "poppler-utils") is the floor of the PDF share; without it the share is N/A.
if ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q poppler-utils >/dev/null 2>&1 || true
  elif command -v sudo >/dev/null; then
    sudo apt-get install -y -q poppler-utils >/dev/null 2>&1 || true
  fi
fi
PYTHON="$(command -v python3 || true)"
[ -n "$PYTHON" ] || { echo "bench/run.sh: python3 is needed for the corpus generator" >&2; exit 3; }

# ---- build -------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  echo "== build (Release, $BUILD_DIR)"
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DXXGK_TESTS=OFF -DXXGK_BENCH=ON >"$WORK/cmake.log" 2>&1 ||
    { cat "$WORK/cmake.log" >&2; exit 3; }
  targets="xxgk_parse_floor xxgk_docx_floor"
  [ -n "$XXGK" ] || targets="$targets xxgk"
  for t in $targets; do
    cmake --build "$BUILD_DIR" -j "$NPROC" --target "$t" >"$WORK/build.log" 2>&1 ||
      { grep -E 'error|Error' "$WORK/build.log" | head -20 >&2; echo "bench/run.sh: building $t failed" >&2; exit 3; }
  done
fi
XXGK="${XXGK:-$BUILD_DIR/xxgk}"
FLOOR="$BUILD_DIR/bench/xxgk_parse_floor"
DOCX_FLOOR="$BUILD_DIR/bench/xxgk_docx_floor"
for b in "$XXGK" "$FLOOR" "$DOCX_FLOOR"; do [ -x "$b" ] || { echo "bench/run.sh: $b not built" >&2; exit 3; }; done

# ---- machine -----------------------------------------------------------------------------------
CXX="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
echo "== machine"
echo "cpu:      $(lscpu | sed -n 's/^Model name: *//p' | head -1), nproc $NPROC"
echo "memory:   $(free -h | awk '/^Mem:/ {print $2}') total"
echo "kernel:   $(uname -sr)"
echo "compiler: $("${CXX:-c++}" --version | head -1)"
echo "libxml2:  $(pkg-config --modversion libxml-2.0 2>/dev/null || echo unknown)"
echo "xxgk:     $("$XXGK" --version 2>/dev/null | head -1 || echo unknown)"
if git -C "$ROOT" rev-parse --short HEAD >/dev/null 2>&1; then
  echo "tree:     $(git -C "$ROOT" rev-parse --short HEAD)$([ -n "$(git -C "$ROOT" status --porcelain -- src include CMakeLists.txt 2>/dev/null)" ] && echo ' + uncommitted changes in src/, include/ or CMakeLists.txt')"
fi

# ---- corpus ------------------------------------------------------------------------------------
PARAMS="count=$COUNT seed=$SEED mix=$MIX error_share=$ERROR_SHARE"
if [ "$(cat "$CORPUS/PARAMS" 2>/dev/null)" != "$PARAMS" ]; then
  echo "== corpus: generating $COUNT reports into $CORPUS"
  start=$(date +%s%N)
  "$PYTHON" bench/make_corpus.py --count "$COUNT" --seed "$SEED" --mix "$MIX" --error-share "$ERROR_SHARE" \
    --out "$CORPUS" --force
  echo "generated in $(awk -v d=$(( $(date +%s%N) - start )) 'BEGIN {printf "%.1f", d / 1e9}') s"
else
  echo "== corpus: $CORPUS ($PARAMS)"
fi

subset_files() { find "$CORPUS/$1" -type f | wc -l; }
subset_bytes() { find "$CORPUS/$1" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
declare -A NFILES NBYTES
for s in text html docx; do
  if [ -d "$CORPUS/$s" ]; then NFILES[$s]=$(subset_files $s); NBYTES[$s]=$(subset_bytes $s); else NFILES[$s]=0; NBYTES[$s]=0; fi
done
NFILES[all]=$(( NFILES[text] + NFILES[html] + NFILES[docx] ))
NBYTES[all]=$(( NBYTES[text] + NBYTES[html] + NBYTES[docx] ))
# The PDF share: the readable PDF samples (made by LibreOffice and Chromium from our samples),
# each checked PDF_ROUNDS times, one process per file, like pdftotext.
PDF_ROUNDS=4
PDF_FILES=()
for ((i = 0; i < PDF_ROUNDS; i++)); do PDF_FILES+=("$ROOT"/samples/pdf/office-*.pdf "$ROOT"/samples/pdf/web-*.pdf); done
NFILES[pdf]=${#PDF_FILES[@]}
NBYTES[pdf]=$(cat "${PDF_FILES[@]}" | wc -c)
for s in text html docx all pdf; do
  printf '%-5s %6d files %9.1f MB\n' "$s" "${NFILES[$s]}" "$(awk -v b="${NBYTES[$s]}" 'BEGIN {print b / 1e6}')"
done
echo "(pdf: the $(( NFILES[pdf] / PDF_ROUNDS )) readable PDFs of samples/pdf/, $PDF_ROUNDS times each)"

# ---- what xxgk can do today --------------------------------------------------------------------
HAS_JOBS=0
"$XXGK" check --help 2>&1 | grep -q -- '--jobs' && HAS_JOBS=1
# The mixed runs check a folder the way issue 5 means it: with the cross-report rules, if any.
CROSS=()
"$XXGK" check --help 2>&1 | grep -q -- '--cross' && CROSS=(--cross)
# Whether a reader works: the status xxgk gives the first file of a subset.
reader_status() {
  local f
  f="$(find "$CORPUS/$1" -type f | sort | head -1)"
  [ -n "$f" ] || { echo "no files"; return; }
  "$XXGK" check "$f" --format json >"$WORK/probe.json" 2>"$WORK/probe.err" || true
  "$PYTHON" -c '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))["files"][0]
print("ok" if r["status"] in ("ok", "findings") else
      "%s: %s" % (r["status"], (r.get("error") or {}).get("message", "?")))' "$WORK/probe.json" 2>/dev/null ||
    echo "error: xxgk check gave no JSON for $f ($(head -1 "$WORK/probe.err"))"
}
declare -A READER
for s in text html docx; do READER[$s]="$(reader_status $s)"; done
echo "== xxgk capabilities"
echo "check --jobs: $([ $HAS_JOBS = 1 ] && echo yes || echo 'NOT IMPLEMENTED (mixed corpus measured at one process only)')"
echo "check --cross: $([ ${#CROSS[@]} = 1 ] && echo 'yes (used for the mixed corpus)' || echo 'NOT IMPLEMENTED (no cross-report rules measured)')"
for s in text html docx; do echo "$s reader: ${READER[$s]}"; done
PDF_SHARE=ok
if ! "$XXGK" --version --lang en 2>/dev/null | grep -q 'PDF yes'; then
  PDF_SHARE="xxgk built without PDF support"
elif ! command -v pdftotext >/dev/null; then
  PDF_SHARE="pdftotext missing (Debian package poppler-utils)"
fi
echo "pdf share: $PDF_SHARE"

# ---- measuring ---------------------------------------------------------------------------------
# measure NAME SUBSET OUTPUT -- COMMAND...: one untimed warm-up run (its stdout kept in OUTPUT for
# the MANIFEST comparison, or discarded), then REPEAT timed runs with stdout to /dev/null; keeps
# the fastest wall time (date +%s%N around the command), the smallest CPU time (user + sys, GNU
# time %U %S, children included) and the largest peak RSS (GNU time %M).
declare -A WALL CPU RSS CODE SUBSET
ORDER=()
# CPU seconds (as ns) the whole machine spent busy, from /proc/stat (user nice system irq softirq steal).
machine_busy_ns() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / {printf "%.0f", ($2 + $3 + $4 + $7 + $8 + $9) / hz * 1e9; exit}' /proc/stat
}
# CPU time (ns) of the last command timed into file $1 by GNU time with a format ending in %U %S.
cpu_ns() { awk '{u = $(NF - 1); s = $NF} END {printf "%.0f", (u + s) * 1e9}' "$1"; }
OURS_NS=0  # CPU of every command run below, warm-ups included, to tell our work from others'
measure() {
  local name="$1" subset="$2" output="$3"
  shift 4
  echo "-- $name: $*" | sed "s|$ROOT/||g"
  /usr/bin/time -f '%U %S' -o "$WORK/$name.warm" "$@" >"$output" 2>"$WORK/$name.err" || true
  OURS_NS=$(( OURS_NS + $(cpu_ns "$WORK/$name.warm") ))
  local best="" cpu="" peak=0 code=0 i start end wall kib c
  for ((i = 0; i < REPEAT; i++)); do
    start=$(date +%s%N)
    set +e
    /usr/bin/time -f '%M %U %S' -o "$WORK/$name.time" "$@" >/dev/null 2>"$WORK/$name.err"
    code=$?
    set -e
    end=$(date +%s%N)
    wall=$(( end - start ))
    kib=$(awk '{k = $1} END {print k}' "$WORK/$name.time")
    c=$(cpu_ns "$WORK/$name.time")
    OURS_NS=$(( OURS_NS + c ))
    if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then best=$wall; fi
    if [ -z "$cpu" ] || [ "$c" -lt "$cpu" ]; then cpu=$c; fi
    if [ "$kib" -gt "$peak" ]; then peak=$kib; fi
  done
  WALL[$name]=$best CPU[$name]=$cpu RSS[$name]=$peak CODE[$name]=$code SUBSET[$name]=$subset
  ORDER+=("$name")
}

# Other work on the machine inflates wall times (CPU times much less): say how busy it was.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
T0=$(date +%s%N)
BUSY0=$(machine_busy_ns)
echo "== timing (each command once untimed, then $REPEAT timed run(s); load average $LOAD_BEFORE)"
# The subset directories, not the corpus root: MANIFEST.csv and PARAMS are not reports.
ALL_DIRS=()
for d in text html docx; do [ -d "$CORPUS/$d" ] && ALL_DIRS+=("$CORPUS/$d"); done
for s in text html all; do
  if [ $s = all ]; then dirs=("${ALL_DIRS[@]}"); else dirs=("$CORPUS/$s"); fi
  # wc over a file list through xargs: 10,000 paths do not fit one command line.
  measure "wc-$s" $s /dev/null -- sh -c 'find "$@" -type f -print0 | xargs -0 wc -l' wc "${dirs[@]}"
done
# One job, like the floors they are compared with (xxgk's default is all cores).
ONE_JOB=()
[ $HAS_JOBS = 1 ] && ONE_JOB=(--jobs 1)
measure "xxgk-text" text "$WORK/text.json" -- "$XXGK" check "$CORPUS/text" --format json "${ONE_JOB[@]}"
measure "xxgk-html" html "$WORK/html.json" -- "$XXGK" check "$CORPUS/html" --format json "${ONE_JOB[@]}"
measure "parse-floor-html" html /dev/null -- "$FLOOR" "$CORPUS/html"
if [ "${NFILES[docx]}" -gt 0 ]; then
  measure "xxgk-docx" docx /dev/null -- "$XXGK" check "$CORPUS/docx" --format json "${ONE_JOB[@]}"
  measure "docx-floor" docx /dev/null -- "$DOCX_FLOOR" "$CORPUS/docx"
  measure "docx-sax-floor" docx /dev/null -- "$DOCX_FLOOR" --sax "$CORPUS/docx"
fi
if [ $HAS_JOBS = 1 ]; then
  JOBS_LIST="1 2"
  [ "$NPROC" -gt 2 ] && JOBS_LIST="1 2 $NPROC"
  for j in $JOBS_LIST; do
    out=/dev/null
    [ "$j" = 1 ] && out="$WORK/all.json"
    measure "xxgk-all-j$j" all "$out" -- "$XXGK" check "${ALL_DIRS[@]}" "${CROSS[@]}" --format json --jobs "$j"
  done
else
  measure "xxgk-all-j1" all "$WORK/all.json" -- "$XXGK" check "${ALL_DIRS[@]}" "${CROSS[@]}" --format json
fi

if [ "$PDF_SHARE" = ok ]; then
  measure "xxgk-pdf" pdf /dev/null -- sh -c 'x="$1"; shift; for f; do "$x" check --jobs 1 --fail-on never "$f" >/dev/null; done' \
    sh "$XXGK" "${PDF_FILES[@]}"
  measure "pdftotext-pdf" pdf /dev/null -- sh -c 'for f; do pdftotext -tsv "$f" /dev/null; done' sh "${PDF_FILES[@]}"
fi

# ---- figures -----------------------------------------------------------------------------------
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
# Other work during the timings, in cores on average: what the machine spent busy minus what our
# commands spent (the load average lags by minutes, e.g. behind the build just before).
OTHERS=$(awk -v busy=$(( $(machine_busy_ns) - BUSY0 )) -v ours="$OURS_NS" -v t=$(( $(date +%s%N) - T0 )) \
  'BEGIN {o = (busy - ours) / t; printf "%.2f", (o < 0 ? 0 : o)}')
echo
echo "== figures ($COUNT-report corpus, seed $SEED; fastest of $REPEAT timed run(s) after a warm-up)"
printf '%-18s %7s %9s %9s %9s %10s %8s %9s %5s\n' measurement files MB "wall s" "cpu s" "files/s" "MB/s" "RSS MiB" exit
for name in "${ORDER[@]}"; do
  s=${SUBSET[$name]}
  awk -v name="$name" -v f="${NFILES[$s]}" -v b="${NBYTES[$s]}" -v w="${WALL[$name]}" -v c="${CPU[$name]}" \
      -v r="${RSS[$name]}" -v x="${CODE[$name]}" 'BEGIN {
    t = w / 1e9; if (t <= 0) t = 1e-9
    printf "%-18s %7d %9.1f %9.3f %9.3f %10.1f %8.1f %9.1f %5d\n", name, f, b / 1e6, t, c / 1e9, f / t, b / 1e6 / t, r / 1024, x }'
done
echo "(files/s and MB/s from the wall time; other work on the machine during the timings: $OTHERS of $NPROC cores" \
  "on average; load average before $LOAD_BEFORE, after $LOAD_AFTER)"
BUSY=$(awk -v o="$OTHERS" 'BEGIN {print (o > 0.25) ? 1 : 0}')
[ "$BUSY" = 1 ] && echo "WARNING: the machine was busy with other work: wall times are inflated; the cpu column is the steadier figure."

ratio() { awk -v a="${WALL[$1]}" -v b="${WALL[$2]}" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
# GNU time counts CPU in 10 ms steps: below 50 ms a ratio means nothing.
cpu_ratio() { awk -v a="${CPU[$1]}" -v b="${CPU[$2]}" 'BEGIN {if (b < 5e7) printf "n/a"; else printf "%.2f", a / b}'; }
# Seconds for 10,000 reports from a measurement of the mixed corpus: $1 WALL|CPU, $2 name, $3 divisor.
per10k() {
  local v
  if [ "$1" = CPU ]; then v=${CPU[$2]}; else v=${WALL[$2]}; fi
  awk -v v="$v" -v n="${NFILES[all]}" -v d="$3" 'BEGIN {printf "%.1f", v / 1e9 * 10000 / n / d}'
}
# libxml2 alone on the HTML share of 10,000 mixed reports, on 2 cores at a perfect 2x.
floor10k() {
  local v
  if [ "$1" = CPU ]; then v=${CPU[parse-floor-html]}; else v=${WALL[parse-floor-html]}; fi
  awk -v v="$v" -v n="${NFILES[all]}" 'BEGIN {printf "%.1f", v / 1e9 * 10000 / n / 2}'
}
echo
echo "== ratios (wall; cpu in brackets)"
echo "text:  xxgk check / wc -l          = $(ratio xxgk-text wc-text) ($(cpu_ratio xxgk-text wc-text))"
echo "html:  xxgk check / libxml2 parse  = $(ratio xxgk-html parse-floor-html) ($(cpu_ratio xxgk-html parse-floor-html))"
[ "${NFILES[docx]}" -gt 0 ] &&
  echo "docx:  xxgk check / libzip + reader = $(ratio xxgk-docx docx-floor) ($(cpu_ratio xxgk-docx docx-floor))" &&
  echo "docx:  xxgk check / libzip + SAX2   = $(ratio xxgk-docx docx-sax-floor) ($(cpu_ratio xxgk-docx docx-sax-floor)), the lower floor: xxgk parses so"
echo "all:   xxgk check --jobs 1 / wc -l = $(ratio xxgk-all-j1 wc-all) ($(cpu_ratio xxgk-all-j1 wc-all))"
if [ $HAS_JOBS = 1 ]; then
  echo "all:   speed-up --jobs 2 over 1    = $(ratio xxgk-all-j1 xxgk-all-j2)"
  [ "$NPROC" -gt 2 ] && echo "all:   speed-up --jobs $NPROC over 1    = $(ratio xxgk-all-j1 xxgk-all-j$NPROC)"
fi
[ "$PDF_SHARE" = ok ] && echo "pdf:   xxgk check / pdftotext -tsv = $(ratio xxgk-pdf pdftotext-pdf) ($(cpu_ratio xxgk-pdf pdftotext-pdf)), one process per file"
echo "floor: libxml2 alone on the HTML of 10,000 mixed reports, 2 cores at a perfect 2x:" \
  "$(floor10k WALL) s wall ($(floor10k CPU) s cpu); the target for everything is 15 s"

# ---- targets -----------------------------------------------------------------------------------
# On an idle machine the verdicts use wall time. On a busy one (see the warning above) the time
# targets are judged on CPU time instead — for one single-threaded process with the files in the
# page cache, CPU time is what the wall time would be on an idle machine — and the --jobs
# speed-up, which only wall time can show, is marked unreliable.
BASIS=WALL
[ "$BUSY" = 1 ] && BASIS=CPU
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
cmp() { awk -v a="$1" -v b="$2" "BEGIN {exit !(a $3 b)}" && echo 1 || echo 0; }
pick_ratio() { if [ $BASIS = CPU ] && [ "$(cpu_ratio "$1" "$2")" != n/a ]; then cpu_ratio "$1" "$2"; else ratio "$1" "$2"; fi; }
echo
if [ $BASIS = CPU ]; then
  echo "== targets (issues 5, 15 and 19) — machine busy: time targets judged on CPU time, wall in brackets"
else
  echo "== targets (issues 5, 15 and 19) — judged on wall time"
fi
scaled=""
[ "${NFILES[all]}" = 10000 ] || scaled="; scaled from ${NFILES[all]} files"
mixed_ok=1
for s in html docx; do [ "${READER[$s]}" = ok ] || mixed_ok=0; done
# 1. 10,000 mixed on 2 cores in < 15 s (scaled linearly to 10,000 when --count differs). Without
#    --jobs only one process can be timed: FAIL if even a perfect 2x from --jobs would miss.
if [ $mixed_ok = 0 ]; then
  echo "N/A   10,000 mixed reports on 2 cores in < 15 s: the HTML or DOCX reader failed"
elif [ $HAS_JOBS = 1 ]; then
  t2=$(per10k WALL xxgk-all-j2 1)
  if [ $BASIS = CPU ]; then
    echo "$(verdict "$(cmp "$t2" 15 '<')")  10,000 mixed reports on 2 cores in < 15 s: $t2 s (--jobs 2$scaled; machine busy: this wall time is inflated)"
  else
    echo "$(verdict "$(cmp "$t2" 15 '<')")  10,000 mixed reports on 2 cores in < 15 s: $t2 s (--jobs 2$scaled)"
  fi
else
  t1=$(per10k $BASIS xxgk-all-j1 1)
  best=$(per10k $BASIS xxgk-all-j1 2)
  extra=""
  [ $BASIS = CPU ] && extra=" (wall $(per10k WALL xxgk-all-j1 1) s)"
  if [ "$(cmp "$best" 15 '>=')" = 1 ]; then
    echo "FAIL  10,000 mixed reports on 2 cores in < 15 s: $t1 s in one process$extra, no --jobs yet; a perfect 2x would still be $best s$scaled"
  else
    echo "N/A   10,000 mixed reports on 2 cores in < 15 s: $t1 s in one process$extra, no --jobs yet; $best s at a perfect 2x$scaled"
  fi
fi
r=$(pick_ratio xxgk-text wc-text)
echo "$(verdict "$(cmp "$r" 10 '<=')")  plain text <= 10x wc -l: ${r}x$([ $BASIS = CPU ] && echo " (wall $(ratio xxgk-text wc-text)x)")"
if [ "${READER[html]}" = ok ]; then
  r=$(pick_ratio xxgk-html parse-floor-html)
  echo "$(verdict "$(cmp "$r" 1.5 '<=')")  HTML <= 1.5x the libxml2 parse floor: ${r}x$([ $BASIS = CPU ] && echo " (wall $(ratio xxgk-html parse-floor-html)x)")"
else
  echo "N/A   HTML <= 1.5x the libxml2 parse floor: HTML reader not working (${READER[html]})"
fi
# Issue 19: the whole check of the .docx files (model, rules and JSON included) against libzip
# and libxml2's streaming reader alone on them (the floor the issue names); xxgk parses with
# SAX2 callbacks, a lower floor, whose ratio is said too.
if [ "${NFILES[docx]}" = 0 ]; then
  echo "N/A   DOCX <= 1.2x the libzip + xmlTextReader floor: no .docx in the corpus"
elif [ "${READER[docx]}" = ok ]; then
  r=$(pick_ratio xxgk-docx docx-floor)
  echo "$(verdict "$(cmp "$r" 1.2 '<=')")  DOCX <= 1.2x the libzip + xmlTextReader floor: ${r}x$([ $BASIS = CPU ] && echo " (wall $(ratio xxgk-docx docx-floor)x)");" \
    "$(pick_ratio xxgk-docx docx-sax-floor)x the SAX2 floor, which xxgk's reader is built on"
else
  echo "N/A   DOCX <= 1.2x the libzip + xmlTextReader floor: DOCX reader not working (${READER[docx]})"
fi
peak=0
for name in "${ORDER[@]}"; do case $name in xxgk-*) [ "${RSS[$name]}" -gt "$peak" ] && peak=${RSS[$name]} ;; esac; done
peak_mib=$(awk -v k="$peak" 'BEGIN {printf "%.1f", k / 1024}')
echo "$(verdict "$(cmp "$peak_mib" 100 '<')")  peak RSS < 100 MiB: $peak_mib MiB (largest of the xxgk runs above)"
if [ $HAS_JOBS = 1 ]; then
  r=$(ratio xxgk-all-j1 xxgk-all-j2)
  echo "$(verdict "$(cmp "$r" 1.8 '>=')")  --jobs 2 >= 1.8x faster than --jobs 1: ${r}x$([ $BASIS = CPU ] && echo " (machine busy: unreliable)")"
else
  echo "N/A   --jobs 2 >= 1.8x faster than --jobs 1: xxgk check has no --jobs yet"
fi

if [ "$PDF_SHARE" = ok ]; then
  r=$(pick_ratio xxgk-pdf pdftotext-pdf)
  echo "$(verdict "$(cmp "$r" 3 '<=')")  PDF <= 3x pdftotext -tsv (issue 15; one process per file): ${r}x$([ $BASIS = CPU ] && echo " (wall $(ratio xxgk-pdf pdftotext-pdf)x)")"
else
  echo "N/A   PDF <= 3x pdftotext -tsv (issue 15): $PDF_SHARE"
fi

# ---- findings vs MANIFEST ----------------------------------------------------------------------
echo
echo "== findings vs MANIFEST (from the untimed warm-up run of the whole corpus)"
"$PYTHON" - "$CORPUS" "$WORK/all.json" <<'EOF'
import collections, csv, json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
try:
    report = json.load(open(out, encoding="utf-8"))
except Exception as e:  # noqa: BLE001 - any failure is reported, the benchmark still ends
    print("cannot read xxgk's JSON output: %s" % e)
    sys.exit(0)
manifest = {os.path.normpath(os.path.join(corpus, r["file"])): r for r in csv.DictReader(open(os.path.join(corpus, "MANIFEST.csv"), encoding="utf-8"))}
identity = {"application-balance", "results-total", "applicant-total", "review-total",
            "litigation-direct-total", "litigation-after-review-total"}
# Where carry-over-continuity must fire: on year Y of an issuer whose year Y-1 is in the corpus,
# when 二 of Y or 四 of Y-1 (table 三) carries an injected error.
by_key = {(r["issuer"], int(r["year"])): r for r in manifest.values()}
expected_carry = set()
for (issuer, year), r in by_key.items():
    last = by_key.get((issuer, year - 1))
    if last and (r["cell"].startswith("三/carried_over/") or last["cell"].startswith("三/carried_forward/")):
        expected_carry.add(os.path.normpath(os.path.join(corpus, r["file"])))
table = collections.defaultdict(collections.Counter)
rules, clean_rules = collections.Counter(), collections.Counter()
carry_files = set()
for f in report.get("files", []):
    path = os.path.normpath(f["path"])
    m = manifest.get(path)
    if m is None:
        continue
    names = [x["rule"] for x in f.get("findings", [])]
    rules.update(names)
    if "carry-over-continuity" in names:
        carry_files.add(path)
    if f["status"] in ("error", "skipped"):
        outcome = f["status"]
    elif m["injected"] == "yes":
        outcome = "injected+found" if identity.intersection(names) else "injected+MISSED"
    else:
        outcome = "clean+no-finding" if not names else "clean+findings"
        clean_rules.update(names)
    table[m["format"]][outcome] += 1
for fmt in ("text", "html", "docx"):
    if table[fmt]:
        print("%-5s %s" % (fmt, ", ".join("%s %d" % kv for kv in sorted(table[fmt].items()))))
print("findings by rule: " + (", ".join("%s %d" % kv for kv in rules.most_common()) or "none"))
if clean_rules:
    print("on files without an injected error: " + ", ".join("%s %d" % kv for kv in clean_rules.most_common()))
if any(r.endswith("-continuity") or r.startswith("duplicate-") for r in rules):
    print("carry-over-continuity: expected on %d files (an injected error in 二 of that year or 四 of the year"
          " before), found on %d of them, and on %d other files"
          % (len(expected_carry), len(expected_carry & carry_files), len(carry_files - expected_carry)))
else:
    print("no cross-report finding (run without --cross?); %d files would have a carry-over break" % len(expected_carry))
EOF
