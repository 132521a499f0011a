#!/usr/bin/env bash
# One shipping case (issue 19): run.sh BINARY SOURCE_DIR CASE BUILD_DIR
#
# --version, the man page and the completions the build generated from the CLI, the .deb
# (cpack on the build tree, unpacked into a scratch root; installed and removed for real in CI),
# the pre-commit hook. Each case works in a fresh temporary folder and asserts exact exit codes
# and lines. The cases are the functions named case_*; tests/CMakeLists.txt registers each as
# ship.<case>.
set -u

if [ $# -ne 4 ]; then
    echo "usage: $0 BINARY SOURCE_DIR CASE BUILD_DIR" >&2
    exit 2
fi
BIN=$1
SRC=$2
CASE=$3
BUILD=$4

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY XXGK_FORMAT XXGK_RULE_DOCS_URL
export NO_COLOR=1 LC_ALL=C.UTF-8

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
expect_line() { grep -qxF -- "$1" "$2" || { fail "$2 lacks the line: $1"; sed 's/^/  | /' "$2" | head -20; }; }
expect_match() { grep -qxE -- "$1" "$2" || { fail "$2 has no line matching: $1"; sed 's/^/  | /' "$2" | head -20; }; }

# The subcommands `xxgk --help` lists, and the long options of one (or of xxgk itself).
subcommands() { "$BIN" --lang en --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'; }
long_options() { "$BIN" "$@" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u; }

case_version() {
    "$BIN" --version >zh 2>&1 || fail "xxgk --version exits $?"
    "$BIN" --lang en --version >en 2>&1 || fail "xxgk --lang en --version exits $?"
    version=$(sed -n 's/^project(xxgk VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
    expect_line "xxgk $version" zh
    expect_line "xxgk $version" en
    # The commit is the source's, when it is a git checkout.
    if commit=$(git -C "$SRC" rev-parse --short=12 HEAD 2>/dev/null); then
        grep -qE "^提交：$commit(-dirty)?$" zh || echo "(is the binary built from an older commit? cmake --build first)"
        expect_match "提交：$commit(-dirty)?" zh
        expect_match "commit: $commit(-dirty)?" en
    else
        expect_match "提交：.+" zh
    fi
    expect_match '可选部分：PDF (有|无)，xlsx (有|无)' zh
    expect_match 'optional parts: PDF (yes|no), xlsx (yes|no)' en
    [ "$(wc -l <zh)" = 3 ] || fail "xxgk --version prints $(wc -l <zh) lines, expected 3"
}

# The PDF reader is a module xxgk opens on the first PDF (src/readers/pdf/module.hpp): the binary
# itself needs no poppler; a copy of it without the module checks every other format and says,
# for each PDF, what is missing and where it looked; with the module in the install layout's
# place, it reads PDF.
case_pdf_module() {
    readelf -d "$BIN" >dynamic || { fail "readelf -d $BIN exits $?"; return; }
    grep -q 'NEEDED.*poppler' dynamic && fail "xxgk links poppler: $(grep poppler dynamic | tr -s ' ')"
    ldd "$BIN" >libraries || { fail "ldd $BIN exits $?"; return; }
    grep -q poppler libraries && fail "xxgk loads poppler at start-up: $(grep poppler libraries | tr -s ' \t' ' ')"
    "$BIN" --lang en --version >version
    if grep -q '^optional parts: PDF no' version; then
        echo "built without PDF support: no module"
        return
    fi
    expect_match 'optional parts: PDF yes, xlsx (yes|no)' version
    mkdir -p copy/bin
    cp "$BIN" copy/bin/xxgk
    cp "$SRC/samples/pdf/office-clean-2021.pdf" "$SRC/samples/clean-2021.txt" .
    local dir libdir looked code
    dir=$(cd copy && pwd -P)
    libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$BUILD/CMakeCache.txt")
    looked="$dir/bin/xxgk-pdf.so, $dir/${libdir:-lib}/xxgk/xxgk-pdf.so"
    copy/bin/xxgk --lang en --version >version
    expect_match "optional parts: PDF yes \(module missing: .*\), xlsx (yes|no)" version
    grep -qF "PDF yes (module missing: $looked)" version || fail "--version does not say where it looked: $looked"
    copy/bin/xxgk check --lang en office-clean-2021.pdf clean-2021.txt >out 2>&1
    code=$?
    [ $code = 2 ] || fail "a PDF without the module: exit code $code, expected 2"
    expect_line "office-clean-2021.pdf: error: PDF support is installed incompletely: xxgk-pdf.so was not found (looked for $looked) [read-error]" out
    expect_line "2 files checked: 1 clean, 0 with findings, 1 unreadable; 0 errors, 0 warnings, 0 notes." out
    copy/bin/xxgk check clean-2021.txt >out 2>&1 || fail "a text report without the PDF module: exit code $?"
    # Another file under the module's name: said, with the loader's reason.
    head -c 512 "$SRC/README.md" >copy/bin/xxgk-pdf.so
    copy/bin/xxgk check --lang en office-clean-2021.pdf >out 2>&1
    code=$?
    [ $code = 2 ] || fail "a PDF with a broken module: exit code $code, expected 2"
    expect_line "office-clean-2021.pdf: error: PDF support is installed incompletely: $dir/bin/xxgk-pdf.so cannot be loaded ($dir/bin/xxgk-pdf.so: invalid ELF header) [read-error]" out
    # A module of another build (another interface tag): refused before its reader runs.
    if command -v "${CC:-cc}" >/dev/null; then
        echo 'const char xxgk_pdf_interface[] = "0.0.0-other";' >other.c
        "${CC:-cc}" -shared -fPIC -o copy/bin/xxgk-pdf.so other.c || fail "cannot build a stand-in module"
        copy/bin/xxgk check --lang en office-clean-2021.pdf >out 2>&1
        code=$?
        [ $code = 2 ] || fail "a PDF with another build's module: exit code $code, expected 2"
        grep -qF "office-clean-2021.pdf: error: PDF support is installed incompletely: $dir/bin/xxgk-pdf.so belongs to another build of xxgk (interface 0.0.0-other, this xxgk " out ||
            { fail "another build's module is not refused:"; cat out; }
    fi
    # The module where the package installs it.
    rm copy/bin/xxgk-pdf.so
    mkdir -p "copy/${libdir:-lib}/xxgk"
    cp "$BUILD/xxgk-pdf.so" "copy/${libdir:-lib}/xxgk/"
    copy/bin/xxgk --lang en --version >version
    expect_match 'optional parts: PDF yes, xlsx (yes|no)' version
    copy/bin/xxgk check --lang en office-clean-2021.pdf >out 2>&1 || { fail "a PDF with the module installed: exit code $?"; cat out; }
    expect_line "1 file checked: 1 clean, 0 with findings, 0 unreadable; 0 errors, 0 warnings, 0 notes." out
}

case_manpage_lists_every_option() {
    local page=$BUILD/xxgk.1
    [ -s "$page" ] || { fail "$page was not generated"; return; }
    local commands
    commands=$(subcommands)
    [ "$(echo "$commands" | wc -w)" -ge 5 ] || fail "xxgk --help lists only: $commands"
    for command in $commands; do
        grep -qF ".SS \"xxgk $command" "$page" || fail "no section for xxgk $command"
        # The options of this subcommand, in its own section of the page.
        sed -n "/^\\.SS \"xxgk $command[ \"]/,/^\\.S[SH] /p" "$page" >section
        for option in $(long_options "$command"); do
            grep -qF -- "\\fB$(echo "$option" | sed 's/-/\\-/g')\\fR" section || fail "xxgk $command $option is not in its section of xxgk.1"
        done
    done
    for option in $(long_options); do
        grep -qF -- "\\fB$(echo "$option" | sed 's/-/\\-/g')\\fR" "$page" || fail "xxgk $option is not in xxgk.1"
    done
    grep -q '^.SS "xxgk generate' "$page" && fail "the hidden generate subcommand is in the man page"
    # Rendered as man renders it, without a warning.
    if command -v groff >/dev/null; then
        groff -man -ww -K utf8 -T utf8 -P -cbou "$page" >rendered 2>warnings
        [ -s warnings ] && { fail "groff warns:"; cat warnings; }
        grep -q 'xxgk check \[OPTIONS\] PATH' rendered || fail "the rendered page lacks the check synopsis"
    fi
}

# Completes the words given as bash would, with the generated script; prints COMPREPLY.
bash_complete() {
    bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _xxgk
        printf "%s\n" "${COMPREPLY[@]}"' complete "$BUILD/completions/xxgk.bash" "$@"
}

case_bash_completion() {
    [ -s "$BUILD/completions/xxgk.bash" ] || { fail "no bash completion generated"; return; }
    bash_complete xxgk "" >out
    for command in $(subcommands); do expect_line "$command" out; done
    grep -qx generate out && fail "the hidden generate subcommand is completed"
    bash_complete xxgk check --fa >out
    expect_line --fail-on out
    bash_complete xxgk check --format "" >out
    "$BIN" check --help | grep -oE -- '--format TEXT:\{[a-z,]+\}' | grep -oE '[a-z]+' | grep -vx -e format -e text >formats
    echo text >>formats
    sort -o formats formats
    sort out | cmp -s - formats || { fail "formats completed: $(tr '\n' ' ' <out), expected $(tr '\n' ' ' <formats)"; }
    bash_complete xxgk check --format = js >out
    expect_line json out
    bash_complete xxgk check --select review-total,lit >out
    expect_line review-total,litigation-direct-total out
    expect_line review-total,litigation-after-review-total out
    bash_complete xxgk explain appl >out
    expect_line application-balance out
    expect_line applicant-total out
    # Every rule of the registry, as `xxgk rules` lists them.
    bash_complete xxgk explain "" >out
    "$BIN" rules | awk '{ print $2 }' | sort >rules
    sort out | cmp -s - rules || fail "explain completes $(wc -l <out) names, xxgk rules lists $(wc -l <rules)"
    bash_complete xxgk --lang "" >out
    expect_line en out
    mkdir reports && touch reports/a.txt
    bash_complete xxgk check --baseline rep >out
    expect_line reports out
}

case_zsh_completion() {
    local script=$BUILD/completions/_xxgk
    grep -qx '#compdef xxgk' "$script" || fail "_xxgk does not start with #compdef xxgk"
    grep -q "'--fail-on\[" "$script" || fail "_xxgk lacks --fail-on"
    grep -q 'applicant-total' "$script" || fail "_xxgk lacks the rule names"
    if command -v zsh >/dev/null; then
        zsh -n "$script" 2>err || { fail "zsh -n:"; cat err; }
    else
        echo "zsh is not installed: syntax not checked (scripts/install-deps installs it)"
    fi
}

case_fish_completion() {
    local script=$BUILD/completions/xxgk.fish
    [ -s "$script" ] || { fail "no fish completion generated"; return; }
    command -v fish >/dev/null || { echo "fish is not installed: not run (scripts/install-deps installs it)"; return; }
    fish_complete() { HOME=$T fish --no-config -c "source '$script'; complete -C '$1'" | cut -f1; }
    fish_complete 'xxgk ' >out
    expect_line check out
    expect_line config out
    fish_complete 'xxgk check --format ' >out
    expect_line sarif out
    fish_complete 'xxgk check --select review-total,lit' >out
    expect_line review-total,litigation-direct-total out
    fish_complete 'xxgk explain appl' >out
    expect_line application-balance out
}

# The .deb from this build tree (as scripts/package makes it from its own): its control fields,
# its files unpacked into a scratch root and run from there; in CI, installed, used and removed
# for real, leaving nothing behind.
case_package_deb() {
    command -v dpkg-shlibdeps >/dev/null || { fail "dpkg-dev is not installed (scripts/install-deps)"; return; }
    cpack --config "$BUILD/CPackConfig.cmake" -B "$T/pkg" >cpack.log 2>&1 || { fail "cpack:"; cat cpack.log; return; }
    local debs=("$T"/pkg/xxgk_*.deb)
    [ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { fail "no single xxgk_*.deb: ${debs[*]}"; return; }
    local deb=${debs[0]}
    dpkg-deb -f "$deb" Package Version Maintainer Depends Description >control
    expect_line "Package: xxgk" control
    expect_match "Version: $(sed -n 's/^project(xxgk VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")" control
    expect_match "Maintainer: .+ <.+>" control
    expect_match "Depends: .*libtomlplusplus3.*" control
    expect_match "Depends: .*libxml2.*" control
    # The PDF module's libraries, which the binary itself does not link.
    if "$BIN" --lang en --version | grep -q '^optional parts: PDF yes'; then
        expect_match "Depends: .*libpoppler-cpp0v5.*" control
        expect_match "Depends: .*libpoppler126.*" control
    fi
    grep -q '检查政府信息公开工作年度报告' control || fail "the description has no Chinese"
    dpkg-deb -x "$deb" root
    for f in usr/bin/xxgk usr/share/man/man1/xxgk.1 usr/share/bash-completion/completions/xxgk \
             usr/share/zsh/vendor-completions/_xxgk usr/share/fish/vendor_completions.d/xxgk.fish \
             usr/share/xxgk/schemas/findings.schema.json usr/share/xxgk/schemas/report.schema.json \
             usr/share/doc/xxgk/rules/application-balance.md usr/share/doc/xxgk/examples/clean-2021.txt; do
        [ -s "root/$f" ] || fail "the package lacks /$f"
    done
    if "$BIN" --lang en --version | grep -q '^optional parts: PDF yes'; then
        local module
        module=usr/$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$BUILD/CMakeCache.txt")/xxgk/xxgk-pdf.so
        [ -s "root/$module" ] || fail "the package lacks /$module"
    fi
    run_installed "$T/root/usr/bin/xxgk" "$T/root/usr/share/doc/xxgk/examples"
    if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
        install_for_real "$deb"
    fi
}

# xxgk --version and xxgk check on the installed samples: a clean one, a broken one, and a PDF
# (read by the installed module) when built with PDF support.
run_installed() {
    local xxgk=$1 examples=$2
    "$xxgk" --lang en --version >version || fail "installed xxgk --version exits $?"
    expect_match "xxgk [0-9.]+" version
    if grep -q '^optional parts: PDF yes' version; then
        expect_match 'optional parts: PDF yes, xlsx (yes|no)' version
        "$xxgk" check "$examples/office-clean-2021.pdf" >pdf 2>&1
        [ $? = 0 ] || { fail "installed xxgk check on the PDF sample:"; cat pdf; }
    fi
    "$xxgk" check "$examples/clean-2021.txt" >clean 2>&1
    [ $? = 0 ] || { fail "installed xxgk check on the clean sample:"; cat clean; }
    "$xxgk" check "$examples/broken-application-balance.txt" --format gcc >broken 2>&1
    [ $? = 1 ] || { fail "installed xxgk check on the broken sample:"; cat broken; }
    grep -q '\[application-balance\]$' broken || fail "the broken sample's finding is missing"
}

install_for_real() {
    local deb=$1
    if dpkg-query -W xxgk >/dev/null 2>&1; then
        echo "xxgk is installed on this machine already: not installed again"
        return
    fi
    DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >dpkg.log 2>&1 || { fail "dpkg -i:"; cat dpkg.log; return; }
    dpkg-query -L xxgk | while read -r f; do [ -f "$f" ] && echo "$f"; done >installed
    run_installed /usr/bin/xxgk /usr/share/doc/xxgk/examples
    if command -v man >/dev/null; then
        [ "$(man -w xxgk 2>/dev/null)" = /usr/share/man/man1/xxgk.1 ] || fail "man -w xxgk: $(man -w xxgk 2>&1)"
    fi
    dpkg -r xxgk >>dpkg.log 2>&1 || { fail "dpkg -r:"; cat dpkg.log; }
    while read -r f; do [ -e "$f" ] && fail "left behind after dpkg -r: $f"; done <installed
    [ -e /usr/share/xxgk ] && fail "left behind after dpkg -r: /usr/share/xxgk"
    [ -e /usr/share/doc/xxgk ] && fail "left behind after dpkg -r: /usr/share/doc/xxgk"
    dpkg -P xxgk >/dev/null 2>&1
    echo "installed with dpkg -i, used, removed with dpkg -r: $(wc -l <installed) files, none left"
}

# The hook of .pre-commit-hooks.yaml and the `repo: local` setup of docs/ci.md, run offline by
# Debian's pre-commit in a scratch repository, with this build's xxgk on the PATH.
case_pre_commit_hook() {
    command -v pre-commit >/dev/null || { fail "pre-commit is not installed (scripts/install-deps installs it)"; return; }
    export PRE_COMMIT_HOME=$T/cache HOME=$T PATH="$(dirname "$BIN"):$PATH"
    export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid
    export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
    # The hooks repository: this checkout's hook file, committed.
    mkdir hooks && cp "$SRC/.pre-commit-hooks.yaml" hooks/
    git -C hooks init -q && git -C hooks add . && git -C hooks commit -qm hooks
    local rev
    rev=$(git -C hooks rev-parse HEAD)
    mkdir project && cd project && git init -q
    mkdir reports
    cp "$SRC/samples/clean-2021.txt" "$SRC/samples/broken-application-balance.txt" reports/
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: xxgk\n' "$T/hooks" "$rev" >.pre-commit-config.yaml
    git add . >/dev/null
    pre_commit_runs "the hook file"
    # docs/ci.md's repo: local setup.
    sed -n '/^```yaml$/,/^```$/p' "$SRC/docs/ci.md" | awk '/^repos:/,/^```$/' | grep -v '^```' >.pre-commit-config.yaml
    grep -q 'repo: local' .pre-commit-config.yaml || { fail "docs/ci.md has no repo: local setup"; return; }
    git add . >/dev/null
    pre_commit_runs "docs/ci.md's repo: local"
}

# action.yml: a composite action whose steps are valid bash, naming only inputs it declares.
case_action_yml() {
    python3 - "$SRC/action.yml" <<'PY' || fail "action.yml is not a valid composite action"
import re, subprocess, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
assert action["runs"]["using"] == "composite", "not a composite action"
inputs = set(action["inputs"])
for step in action["runs"]["steps"]:
    text = yaml.safe_dump(step)
    for name in re.findall(r"inputs\.([a-z_-]+)", text):
        assert name in inputs, f"step {step.get('name')} uses undeclared input {name}"
    if "run" in step:
        assert step.get("shell") == "bash", f"step {step.get('name')} has no shell: bash"
        script = re.sub(r"\$\{\{[^}]*\}\}", "x", step["run"])
        subprocess.run(["bash", "-n"], input=script.encode(), check=True)
    else:
        assert "uses" in step, f"step {step.get('name')} neither runs nor uses"
PY
    if command -v pre-commit >/dev/null; then
        (cd "$SRC" && pre-commit validate-manifest .pre-commit-hooks.yaml) >manifest.log 2>&1 ||
            { fail ".pre-commit-hooks.yaml is not a valid hook manifest:"; cat manifest.log; }
    fi
}

pre_commit_runs() {
    timeout 60 pre-commit run --files reports/clean-2021.txt >"$T/clean.log" 2>&1
    [ $? = 0 ] || { fail "$1: pre-commit on the clean report:"; cat "$T/clean.log"; }
    timeout 60 pre-commit run --files reports/clean-2021.txt reports/broken-application-balance.txt >"$T/broken.log" 2>&1
    [ $? = 1 ] || { fail "$1: pre-commit on the broken report did not fail:"; cat "$T/broken.log"; }
    grep -q 'reports/broken-application-balance.txt:[0-9]*:[0-9]*: error: .*\[application-balance\]' "$T/broken.log" ||
        { fail "$1: the finding is not in pre-commit's output:"; cat "$T/broken.log"; }
}

"case_$CASE"
if [ $failures -ne 0 ]; then
    exit 1
fi
