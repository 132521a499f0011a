#!/usr/bin/python3
"""`xxgk check --format xlsx` on samples/city, read back with openpyxl: the sheets, their header
rows (Chinese, and English with --lang en), numbers stored as numbers, Chinese text intact, the
header frozen and filtered, and no temporary file left behind.
    xlsx_test.py XXGK ROOT openpyxl|libreoffice
The libreoffice case converts the workbook with `soffice --headless --convert-to csv` and exits
77 (skipped) where LibreOffice or its spreadsheet part is not installed."""
import os
import shutil
import subprocess
import sys
import tempfile

xxgk, root, case = sys.argv[1], sys.argv[2], sys.argv[3]
CITY = ["--cross", "--expect", "samples/city/expect.csv", "samples/city/"]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def workbook(tmp, *extra, code=0):
    out = os.path.join(tmp, "汇总.xlsx")
    scratch = os.path.join(tmp, "scratch")
    os.makedirs(scratch, exist_ok=True)
    env = dict(os.environ, TMPDIR=scratch)
    run = subprocess.run([xxgk, "check", "--format", "xlsx", "-o", out, *CITY, *extra], cwd=root, env=env,
                         capture_output=True)
    check(run.returncode == code, f"exit code {run.returncode}, stderr {run.stderr!r}")
    check(run.stdout == b"", f"stdout not empty: {run.stdout[:200]!r}")
    check(os.listdir(scratch) == [], f"temporary files left: {os.listdir(scratch)}")
    return out


def rows(sheet):
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def case_openpyxl():
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        book = openpyxl.load_workbook(workbook(tmp))
        check(book.sheetnames == ["汇总", "问题", "表三", "表四", "缺报"], f"sheets {book.sheetnames}")
        summary = rows(book["汇总"])
        check(summary[0] == ["文件", "发布机关", "年度", "模板", "状态", "错误", "警告", "提示", "新收", "上年结转",
                             "办结（七）总计", "结转下年度", "复议总计", "诉讼总计", "规范性文件制发",
                             "规范性文件现行有效", "第一个错误"], f"汇总 header {summary[0]}")
        check(len(summary) == 1 + 15, f"汇总 has {len(summary) - 1} report rows, not 15")
        finance = [r for r in summary if r[1] == "霁川市财政局" and r[2] == 2023]
        check(len(finance) == 1, "no 汇总 row for 霁川市财政局 2023 (Chinese text or year as a number)")
        if finance:
            r = finance[0]
            check(r[12] == 30000 and isinstance(r[12], (int, float)), f"复议总计 is {r[12]!r}, not the number 30000")
            check(r[4] == "有问题" and r[7] == 1, f"status {r[4]!r}, notes {r[7]!r}: the year-over-year note counts")
        district = [r for r in summary if r[1] == "霁川市蓝溪区人民政府" and r[2] == 2023][0]
        check(district[6] == 4, f"the district's warnings are {district[6]!r}, not the 4 of aggregate-sum")

        findings = rows(book["问题"])
        check(findings[0] == ["文件", "发布机关", "年度", "规则", "严重性", "信息", "行号", "位置", "表", "行", "列",
                              "值", "建议值"], f"问题 header {findings[0]}")
        rules = sorted(r[3] for r in findings[1:])
        check(rules == sorted(["not-a-report"] * 2 + ["carry-over-continuity"] * 2 + ["report-unexpected"] +
                              ["aggregate-sum"] * 4 + ["year-over-year-jump"] + ["report-missing"] * 2),
              f"问题 rules {rules}")
        aggregate = [r for r in findings if r[3] == "aggregate-sum"]
        check(aggregate and aggregate[0][11] == 12 and aggregate[0][12] == 11,
              f"aggregate-sum value and suggested value: {aggregate[:1]}")

        missing = rows(book["缺报"])
        check(missing == [["发布机关", "年度", "上级", "名单行号"], ["霁川市自然资源局", 2023, None, 8],
                          ["霁川市市场监督管理局", 2023, None, 9]], f"缺报 {missing}")
        table3 = rows(book["表三"])
        check(len(table3) == 16 and table3[0][3] == "一、本年新收政府信息公开申请数量 · 自然人",
              f"表三: {len(table3)} rows, first cell column {table3[0][3]!r}")
        table4 = rows(book["表四"])
        check(len(table4) == 16 and len(table4[0]) == 3 + 15, f"表四: {len(table4)} rows, {len(table4[0])} columns")
        for name in book.sheetnames:
            sheet = book[name]
            check(sheet.freeze_panes in ("A2", "D2"), f"{name}: frozen at {sheet.freeze_panes}")
            check(bool(sheet.auto_filter.ref), f"{name}: no filter")

        # A .docx, a PDF and an HTML table have no line worth a number: the place column says
        # where, as the text output does.
        pdf = "PDF 有" in subprocess.run([xxgk, "--version"], capture_output=True, text=True).stdout
        places = openpyxl.load_workbook(workbook(tmp, "samples/docx/broken-applicant-total.docx",
                                                 "samples/docx/prose-mismatch-not-processed-2021.docx",
                                                 "samples/html/broken-applicant-total.html",
                                                 *(["samples/pdf/office-broken-results-total.pdf"] if pdf else []),
                                                 code=1))
        found = {(r[0], r[7]) for r in rows(places["问题"])[1:] if r[0].startswith(("samples/docx", "samples/html",
                                                                                    "samples/pdf"))}
        expected = {("samples/docx/broken-applicant-total.docx", "第 2 个表格，第 4 行，第 8 格"),
                    ("samples/docx/prose-mismatch-not-processed-2021.docx", "第 9 段，第 53 字"),
                    ("samples/html/broken-applicant-total.html", "第 2 个表格，第 4 行，第 8 格")}
        if pdf:
            expected.add(("samples/pdf/office-broken-results-total.pdf", "第 3 页"))
        check(expected <= found, f"places {sorted(found, key=str)}")

        en = openpyxl.load_workbook(workbook(tmp, "--lang", "en"))
        check(en.sheetnames == ["Summary", "Findings", "Table 3", "Table 4", "Missing"], f"en sheets {en.sheetnames}")
        check(rows(en["Findings"])[0][:6] == ["file", "issuer", "year", "rule", "severity", "message"],
              f"en header {rows(en['Findings'])[0]}")


    # No temporary workbook can be made: exit 2, one line, no output file.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "汇总.xlsx")
        run = subprocess.run([xxgk, "check", "--format", "xlsx", "-o", out, "samples/clean-2021.txt"], cwd=root,
                             env=dict(os.environ, TMPDIR="/proc"), capture_output=True)
        check(run.returncode == 2 and run.stderr == f"xxgk: {out}: 无法写出输出\n".encode()
              and not os.path.exists(out), f"no temporary file: {run.returncode} {run.stderr!r}")


def case_libreoffice():
    soffice = shutil.which("soffice")
    if not soffice:
        print("skipped: LibreOffice (soffice) is not installed")
        sys.exit(77)
    # Debian splits LibreOffice: without libreoffice-calc it opens no workbook at all.
    program = os.path.dirname(os.path.realpath(soffice))
    if not os.path.exists(os.path.join(program, "libsclo.so")):
        print("skipped: LibreOffice is installed without its spreadsheet part (libreoffice-calc)")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as tmp:
        book = workbook(tmp)
        env = dict(os.environ, HOME=tmp)  # a profile of its own, not the user's
        run = subprocess.run([soffice, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", tmp, book], env=env,
                             capture_output=True, timeout=120)
        csv = os.path.join(tmp, "汇总.csv")
        check(run.returncode == 0 and os.path.exists(csv), f"soffice: {run.returncode} {run.stderr!r} {run.stdout!r}")
        if os.path.exists(csv):
            text = open(csv, encoding="utf-8", errors="replace").read()
            check(text.startswith("文件,发布机关,年度"), f"converted: {text[:80]!r}")


{"openpyxl": case_openpyxl, "libreoffice": case_libreoffice}[case]()
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
