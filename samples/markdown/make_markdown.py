#!/usr/bin/env python3
"""Writes samples/markdown/*.md from the plain-text samples, as OCR / converter pipe output.

Deterministic; run from anywhere: python3 samples/markdown/make_markdown.py
Two shapes, both seen in the wild:
- converter (clean-*, broken-*): one pipe cell per cell of the text copy, rows as long as
  they are (an HTML-to-Markdown converter emits one cell per table cell), headings in `**…**`;
- OCR grid (ocr-*): every table a rectangle, merged cells padded with empty cells, headings
  as `##`.
Both: a delimiter row under the first row, `<br>` for wrapped labels, `&nbsp;` for the
U+00A0 the text copies carry, the title as `#`.
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent
HEADING = re.compile(r"^[一二三四五六]、")


def parse(path):
    """The plain-text layout (samples/README.md) as [("p", text) | ("t", [[cell, ...], ...])]."""
    blocks, row, cell_open = [], None, False
    for line in (SAMPLES / path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("\t"):
            if not blocks or blocks[-1][0] != "t":
                blocks.append(("t", []))
            if row is None:
                row = []
                blocks[-1][1].append(row)
            row.append(line[1:])
            cell_open = True
        elif not line.strip():
            row, cell_open = None, False
        elif cell_open and not HEADING.match(line):
            row[-1] += "\n" + line
        else:
            row, cell_open = None, False
            blocks.append(("p", line))
    return blocks


def cell_md(text):
    """Stray spaces dropped as OCR drops them; U+00A0 kept as the entity converters write."""
    text = text.strip(" \u3000")
    nbsp = text.startswith("\u00a0") or text.endswith("\u00a0")
    text = text.strip("\u00a0").replace("|", "\\|").replace("\n", "<br>")
    return text + "&nbsp;" if nbsp else text


def table_md(rows, width=None, ragged=False):
    width = width or max(len(r) for r in rows)
    pad = (lambda r: r) if ragged else (lambda r: r + [""] * (width - len(r)))
    lines = ["| " + " | ".join(cell_md(c) for c in pad(r)) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * (len(rows[0]) if ragged else width))
    return "\n".join(lines)


def grid3(rows):
    """Table 三 as the printed grid: 3 label columns, 7 value columns."""
    out = []
    for r in rows:
        labels, values = (r[:-7], r[-7:]) if len(r) >= 8 else (r, [])
        if not values:  # the three header rows
            if any("勾稽关系" in c for c in r):
                out.append([r[0], "", ""] + [r[1]] + [""] * 6)
            elif any("自然人" in c for c in r):
                out.append(["", "", "", r[1], r[2], "", "", "", "", r[3]])
            else:
                out.append(["", "", "", ""] + r[2:7] + [""])
            continue
        labels = [c for c in labels if c.strip()] if labels[0].strip() else labels
        out.append((labels + [""] * 3)[:3] + values)
    return out


def grid4(rows):
    """Table 四 as the printed grid: 行政复议 5 columns, 行政诉讼 10."""
    first, second, third, numbers = rows
    return [[first[0]] + [""] * 4 + [first[1]] + [""] * 9,
            second[:5] + [second[5]] + [""] * 4 + [second[6]] + [""] * 4,
            [""] * 5 + third[5:], numbers]


def which(rows):
    text = "".join("".join(r) for r in rows)
    return "三" if "勾稽关系" in text else "四" if "复议后起诉" in text else "二"


def render(blocks, tables=None):
    """Markdown text; `tables` maps a table (二/三/四) to a function returning its markdown.
    Without `tables`, the converter shape; with it, the OCR grid."""
    out, title_done = [], False
    for kind, body in blocks:
        if kind == "p":
            if not title_done:
                out.append("# " + body)
            elif HEADING.match(body):
                out.append("## " + body if tables is not None else "**" + body + "**")
            else:
                out.append(body)
            title_done = True
            continue
        name = which(body)
        if tables is None:
            out.append(table_md(body, ragged=True))
        elif name in tables:
            out.append(tables[name](body))
        elif name == "三":
            out.append(table_md(grid3(body)))
        elif name == "四":
            out.append(table_md(grid4(body)))
        else:
            out.append(table_md(body, 4))
    return "\n\n".join(out) + "\n"


# --- oddities -----------------------------------------------------------------------------

def split_groups(rows):
    """Table 三 with each result group its own small table; group brackets alternate width."""
    grid, parts, current = grid3(rows), [], []
    for r in grid:
        label = r[1] or r[0]
        if re.match(r"[（(][一二三四五六七][）)]", label) or label.startswith("四、"):
            parts.append(current)
            current = []
            if "（一）" in r[1] or "（三）" in r[1] or "（五）" in r[1] or "（七）" in r[1]:
                r[1] = r[1].replace("（", "(", 1).replace("）", ")", 1)
        current.append(r)
    parts.append(current)
    return "\n\n".join(table_md(p, 10) for p in parts)


def generic_headers(rows):
    """Table 三 under one generic header row; table 四's header above the last two rows."""
    grid = grid3(rows)[3:]  # the three header rows dropped
    generic = ["项目", "", ""] + [f"数据{i}" for i in range(1, 7)] + ["合计"]
    wrong = ["行政复议", "", "", "", "", "行政诉讼", "", "", "", ""]
    return table_md([generic] + grid[:-2] + [wrong] + grid[-2:])


DUMMY = table_md([["-", "-", "-"], ["-", "-", "-"], ["-", "", "-"]])


def table4_split(rows):
    """Table 四 as three 5-column tables: group name, the five result labels, five numbers."""
    results, numbers = rows[1][:5], rows[3]
    groups = ["行政复议", "未经复议直接起诉", "复议后起诉"]
    return "\n\n".join(table_md([[g, "", "", "", ""], results, numbers[5 * i:5 * i + 5]])
                       for i, g in enumerate(groups))


def table4_one_row(rows):
    """Table 四 flattened: the merged header text in one cell, then the 15 numbers."""
    return table_md([["行政复议行政诉讼"] + rows[3]])


def main():
    for name in ["clean-2019", "clean-2021", "broken-results-total", "broken-applicant-total"]:
        (HERE / f"{name}.md").write_text(render(parse(f"{name}.txt")), encoding="utf-8")
    odd = {
        "ocr-grid-2019": ("clean-2019.txt", {}),
        "ocr-split-groups-2021": ("clean-2021.txt", {"三": split_groups}),
        "ocr-generic-headers-2019": ("clean-2019.txt", {"三": generic_headers}),
        "ocr-table4-split-2019": ("clean-2019.txt", {"四": table4_split}),
        "ocr-table4-one-row-2021": ("clean-2021.txt", {"四": table4_one_row}),
        "ocr-dummy-tables-2021": ("clean-2021.txt", {
            "二": lambda rows: table_md(rows, 4) + "\n\n" + DUMMY,
            "三": lambda rows: DUMMY + "\n\n" + table_md(grid3(rows)) + "\n\n" + DUMMY}),
    }
    for name, (source, tables) in odd.items():
        (HERE / f"{name}.md").write_text(render(parse(source), tables), encoding="utf-8")


if __name__ == "__main__":
    main()
