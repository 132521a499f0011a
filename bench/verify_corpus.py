#!/usr/bin/env python3
"""Check a corpus written by make_corpus.py without xxgk, by reading its files back.

    bench/verify_corpus.py bench/corpus/n10000-s1

Reads the tables of every file (text: TAB-led cells in blank-line-separated blocks; HTML: <td>
text with html.parser; DOCX: <w:tc> text of word/document.xml), then checks against MANIFEST.csv
that every identity of tables 三 and 四 holds in each file without an injected error and that
at least one fails in each file with one, and that this year's 二、上年结转 equals last year's
四、结转下年度继续办理 for consecutive years of one issuer where neither file has an injected
error. Prints a summary; exit 1 if anything disagrees. Python 3 standard library only.
"""

import collections
import csv
import html.parser
import os
import re
import sys
import zipfile
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLANKS = " \t\r\n\u3000\u00a0"


def text_rows(raw, encoding):
    rows = []
    for block in raw.decode(encoding).split("\n\n"):
        lines = block.strip("\n").split("\n")
        if not lines or not lines[0].startswith("\t"):
            continue
        cells = []
        for line in lines:
            if line.startswith("\t"):
                cells.append(line[1:])
            elif cells:
                cells[-1] += line  # a wrapped cell continues without a TAB
        rows.append(cells)
    return rows


class _Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td" and self.rows:
            self.cell = []
            self.rows[-1].append(self.cell)

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_rows(raw):
    m = re.search(rb"charset=([\w-]+)", raw[:4096])
    parser = _Cells()
    parser.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
    return [["".join(c) for c in row] for row in parser.rows]


def docx_rows(raw):
    import io
    root = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml"))
    return [["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")]
            for tr in root.iter(W + "tr")]


def as_int(cell):
    cell = cell.strip(BLANKS)
    return int(cell) if re.fullmatch(r"\d+", cell) else None


def tables(rows):
    """Table 三 rows (the 7 numbers of every row with a label and 7 trailing integers, in order)
    and table 四 (the row of 15 integers)."""
    t3, t4 = [], None
    for row in rows:
        values = [as_int(c) for c in row]
        if len(row) == 15 and None not in values:
            t4 = values
        elif len(row) >= 8 and None not in values[-7:] and values[0] is None:
            t3.append(values[-7:])
    return t3, t4


def broken(t3, t4, template):
    expected = 23 if template == "2019" else 25
    if len(t3) != expected or t4 is None:
        return ["shape: %d table-三 rows, table 四 %s" % (len(t3), "found" if t4 else "missing")]
    out = []
    results, total, forward = t3[2:-2], t3[-2], t3[-1]
    for i, row in enumerate(t3):
        if sum(row[:6]) != row[6]:
            out.append("applicant-total row %d" % i)
    for c in range(7):
        if sum(r[c] for r in results) != total[c]:
            out.append("results-total column %d" % c)
        if t3[0][c] + t3[1][c] != total[c] + forward[c]:
            out.append("application-balance column %d" % c)
    for g in range(3):
        if sum(t4[g * 5:g * 5 + 4]) != t4[g * 5 + 4]:
            out.append("table-四 group %d" % g)
    return out


def main(corpus):
    manifest = list(csv.DictReader(open(os.path.join(corpus, "MANIFEST.csv"), encoding="utf-8")))
    problems, counts, carry = [], collections.Counter(), {}
    for m in manifest:
        raw = open(os.path.join(corpus, m["file"]), "rb").read()
        rows = (text_rows(raw, m["encoding"]) if m["format"] == "text" else
                html_rows(raw) if m["format"] == "html" else docx_rows(raw))
        t3, t4 = tables(rows)
        found = broken(t3, t4, m["template"])
        injected = m["injected"] == "yes"
        if found and found[0].startswith("shape"):
            problems.append("%s: %s" % (m["file"], found[0]))
        elif bool(found) != injected:
            problems.append("%s: injected=%s (%s) but %s" % (m["file"], m["injected"], m["cell"],
                                                             ", ".join(found) or "every identity holds"))
        counts[(m["format"], "injected" if injected else "clean")] += 1
        if len(t3) >= 2:
            carry[(m["issuer"], int(m["year"]))] = (t3[1], t3[-1], injected, m["file"])
    pairs = 0
    for (issuer, year), (carried_over, _, inj, path) in sorted(carry.items()):
        last = carry.get((issuer, year - 1))
        if last is None or inj or last[2]:
            continue
        pairs += 1
        if last[1] != carried_over:
            problems.append("%s: 二、上年结转 %s != %s's 四 %s" % (path, carried_over, last[3], last[1]))
    print("files: " + ", ".join("%s %s %d" % (f, k, n) for (f, k), n in sorted(counts.items())))
    print("consecutive-year pairs without an injected error checked for carry-over: %d" % pairs)
    for p in problems[:50]:
        print("PROBLEM " + p)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: verify_corpus.py CORPUS_DIR")
    sys.exit(main(sys.argv[1]))
