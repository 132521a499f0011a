#!/usr/bin/env bash
# One CLI golden case: run.sh [--into DIR] BINARY CASE_PREFIX
#   CASE_PREFIX.args   the arguments, one shell-word line (quotes work: it is eval'd)
#   CASE_PREFIX.out    the exact expected stdout
#   CASE_PREFIX.code   the exact expected exit code
# Optional:
#   CASE_PREFIX.env    VAR=value lines, exported before the run
#   CASE_PREFIX.err    the exact expected stderr (otherwise stderr is not compared)
#   CASE_PREFIX.files/ the exact files the run must leave in $OUT, a fresh empty directory
#                      that .args and .env may name (--output "$OUT/x.sarif")
# Runs from the current directory (the repo root) with stdin from /dev/null and a fixed
# environment, so the output does not depend on the terminal or the CI. Exit 0 iff all match.
# With --into DIR, nothing is compared: the run's stdout, stderr, exit code and files are left
# in DIR (out, err, code, files/) for scripts/bless-goldens. This script never writes the
# expected files.
set -u

into=""
if [ "${1:-}" = --into ]; then
    into=$2
    shift 2
fi
if [ $# -ne 2 ]; then
    echo "usage: $0 [--into DIR] BINARY CASE_PREFIX" >&2
    exit 2
fi
if [ -n "${XXGK_GOLDEN_UPDATE:-}" ]; then
    echo "XXGK_GOLDEN_UPDATE is not read any more: run scripts/bless-goldens to update expected output" >&2
    exit 2
fi
binary=$1
case_prefix=$2
for ext in args out code; do
    if [ ! -f "$case_prefix.$ext" ]; then
        echo "$case_prefix.$ext: missing" >&2
        exit 2
    fi
done

actual=$(mktemp)
actual_err=$(mktemp)
OUT=$(mktemp -d)
trap 'rm -rf "$actual" "$actual_err" "$OUT"' EXIT

args=$(cat "$case_prefix.args")
(
    unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY XXGK_FORMAT XXGK_RULE_DOCS_URL
    export NO_COLOR=1 LC_ALL=C.UTF-8 OUT
    if [ -f "$case_prefix.env" ]; then
        set -a
        . "$case_prefix.env"
        set +a
    fi
    eval "set -- $args"
    exec "$binary" "$@"
) </dev/null >"$actual" 2>"$actual_err"
code=$?
if [ -n "$into" ]; then
    mkdir -p "$into"
    cp "$actual" "$into/out"
    cp "$actual_err" "$into/err"
    echo "$code" >"$into/code"
    cp -r "$OUT" "$into/files"
    exit 0
fi
expected_code=$(tr -d '[:space:]' <"$case_prefix.code")

status=0
if ! cmp -s "$case_prefix.out" "$actual"; then
    echo "stdout differs from $case_prefix.out:"
    diff -u "$case_prefix.out" "$actual" | sed "1,2s|$actual|actual stdout|"
    status=1
fi
if [ -f "$case_prefix.err" ] && ! cmp -s "$case_prefix.err" "$actual_err"; then
    echo "stderr differs from $case_prefix.err:"
    diff -u "$case_prefix.err" "$actual_err" | sed "1,2s|$actual_err|actual stderr|"
    status=1
fi
if [ -d "$case_prefix.files" ] && ! diff -r "$case_prefix.files" "$OUT"; then
    echo "files written differ from $case_prefix.files/"
    status=1
fi
if [ "$code" != "$expected_code" ]; then
    echo "exit code $code, expected $expected_code"
    status=1
fi
if [ $status -ne 0 ] && [ ! -f "$case_prefix.err" ] && [ -s "$actual_err" ]; then
    echo "stderr:"
    cat "$actual_err"
fi
exit $status
