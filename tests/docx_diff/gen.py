# Random well-formed WordprocessingML bodies from a grammar that puts every element the walker
# knows (and some it does not) in every place, to compare the old and new walkers on.
import random, sys
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
S = 'http://purl.oclc.org/ooxml/wordprocessingml/main'
WRAP = ["sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo", "fldSimple", "dir", "bdo",
        "del", "moveFrom", "x:foo", "pPr", "rPr"]
R = random.Random(int(sys.argv[2]))

def maybe(p): return R.random() < p
def val(name, choices): 
    v = R.choice(choices)
    if v is None: return "<w:%s/>" % name
    attr = R.choice(['w:val', 'val', 'w:val', 'x:val'])
    return '<w:%s %s="%s"/>' % (name, attr, v)

def text():
    return R.choice(["一", "、", "总计", "1", " 2 ", "", " ", "　", "\u00a0", "&amp;", "&#x4e00;", "<![CDATA[c]]>", "a<!--c-->b", "x\r\ny"])

def run(d):
    parts = []
    for _ in range(R.randint(0, 4)):
        k = R.random()
        if k < 0.5: parts.append("<w:t>%s</w:t>" % text())
        elif k < 0.6: parts.append("<w:t/>")
        elif k < 0.65: parts.append("<w:t>a<w:t>b</w:t>c</w:t>")
        elif k < 0.7: parts.append(R.choice(["<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", "<w:softHyphen/>", "<w:tab>t</w:tab>"]))
        elif k < 0.75: parts.append("<w:delText>删</w:delText>")
        elif k < 0.8: parts.append("<w:instrText>PAGE</w:instrText>")
        elif k < 0.85: parts.append("<x:t>外</x:t>")
        elif k < 0.9: parts.append("<w:ins><w:t>包</w:t></w:ins>")
        else: parts.append("<w:p><w:r><w:t>内</w:t></w:r></w:p>")
    return "<w:r>%s</w:r>" % "".join(parts)

def inline(d):
    out = []
    for _ in range(R.randint(0, 4)):
        k = R.random()
        if k < 0.55: out.append(run(d))
        elif k < 0.7 and d < 6: out.append(wrap(inline(d + 1)))
        elif k < 0.8 and d < 6: out.append(sdt(inline(d + 1)))
        elif k < 0.85: out.append("<w:tbl><w:tr><w:tc><w:p>%s</w:p></w:tc></w:tr></w:tbl>" % run(d))
        elif k < 0.9: out.append("<w:bookmarkStart w:id=\"0\"/>")
        else: out.append("<w:pPr><w:r><w:t>属性</w:t></w:r></w:pPr>")
    return "".join(out)

def wrap(inner):
    w = R.choice(WRAP)
    return "<w:%s>%s</w:%s>" % (w, inner, w) if not w.startswith("x:") else "<%s>%s</%s>" % (w, inner, w)

def sdt(inner):
    parts = []
    if maybe(0.6): parts.append("<w:sdtPr><w:alias w:val=\"a\"/><w:p><w:r><w:t>不是</w:t></w:r></w:p></w:sdtPr>")
    if maybe(0.9): parts.append("<w:sdtContent>%s</w:sdtContent>" % inner)
    if maybe(0.2): parts.append("<w:sdtContent><w:p><w:r><w:t>第二</w:t></w:r></w:p></w:sdtContent>")
    if maybe(0.2): parts.append("<w:sdtEndPr/>")
    if maybe(0.15): R.shuffle(parts)
    return "<w:sdt>%s</w:sdt>" % "".join(parts)

def para(d):
    return "<w:p>%s</w:p>" % inline(d) if maybe(0.9) else "<w:p/>"

def tcpr():
    parts = []
    for _ in range(R.randint(0, 3)):
        k = R.random()
        if k < 0.4: parts.append(val("gridSpan", [None, "1", "2", "3", "0", "x9", "99999", "12345", "64", "", " 2"]))
        elif k < 0.8: parts.append(val("vMerge", [None, "restart", "continue", "Restart", ""]))
        else: parts.append("<w:tcW w:w=\"100\"/>")
    return "<w:tcPr>%s</w:tcPr>" % "".join(parts)

def cell(d):
    parts = []
    if maybe(0.7): parts.append(tcpr())
    for _ in range(R.randint(0, 3)):
        k = R.random()
        if k < 0.6: parts.append(para(d))
        elif k < 0.7 and d < 4: parts.append(table(d + 1))
        elif k < 0.8 and d < 6: parts.append(wrap(cell_content(d + 1)))
        elif k < 0.9 and d < 6: parts.append(sdt(cell_content(d + 1)))
        else: parts.append(tcpr())
    if maybe(0.1): R.shuffle(parts)
    return "<w:tc>%s</w:tc>" % "".join(parts)

def cell_content(d):
    return "".join(para(d) if maybe(0.7) else (table(d + 1) if d < 4 else "") for _ in range(R.randint(0, 2)))

def trpr():
    parts = []
    for _ in range(R.randint(0, 2)):
        parts.append(val("gridBefore", [None, "0", "1", "2", "3", "x", "70"]) if maybe(0.8) else "<w:jc/>")
    return "<w:trPr>%s</w:trPr>" % "".join(parts)

def row(d):
    parts = []
    if maybe(0.5): parts.append(trpr())
    for _ in range(R.randint(0, 4)):
        k = R.random()
        if k < 0.75: parts.append(cell(d))
        elif k < 0.8: parts.append("<w:customXml>%s</w:customXml>" % cell(d))
        elif k < 0.85: parts.append(sdt(cell(d)))
        elif k < 0.9: parts.append(wrap(cell(d)))
        else: parts.append(trpr())
    if maybe(0.1): R.shuffle(parts)
    return "<w:tr>%s</w:tr>" % "".join(parts)

def table(d):
    parts = ["<w:tblPr/>"] if maybe(0.5) else []
    for _ in range(R.randint(0, 5)):
        k = R.random()
        if k < 0.75: parts.append(row(d))
        elif k < 0.8: parts.append("<w:customXml>%s</w:customXml>" % row(d))
        elif k < 0.85: parts.append(sdt(row(d)))
        elif k < 0.9: parts.append(wrap(row(d)))
        elif k < 0.95: parts.append(cell(d))
        else: parts.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>直</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    return "<w:tbl>%s</w:tbl>" % "".join(parts)

def blocks(d):
    out = []
    for _ in range(R.randint(1, 6)):
        k = R.random()
        if k < 0.45: out.append(para(d))
        elif k < 0.75: out.append(table(d))
        elif k < 0.85 and d < 5: out.append(wrap(blocks(d + 1)))
        elif k < 0.95 and d < 5: out.append(sdt(blocks(d + 1)))
        else: out.append("<w:sectPr/>")
    return "".join(out)

def document():
    ns = W if maybe(0.9) else 'xmlns:w="%s"' % S
    extra = ' xmlns:x="urn:x"'
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    before = "<w:background/>" if maybe(0.2) else ""
    body = "<w:body>%s</w:body>" % blocks(0)
    if maybe(0.1): body += "<w:body><w:p><w:r><w:t>第二个</w:t></w:r></w:p></w:body>"
    if maybe(0.05): body = "<x:body>%s</x:body>" % blocks(0)
    return head + "<w:document %s%s>%s%s</w:document>" % (ns, extra, before, body)

out = sys.argv[1]
for i in range(int(sys.argv[3])):
    with open("%s/%05d.xml" % (out, i), "w", encoding="utf-8") as f:
        f.write(document())
