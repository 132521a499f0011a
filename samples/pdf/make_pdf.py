#!/usr/bin/env python3
"""Writes the PDF samples from our text samples, the two ways PDFs of reports are made.

- "office" (Word/WPS export): the .docx that samples/docx/make_docx.py writes from a text
  sample, converted by LibreOffice (soffice --headless --convert-to pdf): CID fonts, one text
  box per cell line, numbers centred, tables crossing pages with their rows cut by the break.
- "web" (a browser's print of the published page): the Word-style HTML that
  samples/html/make_html.py writes from a text sample, printed by headless Chromium
  (--print-to-pdf): the date and title above each page and the address and page number below,
  blank cells with no text at all, tables crossing pages.

Plus a scan (a page image in a PDF, no text layer) and an encrypted copy (qpdf). Sources that
are not samples already are written first as text samples: a variant with blank cells in from/,
one with a misspelt label as samples/broken-row-named-by-position.txt. LibreOffice, Chromium
and qpdf are needed to run this script, not to run the tests: the PDFs are committed.
The PDF bytes differ between runs (creation dates, font subset names); their text does not.
Usage: python3 samples/pdf/make_pdf.py [PDF...]   (the PDFs named, else all of them)
"""
import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_docx = load("make_docx", SAMPLES / "docx" / "make_docx.py")
make_html = load("make_html", SAMPLES / "html" / "make_html.py")

# (pdf, how, source text relative to samples/, html options)
PDFS = [
    ("office-clean-2019.pdf", "office", "clean-2019.txt", set()),
    ("office-clean-2021.pdf", "office", "clean-2021.txt", set()),
    ("office-broken-application-balance.pdf", "office", "broken-application-balance.txt", set()),
    ("office-broken-results-total.pdf", "office", "broken-results-total.txt", set()),
    ("office-broken-applicant-total.pdf", "office", "broken-applicant-total.txt", set()),
    ("office-broken-review-total.pdf", "office", "broken-review-total.txt", set()),
    ("office-broken-litigation-direct-total.pdf", "office", "broken-litigation-direct-total.txt", set()),
    ("office-broken-litigation-after-review-total.pdf", "office", "broken-litigation-after-review-total.txt", set()),
    ("office-misspelt-label-2021.pdf", "office", "broken-row-named-by-position.txt", set()),
    ("web-clean-2019.pdf", "web", "clean-2019.txt", set()),
    ("web-clean-2021.pdf", "web", "clean-2021.txt", set()),
    ("web-broken-results-total.pdf", "web", "broken-results-total.txt", set()),
    ("web-blank-cells-2019.pdf", "web", "pdf/from/blank-cells-2019.txt", set()),
    ("web-clipped-2021.pdf", "web", "clean-2021.txt", {"clip"}),
    ("web-no-rulings-2021.pdf", "web", "clean-2021.txt", {"borderless"}),
    ("office-prose-mismatch-not-processed-2021.pdf", "office", "prose/mismatch-not-processed-2021.txt", set()),
    ("web-prose-mismatch-not-processed-2021.pdf", "web", "prose/mismatch-not-processed-2021.txt", set()),
]


def blank_cells(text):
    """clean-2019 with table 三's 其他 column moved into 法律服务机构 (every sum still holds), then
    every 0 of table 三 left blank: a blank column (其他), blank rows (all zero) and blank cells."""
    blocks = text.split("\n\n")
    out, in_table3 = [], False
    for block in blocks:
        lines = block.split("\n")
        if any("本年新收政府信息公开申请数量" in l for l in lines):
            in_table3 = True
        cells = [i for i, l in enumerate(lines) if l.startswith("\t")]
        values = [i for i in cells if lines[i].strip(" \t\u3000\u00a0").lstrip("+-").isdigit()]
        if in_table3 and len(values) == 7:
            nums = [int(lines[i].strip(" \t\u3000\u00a0")) for i in values]
            nums[4], nums[5] = nums[4] + nums[5], 0
            for i, n in zip(values, nums):
                lines[i] = "\t" if n == 0 else f"\t{n}"
        if any("结转下年度继续办理" in l for l in lines):
            in_table3 = False
        out.append("\n".join(lines))
    return "\n\n".join(out)


def write_sources():
    clean_2019 = (SAMPLES / "clean-2019.txt").read_text(encoding="utf-8")
    (HERE / "from" / "blank-cells-2019.txt").write_text(blank_cells(clean_2019), encoding="utf-8")
    clean_2021 = (SAMPLES / "clean-2021.txt").read_text(encoding="utf-8")
    # A typo of the kind real reports have: 事物 for 事务 (also the rule's bad example).
    (SAMPLES / "broken-row-named-by-position.txt").write_text(
        clean_2021.replace("5.属于三类内部事务信息", "5.属于三类内部事物信息"), encoding="utf-8")


def web_html(source, opts):
    html = make_html.build(source, '<meta charset="utf-8">', set())
    style = "<style>@page { size: A4; margin: 15mm }</style>\n"
    if "clip" in opts:
        # A table wider than the page, pushed right: its right border falls past the paper.
        style += ("<style>html, body { overflow: hidden; width: 180mm } table { margin-left: 80pt } "
                  "div[align=center] { text-align: left }</style>\n")
    if "borderless" in opts:  # a table printed without ruling lines
        style += "<style>td { border: none !important }</style>\n"
    return html.replace("</head>", style + "</head>", 1)


def chromium(html_path, pdf_path, tmp):
    profile = tempfile.mkdtemp(dir=tmp)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}", f"file://{html_path}"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(only):
    write_sources()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for pdf, how, source, opts in PDFS:
            if only and pdf not in only:
                continue
            stem = pathlib.Path(pdf).stem
            if how == "office":
                text = (SAMPLES / source).read_text(encoding="utf-8")
                make_docx.write_docx(tmp / f"{stem}.docx", make_docx.document_xml(text, False))
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                                str(tmp / f"{stem}.docx")], check=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            else:
                (tmp / f"{stem}.html").write_text(web_html(source, opts), encoding="utf-8")
                chromium(tmp / f"{stem}.html", tmp / f"{stem}.pdf", tmp)
            shutil.copy(tmp / f"{stem}.pdf", HERE / pdf)
            print(f"wrote samples/pdf/{pdf} ({how}, from samples/{source})")
        if only:
            return
        # A scan: the first page of a report as an image, printed into a PDF without text.
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(HERE / "office-clean-2021.pdf"),
                        str(tmp / "page")], check=True)
        page = next(tmp.glob("page*.png"))
        (tmp / "scan.html").write_text(
            f"<style>@page {{ size: A4; margin: 0 }} body {{ margin: 0 }}</style><img src='{page.name}' "
            "style='width: 100%'>", encoding="utf-8")
        chromium(tmp / "scan.html", HERE / "scanned-2021.pdf", tmp)
        print("wrote samples/pdf/scanned-2021.pdf (an image, no text layer)")
        subprocess.run(["qpdf", "--encrypt", "user-password", "owner-password", "256", "--",
                        str(HERE / "office-clean-2021.pdf"), str(HERE / "encrypted-2021.pdf")], check=True)
        print("wrote samples/pdf/encrypted-2021.pdf (AES-256, user password 'user-password')")


if __name__ == "__main__":
    os.chdir(SAMPLES.parent)
    main(set(sys.argv[1:]))
