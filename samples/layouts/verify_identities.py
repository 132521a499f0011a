#!/usr/bin/env python3
"""Checks the identities of tables 三 and 四 of every sample of a folder, from `xxgk extract`.

For each file named in the folder's truth.json that has tables (pre-2019 reports and the
files xxgk cannot read have none):
  1. the identities hold on the values the sample was written with (truth.json): H1 per column
     一 + 二 = （七） + 四, H2 per column （七） = the result rows, H3 per row 总计 = the six
     applicant columns, H4 per table-四 group 总计 = its four results. A failure here is a
     mistake of the sample, and the exit code is 1.
  2. the same identities on the values `xxgk extract FILE --format json` read (blank = 0);
  3. every cell xxgk read against the value written, and template / year / issuer.
(2) and (3) are what xxgk gets wrong today: printed, and fatal only with --strict.

Usage: python3 samples/layouts/verify_identities.py [--xxgk build/xxgk] [--strict] [DIR]
DIR defaults to this script's folder; ../prose and ../city have truth.json files of their own.
"""
import argparse
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org", "total"]
GROUPS = ["review", "litigation_direct", "litigation_after_review"]
CELLS = ["upheld", "corrected", "other", "pending", "total"]
NOT_RESULTS = {"new_received", "carried_over", "results_total", "carried_forward"}


def identities(t3, t4):
    """Failures as strings; t3 {row: [7 numbers]}, t4 {group: {cell: number}}."""
    bad = []
    results = [k for k in t3 if k not in NOT_RESULTS]

    def check(name, lhs, rhs):  # an identity over a blank (None) is not evaluated
        if None in lhs or None in rhs:
            return
        if sum(lhs) != sum(rhs):
            bad.append(f"{name}: {sum(lhs)} != {sum(rhs)}")
    for c, col in enumerate(COLS):
        check(f"H1 {col}", [t3["new_received"][c], t3["carried_over"][c]],
              [t3["results_total"][c], t3["carried_forward"][c]])
        check(f"H2 {col}", [t3["results_total"][c]], [t3[k][c] for k in results])
    for k, v in t3.items():
        check(f"H3 {k}", [v[6]], v[:6])
    for g in GROUPS:
        check(f"H4 {g}", [t4[g]["total"]], [t4[g][c] for c in CELLS[:4]])
    return bad


def from_extract(d):
    """The extract's table 三 and 四 as numbers (blank or unreadable = 0) or None if absent."""
    rows = (d.get("applications") or {}).get("rows") or {}
    if not rows:
        return None, None
    val = lambda cell: (cell or {}).get("value")  # None: blank or unreadable
    t3 = {k: [val(c) for c in v] for k, v in rows.items()}
    rl = d.get("review_litigation") or {}
    t4 = {g: {c: val((rl.get(g) or {}).get(c)) for c in CELLS} for g in GROUPS}
    return t3, t4


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=str(HERE))
    ap.add_argument("--xxgk", default=str(HERE.parents[1] / "build" / "xxgk"))
    ap.add_argument("--strict", action="store_true", help="exit 1 when xxgk reads a value wrong")
    args = ap.parse_args()
    folder = pathlib.Path(args.dir)
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    sample_errors = xxgk_errors = 0
    for name in sorted(truth):
        t = truth[name]
        if "applications" not in t:
            continue
        t4 = t["review_litigation"]
        bad = identities(t["applications"], t4)
        if bad:
            sample_errors += 1
            print(f"SAMPLE WRONG {name}: " + "; ".join(bad))
            continue
        proc = subprocess.run([args.xxgk, "extract", str(folder / name), "--format", "json"],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not proc.stdout.strip():
            xxgk_errors += 1
            print(f"xxgk  {name}: extract exit {proc.returncode}: {proc.stderr.strip()[:200]}")
            continue
        d = json.loads(proc.stdout)
        e3, e4 = from_extract(d)
        notes = []
        if e3 is None:
            notes.append("no table 三 extracted")
        else:
            missing = [k for k in t["applications"] if k not in e3]
            if missing:
                notes.append("rows not found: " + ", ".join(missing))
            extra = [k for k in e3 if k not in t["applications"]]
            if extra:
                notes.append("rows not in the template: " + ", ".join(extra))
            if not missing:
                for f in identities({k: e3[k] for k in t["applications"]}, e4):
                    notes.append("extracted " + f)
                blanks = sum(1 for k in t["applications"] for x in e3[k] if x is None)
                blanks += sum(1 for g in GROUPS for c in CELLS if e4[g][c] is None)
                if blanks:
                    msg = f"{blanks} cells blank or unreadable (identities over them skipped)"
                    if "blank_cells" in t:  # blanks the sample prints on purpose
                        print(f"      {name}: {msg}: written so ({t['blank_cells']})")
                    else:
                        notes.append(msg)
                diff = [f"{k}.{COLS[c]} {e3[k][c]}≠{v[c]}" for k, v in t["applications"].items()
                        for c in range(7) if e3[k][c] is not None and e3[k][c] != v[c]]
                diff += [f"{g}.{c} {e4[g][c]}≠{t4[g][c]}" for g in GROUPS for c in CELLS
                         if e4[g][c] is not None and e4[g][c] != t4[g][c]]
                if diff:
                    notes.append(f"{len(diff)} cells read wrong: " + ", ".join(diff[:6]) +
                                 (" …" if len(diff) > 6 else ""))
        for key, want in (("template", t["template"]), ("year", t["year"]),
                          ("issuer", t.get("issuer_printed", t["issuer"]))):
            if d.get(key) != want:
                notes.append(f"{key} {d.get(key)!r}, written {want!r}")
        if notes:
            xxgk_errors += 1
            print(f"xxgk  {name}: " + "; ".join(notes))
        else:
            print(f"ok    {name}")
    print(f"{sample_errors} samples with a failing identity, {xxgk_errors} files that xxgk reads "
          f"differently from what was written")
    return 1 if sample_errors or (args.strict and xxgk_errors) else 0


if __name__ == "__main__":
    sys.exit(main())
