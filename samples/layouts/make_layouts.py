#!/usr/bin/env python3
"""Writes samples/layouts/: one correct report per real-world layout shape (issue 14).

Every report's tables 三 and 四 satisfy every identity (sample_model.py builds them so), and
truth.json records, per file, the values a reader must find, the template, the year and the
issuer as a person reads them. verify_identities.py checks both against `xxgk extract`.
Deterministic: python3 samples/layouts/make_layouts.py
"""
import json
import pathlib
import re
import struct
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "html"))
from sample_model import (default_prose, rebalance, CELL_KEYS, COLS, CORNER, GROUP_KEYS, HEADINGS, T4_CELLS, TOP, Report,  # noqa: E402
                          all_rows, render_text, stray, t2_blocks, t3_blocks, t4_blocks, text_table)
import make_html  # noqa: E402  (the Word-HTML shape of samples/html/)

OUT = {}     # file name -> bytes
TRUTH = {}   # file name -> what a reader must find


def emit(name, data, report=None, encoding="utf-8", **truth):
    OUT[name] = data.encode(encoding) if isinstance(data, str) else data
    if report is not None:
        t = report.truth()
        t.update(truth)
        t["encoding"] = encoding
        TRUTH[name] = t
    elif truth:
        TRUTH[name] = truth


# ---------------------------------------------------------------------------------------------
# Plain text

def text_samples():
    r = Report("临溪县人民政府办公室", 2019, "2019", 101, size=70)
    r.t2[4][2][0] = ("政府集中采购", ["74", "32.4142万元"])
    emit("text-one-cell-per-line-2019.txt", render_text(r), r)

    r = Report("枫岭县交通运输局", 2022, "2021", 102, size=45)
    emit("text-one-cell-per-line-2022.txt", render_text(r), r)

    # Blank cells instead of zeros in the legal-person columns (TAB-only lines).
    r = Report("石埠县自然资源局", 2021, "2021", 103, size=30)
    emit("text-blank-cells-2021.txt",
         render_text(r, t3_value=lambda k, c, v: "" if v == 0 and 0 < c < 6 else str(v)), r,
         blank_cells="legal-person zeros printed as TAB-only lines")

    # Crawler header, breadcrumb, toolbar, attachment line.
    r = Report("云渡县卫生健康局", 2021, "2021", 104, size=25)
    r.before = ["标题: 云渡县卫生健康局2021年政府信息公开工作年度报告",
                "发布时间: 2022-01-26 09:14:03",
                "来源: 云渡县卫生健康局",
                "原文链接: http://www.yundu.gov.cn/wjj/zfxxgk/ndbg/202201/t20220126_31877.html",
                "",
                "当前位置：首页 > 政务公开 > 政府信息公开年报 > 部门年报",
                "【字体：大 中 小】 【打印本页】 【关闭窗口】",
                ""]
    r.after = ["", "附件下载：", "云渡县卫生健康局2021年政府信息公开工作年度报告.pdf",
               "扫一扫在手机打开当前页", "主办：云渡县人民政府办公室  技术支持：某某网络"]
    emit("text-crawler-metadata-header-2021.txt", render_text(r), r)

    # PDF-to-text copy: a page number line and a page break inside table 三, header not repeated.
    r = Report("澄川区民政局", 2022, "2021", 105, size=35)
    lines = render_text(r).split("\n")
    at = lines.index("\t（四）无法提供") - 1  # the empty first cell of the row
    lines[at:at] = ["- 4 -", "", "\f"]
    emit("text-page-break-in-table-2022.txt", "\n".join(lines), r)

    # Pipe-joined cells with filler (a copy out of a web table into a text box).
    r = Report("鹤汀县应急管理局", 2020, "2019", 106, size=20)
    emit("text-pipe-joined-2020.txt", render_pipe_joined(r), r)

    # Whitespace-separated rows; blank cells vanish (table 二 row 规章 is blank in this report).
    r = Report("青萝县司法局", 2019, "2019", 107, size=15)
    r.t2[0][2][0] = ("规章", ["", "", "0"])
    emit("text-space-separated-blanks-dropped-2019.txt", render_spaced(r), r,
         note="table 二 row 规章 prints only its last cell: its two blank cells vanished")


def render_pipe_joined(r):
    """Each row one line of `|`-joined cells; merged cells leave fillers like `| |||`."""
    out = [r.title, ""]
    for n in range(1, 7):
        out.append(r.headings[n - 1])
        out.extend(r.prose[n])
        blocks = {2: t2_blocks, 3: t3_blocks, 4: t4_blocks}.get(n)
        if blocks:
            for row in blocks(r):
                cells = [" ".join(c).strip() for c in row]
                line = "|" + "|".join(c if c else (" " if i % 2 == 0 else "") for i, c in enumerate(cells)) + "|"
                out.append(line)
            out.append("")
    return "\n".join(out) + "\n"


def render_spaced(r):
    """Rows as lines of space-separated cells; a blank cell leaves nothing."""
    out = [r.title, ""]
    for n in range(1, 7):
        out.append(r.headings[n - 1])
        out.extend(r.prose[n])
        blocks = {2: t2_blocks, 3: t3_blocks, 4: t4_blocks}.get(n)
        if blocks:
            for row in blocks(r, value=None):
                cells = ["".join(c).strip(" \u3000\u00a0") for c in row]
                out.append(" ".join(c for c in cells if c))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Flattened text (a crawler stripped the tags)

def flat_cell(c):
    return "".join(c)


def render_flat(r, header, t2_value=None, t3_value=None, t4_value=None):
    out = [header, r.title]
    for n in range(1, 7):
        line = r.headings[n - 1] + "".join(r.prose[n])
        blocks = {2: lambda: t2_blocks(r, value=t2_value),
                  3: lambda: t3_blocks(r, value=t3_value),
                  4: lambda: t4_blocks(r, value=t4_value)}.get(n)
        if blocks:
            line += "".join(flat_cell(c) for row in blocks() for c in row)
        out.append(line)
    out.append("附件下载")
    return "\n".join(out) + "\n"


def flat_samples():
    # 2021 template: 行政规范性文件 5 1 23 glued to "5123" (readings 5|1|23 and 5|12|3 both
    # plausible); a U+3000 in a few cells; lost characters in the citation of 30号.
    r = Report("望川县市场监督管理局", 2021, "2021", 201, size=55)
    r.t2[0][2][1] = ("行政规范性文件", ["5", "1", "23"])
    r.prose[1].insert(1, "按照《国务院办公厅政府信息公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉"
                         "的通知》（国办公开办函〔202130号）要求，编制本报告。")
    stray_at = {("new_received", 0), ("granted", 6), ("unable.not_held", 1)}
    emit("flat-crawler-2021.txt",
         render_flat(r, "标题:望川县市场监督管理局2021年政府信息公开工作年度报告 发布时间:2022-01-21 "
                        "原文链接:http://www.wangchuan.gov.cn/scjg/art/2022/1/21/art_1190_77.html",
                     t2_value=lambda cap, row, c, v: v,
                     t3_value=lambda k, c, v: str(v) + ("\u3000" if (k, c) in stray_at else ""),
                     t4_value=lambda i, v: str(v)), r,
         note="table 二 行政规范性文件 prints 5123 (5|1|23 and 5|12|3 are both plausible)")

    # 2019 template: a signed 本年增/减 glued (2648-18538), 采购总金额 with its unit, item numbers
    # sticking to digits, table 四 one run of 15 numbers.
    r = Report("苇塘县住房和城乡建设局", 2020, "2019", 202, size=40)
    r.t2[1][2][0] = ("行政许可", ["2648", "-18", "538"])
    r.t2[4][2][0] = ("政府集中采购", ["12", "251000元"])
    emit("flat-crawler-2019.txt",
         render_flat(r, "标题:苇塘县住房和城乡建设局2020年政府信息公开工作年度报告 发布时间:2021-01-29 "
                        "原文链接:http://www.weitang.gov.cn/zjj/zwgk/ndbg/202101/t20210129_4410.html",
                     t2_value=lambda cap, row, c, v: v, t3_value=lambda k, c, v: str(v),
                     t4_value=lambda i, v: str(v)), r)

    # Two rows print the same digit run "121000013" and swapping their readings keeps every
    # identity: 12 1 0 0 0 0 13 and 1 2 10 0 0 0 13. The report is right; the page lost which is which.
    r = Report("岚关县科学技术局", 2022, "2021", 203, size=30)
    r.t3["denied.third_party_rights"] = [12, 1, 0, 0, 0, 0]
    r.t3["unable.needs_creation"] = [1, 2, 10, 0, 0, 0]
    rebalance(r.t3, "2021")
    r.prose = default_prose(r)  # its numbers after the rebalance
    emit("flat-ambiguous-row-2022.text",
         render_flat(r, "标题:岚关县科学技术局2022年政府信息公开工作年度报告 发布时间:2023-01-30 "
                        "原文链接:http://www.languan.gov.cn/kjj/xxgk/ndbg/202301/t20230130_901.html",
                     t2_value=lambda cap, row, c, v: v, t3_value=lambda k, c, v: str(v),
                     t4_value=lambda i, v: str(v)), r,
         note="（三）4 and （四）2 both print 121000013; either reading satisfies every identity")


# ---------------------------------------------------------------------------------------------
# Markdown / pipe tables / OCR

def md_cell(s):
    return s.strip(" \u3000").replace("\u00a0", "&nbsp;").replace("|", "\\|").replace("\n", "<br>")


def md_table(rows, width=None, ragged=False):
    width = width or max(len(x) for x in rows)
    lines = []
    for i, row in enumerate(rows):
        row = row if ragged else row + [""] * (width - len(row))
        lines.append("| " + " | ".join(md_cell(c) for c in row) + " |")
        if i == 0:
            lines.append("|" + " --- |" * len(row))
    return "\n".join(lines)


def t3_grid(r, label=lambda s: s):
    """Table 三 as a 10-column grid: 3 label columns, merged cells empty."""
    g = [[label(CORNER), "", "", label("申请人情况")] + [""] * 6,
         ["", "", "", label("自然人"), label("法人或其他组织"), "", "", "", "", label("总计")],
         ["", "", "", ""] + [label(c) for c in COLS[1:6]] + [""]]
    last = None
    for key, top, group, item in all_rows(r.template):
        vals = [str(v) for v in r.t3[key]]
        if key in ("new_received", "carried_over", "carried_forward"):
            g.append([label(top), "", ""] + vals)
            continue
        a = label(top) if key == "granted" else ""
        b = label(group) if group != last else ""
        g.append([a, b, label(item) if item else ""] + vals)
        last = group
    return g


def t4_grid(r):
    return [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
            T4_CELLS + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
            [""] * 5 + T4_CELLS * 2,
            [str(v) for v in r.t4]]


def t2_rows(r):
    rows = []
    for cap, cols, data in r.t2:
        rows.append([cap])
        rows.append(["信息内容"] + cols)
        rows += [[name] + vals for name, vals in data]
    return rows


def render_md(r, t2=None, t3=None, t4=None, heading="## {}", title="# {}"):
    out = [title.format(r.title)]
    for n in range(1, 7):
        if r.headings[n - 1] is not None:
            out.append(heading.format(r.headings[n - 1]))
        out.extend(r.prose[n])
        if n == 2:
            out.append(t2(r) if t2 else md_table(t2_rows(r), 4))
        if n == 3:
            out.append(t3(r) if t3 else md_table(t3_grid(r)))
        if n == 4:
            out.append(t4(r) if t4 else md_table(t4_grid(r)))
    out += r.signature
    return "\n\n".join(out) + "\n"


def is_group_start(row):
    return bool(re.match(r"[（(][一二三四五六七][）)]", row[1])) or row[0].startswith("四、")


def split_groups(r):
    grid, parts, cur = t3_grid(r), [], []
    for row in grid:
        if is_group_start(row) and cur:
            parts.append(cur)
            cur = []
        cur.append(row)
    parts.append(cur)
    return "\n\n".join(md_table(p, 10) for p in parts)


def markdown_samples():
    r = Report("岚关县教育局", 2019, "2019", 301, size=50)
    # Converter shape: one pipe cell per cell of the text copy, rows as long as they are.
    conv = lambda blocks: md_table([[" ".join(c) for c in row] for row in blocks], ragged=True)
    emit("markdown-converter-2019.md",
         render_md(r, t2=lambda r: conv(t2_blocks(r, value=lambda *a: a[-1])),
                   t3=lambda r: conv(t3_blocks(r, value=lambda k, c, v: str(v))),
                   t4=lambda r: conv(t4_blocks(r, value=lambda i, v: str(v))), heading="**{}**"), r)

    r = Report("漱溪区财政局", 2021, "2021", 302, size=40)
    emit("markdown-ocr-grid-2021.md", render_md(r), r)

    r = Report("柘湾镇人民政府", 2021, "2021", 303, size=12)
    emit("markdown-ocr-split-groups-2021.md", render_md(r, t3=split_groups), r)

    # The last rows of table 三 under a header row that belongs to another table.
    r = Report("梅岙乡人民政府", 2022, "2021", 304, size=8)
    def wrong_header(r):
        g = t3_grid(r)
        at = next(i for i, row in enumerate(g) if row[2].startswith("2.申请人逾期"))
        wrong = ["项目", "", "", "本年新收件数", "办结件数", "公开件数", "部分公开件数", "不予公开件数",
                 "无法提供件数", "合计"]
        tail = [list(x) for x in g[at + 1:]]
        tail[0][2] = "3. 其他"
        return md_table(g[:at + 1], 10) + "\n\n" + md_table([wrong] + tail, 10)
    emit("markdown-ocr-wrong-header-2022.md", render_md(r, t3=wrong_header), r)

    # （六）'s last sub-item at the top of a new table with no header and no group label.
    r = Report("苇塘县农业农村局", 2021, "2021", 305, size=20)
    def six_new_table(r):
        g = t3_grid(r)
        at = next(i for i, row in enumerate(g) if row[2].startswith("3.其他"))
        tail = [list(x) for x in g[at:]]
        tail[0][2] = "3. 其他"
        return md_table(g[:at], 10) + "\n\n第 3 页\n\n" + md_table(tail, 10)
    emit("markdown-ocr-six-new-table-2021.md", render_md(r, t3=six_new_table), r)

    r = Report("鹤汀县水利局", 2020, "2019", 306, size=18)
    def generic(r):
        g = t3_grid(r)[3:]
        head = ["项目", "", ""] + [f"数据{i}" for i in range(1, 7)] + ["合计"]
        return md_table([head] + g, 10)
    emit("markdown-ocr-generic-headers-2020.md", render_md(r, t3=generic), r)

    r = Report("青萝县人力资源和社会保障局", 2022, "2021", 307, size=60)
    dummy = md_table([["-", "-", "-"], ["-", "-", "-"], ["-", "", "-"]])
    emit("markdown-ocr-dummy-tables-2022.md",
         render_md(r, t2=lambda r: md_table(t2_rows(r), 4) + "\n\n" + dummy,
                   t3=lambda r: dummy + "\n\n" + md_table(t3_grid(r)) + "\n\n" + dummy), r)

    r = Report("望川县文化和旅游局", 2021, "2021", 308, size=15)
    def t4_three(r):
        groups = ["行政复议", "未经复议直接起诉", "复议后起诉"]
        return "\n\n".join(md_table([[g, "", "", "", ""], T4_CELLS, [str(v) for v in r.t4[5 * i:5 * i + 5]]])
                           for i, g in enumerate(groups))
    emit("markdown-ocr-table4-three-tables-2021.md", render_md(r, t4=t4_three), r)

    r = Report("石埠县医疗保障局", 2023, "2021", 309, size=22)
    emit("markdown-ocr-table4-one-row-2023.md",
         render_md(r, t4=lambda r: md_table([["行政复议行政诉讼"] + [str(v) for v in r.t4]])), r)

    # Table 二 captions as Markdown headings, each block its own pipe table.
    r = Report("澄川区生态环境分局", 2021, "2021", 310, size=30)
    def captions_headings(r):
        parts = []
        for cap, cols, data in r.t2:
            parts.append("### " + cap)
            parts.append(md_table([["信息内容"] + cols] + [[n] + v for n, v in data]))
        return "\n\n".join(parts)
    emit("markdown-table2-captions-as-headings-2021.md", render_md(r, t2=captions_headings), r)

    # Table 二 captions as plain lines above each pipe table (2019 template).
    r = Report("云渡县商务局", 2020, "2019", 311, size=10)
    def captions_lines(r):
        parts = []
        for cap, cols, data in r.t2:
            parts.append(cap)
            parts.append(md_table([["信息内容"] + cols] + [[n] + v for n, v in data]))
        return "\n\n".join(parts)
    emit("markdown-table2-captions-as-lines-2020.md", render_md(r, t2=captions_lines), r)

    # Shortened group labels, half-width brackets, the county misread once by OCR (临溪 → 临漠).
    r = Report("临溪县发展和改革局", 2022, "2021", 312, size=28)
    r.prose[1][0] = r.prose[1][0].replace("临溪县", "临漠县", 1)
    r.prose[5][0] += "临漠县发展和改革局将继续做好政府信息公开工作。"
    short = {"（六）其他处理": "(六) 其他", "（三）不予公开": "(三) 不予公开", "（七）总计": "(七) 总计",
             "（四）无法提供": "(四)无法提供"}
    emit("markdown-ocr-short-labels-misread-2022.md",
         render_md(r, t3=lambda r: md_table(t3_grid(r, label=lambda s: short.get(s, s)))), r)


# ---------------------------------------------------------------------------------------------
# HTML (Word "save as web page"), through samples/html/make_html.py's table writers

def html_page(text, meta, opts, title_chrome=False):
    blocks = make_html.parse_text(text)
    title = blocks[0][1]
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n",
           meta + "\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n",
           f"<title>{make_html.esc(title)}</title>\n", make_html.word_styles("css" in opts),
           "</head>\n\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n"]
    if "chrome" in opts:
        out.append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a>"
                   " &gt; <a href=\"/zfxxgk/ndbg/\">政府信息公开年报</a></div>\n")
    out.append("<div class=WordSection1 style='layout-grid:15.6pt'>\n")
    builders = {"第二十条": make_html.active_table, "（本列数据": make_html.applications_table,
                "行政复议": make_html.review_table}
    for i, b in enumerate(blocks):
        if b[0] == "table":
            key = next(k for k in builders if b[1][0][0][0].startswith(k))
            out.append(builders[key](b[1], opts))
        elif i == 0:
            out.append(make_html.paragraph(b[1], align="center"))
        else:
            out.append(make_html.paragraph(b[1], heading=bool(make_html.HEADING.match(b[1]))))
    out.append("</div>\n")
    if "chrome" in opts:
        out.append("<div class=\"attach\">附件下载：<a href=\"/u/cms/2020/0131.doc\">"
                   f"{make_html.esc(title)}.doc</a></div>\n<div class=\"foot\">主办：县人民政府办公室　　版权所有</div>\n")
    out.append("</body>\n\n</html>\n")
    html = "".join(out)
    if "one-line" in opts:
        html = html.replace("\n", " ")
    return html


def html_samples():
    r = Report("临溪县人民政府", 2019, "2019", 401, size=90)
    emit("html-word-export-gb2312-2019.html",
         html_page(render_text(r, t3_value=lambda k, c, v: stray(r.rng, str(v)).replace("\u00a0", "\u3000")),
                   "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">",
                   {"chrome", "css", "tabs"}), r, encoding="gbk")

    r = Report("枫岭县公安局", 2021, "2021", 402, size=65)
    emit("html-split-table-2021.html", html_page(render_text(r), '<meta charset="utf-8">', {"split"}), r)

    r = Report("石埠县税务局", 2020, "2019", 403, size=33)
    emit("html-colspan-mismatch-2020.html", html_page(render_text(r), '<meta charset="utf-8">', {"mismatch"}), r)

    # 总计 column left blank except in the rows 一, 二, （七） and 四 (Shanghai 2019).
    r = Report("澄川区人民政府办公室", 2019, "2019", 404, size=80)
    keep = {"new_received", "carried_over", "results_total", "carried_forward"}
    emit("html-blank-total-column-2019.html",
         html_page(render_text(r, t3_value=lambda k, c, v: "\u00a0" if c == 6 and k not in keep else str(v)),
                   '<meta charset="utf-8">', set()), r,
         blank_cells="总计 column blank (&nbsp;) in every result row; only 一, 二, （七）, 四 filled")

    # &nbsp; in the legal-person cells that are 0.
    r = Report("鹤汀县统计局", 2022, "2021", 405, size=9)
    emit("html-nbsp-blanks-2022.html",
         html_page(render_text(r, t3_value=lambda k, c, v: "\u00a0" if v == 0 and 0 < c < 6 else str(v)),
                   '<meta charset="utf-8">', set()), r,
         blank_cells="legal-person zeros printed as &nbsp;")

    # No heading before table 二; "-" placeholders in table 二 (a Wuhan-style 2020 page).
    r = Report("青萝县城市管理局", 2020, "2019", 406, size=26)
    r.t2[2][2][1] = ("行政强制", ["-", "-", "-"])
    r.t2[3][2][0] = ("行政事业性收费", ["-", "-"])
    heads = list(r.headings)
    heads[1] = None
    r.headings = heads
    emit("html-no-heading-placeholders-2020.html", html_page(render_text(r), '<meta charset="utf-8">', set()), r,
         note="no heading 二; table 二 行政强制 and 行政事业性收费 are '-'")

    # A CMS page whose whole article is one line, TABs between cells.
    r = Report("岚关县退役军人事务局", 2023, "2021", 407, size=6)
    emit("html-one-line-2023.html", html_page(render_text(r), '<meta charset="utf-8">', {"one-line", "tabs"}), r)


# ---------------------------------------------------------------------------------------------
# Labels and numbers

TRAD = dict(zip(
    "来个们内动务区单执报实审废强后从复态应数条业构标机档权归决况准为无现产当发确稳节范纠纪纳结统经维网线总织缴续罚职与举处补制规计讼访许诉询认请诺议护变财费资购转这进过违开间关际险项预题额类",
    "來個們內動務區單執報實審廢強後從復態應數條業構標機檔權歸決況準為無現產當發確穩節範糾紀納結統經維網線總織繳續罰職與舉處補製規計訟訪許訴詢認請諾議護變財費資購轉這進過違開間關際險項預題額類"))
TRAD.update(dict(zip("县级导会问题办门户网站续优组织领导设员责书录单细参联报务政级传说实际态势图这个样强层听证",
                     "縣級導會問題辦門戶網站續優組織領導設員責書錄單細參聯報務政級傳說實際態勢圖這個樣強層聽證")))
TRAD.update(dict(zip("坚尽专栏阅读时运输鹤国没获继减据体采见长术贯页",
                     "堅盡專欄閱讀時運輸鶴國沒獲繼減據體採見長術貫頁")))
TRAD.update(dict(zip("众护养双将并乡镇惠规划馈应对况虑质听讲训练检监测环卫环压统计损杂协调围为绕积极结构",
                     "眾護養雙將並鄉鎮惠規劃饋應對況慮質聽講訓練檢監測環衛環壓統計損雜協調圍為繞積極結構")))


def trad(s):
    return "".join(TRAD.get(ch, ch) for ch in s)


def label_samples():
    # Spaces inside labels, truncated 现行有效件, half- and full-width brackets mixed, ASCII quotes,
    # (六) 其他 shortened, a typo in a heading.
    r = Report("望川县林业局", 2021, "2021", 501, size=21)
    noisy = {"商业企业": "商业 企业", "科研机构": "科研 机构", "规章": "规 章", "三、本年度办理结果": "三、本年度办 理结果",
             "现行有效件数": "现行有效件", "（三）不予公开": "(三) 不予公开", "（一）予以公开": "(一)予以公开",
             "3.危及“三安全一稳定”": '3.危及"三安全一稳定"', "（六）其他处理": "(六) 其他",
             "本年制发件数": "本年制发 件数"}
    heads = list(r.headings)
    heads[3] = "四、政府信息公开行政法复议、行政诉讼情况"
    r.headings = heads
    emit("labels-noise-2021.txt", render_text(r, label=lambda s: noisy.get(s, s)), r)

    # Traditional script (a Big5 gateway or a mirror), prose included.
    r = Report("鹤汀县交通运输局", 2020, "2019", 502, size=16)
    text = render_text(r)
    emit("traditional-script-2020.txt", trad(text), r, issuer_printed=trad(r.issuer))

    # Units inside cells, signed values, decimals, placeholders in table 二.
    r = Report("青萝县财政局", 2019, "2019", 503, size=24)
    r.t2 = [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("规章", ["—", "—", "—"]), ("规范性文件", ["4件", "4件", "31件"])]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政许可", ["1210", "+1036", "3312"]), ("其他对外管理服务事项", ["17", "-8", "/"])]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政处罚", ["64", "-3", "58"]), ("行政强制", ["无", "无", "无"])]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", ["6", "0"])]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", ["38", "251000元"])]),
    ]
    emit("numbers-units-signs-placeholders-2019.txt", render_text(r), r)

    # Heading wordings of real reports; no heading at all before table 四.
    r = Report("岚关县审计局", 2023, "2021", 504, size=4)
    r.headings = ["一、2023年政务公开总体情况", "二、行政机关主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况",
                  "六、其他需要报告的事项"]
    emit("headings-variants-2023.txt", render_text(r), r)

    # Labels with typos, to be named by their position.
    r = Report("漱溪区市场监督管理局", 2021, "2021", 505, size=38)
    typo = {"5.属于三类内部事务信息": "5.属于三类内部事物信息", "4.保护第三方合法权益": "4.保护第三人合法权益",
            "3.补正后申请内容仍不明确": "3.补正后申请内容仍不明", "8.属于行政查询事项": "8.属于行政查寻事项"}
    emit("labels-typos-by-position-2021.txt", render_text(r, label=lambda s: typo.get(s, s)), r)

    # Hubei 2020: notes inside labels, the row 其他主动公开文件, inserted prose, pasted 编写说明.
    r = Report("苇塘县人民政府办公室", 2020, "2019", 506, size=44)
    r.t2[0][2].append(("其他主动公开文件", ["36", "36", "212"]))
    hubei = {"规章": "规章（设区的市、自治州人民政府应提供相关数据）", "上一年项目数量": "上一年项目数量（指2019年事项数）"}
    r.prose[3] = ["该部分以表格形式报告。表格如下：",
                  "编写说明：可先适当综述。要注意数据间的逻辑关系，“其他处理”项目：主要考虑极少数特殊情况。"]
    emit("province-notes-extra-row-2020.txt", render_text(r, label=lambda s: hubei.get(s, s)), r,
         note="table 二 has the province's extra row 其他主动公开文件 (not a template cell)")

    # A tool added a 法人或其他组织小计 column and subtotal rows for （三）…（六）.
    r = Report("云渡县人民政府办公室", 2021, "2021", 507, size=52)
    emit("tool-subtotals-2021.txt", render_subtotals(r), r,
         note="extra column 法人或其他组织小计 (after 其他) and subtotal rows 小计 under （三）（四）（五）（六）")


def render_subtotals(r):
    lines = render_text(r).split("\n")
    out, i = [], 0
    text = "\n".join(lines)
    # Rebuild table 三 with the extra column and subtotal rows.
    start = text.index("\t" + CORNER)
    end = text.index("四、政府信息公开行政复议")
    rows = t3_blocks(r, value=lambda k, c, v: str(v))
    new_rows = []
    sub_after = {"denied.administrative_query": "（三）", "unable.still_unclear": "（四）",
                 "not_processed.confirm_or_reissue": "（五）", "other.other": "（六）"}
    keys = [k for k, _, _, _ in all_rows(r.template)]
    new_rows.append(rows[0])
    new_rows.append(rows[1][:3] + [["法人或其他组织小计"]] + rows[1][3:])
    new_rows.append(rows[2])
    for key, row in zip(keys, rows[3:]):
        vals = r.t3[key]
        row = row[:-1] + [[str(sum(vals[1:6]))]] + row[-1:]
        new_rows.append(row)
        if key in sub_after:
            prefix = sub_after[key]
            subs = [sum(v[c] for k2, v in r.t3.items() if k2 in group_keys(r, prefix)) for c in range(7)]
            new_rows.append([[""], [""], ["小计"]] + [[str(v)] for v in subs[:6]] +
                            [[str(sum(subs[1:6]))], [str(subs[6])]])
    table = "\n".join(text_table(new_rows))
    return text[:start] + table + "\n\n\n" + text[end:]


def group_keys(r, prefix):
    return {k for k, _, g, _ in all_rows(r.template) if g and g.startswith(prefix)}


def template_samples():
    # Real reports on the wrong template for their year: these are defects of the report.
    r = Report("桂岙镇人民政府", 2020, "2021", 601, size=5)
    emit("wrong-template-2021-columns-in-2020.txt", render_text(r), r,
         expected="template-year-mismatch (warning): a real defect of the report")
    r = Report("芦汀乡人民政府", 2021, "2019", 602, size=3)
    emit("wrong-template-2019-rows-in-2021.txt", render_text(r), r,
         expected="template-year-mismatch (warning): a real defect of the report")


# ---------------------------------------------------------------------------------------------
# Issuer and year

def issuer_samples():
    r = Report("漱溪区人民政府办公室", 2020, "2019", 701, size=48)
    r.title = "2020年漱溪区人民政府办公室政府信息公开工作年度报告"
    emit("issuer-year-before-name-2020.txt", render_text(r), r)

    r = Report("枫岭县人民政府办公室", 2021, "2021", 702, size=36)
    r.title = "标题：枫岭县人民政府办公室2021年政府信息公开工作年度报告"
    r.before = ["来源：枫岭县人民政府办公室　　发布时间：2022-01-28　　浏览次数：312", ""]
    emit("issuer-crawler-field-2021.txt", render_text(r), r)

    r = Report("石埠县民族宗教事务局", 2022, "2021", 703, size=7)
    r.title = "政府信息公开工作年度报告"
    r.prose[1][0] = r.prose[1][0].replace("石埠县民族宗教事务局", "我局")
    r.prose[1][0] = r.prose[1][0].replace("2022年，", "本年度，")
    r.signature = ["", "石埠县民族宗教事务局", "2023年1月18日"]
    emit("issuer-signature-only-2022.txt", render_text(r), r,
         note="issuer and date only in the signature; the title names neither")

    r = Report("澄川区司法局", 2022, "2021", 705, size=11)
    r.title = "2022年政府信息公开工作年度报告"
    r.before = ["来源: 澄川区司法局", "发布时间: 2023-01-16", ""]
    r.prose[1][0] = r.prose[1][0].replace("澄川区司法局", "我局")
    emit("issuer-source-field-2022.txt", render_text(r), r,
         note="the title names no issuer; the crawler's 来源: field does")

    r = Report("云渡县档案馆", 2021, "2021", 704, size=5)
    r.title = "云渡县档案馆政府信息公开工作年度报告"
    r.prose[1][0] = r.prose[1][0].replace("2021年，", "本年度，")
    emit("year-unknown.txt", render_text(r), r, year=None,
         note="no year anywhere: the title has none, the prose says 本年度, no signature date")


# ---------------------------------------------------------------------------------------------
# Reports of the years before 2019 (2008 regulation: no national template)

PRE_2019 = """临溪县人民政府2017年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由临溪县人民政府办公室编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进措施，其他需要报告的事项。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。
一、概述
2017年，我县认真贯彻落实《条例》，健全政府信息公开工作机制，完善公开目录，规范依申请公开办理流程，政府信息公开工作取得新进展。
二、主动公开政府信息情况
全年主动公开政府信息2316条，其中县政府门户网站发布1874条，政府公报刊登12期，政务微博、微信发布430条。
三、依申请公开政府信息情况
全年共受理政府信息公开申请46件，其中当面申请9件，网络申请31件，信函申请6件。已全部按期答复，其中同意公开29件，部分公开5件，不予公开3件，信息不存在7件，非本机关职责范围2件。
四、政府信息公开的收费及减免情况
全年未收取政府信息公开检索、复制、邮寄等费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
全年因政府信息公开申请提起行政复议2件，提起行政诉讼1件，均已审结，维持原具体行政行为。
六、政府信息公开工作存在的主要问题及改进措施
主要问题是部分单位公开意识不强，信息更新不够及时。下一步将加强督促检查，提高公开质量。
七、其他需要报告的事项
无。

临溪县人民政府办公室
2018年3月20日
"""

PRE_2019_TABLE = """枫岭县国土资源局2018年政府信息公开工作年度报告

一、概述
2018年，我局按照《中华人民共和国政府信息公开条例》要求，做好政府信息公开工作。
二、主动公开政府信息情况
全年主动公开政府信息412条。
三、依申请公开政府信息情况
全年共受理申请19件，办理情况见下表。
\t申请情况统计表

\t项目
\t申请总数
\t同意公开
\t部分公开
\t不予公开
\t信息不存在
\t非本机关职责范围

\t件数
\t19
\t11
\t2
\t1
\t4
\t1


四、政府信息公开的收费及减免情况
未收取任何费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
无。
六、政府信息公开工作存在的主要问题及改进措施
公开的及时性有待提高。
七、其他需要报告的事项
无。
"""


def pre_2019_samples():
    emit("pre-2019-report-2017.txt", PRE_2019, None, template="none", year=2017, issuer="临溪县人民政府",
         expected="one finding: a report of the 2008 regulation, not checked (no national template)")
    emit("pre-2019-own-table-2018.txt", PRE_2019_TABLE, None, template="none", year=2018, issuer="枫岭县国土资源局",
         expected="one finding: a report of the 2008 regulation, not checked; its own table is not table 三")


# ---------------------------------------------------------------------------------------------
# A folder with files xxgk cannot read next to a report

def png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def ole_bytes(tag):
    """The first sector of an OLE2 compound file (.doc, .wps, .xls), then filler."""
    head = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    return head + b"\x00" * (512 - len(head)) + tag.encode("ascii") * 8


def folder_samples():
    r = Report("望川县人民政府办公室", 2021, "2021", 801, size=30)
    emit("folder-with-other-files/望川县人民政府办公室2021年政府信息公开工作年度报告.txt", render_text(r), r)
    emit("folder-with-other-files/望川县人民政府办公室2021年政府信息公开工作年度报告.doc", ole_bytes("WordDocument"), None,
         expected="note: skipped, .doc is not supported (save as .docx)")
    emit("folder-with-other-files/望川县教育局2021年政府信息公开工作年度报告.wps", ole_bytes("WpsContent"), None,
         expected="note: skipped, .wps is not supported")
    emit("folder-with-other-files/2021年依申请公开统计表.xls", ole_bytes("Workbook"), None,
         expected="note: skipped, .xls is not supported")
    emit("folder-with-other-files/年报截图.png", png_bytes(), None, expected="note: skipped, an image")


def main():
    text_samples()
    flat_samples()
    markdown_samples()
    html_samples()
    label_samples()
    template_samples()
    issuer_samples()
    pre_2019_samples()
    folder_samples()
    for name, data in OUT.items():
        path = HERE / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
