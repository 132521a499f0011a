#!/usr/bin/env python3
"""Writes the .docx samples from the plain-text samples next to this directory.

The text samples use the one-cell-per-line layout; here each table becomes a Word table with
the merges Word writes for the national template (gridSpan, vMerge restart/continue), and
labels are split into runs the way Word splits them. Only the minimal OOXML parts are
written ([Content_Types].xml, _rels/.rels, word/document.xml), with fixed timestamps, so the
output is the same on every run. Usage: python3 samples/docx/make_docx.py
"""
import pathlib
import re
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SAMPLES = [  # (output, source text, odd runs)
    ("clean-2019.docx", "clean-2019.txt", False),
    ("clean-2021.docx", "clean-2021.txt", False),
    ("broken-results-total.docx", "broken-results-total.txt", False),
    ("broken-applicant-total.docx", "broken-applicant-total.txt", False),
    ("odd-runs-2021.docx", "clean-2021.txt", True),
    ("prose-mismatch-not-processed-2021.docx", "prose/mismatch-not-processed-2021.txt", False),
]
# Cells of the template that span several grid columns.
SPANS = {"申请人情况": 7, "法人或其他组织": 5, "行政复议": 5, "行政诉讼": 10,
         "未经复议直接起诉": 5, "复议后起诉": 5}
HEADING = re.compile(r"^[一二三四五六]、")
NUMBER = re.compile(r"^[\s\u3000\u00a0]*[+-]?[0-9.]+(万元|元)?[\s\u3000\u00a0]*$")


def parse_text(text):
    """Blocks as the plain-text reader sees them: ("p", line), ("blank",), ("table", rows),
    a row being a list of cells and a cell a list of its lines."""
    blocks, in_table, row_open = [], False, False
    for line in text.split("\n"):
        if line.startswith("\t"):
            if not in_table:
                blocks.append(("table", []))
                in_table = True
            if not row_open:
                blocks[-1][1].append([])
                row_open = True
            blocks[-1][1][-1].append([line[1:]])
        elif line.strip(" \t\r") == "":
            if not in_table:
                blocks.append(("blank",))
            row_open = False
        elif row_open and not HEADING.match(line):
            blocks[-1][1][-1][-1].append(line)  # a wrapped cell
        else:
            in_table = row_open = False
            blocks.append(("p", line))
    return blocks


def cell(lines, span=1, merge=None):
    return {"lines": lines, "span": span, "merge": merge}


def is_empty(lines):
    return all(l.strip(" \t\u3000\u00a0") == "" for l in lines)


def layout(rows):
    """Grid width and rows of cells with spans and vertical merges, by table kind."""
    text = "".join(l for row in rows for c in row for l in c)
    out = []
    if "勾稽关系" in text:  # table 三: 3 label columns + 7 applicant columns
        width, header = 10, True
        for row in rows:
            header = header and "本年新收" not in "".join(row[0])
            if header:
                cells = [cell(row[0], 3)] + [cell(c, SPANS.get(c[0].strip(), 1)) for c in row[1:]]
            else:
                labels = row[:len(row) - 7]
                spans = {1: [3], 2: [1, 2], 3: [1, 1, 1]}[len(labels)]
                cells = [cell(c, s) for c, s in zip(labels, spans)]
                cells += [cell(c) for c in row[len(labels):]]
                for c in cells[:len(labels)]:
                    c["label"] = True
            for c in cells:
                if is_empty(c["lines"]) and (header or c.get("label")):
                    c["merge"] = "continue"
            out.append(cells)
    elif "行政复议" in text and "行政诉讼" in text:  # table 四: 15 columns
        width = 15
        for row in rows:
            header = not all(NUMBER.match(c[0]) for c in row)
            cells = [cell(c, SPANS.get(c[0].strip(), 1)) for c in row]
            for c in cells:
                if header and is_empty(c["lines"]):
                    c["merge"] = "continue"
            out.append(cells)
    else:  # table 二 (or anything else): the last cell of a short row takes the rest
        width = max(len(r) for r in rows)
        for row in rows:
            spans = [1] * (len(row) - 1) + [width - len(row) + 1]
            out.append([cell(c, s) for c, s in zip(row, spans)])
    # A cell with text starts a vertical merge when the cell below it continues one.
    for above, below in zip(out, out[1:]):
        starts = grid_starts(below)
        for g, c in zip(grid_starts(above), above):
            if c["merge"] is None and starts.get(g, {}).get("merge") == "continue":
                c["merge"] = "restart"
    return width, out


def grid_starts(cells):
    starts, g = {}, 0
    for c in cells:
        starts[g] = c
        g += c["span"]
    return starts


def split_runs(text, odd):
    """Word's run boundaries: after an item number, around quotes; odd: one per character."""
    if odd and not NUMBER.match(text):
        return list(text)
    m = re.match(r"^([一二三四五六七八九十]+(?=、)|（[一二三四五六七八九十]+）|[0-9]+\.)(.+)$", text)
    parts = [m.group(1), m.group(2)] if m else [text]
    return [r for p in parts for r in re.split(r"([“”])", p) if r]


def run(text):
    font = '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>' if not text.isascii() else ""
    return f'<w:r>{font}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def runs(text, odd, proof=False):
    parts = split_runs(text, odd)
    if odd and proof and len(parts) > 2:  # Word's spell-check marks between runs
        return (run(parts[0]) + '<w:proofErr w:type="spellStart"/>' +
                "".join(run(p) for p in parts[1:-1]) + '<w:proofErr w:type="spellEnd"/>' +
                run(parts[-1]))
    return "".join(run(p) for p in parts)


def paragraph(content, ppr=""):
    return f"<w:p>{ppr}{content}</w:p>"


def cell_paragraphs(c, odd):
    lines = c["lines"]
    if c["merge"] == "continue" or is_empty(lines):
        return paragraph("")
    if odd:  # wrapped header labels as line breaks inside one paragraph
        return paragraph('<w:r><w:br/></w:r>'.join(runs(l, odd, True) for l in lines))
    paras = [lines[0]]
    for l in lines[1:]:  # "（单位：万元）" is its own paragraph; anything else was a soft wrap
        if l.startswith("（"):
            paras.append(l)
        else:
            paras[-1] += l
    return "".join(paragraph(runs(p, odd)) for p in paras)


REVISION = 'w:id="{}" w:author="审核人" w:date="2023-01-10T09:00:00Z"'


def mark_revisions(cells):
    """Tracked changes Word keeps in the file: a deleted "9" before （七）'s 自然人 value (it
    must not count) and the last digit of 一's 总计 typed as an insertion (it must)."""
    for row in cells:
        label = "".join(row[0]["lines"]) + "".join(row[1]["lines"]) if len(row) >= 8 else ""
        if "（七）" in label:
            c = row[-7]
            c["xml"] = paragraph(f'<w:del {REVISION.format(90)}><w:r><w:delText>9</w:delText>'
                                 f'</w:r></w:del>' + run(c["lines"][0]))
        elif label.startswith("一、本年新收"):
            c, text = row[-1], row[-1]["lines"][0]
            c["xml"] = paragraph(run(text[:-1]) + f'<w:ins {REVISION.format(91)}>{run(text[-1])}</w:ins>')


def table_xml(rows, odd):
    width, cells = layout(rows)
    if odd:
        mark_revisions(cells)
    col = 8500 // width
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{col}"/>' for _ in range(width))
    xml = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>']
    for row in cells:
        xml.append("<w:tr>")
        for c in row:
            pr = f'<w:tcW w:w="{col * c["span"]}" w:type="dxa"/>'
            if c["span"] > 1:
                pr += f'<w:gridSpan w:val="{c["span"]}"/>'
            if c["merge"] == "restart":
                pr += '<w:vMerge w:val="restart"/>'
            elif c["merge"] == "continue":
                pr += "<w:vMerge/>"
            xml.append(f'<w:tc><w:tcPr>{pr}<w:vAlign w:val="center"/></w:tcPr>'
                       f'{c.get("xml") or cell_paragraphs(c, odd)}</w:tc>')
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


def document_xml(text, odd):
    body, bookmark = [], 0
    for block in parse_text(text):
        if block[0] == "blank":
            body.append("<w:p/>")
        elif block[0] == "p":
            line = block[1]
            if not body:  # the title
                body.append(paragraph(runs(line, False), '<w:pPr><w:jc w:val="center"/></w:pPr>'))
            elif HEADING.match(line):
                content = runs(line, odd, True)
                if odd:  # Word's table-of-contents anchors around headings
                    content = (f'<w:bookmarkStart w:id="{bookmark}" w:name="_Toc{bookmark + 1}"/>'
                               f'{content}<w:bookmarkEnd w:id="{bookmark}"/>')
                    bookmark += 1
                body.append(paragraph(content))
            else:
                body.append(paragraph(runs(line, False)))
        else:
            table = table_xml(block[1], odd)
            if odd and "未经复议直接起诉" in str(block[1]):  # a content control around table 四
                table = ('<w:sdt><w:sdtPr><w:alias w:val="复议诉讼情况"/><w:tag w:val="table4"/>'
                         f'<w:id w:val="1001"/></w:sdtPr><w:sdtContent>{table}</w:sdtContent></w:sdt>')
            body.append(table)
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" '
                'w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}</w:body></w:document>')


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def write_docx(path, document):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes whatever system runs the script
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=9)


def main():
    for out, source, odd in SAMPLES:
        text = (HERE.parent / source).read_text(encoding="utf-8")
        write_docx(HERE / out, document_xml(text, odd))
        print(f"wrote samples/docx/{out} (from samples/{source})")


if __name__ == "__main__":
    main()
