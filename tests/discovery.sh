#!/usr/bin/env bash
# Every Catch2 case of TEST_BINARY has exactly one ctest entry in BUILD_DIR, under its own
# name: the count of ctest's Catch2 entries equals the binary's own list, and each name of the
# list is an entry. Usage: discovery.sh TEST_BINARY BUILD_DIR
set -euo pipefail
binary=$1
build=$2
listed=$(mktemp)
entries=$(mktemp)
trap 'rm -f "$listed" "$entries"' EXIT
# (Catch2 exits with the number of cases it lists.)
{ "$binary" --list-test-names-only || true; } | sed '/^$/d' | sort >"$listed"
# "  Test  #12: name" lines of the entries labelled catch.
ctest --test-dir "$build" -N -L '^catch$' | sed -n 's/^ *Test *#[0-9]*: //p' | sort >"$entries"
cases=$(wc -l <"$listed")
tests=$(wc -l <"$entries")
status=0
if [ "$cases" -eq 0 ]; then
  echo "the test binary lists no test case"
  status=1
fi
if [ "$cases" -ne "$tests" ]; then
  echo "$cases Catch2 test cases, but $tests ctest entries"
  status=1
fi
if ! diff "$listed" "$entries" >/dev/null; then
  echo "test cases without their own ctest entry (<) and entries that are no test case (>):"
  diff "$listed" "$entries" | grep '^[<>]' || true
  status=1
fi
[ $status -eq 0 ] && echo "$cases test cases, one ctest entry each"
exit $status
