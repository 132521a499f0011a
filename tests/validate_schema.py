#!/usr/bin/env python3
"""Validates real xxgk output over samples/ against a JSON schema in schemas/.

Usage: validate_schema.py XXGK_BINARY REPO_ROOT [report|findings]

report    `xxgk extract SAMPLE --format json` for every sample, against report.schema.json
findings  `xxgk check ... --format json` for every sample, the whole folder, both languages,
          both blank policies, an unreadable file and a baseline with stale entries, against
          findings.schema.json
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

SAMPLE_SUFFIXES = {".txt", ".html", ".htm", ".docx", ".md", ".pdf"}


def samples_under(root: pathlib.Path) -> list:
    return sorted(p for p in (root / "samples").rglob("*")
                  if p.suffix.lower() in SAMPLE_SUFFIXES
                  and p.name not in {"README.md", "GAPS.md", "EXPECTED.md"})


# Samples whose cells cannot be recovered on purpose (samples/flat/README.md): extract
# refuses them with exit 2 and prints nothing to validate.
UNRECOVERABLE = {"samples/flat/ambiguous-row-2019.txt", "samples/flat/broken-applicant-total.txt",
                 "samples/broken-read-error.txt", "samples/broken-not-a-report/报送通知.txt",
                 # and PDFs that cannot be read on purpose (samples/pdf/README.md)
                 "samples/pdf/encrypted-2021.pdf", "samples/pdf/scanned-2021.pdf"}


def pdf_built_in(binary: str) -> bool:
    version = subprocess.run([binary, "--version", "--lang", "en"], capture_output=True, text=True, check=True)
    return "PDF yes" in version.stdout


def report_runs(binary: str, root: pathlib.Path, samples: list) -> list:
    # A build without PDF support extracts no PDF (it says so, exit 2): those samples are not run,
    # and the count of them is printed.
    skip = set() if pdf_built_in(binary) else {s for s in samples if s.suffix.lower() == ".pdf"}
    if skip:
        print(f"{len(skip)} PDF samples not extracted: this xxgk was built without PDF support")
    return [(str(sample.relative_to(root)), [binary, "extract", str(sample), "--format", "json"], {0}, None)
            for sample in samples if str(sample.relative_to(root)) not in UNRECOVERABLE and sample not in skip]


def findings_runs(binary: str, root: pathlib.Path, samples: list, tmp: str) -> list:
    check = [binary, "check", "--format", "json"]
    # Exit 2 is an output too: a sample a reader cannot read yet is a file with status "error".
    runs = [(str(sample.relative_to(root)), check + [str(sample)], {0, 1, 2}, None)
            for sample in samples]
    runs += [
        ("samples/", check + [str(root / "samples")], {1, 2}, None),
        ("samples/ --lang en --blank unknown",
         check + [str(root / "samples"), "--lang", "en", "--blank", "unknown"], {1, 2}, None),
        ("a missing file", check + [str(root / "samples" / "clean-2019.txt"), "no such file"],
         {2}, None),
        # The --expect list's entry and the summary's coverage.
        ("samples/city/ --cross --expect",
         check + [str(root / "samples" / "city"), "--cross", "--expect", str(root / "samples" / "city" / "expect.csv")],
         {0}, lambda out: out["summary"]["expected"]["missing"] == 2 and out["files"][-1].get("expect_list") is True),
    ]
    # Notes about many cells: their cell_list, and the cells not verified counted once.
    runs += [
        ("a total column left blank",
         check + [str(root / "samples" / "layouts" / "html-blank-total-column-2019.html")], {0},
         lambda out: out["summary"]["cells_not_verified"] == 19
         and [len(f["cell_list"]) for f in out["files"][0]["findings"] if f.get("not_verified")] == [19]),
        ("blanks read as unknown",
         check + [str(root / "samples" / "broken-blank-in-identity.txt"), "--blank", "unknown"], {0},
         lambda out: out["summary"]["cells_not_verified"] == 4
         and out["files"][0]["findings"][0]["cell_list"][0]["cell"] == "applications.denied.state_secret.total"),
    ]
    # A baseline that hides the sample's findings (the failure and the note that explains it) and
    # has one entry that no longer occurs.
    broken = root / "samples" / "broken-review-total.txt"
    baseline = pathlib.Path(tmp) / "baseline.json"
    subprocess.run(check + [str(broken), "--write-baseline", str(baseline)],
                   capture_output=True, check=False)
    doc = json.loads(baseline.read_text(encoding="utf-8"))
    doc["entries"].append({"fingerprint": "0000000000000000", "rule": "review-total",
                           "path": os.path.relpath(broken, tmp), "message": "gone"})
    baseline.write_text(json.dumps(doc), encoding="utf-8")
    runs.append(("a baseline", check + [str(broken), "--baseline", str(baseline)], {0},
                 lambda out: out.get("baseline", {}).get("suppressed") == 2
                 and len(out["baseline"]["stale"]) == 1))
    return runs


def main() -> int:
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
    kind = sys.argv[3] if len(sys.argv) > 3 else "report"
    schema = json.loads((root / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    samples = samples_under(root)
    if not samples:
        print("no samples found")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        runs = (report_runs(binary, root, samples) if kind == "report"
                else findings_runs(binary, root, samples, tmp))
        failures = 0
        for name, command, codes, expect in runs:
            run = subprocess.run(command, capture_output=True, check=False)
            if run.returncode not in codes:
                print(f"{name}: exited {run.returncode}, expected {sorted(codes)}: "
                      f"{run.stderr.decode(errors='replace')}")
                failures += 1
                continue
            output = json.loads(run.stdout)
            errors = list(validator.iter_errors(output))
            for error in errors:
                print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
            if expect and not expect(output):
                print(f"{name}: the output is valid but not what this run should give")
                errors.append(None)
            failures += bool(errors)
    print(f"{len(runs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
