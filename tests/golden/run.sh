#!/usr/bin/env bash
# One CLI golden case: run.sh BINARY CASE_PREFIX
#   CASE_PREFIX.args  the arguments, one shell-word line (quotes work: it is eval'd)
#   CASE_PREFIX.out   the exact expected stdout
#   CASE_PREFIX.code  the exact expected exit code
# Runs from the current directory (the repo root) with stdin from /dev/null and a fixed
# environment, so the output does not depend on the terminal or the CI. Exit 0 iff both match.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY CASE_PREFIX" >&2
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
trap 'rm -f "$actual"' EXIT

args=$(cat "$case_prefix.args")
(
    unset GITHUB_ACTIONS XXGK_FORMAT
    export NO_COLOR=1 LC_ALL=C.UTF-8
    eval "set -- $args"
    exec "$binary" "$@"
) </dev/null >"$actual"
code=$?
expected_code=$(tr -d '[:space:]' <"$case_prefix.code")

status=0
if ! cmp -s "$case_prefix.out" "$actual"; then
    echo "stdout differs from $case_prefix.out:"
    diff -u "$case_prefix.out" "$actual" | sed "1,2s|$actual|actual stdout|"
    status=1
fi
if [ "$code" != "$expected_code" ]; then
    echo "exit code $code, expected $expected_code"
    status=1
fi
exit $status
