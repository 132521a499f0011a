#!/usr/bin/env bash
# One hostile-input case (issue 6): run.sh BINARY SOURCE_DIR CASE
#
# Each case makes its input in a fresh temporary directory (nothing large or binary is kept in
# the repository), runs the binary there under `timeout 5` and asserts the exact exit code and
# the exact message lines. A run that times out (124) or ends by a signal (>= 128) fails the
# case whatever else it printed, and so does any sanitizer report on stderr.
# The cases are the functions named case_*; tests/CMakeLists.txt registers each one as the
# ctest test hostile.<case>.
set -u

if [ $# -ne 3 ]; then
    echo "usage: $0 BINARY SOURCE_DIR CASE" >&2
    exit 2
fi
BIN=$1
SRC=$2
CASE=$3
SAMPLES=$SRC/samples

T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 2
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY XXGK_FORMAT
export NO_COLOR=1 LC_ALL=C.UTF-8

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# xxgk ARGS...: the binary under timeout, stdin from /dev/null, stdout in $T/out and stderr in
# $T/err; then settle. Runs with other redirections are written out in full.
xxgk() {
    timeout 5 "$BIN" "$@" <"/dev/null" >"$T/out" 2>"$T/err"
    settle $?
}

# settle CODE: records the exit code of a run made by hand (with its own redirections) and
# fails on a timeout, a signal or a sanitizer report.
settle() {
    code=$1
    if [ "$code" -ge 124 ]; then
        fail "timed out or ended by a signal (exit code $code)"
    fi
    if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$T/err" 2>/dev/null; then
        fail "sanitizer report:"
        cat "$T/err"
    fi
}

expect_code() {
    [ "$code" = "$1" ] || fail "exit code $code, expected $1"
}

# The exact line is in stdout (or in stderr: expect_err_line).
expect_line() {
    grep -qxF -- "$1" "$T/out" || { fail "stdout lacks the line: $1"; sed 's/^/  | /' "$T/out" | head -20; }
}
expect_err_line() {
    grep -qxF -- "$1" "$T/err" || { fail "stderr lacks the line: $1"; sed 's/^/  | /' "$T/err" | head -20; }
}
expect_no_line() {
    ! grep -qF -- "$1" "$T/out" || fail "stdout has: $1"
}
# stdout holds exactly N lines that contain TEXT.
expect_count() {
    local n
    n=$(grep -cF -- "$2" "$T/out")
    [ "$n" = "$1" ] || fail "$n lines with '$2' in stdout, expected $1"
}
# stderr is exactly TEXT (empty when TEXT is empty).
expect_err() {
    if [ -n "$1" ]; then
        printf '%s\n' "$1" | cmp -s - "$T/err" || { fail "stderr differs; expected: $1"; sed 's/^/  | /' "$T/err"; }
    else
        [ ! -s "$T/err" ] || { fail "stderr is not empty:"; sed 's/^/  | /' "$T/err" | head -20; }
    fi
}

# No temporary output file (.NAME.xxgk-XXXXXX) is left in DIR.
no_temporary_files() {
    local left
    left=$(find "$1" -maxdepth 1 -name '.*.xxgk-*')
    [ -z "$left" ] || fail "temporary files left: $left"
}

# The summary line of the text output in English.
summary() {
    expect_line "$1 checked: $2 clean, $3 with findings, $4 unreadable; $5"
}

# A report with an error of its own (review-total on line 376), and a clean one.
broken_report() { cp -- "$SAMPLES/broken-review-total.txt" "$1"; }
clean_report() { cp -- "$SAMPLES/clean-2021.txt" "$1"; }
readonly REVIEW_ERROR='error: administrative review: total ≠ upheld + corrected + other + pending (5 ≠ 4, difference 1) [review-total]'

# ---------------------------------------------------------------------------------------------

case_empty_file() {
    : >empty.txt
    printf ' \n\t\n\xe3\x80\x80\n' >blank.txt  # spaces, a TAB and an ideographic space
    clean_report ok.txt
    xxgk check --lang en empty.txt blank.txt ok.txt
    expect_code 2
    expect_line "empty.txt: error: empty file [read-error]"
    expect_line "blank.txt: error: empty file [read-error]"
    summary "3 files" 1 0 2 "0 errors, 0 warnings, 0 notes."
    expect_err ""
    xxgk --lang en extract empty.txt
    expect_code 2
    expect_err "empty.txt: error: empty file"
    xxgk extract empty.txt
    expect_code 2
    expect_err "empty.txt: error: 空文件"
}

case_binary_elf() {
    cp /bin/true true
    mkdir folder
    cp /bin/true folder/report.docx  # found in a folder, named like a report
    xxgk check --lang en true folder
    expect_code 2
    expect_line "true: error: binary file (ELF executable), not a text report [read-error]"
    expect_line "folder/report.docx: error: binary file (ELF executable), not a text report [read-error]"
    expect_err ""
}

case_binary_png() {
    # The signature and an IHDR chunk of a 1×1 image: a real PNG's first bytes.
    printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89' >image.png
    cp image.png scan.txt
    xxgk check --lang en image.png scan.txt
    expect_code 2
    expect_line "image.png: error: binary file (PNG image), not a text report [read-error]"
    expect_line "scan.txt: error: binary file (PNG image), not a text report [read-error]"
    expect_err ""
}

case_invalid_utf8() {
    { head -n 2 "$SAMPLES/clean-2021.txt"; printf 'bad \xff\xfe byte\n'; } >bad.txt
    { printf '\xef\xbb\xbf'; head -n 4 "$SAMPLES/clean-2021.txt"; printf '\xc3\x28\n'; } >bom.txt
    xxgk check --lang en bad.txt bom.txt
    expect_code 2
    expect_line "bad.txt:3: error: neither valid UTF-8 nor GB18030: invalid byte 0xFF on line 3 [read-error]"
    expect_line "bom.txt:5: error: not valid UTF-8 despite the UTF-8 BOM: invalid byte 0xC3 on line 5 [read-error]"
    expect_err ""
}

# A page that declares UTF-8 but whose bytes are GBK: read by its bytes (GB18030), so the
# findings are those of the same page in UTF-8, and extract names the encoding it used.
case_gbk_declared_utf8() {
    mkdir utf8 gbk
    cp "$SAMPLES/html/broken-results-total.html" utf8/report.html
    grep -q '<meta charset="utf-8">' utf8/report.html || fail "the sample no longer declares utf-8"
    iconv -f UTF-8 -t GBK utf8/report.html >gbk/report.html
    cd utf8 && xxgk check --lang en report.html && cd "$T" || exit 2
    cp out utf8.out
    cd gbk && xxgk check --lang en report.html && cd "$T" || exit 2
    expect_code 1
    expect_err ""
    cmp -s utf8.out out || { fail "GBK bytes under a utf-8 declaration give other findings:"; diff utf8.out out | head; }
    expect_count 1 "error: column \"natural person\": total handled ≠ sum of the results"
    xxgk extract gbk/report.html
    expect_code 0
    grep -q '"encoding": "GB18030"' out || fail "extract does not say GB18030"
}

case_docx_wrong_encoding() {
    # word/document.xml declares GBK and holds UTF-8: libxml2's complaint becomes the file's
    # read-error, under --jobs too, and nothing reaches stderr unattributed.
    python3 - "$SAMPLES" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1] + '/docx/clean-2021.docx') as z, zipfile.ZipFile('gbk.docx', 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        data = z.read(info)
        if info.filename == 'word/document.xml':
            data = data.replace(b'encoding="UTF-8"', b'encoding="GBK"', 1)
            assert b'encoding="GBK"' in data
        out.writestr(info, data)
EOF
    cp gbk.docx gbk2.docx
    clean_report ok.txt
    xxgk check --lang en --jobs 2 gbk.docx gbk2.docx ok.txt
    expect_code 2
    expect_err ""
    for f in gbk.docx gbk2.docx; do
        grep -q "^$f: error: DOCX: word/document.xml holds bytes that are not in the encoding its XML declaration names (line 2: input conversion failed due to input error, bytes [0-9A-Fx ]*) \[read-error\]$" "$T/out" \
            || fail "$f: the encoding error is not its finding"
    done
    summary "3 files" 1 0 2 "0 errors, 0 warnings, 0 notes."
}

case_printed_twice() {
    # Table 三 printed twice with the same numbers: one note; a row printed again with another
    # number: an error naming both lines; the identities checked on the first copy.
    local a b
    a=$(grep -n '^三、' "$SAMPLES/clean-2021.txt" | cut -d: -f1)
    b=$(grep -n '^四、' "$SAMPLES/clean-2021.txt" | tail -1 | cut -d: -f1)
    awk -v a=$((a + 1)) -v b=$((b - 1)) 'NR >= a && NR <= b { copy = copy $0 "\n" } { print } NR == b { printf "%s", copy }' \
        "$SAMPLES/clean-2021.txt" >table.txt
    cp "$SAMPLES/broken-printed-twice-differs.txt" row.txt
    local before
    before=$(cksum table.txt row.txt)
    xxgk check --lang en table.txt row.txt
    expect_code 1
    expect_line 'table.txt:360:2: note: 25 rows are printed twice with the same numbers (e.g. table 三 row "一、本年新收政府信息公开申请数量", lines 74 and 360); the first copies are checked [printed-twice]'
    expect_line 'row.txt:83:2: error: table 三 row "一、本年新收政府信息公开申请数量" is printed twice with different numbers (lines 74 and 83): natural person 142 vs 999; identities are checked on the first copy [printed-twice-differs]'
    expect_no_line "row-unknown"
    summary "2 files" 0 2 0 "1 error, 0 warnings, 1 note."
    [ "$(cksum table.txt row.txt)" = "$before" ] || fail "an input was changed"
}

case_html_size_limit() {
    # An HTML page over a quarter of --max-size is refused (its parse would take 8–30 times its
    # size); a larger --max-size reads it.
    python3 - "$SAMPLES/html/clean-2021.html" <<'EOF'
import sys
page = open(sys.argv[1]).read()
i = page.index('</body>')
open('big.html', 'w').write(page[:i] + '<!--' + 'x' * (17 << 20) + '-->' + page[i:])
EOF
    xxgk check --lang en big.html
    expect_code 2
    expect_line "big.html: error: HTML page larger than 16777216 bytes, a quarter of --max-size (parsing HTML takes about 8 times its size in memory); raise --max-size to read it [read-error]"
    xxgk check --lang en --max-size 128M big.html
    expect_code 0
    summary "1 file" 1 0 0 "0 errors, 0 warnings, 0 notes."
}

case_over_size_limit() {
    clean_report big.txt  # 4913 bytes
    printf '本年度无\n' >small.txt
    xxgk check --lang en --max-size 4K big.txt small.txt
    expect_code 2
    expect_line "big.txt: error: file is larger than the limit of 4096 bytes (--max-size) [read-error]"
    expect_line "small.txt: error: no report found: none of the tables 二/三/四 or the section headings [read-error]"
    expect_err ""
    # From stdin, where no size is known beforehand.
    timeout 5 "$BIN" check --lang en --max-size 4K - <big.txt >out 2>err
    settle $?
    expect_code 2
    expect_line "-: error: file is larger than the limit of 4096 bytes (--max-size) [read-error]"
    xxgk --lang en extract --max-size 1K big.txt
    expect_code 2
    expect_err "big.txt: error: file is larger than the limit of 1024 bytes (--max-size)"
    xxgk check --max-size 8K big.txt
    expect_code 0
    # The limits and their defaults are in --help, for check and extract.
    for command in check extract; do
        xxgk "$command" --help
        expect_code 0
        grep -qF -- '--max-size BYTES[K|M|G]=64M' out || fail "$command --help lacks --max-size's default"
        grep -qF -- '--max-inflate BYTES[K|M|G]=64M' out || fail "$command --help lacks --max-inflate's default"
    done
    local not_a_size="is not a size (BYTES, or a number with K, M or G)"
    xxgk check --lang en --max-size 0 big.txt
    expect_code 3
    expect_err_line "xxgk: option --max-size: the size limit must be at least 1 byte"
    for bad in 12Q "" -1; do
        xxgk check --lang en --max-size "$bad" big.txt
        expect_code 3
        expect_err_line "xxgk: option --max-size: '$bad' $not_a_size"
    done
    xxgk check --max-size 12Q big.txt
    expect_code 3
    expect_err_line "xxgk: 选项 --max-size 的值不对：'12Q' 不是大小（字节数，或带 K、M、G 的数）"
    xxgk --lang en extract --max-inflate 99999999999999999999G big.txt
    expect_code 3
    expect_err_line "xxgk: option --max-inflate: '99999999999999999999G' is too large"
}

# 10 MB on one line, alone and before a report: no crash (std::regex recursed once per
# character and overflowed the stack), no quadratic time. Digits right after table 三's first
# label (the flattened-text reader, which was quadratic in the run) and spaces between a year
# and 年 (the year pattern, which overflowed the stack too) at 1 MB: enough for both old
# failures, and the time left to the sanitizers is the reader's linear work.
case_long_line() {
    head -c 10000000 /dev/zero | tr '\0' 'x' >line.txt
    { head -c 10000000 /dev/zero | tr '\0' '9'; printf '\n'; cat "$SAMPLES/clean-2021.txt"; } >title.txt
    { printf '本年新收政府信息公开申请数量'; head -c 1000000 /dev/zero | tr '\0' '1'; } >digits.txt
    { printf '2021'; head -c 1000000 /dev/zero | tr '\0' ' '; printf '年\n'; } >spaces.txt
    xxgk check --lang en line.txt title.txt digits.txt spaces.txt
    expect_code 2
    expect_line "line.txt: error: no report found: none of the tables 二/三/四 or the section headings [read-error]"
    expect_line "digits.txt: error: no report found: none of the tables 二/三/四 or the section headings [read-error]"
    expect_line "spaces.txt: error: no report found: none of the tables 二/三/四 or the section headings [read-error]"
    expect_no_line "title.txt"  # checked, clean: the long first line is prose
    summary "4 files" 1 0 3 "0 errors, 0 warnings, 0 notes."
    expect_err ""
}

# libxml2 stops at 256 levels of nesting; what follows would be lost, so it is an error (with
# the line where the parser stopped), in HTML and in a DOCX's XML alike.
case_deep_nesting() {
    python3 - "$SAMPLES" <<'EOF'
import sys, zipfile
S = sys.argv[1]
depth = 100000
open('deep.html', 'w').write('<html><body>\n' + '<div>' * depth + 'x' + '</div>' * depth + '</body></html>')
open('huge.html', 'w').write('<html><body>\n<p>' + 'a' * 10000001 + '</p></body></html>')
# A report inside 300 nested <div>s: its tables stand past the limit; inside 200: read whole.
page = open(S + '/html/clean-2021.html').read()
start = page.index('>', page.index('<body')) + 1
end = page.index('</body>')
for name, n in (('wrapped.html', 300), ('shallow.html', 200)):
    open(name, 'w').write(page[:start] + '<div>' * n + page[start:end] + '</div>' * n + page[end:])
with zipfile.ZipFile(S + '/docx/clean-2021.docx') as z, zipfile.ZipFile('deep.docx', 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        data = z.read(info)
        if info.filename == 'word/document.xml':
            xml = data.decode()
            k = xml.index('<w:body>') + len('<w:body>')
            data = (xml[:k] + '<w:p>' + '<w:sdt><w:sdtContent>' * depth + '</w:sdtContent></w:sdt>' * depth +
                    '</w:p>' + xml[k:]).encode()
        out.writestr(info, data)
EOF
    xxgk check --lang en deep.html wrapped.html shallow.html deep.docx huge.html
    expect_code 2
    expect_line "deep.html:2: error: HTML nested too deeply (over 256 elements): the parser stopped [read-error]"
    expect_line "wrapped.html:154: error: HTML nested too deeply (over 256 elements): the parser stopped [read-error]"
    expect_no_line "shallow.html"
    expect_line "deep.docx: error: DOCX: word/document.xml nested too deeply (over 256 elements; line 2: the parser stopped) [read-error]"
    expect_line "huge.html:2: error: HTML holds a text or tag too large for the parser (xmlSAX2Characters: huge text node): the parser stopped [read-error]"
    summary "5 files" 1 0 4 "0 errors, 0 warnings, 0 notes."
    expect_err ""
}

# A row of table 三 with 10,000 more cells: which 7 are its values cannot be known, so its
# cells are unreadable (one finding per column, on the row's line), never a guess.
case_wide_table() {
    python3 - "$SAMPLES" <<'EOF'
import sys
S = sys.argv[1]
md = open(S + '/markdown/clean-2021.md').read().split('\n')
i = next(k for k, l in enumerate(md) if '本年新收' in l)
md[i] = md[i].rstrip().rstrip('|') + '|' + ' 1 |' * 10000
open('wide.md', 'w').write('\n'.join(md))
txt = open(S + '/clean-2021.txt').read().split('\n')
i = next(k for k, l in enumerate(txt) if '本年新收' in l)
txt[i + 8:i + 8] = ['\t1'] * 10000
open('wide.txt', 'w').write('\n'.join(txt))
html = open(S + '/html/clean-2021.html').read()
e = html.index('</tr>', html.index('本年新收'))
open('wide.html', 'w').write(html[:e] + '<td>1</td>' * 10000 + html[e:])
# Table 四 with 10,000 more cells in its value row.
k = html.index('未经复议直接起诉')
k = html.index('<tr', html.index('</tr>', html.index('</tr>', k)))
e = html.index('</tr>', k)
open('wide4.html', 'w').write(html[:e] + '<td>1</td>' * 10000 + html[e:])
EOF
    xxgk check --lang en wide.md wide.txt wide.html wide4.html
    expect_code 1
    local row='table 三 row "一、本年新收政府信息公开申请数量", column "natural person" cannot be read ("142"): the row has more value cells than the template'"'"'s 7; identities over it not checked [unreadable-cell]'
    expect_line "wide.md:37:22: error: $row"
    expect_line "wide.txt:75:2: error: $row"
    expect_line "wide.html:465:103 (table 2, row 4, cell 2): error: $row"
    expect_count 21 "the row has more value cells than the template's 7"
    expect_line "wide4.html:1595:43 (table 3, row 1): error: table 四 should hold 15 numbers, found 10015; its identities not checked [row-missing]"
    expect_err ""
}

# zip_bombs: honest.docx and liar.docx, made by hand (python3, standard library), whose
# word/document.xml inflates to 1 GiB of zeros; honest.docx's headers say so, liar.docx's
# claim 1000 bytes.
zip_bombs() {
    python3 - <<'EOF'
import struct, zlib
# Deflated once per 16 MiB: full flushes make each segment independent, so the one segment
# repeated is a valid stream (about 1 MB for 1 GiB).
zeros = bytes(16 << 20)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
segment = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
data = segment * 64 + c.flush(zlib.Z_FINISH)
crc = 0
for _ in range(64):
    crc = zlib.crc32(zeros, crc)
entry = b'word/document.xml'
for name, stated in (('honest.docx', 1 << 30), ('liar.docx', 1000)):
    local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 8, 0, 0, crc, len(data), stated, len(entry), 0)
    central = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 8, 0, 0, crc, len(data), stated,
                          len(entry), 0, 0, 0, 0, 0, 0)
    body = local + entry + data
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 1, 1, len(central) + len(entry), len(body), 0)
    open(name, 'wb').write(body + central + entry + end)
EOF
}

case_docx_zip_bomb() {
    zip_bombs
    [ "$(stat -c %s honest.docx)" -lt 2000000 ] || fail "the bomb is not small"
    cp "$SAMPLES/docx/clean-2021.docx" real.docx
    xxgk check --lang en honest.docx liar.docx real.docx
    expect_code 2
    local message='error: DOCX: word/document.xml inflates to more than the limit of 64 MiB (--max-inflate); a zip bomb? [read-error]'
    expect_line "honest.docx: $message"
    expect_line "liar.docx: $message"
    expect_no_line "real.docx"
    expect_err ""
    xxgk check --lang en --max-inflate 1K real.docx
    expect_code 2
    expect_line "real.docx: error: DOCX: word/document.xml inflates to more than the limit of 1024 bytes (--max-inflate); a zip bomb? [read-error]"
    xxgk --lang en extract --max-inflate 1M honest.docx
    expect_code 2
    expect_err "honest.docx: error: DOCX: word/document.xml inflates to more than the limit of 1 MiB (--max-inflate); a zip bomb?"
}

case_docx_truncated() {
    local size
    size=$(stat -c %s "$SAMPLES/docx/clean-2021.docx")
    head -c $((size / 2)) "$SAMPLES/docx/clean-2021.docx" >half.docx
    head -c $((size - 1)) "$SAMPLES/docx/clean-2021.docx" >short.docx
    printf 'PK\003\004' >header.docx
    xxgk check --lang en half.docx short.docx header.docx
    expect_code 2
    expect_line "half.docx: error: DOCX: not a valid zip archive (Not a zip archive) [read-error]"
    expect_line "short.docx: error: DOCX: not a valid zip archive (Not a zip archive) [read-error]"
    expect_line "header.docx: error: DOCX: not a valid zip archive (Not a zip archive) [read-error]"
    expect_err ""
}

# Members named ../../evil.txt and /tmp/…: read past (only word/document.xml is looked up),
# never written anywhere.
case_docx_path_traversal() {
    mkdir -p a/b
    local absolute="/tmp/xxgk-hostile-$$-evil.txt"
    python3 - "$SAMPLES/docx/clean-2021.docx" "$absolute" <<'EOF'
import sys, zipfile
src, absolute = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile('a/b/report.docx', 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        out.writestr(info, z.read(info))
    out.writestr(zipfile.ZipInfo('../../evil.txt'), 'escaped\n')
    out.writestr(zipfile.ZipInfo(absolute), 'escaped\n')
with zipfile.ZipFile(src) as z, zipfile.ZipFile('a/b/moved.docx', 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        name = '../' + info.filename if info.filename == 'word/document.xml' else info.filename
        out.writestr(zipfile.ZipInfo(name), z.read(info))
EOF
    cd a/b && xxgk check --lang en report.docx moved.docx && cd "$T" || exit 2
    expect_code 2
    expect_no_line "report.docx"  # read as the clean report it is
    expect_line "moved.docx: error: DOCX: no word/document.xml (not a Word document) [read-error]"
    expect_err ""
    if [ -e evil.txt ] || [ -e a/evil.txt ]; then fail "a member was written outside the archive"; fi
    [ ! -e "$absolute" ] || { fail "$absolute was written"; rm -f "$absolute"; }
}

case_huge_numbers() {
    # Line 76–79: the 本年新收 row's cells 2–5 (see samples/clean-2021.txt).
    sed -e '76s/31/99999999999999999999/' -e '77s/1/18446744073709551616/' \
        -e '78s/2/-9223372036854775809/' -e '79s/6/1e400/' "$SAMPLES/clean-2021.txt" >huge.txt
    xxgk check --lang en huge.txt
    expect_code 1
    local row='table 三 row "一、本年新收政府信息公开申请数量", column'
    expect_line "huge.txt:76:2: error: $row \"commercial enterprise\" cannot be read (\"99999999999999999999\"): number too large; identities over it not checked [unreadable-cell]"
    expect_line "huge.txt:77:2: error: $row \"research institution\" cannot be read (\"18446744073709551616\"): number too large; identities over it not checked [unreadable-cell]"
    expect_line "huge.txt:78:2: error: $row \"social welfare organisation\" cannot be read (\"-9223372036854775809\"): number too large; identities over it not checked [unreadable-cell]"
    expect_line "huge.txt:79:2: error: $row \"legal service organisation\" cannot be read (\"1e400\"): not a number; identities over it not checked [unreadable-cell]"
    summary "1 file" 0 1 0 "4 errors, 0 warnings, 0 notes."
    expect_err ""
    # Leading zeros are no digits that count: 0000000000000000000006 is 6, and the report clean.
    sed -e '79s/6/0000000000000000000006/' "$SAMPLES/clean-2021.txt" >zeros.txt
    xxgk check --lang en zeros.txt
    expect_code 0
    summary "1 file" 1 0 0 "0 errors, 0 warnings, 0 notes."
}

# Every whole number of every table blanked (table 二 keeps its fee amount 12.35): tables 三 and
# 四 each said once to have no value — not "not found", not a note per cell.
case_blank_tables() {
    python3 - "$SAMPLES/clean-2021.txt" <<'EOF'
import re, sys
lines = open(sys.argv[1]).read().split('\n')
# A cell line: TAB, the number, stray spaces (U+3000 and U+00A0 included) kept.
blank = [re.sub(r'^(\t\s*)[0-9]+(\s*)$', r'\1\2', l) for l in lines]
assert sum(a != b for a, b in zip(lines, blank)) > 150
open('blank.txt', 'w').write('\n'.join(blank))
EOF
    xxgk check --lang en blank.txt
    expect_code 0
    # Tables 三 and 四 alike: one warning each, not a note per cell nor an error.
    expect_line "blank.txt:57:2: warning: table 三 (applications) has no value at all (every cell is blank): its identities cannot be checked [table-blank]"
    expect_line "blank.txt:345:2: warning: table 四 (review and litigation) has no value at all (every cell is blank): its identities cannot be checked [table-blank]"
    expect_no_line "blank-in-identity"
    summary "1 file" 0 1 0 "0 errors, 2 warnings, 0 notes."
    expect_err ""
}

# Files that are gone or are not files by the time they are read: each an error naming it,
# every other file still checked (tests/check_test.cpp removes one between collecting and
# checking, which a CLI run cannot time).
case_vanishing_file() {
    mkdir -p reports/2021.txt
    clean_report reports/a.txt
    broken_report reports/2021.txt/inside.txt  # a directory named like a report is walked
    ln -s gone.txt reports/b.txt
    ln -s gone.txt dangling.txt
    xxgk check --lang en reports dangling.txt
    expect_code 2
    expect_line "reports/2021.txt/inside.txt:376:2: $REVIEW_ERROR"
    expect_line "reports/b.txt: error: broken symbolic link (to gone.txt) [read-error]"
    expect_line "dangling.txt: error: broken symbolic link (to gone.txt) [read-error]"
    summary "4 files" 1 1 2 "1 error, 0 warnings, 1 note."
    expect_err ""
}

# A folder with no report in it (a crawl that fetched nothing) is no success: exit 2 and a line
# that says so, in the language asked for.
case_empty_dir() {
    mkdir empty notes
    printf '本目录存放各区年报。\n' >notes/README.txt
    xxgk check empty
    expect_code 2
    expect_line "共检查 0 个文件：0 个无问题，0 个有问题，0 个无法读取；错误 0，警告 0，提示 0。"
    expect_err "xxgk: 错误：所给路径中没有可检查的年报"
    xxgk check --lang en empty notes
    expect_code 2
    summary "0 files" 0 0 0 "0 errors, 0 warnings, 0 notes; 1 skipped, not reports."
    expect_err "xxgk: error: no report to check in the paths given (1 file skipped as not reports)"
}

case_symlink_loop() {
    mkdir -p tree/sub
    clean_report tree/a.txt
    broken_report tree/sub/b.txt
    ln -s .. tree/sub/up    # a loop back to tree
    ln -s . tree/self       # a loop onto itself
    ln -s "$T/tree" tree/sub/absolute
    ln -s loop2.txt tree/loop1.txt
    ln -s loop1.txt tree/loop2.txt
    xxgk check --lang en tree
    expect_code 2
    expect_count 1 "tree/sub/b.txt:376:2: error:"  # each report once
    expect_line "tree/loop1.txt: error: Too many levels of symbolic links [read-error]"
    expect_line "tree/loop2.txt: error: Too many levels of symbolic links [read-error]"
    summary "4 files" 1 1 2 "1 error, 0 warnings, 1 note."
    expect_err ""
}

# Names with spaces, Chinese characters and a leading dash, named and found in a folder,
# appear exactly in every output.
case_file_names() {
    mkdir 'my reports'
    broken_report '-x.txt'
    broken_report 'my reports/年度 报告.txt'
    broken_report 'my reports/-dash.txt'
    xxgk check --lang en -- -x.txt 'my reports'
    expect_code 1
    expect_line "-x.txt:376:2: $REVIEW_ERROR"
    expect_line "my reports/-dash.txt:376:2: $REVIEW_ERROR"
    expect_line "my reports/年度 报告.txt:376:2: $REVIEW_ERROR"
    xxgk check --format json -- -x.txt 'my reports'
    expect_code 1
    for name in '-x.txt' 'my reports/-dash.txt' 'my reports/年度 报告.txt'; do
        grep -qF "\"path\": \"$name\"" out || fail "json lacks the path $name"
    done
    # Without --, the name is taken for an option: a usage error that says how to name it.
    xxgk check --lang en -x.txt
    expect_code 3
    expect_err_line "xxgk: '-x.txt' was taken for an option; to name the file, put -- before it or write ./-x.txt"
}

case_stdin_closed() {
    clean_report ok.txt
    timeout 5 "$BIN" check --lang en - ok.txt <&- >out 2>err
    settle $?
    expect_code 2
    expect_line "-: error: cannot read standard input: it is closed [read-error]"
    summary "2 files" 1 0 1 "0 errors, 0 warnings, 0 notes."
    expect_err ""
    : | timeout 5 "$BIN" check --lang en - >out 2>err
    settle $?
    expect_code 2
    expect_line "-: error: empty file [read-error]"
    timeout 5 "$BIN" --lang en extract - <&- >out 2>err
    settle $?
    expect_code 2
    expect_err "-: error: cannot read standard input: it is closed"
}

# stdout on a full disk or closed: one line on stderr and 2, whatever the findings were.
case_stdout_full() {
    broken_report broken.txt
    timeout 5 "$BIN" check --lang en broken.txt >/dev/full 2>err
    settle $?
    expect_code 2
    expect_err "xxgk: cannot write to standard output: No space left on device"
    timeout 5 "$BIN" --lang en extract broken.txt >/dev/full 2>err
    settle $?
    expect_code 2
    expect_err "xxgk: cannot write to standard output: No space left on device"
    timeout 5 "$BIN" check --lang en broken.txt >&- 2>err
    settle $?
    expect_code 2
    expect_err "xxgk: cannot write to standard output: it is closed"
}

# --output to what is not a regular file: written in place (no temporary file next to a
# device, no rename over it); a write error is an error.
case_output_device() {
    broken_report broken.txt
    xxgk check --format json --output /dev/full broken.txt
    expect_code 2
    expect_err "xxgk: /dev/full: 无法写出：磁盘空间不足"
    xxgk check --lang en --format json --output /dev/full broken.txt
    expect_code 2
    expect_err "xxgk: /dev/full: cannot write: No space left on device"
    [ -c /dev/full ] || fail "/dev/full is no longer a character device"
    no_temporary_files /dev
    # A FIFO gets the output as a stream.
    mkfifo pipe
    timeout 5 cat pipe >from-pipe &
    xxgk check --format json --output pipe broken.txt
    wait
    expect_code 1
    [ -p pipe ] || fail "the FIFO was replaced"
    grep -q '"rule": "review-total"' from-pipe || fail "the output did not come through the FIFO"
    # A symbolic link to a file: the file is replaced, the link kept.
    mkdir results
    printf 'old\n' >results/real.json
    ln -s results/real.json link.json
    xxgk check --format json --output link.json broken.txt
    expect_code 1
    [ -L link.json ] || fail "the link was replaced by a file"
    grep -q '"rule": "review-total"' results/real.json || fail "the file the link names was not written"
    no_temporary_files results
    # /dev/stdout when stdout is a pipe.
    timeout 5 "$BIN" check --format json --output /dev/stdout broken.txt 2>err | cat >out
    settle "${PIPESTATUS[0]}"
    expect_code 1
    grep -q '"rule": "review-total"' out || fail "nothing came out of /dev/stdout"
    no_temporary_files .
    expect_err ""
}

# A regular output file on a full disk (simulated with a 1 KiB file size limit, SIGXFSZ
# ignored so that write() fails with EFBIG): an error naming the file, the file as it was
# before, and no temporary file left.
case_output_file_full() {
    broken_report broken.txt
    printf 'old\n' >kept.json
    (trap '' XFSZ; ulimit -f 1; exec timeout 5 "$BIN" check --lang en --format json --output out.json broken.txt) >out 2>err
    settle $?
    expect_code 2
    expect_err "xxgk: out.json: cannot write: File too large"
    [ ! -e out.json ] || fail "out.json was left behind"
    (trap '' XFSZ; ulimit -f 1; exec timeout 5 "$BIN" check --format json --output kept.json broken.txt) >out 2>err
    settle $?
    expect_code 2
    expect_err "xxgk: kept.json: 无法写出：文件过大（超出系统或进程的上限）"
    [ "$(cat kept.json)" = old ] || fail "kept.json was changed"
    no_temporary_files .
}

# stdout a pipe whose reader is gone: SIGPIPE is ignored and the write error reported (2),
# not a silent death by signal (141).
case_broken_pipe() {
    mkdir many
    for i in $(seq 1 40); do broken_report "many/report-$i.txt"; done
    # The reader closes first: deterministic.
    python3 - "$BIN" <<'EOF'
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
p = subprocess.run(['timeout', '5', sys.argv[1], 'check', '--lang', 'en', 'many'], stdout=w,
                   stderr=open('err', 'wb'), stdin=subprocess.DEVNULL)
open('code', 'w').write(str(p.returncode))
EOF
    settle "$(cat code)"
    expect_code 2
    expect_err "xxgk: cannot write to standard output: Broken pipe"
    # `| head -c1`: the reader leaves after one byte, with far more than a pipe's buffer to come.
    timeout 5 "$BIN" check --lang en --format json many 2>err | head -c1 >/dev/null
    settle "${PIPESTATUS[0]}"
    expect_code 2
    expect_err "xxgk: cannot write to standard output: Broken pipe"
}

# ---------------------------------------------------------------------------------------------
# Issue 13: never destroy an input, never hang on a side file, never leave debris, never let a
# file drive the terminal.

# The bytes of FILE are still BEFORE (a copy made before the run).
unchanged() { cmp -s "$1" "$2" || fail "$2 was changed"; }

case_output_is_input() {
    broken_report a.txt
    cp a.txt before.txt
    xxgk check a.txt -o a.txt
    expect_code 3
    expect_err "xxgk: 输出文件 a.txt 就是要读取的文件 a.txt：拒绝覆盖（请换一个输出路径）"
    unchanged before.txt a.txt
    # Through a symbolic link to the report, and in English.
    ln -s a.txt link.txt
    xxgk check a.txt -o link.txt --lang en
    expect_code 3
    expect_err "xxgk: the output link.txt is the input a.txt: refusing to overwrite it (choose another output path)"
    unchanged before.txt a.txt
    # A report found by walking a folder, and --write-baseline naming a report.
    mkdir dir
    cp before.txt dir/b.txt
    xxgk check dir -o dir/b.txt
    expect_code 3
    unchanged before.txt dir/b.txt
    xxgk check dir --write-baseline dir/b.txt
    expect_code 3
    unchanged before.txt dir/b.txt
    # The baseline read is an input too.
    printf '{"version": 1, "entries": []}\n' >base.json
    cp base.json base-before.json
    xxgk check a.txt --baseline base.json -o base.json
    expect_code 3
    unchanged base-before.json base.json
    no_temporary_files .
    no_temporary_files dir
    # Another path, in the walked folder or not, is written.
    xxgk check dir -o dir/out.json --format json
    expect_code 1
    [ -s dir/out.json ] || fail "dir/out.json was not written"
}

case_side_files_bounded() {
    clean_report a.txt
    # /dev/zero as a baseline: refused at once, not read until memory runs out.
    xxgk check a.txt --baseline /dev/zero --lang en
    expect_code 2
    expect_err "xxgk: /dev/zero: cannot read the baseline: not a regular file: a device"
    # A FIFO with no writer as an issuer map: refused, not waited on.
    mkfifo map.csv
    xxgk check a.txt --issuer-map map.csv --lang en
    expect_code 2
    expect_err "map.csv: error: cannot read the issuer map: not a regular file: a named pipe (FIFO)"
    # Larger than 16 MiB.
    head -c 17000000 /dev/zero | tr '\0' ' ' >big.json
    xxgk check a.txt --baseline big.json --lang en
    expect_code 2
    expect_err "xxgk: big.json: cannot read the baseline: file is larger than 16777216 bytes"
    # A FIFO named like a report, given and found in a folder: one line each, never a wait.
    mkdir dir
    mkfifo dir/pipe.txt
    clean_report dir/ok.txt
    xxgk check dir --lang en
    expect_code 2
    expect_line "dir/pipe.txt: error: not a regular file: a named pipe (FIFO) [read-error]"
    summary "2 files" 1 0 1 "0 errors, 0 warnings, 0 notes."
}

case_path_too_long() {
    # A report nested deeper than PATH_MAX (4096 bytes) allows a path to name: named, not skipped.
    local d
    d=$(printf 'd%.0s' {1..200})
    mkdir deep
    (
        cd deep || exit 1
        for _ in {1..25}; do mkdir "$d" && cd "$d" || exit 1; done
        clean_report r.txt
    ) || fail "could not build the deep tree"
    clean_report near.txt
    xxgk check deep near.txt --lang en
    expect_code 2
    grep -q "^deep/\(${d}/\)*${d}: error: File name too long \[read-error\]$" "$T/out" \
        || fail "the unreachable folder is not named"
    summary "2 files" 1 0 1 "0 errors, 0 warnings, 0 notes."
}

# SIGNAL NAME CODE: a batch writing -o, stopped by the signal, leaves no temporary file and the
# old output as it was, and exits 128 + the signal's number.
interrupted() {
    mkdir many
    clean_report many/r.txt
    local content
    content=$(<many/r.txt)
    # Builtins only: 3000 forks of ln would take seconds.
    for ((i = 1; i <= 3000; i++)); do printf '%s\n' "$content" >"many/r$i.txt"; done
    printf 'old\n' >out.json
    # A script's background jobs ignore SIGINT, and xxgk keeps a signal its parent ignores:
    # start it with the signals' default dispositions, as a terminal would.
    env --default-signal=INT,TERM,HUP "$BIN" check many --format json -o out.json --jobs 1 </dev/null >/dev/null 2>err &
    local pid=$!
    # Until the temporary output exists (the run is under way), at most 5 s.
    for _ in $(seq 1 100); do
        [ -n "$(find . -maxdepth 1 -name '.out.json.xxgk-*')" ] && break
        sleep 0.05
    done
    [ -n "$(find . -maxdepth 1 -name '.out.json.xxgk-*')" ] || fail "the run never began its output"
    kill -s "$1" "$pid"
    wait "$pid" 2>/dev/null
    code=$?
    expect_code "$2"
    no_temporary_files .
    [ "$(cat out.json)" = old ] || fail "out.json was changed"
}
case_interrupt_sigint() { interrupted INT 130; }
case_interrupt_sigterm() { interrupted TERM 143; }
case_interrupt_sighup() { interrupted HUP 129; }

case_terminal_escapes() {
    # ESC, BEL and a right-to-left override in a file name, and ESC in a cell.
    name=$'evil\e[2J\a\u202etxt.txt'
    sed '24s/.*/\t1\x1b]0;pwned\x07/' "$SAMPLES/clean-2021.txt" >"$name"
    xxgk check "$name" --lang en
    expect_code 1
    LC_ALL=C grep -q $'\e' "$T/out" && fail "an ESC reached stdout"
    LC_ALL=C grep -q $'\a' "$T/out" && fail "a BEL reached stdout"
    grep -qF 'evil\x1b[2J\x07\u202etxt.txt' "$T/out" || fail "the file name is not shown escaped"
    grep -qF '1\x1b]0;pwned\x07' "$T/out" || fail "the cell is not shown escaped"
    for format in gcc github; do
        xxgk check "$name" --format "$format" --lang en
        LC_ALL=C grep -q $'[\e\a]' "$T/out" && fail "a control character reached the $format output"
    done
    # CR in a name cannot rewrite the line it is printed on.
    cp "$name" $'over\rwrite.txt'
    xxgk check $'over\rwrite.txt' --format gcc
    LC_ALL=C grep -q $'\r' "$T/out" && fail "a CR reached stdout"
    true
}

# ---------------------------------------------------------------------------------------------

if ! declare -F "case_$CASE" >/dev/null; then
    echo "no case '$CASE'" >&2
    exit 2
fi
"case_$CASE"
if [ "$failures" -ne 0 ]; then
    echo "hostile.$CASE: $failures failed assertion(s)"
    exit 1
fi
