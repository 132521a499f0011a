#!/usr/bin/env bash
# Temporary, for issue 19: the tree walker of main (old_walker.cpp: src/readers/docx/xml.cpp as
# of 9d206c6, renamed) against the streaming reader (parse_document_xml of build/libxxgk.a) on
# the same word/document.xml: equal Documents, or byte-identical errors (both languages).
#
#   tests/docx_diff/run.sh [FUZZ_CORPUS_DIR] [BENCH_DOCX_DIR]
#
# Sets: every .docx under samples/ and tests/, the fuzz corpus and the benchmark's .docx (when
# given), hand-made files (special.py), the special files and the samples shifted across the
# streaming reader's 512-byte chunks, 15,000 generated bodies (gen.py), and mutants (byte
# flips, cuts, renamed, wrapped, unwrapped, moved, doubled elements, snippets inserted).
set -euo pipefail
cd "$(dirname "$0")/../.."
W="$(mktemp -d "${TMPDIR:-/tmp}/docx-diff.XXXXXX")"
trap 'rm -rf "$W"' EXIT
g++ -std=c++20 -O2 -Isrc -Iinclude $(pkg-config --cflags libxml-2.0) -o "$W/docx_diff" \
  tests/docx_diff/diff.cpp tests/docx_diff/old_walker.cpp build/libxxgk.a -lfmt \
  $(pkg-config --libs libxml-2.0 libzip libutf8proc)
D="$W/docx_diff"
status=0
run() { echo "-- $1"; shift; "$D" "$@" | tail -1 || status=1; }
mapfile -t samples < <(find samples tests -name '*.docx' | sort)
run "samples and tests" "${samples[@]}"
[ -n "${1:-}" ] && run "fuzz corpus $1" "$1"/*
[ -n "${2:-}" ] && run "benchmark $2" "$2"/*.docx
python3 tests/docx_diff/special.py "$W/special"
run "hand-made" "$W"/special/*.xml
run "shifted across chunks" --shift "${samples[@]}" "$W"/special/{utf8,utf8bom,gbk,gb18030,latin1,gbk-lies,utf8-lies,dtd,nons}.xml
for seed in 7 11 12; do
  mkdir "$W/gen$seed"
  python3 tests/docx_diff/gen.py "$W/gen$seed" $seed 5000
  run "generated, seed $seed" "$W/gen$seed"/*.xml
done
run "mutants of the samples" --mutate 2000 1 samples/docx/*.docx
run "well-formed mutants of the samples" --structural --mutate 1000 4 samples/docx/*.docx
mapfile -t gen < <(ls "$W"/gen7/*.xml | head -400)
run "mutants of generated bodies" --mutate 10 21 "${gen[@]}"
run "well-formed mutants of generated bodies" --structural --mutate 10 22 "${gen[@]}"
exit $status
