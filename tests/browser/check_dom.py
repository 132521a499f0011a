#!/usr/bin/env python3
"""Checks the DOM Chromium dumped of the samples' HTML page against the same run's JSON findings.

check_dom.py DOM.html FINDINGS.json CHROMIUM.log
  - the browser logged nothing to the console (an error of the page's script, a resource refused);
  - the page's script ran: the status filter is shown and the index's headers sort;
  - one section per file, in input order, each of a readable file with its three tables drawn
    or said absent;
  - every term of every failing identity is a marked cell of its file's section, carrying the
    finding's rule, and no cell is marked as a term that no identity names;
  - every marked cell stands under and beside the headers of its key path, as the browser laid
    them out (probe.js wrote them on the cell);
  - every link inside the page names an element of the page.
Prints what is wrong and exits 1; exits 0 with a one-line summary.
"""
import json
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TABLES = {"t2": "active_disclosure", "t3": "applications", "t4": "review_litigation"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find(self, pred):
        return [n for n in self.walk() if pred(n)]

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def up(self, tag):
        n = self.parent
        while n is not None and n.tag != tag:
            n = n.parent
        return n


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.at = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Node(tag, attrs, self.at))

    def handle_endtag(self, tag):
        n = self.at
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.at = n.parent

    def handle_data(self, data):
        self.at.children.append(data)


def main(dom_path, json_path, log_path):
    problems = []
    with open(log_path, encoding="utf-8", errors="replace") as f:
        problems += ["console: " + line.strip() for line in f if ":CONSOLE" in line]
    tree = Tree()
    with open(dom_path, encoding="utf-8") as f:
        tree.feed(f.read())
    root = tree.root
    with open(json_path, encoding="utf-8") as f:
        files = json.load(f)["files"]

    body = root.find(lambda n: n.tag == "body")
    if not body or "data-probed" not in body[0].attrs:
        problems.append("the probe did not run")
    filters = root.find(lambda n: "filters" in n.classes())
    if len(filters) != 1 or "hidden" in filters[0].attrs:
        problems.append("the page's script did not show the status filter")
    heads = root.find(lambda n: n.tag == "th" and n.up("thead") and "files" in (n.up("table").classes()))
    if not heads or any(not [c for c in h.children if isinstance(c, Node) and c.tag == "button"] for h in heads):
        problems.append("the page's script did not make the index's headers sort")

    ids = {n.attrs["id"] for n in root.walk() if "id" in n.attrs}
    for n in root.walk():
        href = n.attrs.get("href")
        if n.tag == "a" and (not href or not href.startswith("#") or href[1:] not in ids):
            problems.append(f"link to nothing: {href}")

    sections = root.find(lambda n: n.tag == "section" and "report" in n.classes())
    if len(sections) != len(files):
        problems.append(f"{len(sections)} sections for {len(files)} files")
    marked = 0
    for section, file in zip(sections, files):
        path = file["path"]
        dts = section.find(lambda n: n.tag == "dt" and n.text() in ("文件", "File"))
        shown = dts[0].parent.find(lambda n: n.tag == "dd")[0].text() if dts else None
        if shown != path:
            problems.append(f"section {section.attrs.get('id')} shows {shown!r}, expected {path!r}")
            continue
        if file["status"] in ("ok", "findings"):
            drawn = section.find(lambda n: n.tag == "table" and set(n.classes()) & TABLES.keys())
            absent = [c for c in section.children if isinstance(c, Node) and "absent" in c.classes()]
            if len(drawn) + len(absent) != 3:
                problems.append(f"{path}: {len(drawn)} tables drawn, {len(absent)} said absent")
        cells = {}
        for td in section.find(lambda n: n.tag == "td" and "data-cell" in n.attrs):
            cells.setdefault(td.attrs["data-cell"], []).append(td)
        terms = set()
        for finding in file["findings"]:
            identity = finding.get("identity")
            if not identity:
                continue
            for side in ("lhs", "rhs"):
                for term in identity[side]["terms"]:
                    terms.add(term["cell"])
                    found = cells.get(term["cell"], [])
                    if len(found) != 1:
                        problems.append(f"{path}: {len(found)} cells {term['cell']} for [{finding['rule']}]")
                    elif finding["rule"] not in found[0].attrs.get("data-rules", "").split():
                        problems.append(f"{path}: {term['cell']} does not name [{finding['rule']}]")
        for key, tds in cells.items():
            for td in tds:
                marked += 1
                if "m-term" in td.classes() and key not in terms:
                    problems.append(f"{path}: {key} marked as a term of no failing identity")
                table = TABLES.get(next((c for c in td.up("table").classes() if c in TABLES), ""), "?")
                cols = td.attrs.get("data-seen-cols", "").split()
                rows = td.attrs.get("data-seen-rows", "").split()
                seen = ".".join([table] + cols[:-1] + rows + cols[-1:])
                if seen != key:
                    problems.append(f"{path}: the cell {key} is drawn at {seen}")

    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"check_dom: {len(sections)} sections, {marked} marked cells where their findings say, no console message")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
