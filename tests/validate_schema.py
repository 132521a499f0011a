#!/usr/bin/env python3
"""Validates real `xxgk extract` output for every sample against schemas/report.schema.json.

Usage: validate_schema.py XXGK_BINARY REPO_ROOT
"""
import json
import pathlib
import subprocess
import sys

import jsonschema


def main() -> int:
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
    schema = json.loads((root / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    samples = sorted(p for p in (root / "samples").rglob("*")
                     if p.suffix.lower() in {".txt", ".html", ".htm", ".docx", ".md"}
                     and p.name not in {"README.md", "EXPECTED.md"})
    if not samples:
        print("no samples found")
        return 1
    failures = 0
    for sample in samples:
        run = subprocess.run([binary, "extract", str(sample), "--format", "json"],
                             capture_output=True, check=False)
        if run.returncode != 0:
            print(f"{sample.name}: extract exited {run.returncode}: {run.stderr.decode()}")
            failures += 1
            continue
        errors = list(validator.iter_errors(json.loads(run.stdout)))
        for error in errors:
            print(f"{sample.name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        failures += bool(errors)
    print(f"{len(samples) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
