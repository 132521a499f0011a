#!/usr/bin/env bash
# One config-file case (issue 19): run.sh BINARY SOURCE_DIR CASE
#
# Each case builds a scratch repository in a temporary folder (a `.git` folder marks its root),
# runs the binary in it under `timeout 10`, and asserts exact exit codes and exact lines. The
# error messages themselves, in both languages, are golden tests (tests/golden/config-*).
# The cases are the functions named case_*; tests/CMakeLists.txt registers each as config.<case>.
set -u

if [ $# -lt 3 ]; then
    echo "usage: $0 BINARY SOURCE_DIR CASE" >&2
    exit 2
fi
BIN=$1
SRC=$2
CASE=$3

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY XXGK_FORMAT
export NO_COLOR=1 LC_ALL=C.UTF-8

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# xxgk ARGS...: stdout in $T/out, stderr in $T/err, exit code in $code.
xxgk() {
    timeout 10 "$BIN" "$@" </dev/null >"$T/out" 2>"$T/err"
    code=$?
    [ "$code" -lt 124 ] || fail "timed out or ended by a signal (exit code $code)"
}
expect_code() { [ "$code" = "$1" ] || { fail "exit code $code, expected $1"; cat "$T/err"; }; }
expect_line() { grep -qxF -- "$1" "$T/out" || { fail "stdout lacks: $1"; sed 's/^/  | /' "$T/out"; }; }
# A line of `xxgk config`, whatever the alignment: expect_setting 'fail-on = "never" # xxgk.toml:1'
expect_setting() { sed 's/   */ /' "$T/out" | grep -qxF -- "$1" || { fail "no setting: $1"; sed 's/^/  | /' "$T/out"; }; }
expect_err() { [ "$(cat "$T/err")" = "$1" ] || fail "stderr is '$(cat "$T/err")', expected '$1'"; }

# A repository at $T/repo with reports in reports/ and a working folder reports/sub/.
make_repo() {
    mkdir -p "$T/repo/.git" "$T/repo/reports/sub"
    cp "$SRC/samples/broken-review-total.txt" "$SRC/samples/broken-applicant-total.txt" \
       "$SRC/samples/broken-row-unknown.txt" "$T/repo/reports/"
}

case_found_upward() {
    make_repo
    printf 'fail-on = "never"\n' >"$T/repo/xxgk.toml"
    cd "$T/repo/reports/sub" || return
    xxgk config
    expect_code 0
    expect_line '# xxgk check 的设置；配置文件：../../xxgk.toml'
    expect_setting 'fail-on = "never" # ../../xxgk.toml:1'
    xxgk check ..
    expect_code 0
}

case_hidden_name() {
    make_repo
    printf 'fail-on = "never"\n' >"$T/repo/reports/.xxgk.toml"
    cd "$T/repo/reports" || return
    xxgk config --lang en
    expect_line '# Settings of xxgk check; config file: .xxgk.toml'
}

case_nearest_wins() {
    make_repo
    printf 'fail-on = "never"\n' >"$T/repo/xxgk.toml"
    printf 'fail-on = "note"\n' >"$T/repo/reports/xxgk.toml"
    cd "$T/repo/reports/sub" || return
    xxgk config
    expect_setting 'fail-on = "note" # ../xxgk.toml:1'
}

case_stops_at_repository_root() {
    make_repo
    # Above the repository's root: not this project's settings.
    printf 'fail-on = "never"\n' >"$T/xxgk.toml"
    cd "$T/repo/reports" || return
    xxgk check .
    expect_code 1
    xxgk config
    expect_setting 'fail-on = "error" # 默认'
}

case_both_names() {
    make_repo
    touch "$T/repo/xxgk.toml" "$T/repo/.xxgk.toml"
    cd "$T/repo/reports" || return
    xxgk check .
    expect_code 3
    expect_err 'xxgk: error: xxgk.toml 和 .xxgk.toml 同在 ..，只能留一个'
    cd "$T/repo" || return
    xxgk check reports --lang en
    expect_code 3
    expect_err 'xxgk: error: both xxgk.toml and .xxgk.toml in the current folder; keep one'
}

# The acceptance test of issue 19: select, fail-on and baseline from xxgk.toml give what the
# long command line gives, from the root and from a subfolder (paths relative to the file).
case_same_as_command_line() {
    make_repo
    cd "$T/repo" || return
    "$BIN" check reports --select applicant-total --write-baseline baseline.json >/dev/null 2>&1
    rm reports/broken-applicant-total.txt
    cp "$SRC/samples/broken-applicant-total.txt" reports/new-applicant-total.txt
    printf 'select = ["applicant-total", "review-total", "row-unknown"]\nfail-on = "warning"\nbaseline = "baseline.json"\n' >xxgk.toml
    xxgk check reports --isolated --select applicant-total,review-total,row-unknown --fail-on warning --baseline baseline.json
    local long_code=$code
    cp "$T/out" "$T/long"
    [ "$long_code" = 1 ] || fail "the long command line exits $long_code, expected 1"
    grep -q 'new-applicant-total.txt.*applicant-total' "$T/long" || fail "the new file's findings are missing"
    xxgk check reports
    expect_code "$long_code"
    cmp -s "$T/long" "$T/out" || { fail "output differs from the long command line"; diff "$T/long" "$T/out"; }
    cd reports/sub || return
    xxgk check .. --isolated --select applicant-total,review-total,row-unknown --fail-on warning --baseline ../../baseline.json
    cp "$T/out" "$T/long"
    xxgk check ..
    expect_code "$long_code"
    cmp -s "$T/long" "$T/out" || { fail "output differs from the subfolder"; diff "$T/long" "$T/out"; }
}

case_command_line_wins() {
    make_repo
    printf 'fail-on = "never"\nselect = ["review-total"]\n' >"$T/repo/xxgk.toml"
    cd "$T/repo" || return
    xxgk check reports
    expect_code 0
    xxgk check reports --fail-on error
    expect_code 1
    xxgk config --fail-on error --lang en
    expect_setting 'fail-on = "error" # command line'
    expect_setting 'select = ["review-total"] # xxgk.toml:2'
}

case_isolated() {
    make_repo
    printf 'no-such-key = 1\n' >"$T/repo/xxgk.toml"
    cd "$T/repo" || return
    xxgk check reports --isolated
    expect_code 1
    xxgk check reports
    expect_code 3
    xxgk check reports --isolated --config xxgk.toml
    expect_code 3
}

case_config_option() {
    make_repo
    mkdir -p "$T/elsewhere"
    printf 'fail-on = "never"\n' >"$T/elsewhere/strict.toml"
    printf 'no-such-key = 1\n' >"$T/repo/xxgk.toml"  # not read: --config names the file
    cd "$T/repo" || return
    xxgk check reports --config ../elsewhere/strict.toml
    expect_code 0
}

case_fifo_refused() {
    make_repo
    mkfifo "$T/repo/xxgk.toml"
    cd "$T/repo" || return
    xxgk check reports
    expect_code 2
    expect_err 'xxgk.toml: error: 无法读取配置文件：不是普通文件：命名管道（FIFO）'
    xxgk check reports --config /dev/zero --lang en
    expect_code 2
    expect_err '/dev/zero: error: cannot read the config file: not a regular file: a device'
    mkdir "$T/repo/folder.toml"
    xxgk check reports --config folder.toml --lang en
    expect_err 'folder.toml: error: cannot read the config file: is a directory, not a file'
}

case_too_large() {
    make_repo
    truncate -s 17M "$T/repo/xxgk.toml"  # sparse: nothing is written
    cd "$T/repo" || return
    xxgk check reports --lang en
    expect_code 2
    expect_err 'xxgk.toml: error: cannot read the config file: file is larger than 16777216 bytes'
}

case_checked_even_when_overridden() {
    make_repo
    printf 'fail-on = "sometimes"\n' >"$T/repo/xxgk.toml"
    cd "$T/repo" || return
    xxgk check reports --fail-on never
    expect_code 3
}

case_every_key_is_an_option() {
    # Each key `xxgk config` lists is accepted back from a file, with the value it shows.
    make_repo
    cd "$T/repo" || return
    "$BIN" config --isolated | grep -v '^#' | sed 's/  *#.*//' >xxgk.toml
    [ "$(grep -c . xxgk.toml)" -ge 15 ] || fail "xxgk config lists only $(grep -c . xxgk.toml) keys"
    for option in $("$BIN" check --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        case $option in --help | --config | --isolated) continue ;; esac
        grep -q "^${option#--} = " xxgk.toml || fail "option $option is no key of xxgk config"
    done
    xxgk config
    expect_code 0
    grep -q '# 默认' "$T/out" && fail "a key read from the file still says default"
}

# expect = "..." in xxgk.toml (issue 18): a file relative to the config file, from any folder.
case_expect_relative() {
    make_repo
    printf 'issuer,year\n柳岸县财政局,*\n' >"$T/repo/expect.csv"
    printf 'expect = "expect.csv"\nfail-on = "warning"\n' >"$T/repo/xxgk.toml"
    cd "$T/repo/reports/sub" || return
    xxgk check ../broken-review-total.txt --lang en
    expect_code 1
    grep -q '^\.\./\.\./expect\.csv:2: warning: missing: the [0-9]* report of 柳岸县财政局 is on the list' "$T/out" ||
        { fail "no report-missing on the list's line"; sed 's/^/  | /' "$T/out"; }
}

"case_$CASE"
if [ $failures -ne 0 ]; then
    exit 1
fi
