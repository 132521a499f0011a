#!/usr/bin/env python3
"""Writes the HTML samples from the plain-text samples next to this directory.

Each report is written the way Word exports it ("另存为网页"): <td><p><span>…</span></p></td>
cells, <o:p> elements, &nbsp; for blanks, labels split over spans, <br> in header labels, long
lines wrapped inside Chinese text, the merged cells of the national template, and Word's
<![if !supportMisalignedColumns]> row. Variants add the oddities of published pages (see
README.md). No randomness: the output is the same on every run.
Usage: python3 samples/html/make_html.py
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = [  # output, source text, encoding, meta tag, variant options
    ("clean-2019.html", "clean-2019.txt", "gbk", "<meta charset=gb2312>", {"chrome", "css", "tabs"}),
    ("clean-2021.html", "clean-2021.txt", "utf-8", '<meta charset="utf-8">', set()),
    ("broken-results-total.html", "broken-results-total.txt", "utf-8", '<meta charset="utf-8">', set()),
    ("broken-applicant-total.html", "broken-applicant-total.txt", "utf-8", '<meta charset="utf-8">', set()),
    ("split-table-2021.html", "clean-2021.txt", "utf-8", '<meta charset="utf-8">', {"split"}),
    ("colspan-mismatch-2019.html", "clean-2019.txt", "utf-8", '<meta charset="utf-8">', {"mismatch"}),
    ("blank-nbsp-2019.html", "clean-2019.txt", "utf-8", '<meta charset="utf-8">', {"nbsp"}),
    ("no-heading-2019.html", "clean-2019.txt", "utf-8", '<meta charset="utf-8">', {"no-heading"}),
    ("gbk-meta-2021.html", "clean-2021-gbk.txt", "gbk",
     '<meta http-equiv=Content-Type content="text/html; charset=GBK">', set()),
]
HEADING = re.compile(r"^[一二三四五六]、")
BORDER = ("border:solid windowtext 1.0pt;border-top:none;\n  mso-border-alt:solid windowtext .5pt;"
          "padding:0cm 5.4pt 0cm 5.4pt")


def parse_text(text):
    """("p", line) and ("table", rows); a row is a list of cells, a cell a list of lines."""
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
            row_open = False
        elif row_open and not HEADING.match(line):
            blocks[-1][1][-1][-1].append(line)  # a wrapped cell
        else:
            in_table = row_open = False
            blocks.append(("p", line))
    return blocks


def wide(ch):
    c = ord(ch)
    return 0x2E80 <= c <= 0xA4CF or 0xF900 <= c <= 0xFAFF or 0xFE30 <= c <= 0xFE4F or 0xFF00 <= c <= 0xFF60


def wrap(text, width=36):
    """Word wraps long HTML lines; inside Chinese text a browser shows no space there."""
    out, line = [], ""
    for i, ch in enumerate(text):
        line += ch
        if len(line) >= width and i + 1 < len(text) and wide(ch) and wide(text[i + 1]):
            out.append(line)
            line = ""
    return "\n".join(out + [line])


def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\u00a0", "&nbsp;")


def span(text, font="宋体"):
    return f"<span\n  style='font-size:10.5pt;font-family:{font}'>{text}</span>"


def label_html(lines, breaks):
    """A label as Word splits it: 一 + 、本年新收…, 三、本年度办理结果 one character per span."""
    first = lines[0].strip()
    if first == "三、本年度办理结果":
        return "\n".join(f"<span style='font-size:10.5pt'>{ch}</span>" for ch in first)
    joined = "<br>\n".join(esc(l) for l in lines) if breaks else wrap(esc("".join(lines)), 24)
    if re.match(r"^[一二四]、", first):
        return f"<span lang=EN-US style='font-size:10.5pt'>{joined[0]}</span>{span(joined[1:])}"
    return span(joined)


def td(inner, rowspan=1, colspan=1, tab=False):
    spans = (f" rowspan={rowspan}" if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
    return (f"{chr(9) if tab else '  '}<td width={48 * colspan}{spans} style='width:{36 * colspan}.0pt;{BORDER}'>\n"
            f"  <p class=MsoNormal align=center style='text-align:center'>{inner}<span\n"
            f"  lang=EN-US><o:p></o:p></span></p>\n  </td>\n")


def value(lines, blank=False):
    if blank:
        return "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
    return f"<span lang=EN-US style='font-size:10.5pt'>{esc(lines[0])}</span>"


def table(rows, first_row=0):
    body = "".join(f" <tr style='mso-yfti-irow:{first_row + i};height:20.0pt'>\n{r} </tr>\n" for i, r in enumerate(rows))
    # Word closes each table with a row of empty cells for browsers that misalign columns.
    filler = "".join("  <td width=48 style='border:none'></td>\n" for _ in range(10))
    return ("<div align=center>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0\n"
            " style='border-collapse:collapse;mso-yfti-tbllook:1184'>\n" + body +
            f" <![if !supportMisalignedColumns]>\n <tr height=0>\n{filler} </tr>\n <![endif]>\n"
            "</table>\n</div>\n")


def active_table(rows, opts):
    out = []
    for r in rows:
        if len(r) == 1:  # 第二十条第（…）项
            out.append(td(label_html(r[0], False), colspan=4))
            continue
        header = r[0][0].strip() == "信息内容"
        rest = r[1:]
        spans = {3: [1, 1, 1], 2: [1, 2], 1: [3]}[len(rest)]
        if len(rest) == 2 and "mismatch" in opts and not header:
            spans = [2, 1]  # the header says 1+2, the data row 2+1 (real pages do this)
        cells = [td(label_html(r[0], header))]
        for c, s in zip(rest, spans):
            cells.append(td(label_html(c, True) if header else value(c), colspan=s))
        out.append("".join(cells))
    return table(out)


def is_zero_row(values):
    return all(v[0].strip(" \u3000\u00a0") == "0" for v in values)


def applications_table(rows, opts):
    head, data = rows[:3], rows[3:]
    corner, applicants = head[0][0], head[0][1]
    natural, legal, total = head[1][1], head[1][2], head[1][3]
    header = [td(label_html(corner, False), rowspan=3, colspan=3) + td(label_html(applicants, False), colspan=7),
              td(label_html(natural, False), rowspan=2) + td(label_html(legal, False), colspan=5) +
              td(label_html(total, False), rowspan=2),
              "".join(td(label_html(c, False)) for c in head[2][2:7])]
    parts = [data]
    if "split" in opts:  # a second <table> from （四）无法提供 on, the group label repeated
        at = next(i for i, r in enumerate(data) if len(r) == 10 and r[1][0].startswith("（四）"))
        parts = [data[:at], [[["三、本年度办理结果"]] + data[at][1:]] + data[at + 1:]]
    html = []
    for n, part in enumerate(parts):
        labels = [[c for c in r[:-7]] for r in part]
        out = list(header) if n == 0 else []
        for i, r in enumerate(part):
            cells = []
            for slot, lab in enumerate(labels[i]):
                if not lab[0].strip():
                    continue  # covered by a rowspan from above
                down = 1
                while (i + down < len(part) and len(labels[i + down]) > slot and
                       not labels[i + down][slot][0].strip()):
                    down += 1
                colspan = 4 - len(labels[i]) if slot == len(labels[i]) - 1 else 1
                cells.append(td(label_html(lab, False), rowspan=down, colspan=colspan))
            zero = is_zero_row(r[-7:])
            for k, v in enumerate(r[-7:]):
                cells.append(td(value(v, "nbsp" in opts and zero and k == 6), tab="tabs" in opts))
            out.append("".join(cells))
        html.append(table(out, 0 if n == 0 else 3 + len(parts[0])))
    return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n".join(html)


def review_table(rows, opts):
    labels = rows[1]
    out = [td(label_html(rows[0][0], False), colspan=5) + td(label_html(rows[0][1], False), colspan=10),
           "".join(td(label_html(c, False), rowspan=2) for c in labels[:5]) +
           td(label_html(labels[5], False), colspan=5) + td(label_html(labels[6], False), colspan=5),
           "".join(td(label_html(c, False)) for c in rows[2][5:]),
           "".join(td(value(v), tab="tabs" in opts) for v in rows[3])]
    return table(out)


def paragraph(text, heading=False, align=""):
    inner = esc(text)
    style = "text-indent:32.0pt;line-height:28.0pt"
    font = "黑体" if heading else "仿宋_GB2312"
    if align:
        style, font = "text-align:center", "方正小标宋简体"
    body = f"<span style='font-size:16.0pt;font-family:{font}'>{wrap(inner)}<span lang=EN-US><o:p></o:p></span></span>"
    if heading:
        body = f"<b>{body}</b>"
    return f"<p class=MsoNormal{' align=center' if align else ''} style='{style}'>{body}</p>\n"


def word_styles(big):
    """Word's style sheet: fonts, styles and, in long documents, hundreds of list definitions."""
    css = ["<style>\n<!--\n /* Font Definitions */\n"]
    for font, alt in [("宋体", "SimSun"), ("黑体", "SimHei"), ("仿宋_GB2312", "FangSong_GB2312")]:
        css.append(f" @font-face\n\t{{font-family:{font};\n\tmso-font-alt:{alt};\n\tmso-font-charset:134;\n"
                   "\tmso-generic-font-family:auto;\n\tmso-font-pitch:variable;}\n")
    css.append(" /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;\n"
               "\tmargin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n"
               "\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-font-family:宋体;}\n")
    for i in range(105 if big else 1):
        css.append(f" @list l{i}\n\t{{mso-list-id:{(i * 7919 + 104729) % 2147483647};\n\tmso-list-type:hybrid;\n"
                   f"\tmso-list-template-ids:{(i * 15485863) % 2147483647} 67698713 67698715;}}\n")
        for lv in range(1, 10):
            css.append(f" @list l{i}:level{lv}\n\t{{mso-level-number-format:chinese-counting;\n"
                       f"\tmso-level-text:\"%{lv}、\";\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n"
                       f"\tmargin-left:{21 * lv}.0pt;\n\ttext-indent:-32.0pt;\n\tmso-ansi-font-size:16.0pt;\n"
                       "\tmso-bidi-font-size:16.0pt;\n\tfont-family:黑体;\n\tmso-hansi-font-family:\"Times New Roman\";}\n")
    css.append("-->\n</style>\n")
    return "".join(css)


def build(src, meta, opts):
    blocks = parse_text((HERE.parent / src).read_bytes().decode("gb18030" if "gbk" in src else "utf-8"))
    title = blocks[0][1]
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n",
           meta + "\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n",
           f"<title>{esc(title)}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
           "  <o:Author>admin</o:Author>\n  <o:Pages>1</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n",
           word_styles("css" in opts), "</head>\n\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n"]
    if "chrome" in opts:
        out.append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a>"
                   " &gt; <a href=\"/zfxxgk/ndbg/\">政府信息公开年报</a></div>\n"
                   "<script type=\"text/javascript\">var share = \"<td>0</td>\"; document.title = '年报';</script>\n")
    out.append("<div class=WordSection1 style='layout-grid:15.6pt'>\n")
    builders = {"第二十条": active_table, "（本列数据": applications_table, "行政复议": review_table}
    for i, b in enumerate(blocks):
        if b[0] == "table":
            key = next(k for k in builders if b[1][0][0][0].startswith(k))
            out.append(builders[key](b[1], opts))
        elif i == 0:
            out.append(paragraph(b[1], align="center"))
            if "chrome" in opts:
                out.append("<div class=\"info\">发布日期：2021-01-20　　来源：本局　　【字体：<a>大</a> <a>中</a> <a>小</a>】"
                           "　<a href=\"javascript:window.print()\">【打印】</a>\t<a>【关闭】</a></div>\n")
        elif "no-heading" in opts and b[1].startswith("二、"):
            continue
        else:
            out.append(paragraph(b[1], heading=bool(HEADING.match(b[1]))))
    out.append("</div>\n")
    if "chrome" in opts:
        out.append("<div class=\"attach\">附件下载：<a href=\"/u/cms/2021/0120.doc\">"
                   f"{esc(title)}.doc</a></div>\n<div class=\"foot\">主办：县人民政府办公室　　版权所有</div>\n")
    out.append("</body>\n\n</html>\n")
    return "".join(out)


def main():
    for name, src, encoding, meta, opts in SAMPLES:
        (HERE / name).write_bytes(build(src, meta, opts).encode(encoding))


if __name__ == "__main__":
    main()
