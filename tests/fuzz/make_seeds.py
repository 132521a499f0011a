#!/usr/bin/env python3
"""Writes the fuzzers' compact HTML seeds (from samples/html/) and dictionary (xxgk.dict).

Word-exported samples are 100-400 KB, mostly style sheet; a fuzzer mutating them spends its
time in CSS. These keep the document's structure (headings, tables, rowspan/colspan, the
charset) and drop the rest, so a seed is a few KB and every mutation lands near a table.
Run from the repository root: python3 tests/fuzz/make_seeds.py
"""
import pathlib
import re

SRC = pathlib.Path("samples/html")
DST = pathlib.Path("tests/fuzz/seeds/html")

KEEP_ATTRS = re.compile(r'\s(rowspan|colspan|charset|content|http-equiv)=("[^"]*"|\'[^\']*\'|[^\s>]+)', re.I)


def compact(html: str) -> str:
    html = re.sub(r"<style.*?</style>", "", html, flags=re.S | re.I)
    html = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    html = re.sub(r"<!\[if.*?<!\[endif\]>", "", html, flags=re.S)
    html = re.sub(r"</?(span|font|o:p|b|i|u|a)(\s[^>]*)?>", "", html, flags=re.I)

    def tag(m):
        name, attrs = m.group(1), m.group(2) or ""
        kept = "".join(f" {k}={v}" for k, v in KEEP_ATTRS.findall(attrs))
        return f"<{name}{kept}>"

    html = re.sub(r"<([a-zA-Z][\w:]*)(\s[^>]*)?>", tag, html)
    html = re.sub(r"[ \t]*\n\s*", "\n", html)
    return html


# Markup and syntax the readers key on, beside the template's labels.
TOKENS = [
    b"\t", b"\n\n", b"\r\n", b"|", b"| --- |", b"|---|", b"\xef\xbb\xbf",
    b"<table>", b"</table>", b"<tr>", b"</tr>", b"<td>", b"</td>", b"<th>", b"<p>", b"<br>",
    b"&nbsp;", b" rowspan=2", b" colspan=3", b'<meta charset="gbk">', b'<meta charset="utf-8">',
    b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    b"PK\x03\x04", b"word/document.xml", b"<w:tbl>", b"<w:tr>", b"<w:tc>", b"<w:p>", b"<w:t>",
    b'<w:gridSpan w:val="2"/>', b'<w:vMerge w:val="restart"/>', b"<w:vMerge/>",
    b"-", b"0", b"9", b"1,234", b"12.5", "—".encode(), "　".encode(),
]


def escape(value: bytes) -> str:
    """A libFuzzer dictionary string: printable ASCII as is, every other byte as \\xNN."""
    return "".join(f"\\x{b:02x}" if b > 0x7e or b < 0x20 or b in b'"\\' else chr(b) for b in value)


def labels():
    """Every line of the clean text samples that has Chinese in it: headings, row labels,
    column labels."""
    seen = []
    for name in ("samples/clean-2019.txt", "samples/clean-2021.txt"):
        for line in pathlib.Path(name).read_text(encoding="utf-8").splitlines():
            line = line.strip().strip("\u3000")
            if line and len(line) <= 40 and re.search(r"[\u4e00-\u9fff]", line) and line not in seen:
                seen.append(line)
    # libFuzzer takes entries of at most 64 bytes: a long label contributes its beginning.
    return [label.encode("utf-8")[:64].decode("utf-8", "ignore").encode("utf-8") for label in seen]


def write_dict():
    lines = ["# libFuzzer dictionary for xxgk: written by tests/fuzz/make_seeds.py, do not edit."]
    lines += [f'"{escape(t)}"' for t in TOKENS + labels()]
    pathlib.Path("tests/fuzz/xxgk.dict").write_text("\n".join(lines) + "\n", encoding="ascii")


def main():
    write_dict()
    DST.mkdir(parents=True, exist_ok=True)
    for path in sorted(SRC.glob("*.html")):
        raw = path.read_bytes()
        encoding = "gbk" if re.search(rb"charset=[\"']?(gbk|gb2312|gb18030)", raw, re.I) else "utf-8"
        text = compact(raw.decode(encoding))
        (DST / path.name).write_bytes(text.encode(encoding))


if __name__ == "__main__":
    main()
