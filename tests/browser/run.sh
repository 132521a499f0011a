#!/usr/bin/env bash
# The HTML page of every sample in a real browser: run.sh BINARY SOURCE_DIR
#
# Writes `xxgk check --cross --format html -o page.html samples/` and the same run's JSON, has
# headless Chromium load the page with probe.js after the page's own script and dump the DOM,
# then check_dom.py compares it with the findings (see there). Exits 77, which ctest reports
# as skipped, only when there is no chromium (scripts/install-deps installs it).
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY SOURCE_DIR" >&2
    exit 2
fi
BIN=$1
SRC=$2
HERE=$(cd "$(dirname "$0")" && pwd)
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    echo "skipped: no chromium (scripts/install-deps installs it)"
    exit 77
fi

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC" || exit 2
unset XXGK_FORMAT
export NO_COLOR=1 LC_ALL=C.UTF-8

# The JSON of the same run, alongside (reading the PDF samples is most of either run's time).
"$BIN" check --cross --format json samples/ </dev/null >"$T/findings.json" 2>/dev/null &
json=$!
"$BIN" check --cross --format html -o "$T/page.html" samples/ </dev/null >"$T/out" 2>"$T/err"
code=$?
wait $json
# samples/ holds a file that cannot be read: exit 2, and the page is written all the same.
if [ $code -ne 2 ] || [ -s "$T/out" ]; then
    echo "FAIL: xxgk check --format html exited $code (expected 2, nothing on stdout)"
    cat "$T/err"
    exit 1
fi
# The probe runs after the page's script, in the page, as a tool reading the page would.
python3 - "$T/page.html" "$HERE/probe.js" "$T/probe.html" <<'EOF' || exit 1
import sys
page = open(sys.argv[1], encoding="utf-8").read()
probe = open(sys.argv[2], encoding="utf-8").read()
assert page.count("</body>") == 1
open(sys.argv[3], "w", encoding="utf-8").write(page.replace("</body>", "<script>" + probe + "</script>\n</body>"))
EOF

timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$T/profile" --enable-logging=stderr --v=0 --window-size=1280,900 \
    --dump-dom "file://$T/probe.html" >"$T/dom.html" 2>"$T/chromium.log"
code=$?
if [ $code -ne 0 ] || [ ! -s "$T/dom.html" ]; then
    echo "FAIL: chromium exited $code"
    tail -20 "$T/chromium.log"
    exit 1
fi
python3 "$HERE/check_dom.py" "$T/dom.html" "$T/findings.json" "$T/chromium.log"
