#!/usr/bin/env python3
"""Writes the bad examples of the causes behind a cluster of failures from samples/clean-2021.txt:
each changes the cells of table 三 or 四 the way its cause does. Run from anywhere; rewrites the files.
Cell lines come from `xxgk extract` (build/xxgk)."""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLEAN = os.path.join(ROOT, "samples", "clean-2021.txt")
COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org", "total"]
RESULTS = ["granted", "partially_granted"]  # completed below from the extract

model = json.loads(subprocess.run([os.path.join(ROOT, "build", "xxgk"), "extract", CLEAN],
                                  check=True, capture_output=True, text=True).stdout)
rows = model["applications"]["rows"]
RESULTS = [r for r in rows if r not in ("new_received", "carried_over", "results_total", "carried_forward")]
clean = open(CLEAN, encoding="utf-8").read().split("\n")


def write(name, changes):
    """changes: {line: text}"""
    lines = list(clean)
    for line, text in changes.items():
        lines[line - 1] = "\t" + text
    with open(os.path.join(ROOT, "samples", name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def cell(row, col):
    return rows[row][COLS.index(col)]


# A 总计 column left blank in the result rows, only （七）总计 filled.
write("broken-blank-total-column.txt", {cell(r, "total")["line"]: "" for r in RESULTS})

# Row （一）予以公开 typed one column to the right from 商业企业 on (商业企业 left empty as 0).
g = [c["value"] for c in rows["granted"]]
shifted = g[:1] + [0] + g[1:6]
write("broken-value-in-neighbouring-column.txt",
      {c["line"]: str(int(v)) for c, v in zip(rows["granted"], shifted)})

# （七）总计 a copy of 一、本年新收.
write("broken-received-copied-into-total.txt",
      {c["line"]: str(int(n["value"])) for c, n in zip(rows["results_total"], rows["new_received"])})

# 其他 holding the subtotal of the five kinds of organisation in two rows.
changes = {}
for r in ("new_received", "granted"):
    changes[cell(r, "other_org")["line"]] = str(int(sum(c["value"] for c in rows[r][1:6])))
write("broken-legal-person-subtotal-in-other.txt", changes)

# Table 四's 行政复议 with 12 upheld and a total of 14 typed 41: one failing total, five cells
# that could each fix it, one of them by swapping its digits back.
review = model["review_litigation"]["review"]
write("broken-transposed-digits.txt", {review["upheld"]["line"]: str(int(review["upheld"]["value"] + 10)),
                                       review["total"]["line"]: str(int(review["total"]["value"] + 10))[::-1]})
