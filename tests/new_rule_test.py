#!/usr/bin/env python3
"""scripts/new-rule on a scratch copy of the files it touches: the rule file, its registry line
(sorted by code, the next free code of the family), its page and its sample."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

root = sys.argv[1]
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    for rel in ("scripts/new-rule", "src/rules/registry.def", "samples/clean-2021.txt",
                "samples/batch-continuity"):
        src, dst = os.path.join(root, rel), os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, dst)
    os.makedirs(os.path.join(tmp, "docs", "rules"))
    tool = os.path.join(tmp, "scripts", "new-rule")
    before = open(os.path.join(tmp, "src/rules/registry.def"), encoding="utf-8").read()
    codes = re.findall(r"// (XG2\d\d) ", before)
    expected = f"XG2{max(int(c[3:]) for c in codes) + 1:02d}"

    run = subprocess.run([tool, "units-consistent", "cells"], capture_output=True, text=True)
    check(run.returncode == 0, f"new-rule exits {run.returncode}: {run.stderr}")
    rule = os.path.join(tmp, "src/rules/cells/units_consistent.cpp")
    text = open(rule, encoding="utf-8").read() if os.path.exists(rule) else ""
    check(f'.code = "{expected}",\n     .name = "units-consistent"' in text, "the rule file holds its code and name")
    check("extern const Rule kUnitsConsistent" in text, "the rule file defines its registry object")
    lines = open(os.path.join(tmp, "src/rules/registry.def"), encoding="utf-8").read().split("\n")
    entries = [l for l in lines if re.match(r"(REPORT|CROSS|INPUT)_RULE\(", l)]
    check(any(l.startswith("REPORT_RULE(kUnitsConsistent)") and f"// {expected} " in l for l in entries),
          "the registry has its line")
    listed = [re.search(r"// (XG\d{3}) ", l).group(1) for l in entries]
    check(listed == sorted(listed), "the registry stays sorted by code")
    page = os.path.join(tmp, "docs/rules/units-consistent.md")
    check(os.path.exists(page) and open(page, encoding="utf-8").read().startswith(
        f"# units-consistent ({expected})\n\n严重性 / Severity: warning\n"), "the page's header")
    check(os.path.isfile(os.path.join(tmp, "samples/broken-units-consistent.txt")), "the sample to break")

    again = subprocess.run([tool, "units-consistent", "cells"], capture_output=True, text=True)
    check(again.returncode != 0 and "exists already" in again.stderr, "a second run refuses")
    wrong = subprocess.run([tool, "Bad_Name", "cells"], capture_output=True, text=True)
    check(wrong.returncode != 0 and "kebab-case" in wrong.stderr, "a name that is not kebab-case")
    cross = subprocess.run([tool, "copied-prose", "cross"], capture_output=True, text=True)
    check(cross.returncode == 0 and os.path.isdir(os.path.join(tmp, "samples/broken-copied-prose")),
          "a cross rule gets a folder of reports")

    # The diagnosis and prose families share identity's XG1 codes.
    codes1 = re.findall(r"// (XG1\d\d) ", open(os.path.join(tmp, "src/rules/registry.def"), encoding="utf-8").read())
    next1 = f"XG1{max(int(c[3:]) for c in codes1) + 1:02d}"
    cause = subprocess.run([tool, "copied-column", "diagnosis"], capture_output=True, text=True)
    text = open(os.path.join(tmp, "src/rules/diagnosis/copied_column.cpp"), encoding="utf-8").read() \
        if cause.returncode == 0 else ""
    check(f'.code = "{next1}"' in text and "nullptr, nullptr, diagnose};" in text
          and '#include "rules/diagnosis/diagnosis.hpp"' in text, "a diagnosis rule gets diagnose() and an XG1 code")
    prose = subprocess.run([tool, "stated-share", "prose"], capture_output=True, text=True)
    text = open(os.path.join(tmp, "src/rules/prose/stated_share.cpp"), encoding="utf-8").read() \
        if prose.returncode == 0 else ""
    check('#include "rules/prose/statements.hpp"' in text and "\n    check};" in text, "a prose rule gets check()")

for f in failures:
    print("FAILED:", f)
print(f"new-rule: {checks - len(failures)} of {checks} checks passed")
sys.exit(1 if failures else 0)
