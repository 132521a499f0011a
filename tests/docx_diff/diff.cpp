// Differential check (temporary, issue 19): the tree walker of main (old_walker.cpp) against
// parse_document_xml (streaming) on the same word/document.xml: equal Documents, or byte-identical
// errors.
//   docx_diff [--show] FILE...                   .docx (word/document.xml inflated) or raw XML files
//   docx_diff [--structural] --mutate N SEED FILE... N mutants of each file (--structural: well-formed ones)
//   docx_diff --shift FILE...                    each XML with 0..1100 bytes of padding before the root
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "readers/docx/parts.hpp"

namespace xxgk::docx_old {
Result<Document> parse_document_xml_old(std::string_view xml);
}

using namespace xxgk;

static std::string pos(const Position& p) {
    char b[200];
    std::snprintf(b, sizeof b, "[l%d c%d t%d r%d c%d p%d pg%d box%g,%g,%g,%g]", p.line, p.column, p.table, p.row,
                  p.cell, p.paragraph, p.page, p.box.x0, p.box.y0, p.box.x1, p.box.y1);
    return b;
}

static std::string dump(const Result<Document>& r) {
    if (!r) return "ERROR line=" + std::to_string(r.error().line) + " en=" + r.error().message + " zh=" + r.error().message_zh;
    std::string o;
    for (const Block& b : r->blocks) {
        if (b.kind == Block::Kind::paragraph) {
            o += "P " + pos(b.paragraph.pos) + " {" + b.paragraph.text + "}\n";
            continue;
        }
        o += "T " + pos(b.table.pos) + (b.table.by_position ? " bypos" : "") + "\n";
        for (const DocRow& row : b.table.rows) {
            o += " R " + pos(row.pos) + (row.recovered ? " rec" : "") + " readings=" + std::to_string(row.readings.size()) + "\n";
            for (const DocCell& c : row.cells)
                o += "  C " + pos(c.pos) + " " + std::to_string(c.rowspan) + "x" + std::to_string(c.colspan) +
                     (c.run_together ? " rt" : "") + " {" + c.text + "}\n";
        }
    }
    return o;
}

static std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

static bool show = false;
static long compared = 0, errors_both = 0, docs_both = 0, differ = 0;

static void compare(const std::string& xml, const std::string& label) {
    Result<Document> a = docx_old::parse_document_xml_old(xml);
    Result<Document> b = docx::parse_document_xml(xml);
    ++compared;
    std::string da = dump(a), db = dump(b);
    if (show) std::printf("== %s\n%.600s\n", label.c_str(), db.c_str());
    if (da != db) {
        ++differ;
        std::printf("DIFFER %s\n", label.c_str());
        static int saved = 0;
        if (saved < 50) {
            std::string f = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/docx-differ-" + std::to_string(saved++) + ".xml";
            std::ofstream(f, std::ios::binary) << xml;
            std::printf("  saved %s\n  old: %.300s\n  new: %.300s\n", f.c_str(), da.c_str(), db.c_str());
        }
    } else if (a) {
        ++docs_both;
    } else {
        ++errors_both;
        if (std::getenv("DIFF_ERRORS")) std::printf("E %.90s\n", a.error().message.c_str());
    }
}

static std::string xml_of(const std::string& bytes, bool& ok) {
    ok = true;
    if (bytes.rfind("PK", 0) != 0) return bytes;
    Result<std::string> x = docx::read_zip_entry(bytes, "word/document.xml");
    if (!x) { ok = false; return {}; }
    return x.value();
}

// ---- mutations ----
static const char* kNames[] = {"p", "r", "t", "tbl", "tr", "tc", "tcPr", "trPr", "gridSpan", "vMerge", "gridBefore",
    "sdt", "sdtContent", "sdtPr", "customXml", "hyperlink", "ins", "del", "moveFrom", "moveTo", "delText", "instrText",
    "tab", "br", "cr", "noBreakHyphen", "body", "document", "smartTag", "fldSimple", "dir", "bdo", "pPr", "rPr", "tblPr"};
static const char* kWrappers[] = {"sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo", "fldSimple", "dir",
    "bdo", "del", "moveFrom", "p", "r", "t", "tc", "tr", "tbl", "tcPr", "trPr", "body"};
static const char* kSnippets[] = {
    "<w:p><w:r><w:t>插入</w:t></w:r></w:p>", "<w:p/>", "<w:r><w:t>8</w:t></w:r>", "<w:t>文</w:t>", "<w:t> </w:t>",
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>嵌</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", "<w:tbl/>", "<w:tr/>", "<w:tc/>",
    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>", "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>R</w:t></w:r></w:p></w:tc>",
    "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge val=\"restart\"/>", "<w:vMerge w:val=\"continue\"/>",
    "<w:gridSpan w:val=\"2\"/>", "<w:gridSpan val=\"3\"/>", "<w:gridSpan w:val=\"99999\"/>", "<w:gridSpan w:val=\"0\"/>",
    "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>", "<w:gridBefore w:val=\"2\"/>", "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>",
    "<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", "&amp;", "&#x4e00;", "&#20013;", "&lt;", "<![CDATA[c<d]]>",
    "<!-- c -->", "<?pi x?>", " ", "\r\n", "\n", "\t", "<x:t xmlns:x=\"urn:x\">外</x:t>", "<w:sdt><w:sdtPr><w:alias w:val=\"a\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>控</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    "<w:sdtContent><w:p><w:r><w:t>裸</w:t></w:r></w:p></w:sdtContent>", "<w:customXml><w:tr><w:tc><w:p/></w:tc></w:tr></w:customXml>",
    "<w:body><w:p><w:r><w:t>二</w:t></w:r></w:p></w:body>", "<w:delText>删</w:delText>", "<w:instrText>PAGE</w:instrText>",
    "<s:p xmlns:s=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><s:r><s:t>严</s:t></s:r></s:p>", "&unknown;", "　", "\xc2\xa0",
};

struct Extent { size_t start, end; std::string name; };  // [start, end) of an element <w:name ...>...</w:name>

static bool element_at(const std::string& s, size_t at, Extent& e) {
    if (s.compare(at, 3, "<w:") != 0) return false;
    size_t n = at + 3;
    while (n < s.size() && (isalnum((unsigned char)s[n]))) ++n;
    if (n == at + 3 || n >= s.size()) return false;
    e.name = s.substr(at + 3, n - at - 3);
    size_t gt = s.find('>', n);
    if (gt == std::string::npos) return false;
    if (s[gt - 1] == '/') { e.start = at; e.end = gt + 1; return true; }
    const std::string open = "<w:" + e.name, close = "</w:" + e.name + ">";
    int depth = 1;
    size_t k = gt + 1;
    while (depth > 0) {
        size_t o = s.find(open, k), c = s.find(close, k);
        if (c == std::string::npos) return false;
        if (o != std::string::npos && o < c) {
            size_t after = o + open.size();
            if (after < s.size() && (s[after] == ' ' || s[after] == '>' || s[after] == '/')) {
                size_t g = s.find('>', after);
                if (g == std::string::npos) return false;
                if (s[g - 1] != '/') ++depth;
                k = g + 1;
            } else {
                k = after;
            }
        } else {
            --depth;
            k = c + close.size();
        }
    }
    e.start = at;
    e.end = k;
    return true;
}

static bool random_element(const std::string& s, std::mt19937_64& rng, Extent& e) {
    for (int tries = 0; tries < 20; ++tries) {
        size_t at = s.find("<w:", rng() % s.size());
        if (at == std::string::npos) at = s.find("<w:");
        if (at == std::string::npos) return false;
        if (element_at(s, at, e)) return true;
    }
    return false;
}

static bool structural = false;  // only the operations that keep the XML well-formed (mostly)
static std::string mutate(std::string s, std::mt19937_64& rng, int& op) {
    if (s.empty()) return "<";
    op = structural ? 3 + static_cast<int>(rng() % 7) : static_cast<int>(rng() % 10);
    switch (op) {
    case 0: { int k = 1 + rng() % 4; while (k--) s[rng() % s.size()] = static_cast<char>(rng()); return s; }
    case 1: return s.substr(0, rng() % s.size());
    case 2: { size_t a = rng() % s.size(), l = rng() % 64; s.erase(a, l); return s; }
    case 3: {  // rename one element (start and end tags) to another Word name
        Extent e;
        if (!random_element(s, rng, e)) return s;
        std::string to = kNames[rng() % (sizeof kNames / sizeof *kNames)];
        std::string inner = s.substr(e.start, e.end - e.start);
        std::string out = "<w:" + to + inner.substr(3 + e.name.size());
        const std::string close = "</w:" + e.name + ">";
        if (out.size() >= close.size() && out.compare(out.size() - close.size(), close.size(), close) == 0)
            out = out.substr(0, out.size() - close.size()) + "</w:" + to + ">";
        return s.substr(0, e.start) + out + s.substr(e.end);
    }
    case 4: {  // rename every occurrence of one name
        std::string from = kNames[rng() % (sizeof kNames / sizeof *kNames)], to = kNames[rng() % (sizeof kNames / sizeof *kNames)];
        std::string out;
        for (size_t i = 0; i < s.size();) {
            bool hit = false;
            for (const char* pre : {"<w:", "</w:"}) {
                size_t pl = strlen(pre);
                if (s.compare(i, pl, pre) == 0 && s.compare(i + pl, from.size(), from) == 0) {
                    char c = i + pl + from.size() < s.size() ? s[i + pl + from.size()] : 0;
                    if (c == ' ' || c == '>' || c == '/') { out += pre + to; i += pl + from.size(); hit = true; break; }
                }
            }
            if (!hit) out += s[i++];
        }
        return out;
    }
    case 5: {  // wrap an element
        Extent e;
        if (!random_element(s, rng, e)) return s;
        std::string w = kWrappers[rng() % (sizeof kWrappers / sizeof *kWrappers)];
        std::string open = "<w:" + w + ">", close = "</w:" + w + ">";
        if (rng() % 4 == 0) { open = "<w:sdt><w:sdtPr/><w:sdtContent>"; close = "</w:sdtContent></w:sdt>"; }
        if (rng() % 8 == 0) { open = "<x:w xmlns:x=\"urn:x\">"; close = "</x:w>"; }
        return s.substr(0, e.start) + open + s.substr(e.start, e.end - e.start) + close + s.substr(e.end);
    }
    case 6: {  // unwrap an element (keep its content)
        Extent e;
        if (!random_element(s, rng, e)) return s;
        std::string el = s.substr(e.start, e.end - e.start);
        if (el.size() >= 2 && el[el.size() - 2] == '/') return s.substr(0, e.start) + s.substr(e.end);
        size_t gt = el.find('>');
        std::string inner = el.substr(gt + 1, el.size() - (gt + 1) - (e.name.size() + 5));
        return s.substr(0, e.start) + inner + s.substr(e.end);
    }
    case 7: {  // move an element elsewhere (before a random '<')
        Extent e;
        if (!random_element(s, rng, e)) return s;
        std::string el = s.substr(e.start, e.end - e.start);
        s.erase(e.start, e.end - e.start);
        size_t at = s.find('<', rng() % (s.size() + 1));
        if (at == std::string::npos) at = s.size();
        return s.insert(at, el);
    }
    case 8: {  // duplicate an element
        Extent e;
        if (!random_element(s, rng, e)) return s;
        return s.insert(e.end, s.substr(e.start, e.end - e.start));
    }
    default: {  // insert a snippet before a random '<' (or anywhere)
        std::string snip = kSnippets[rng() % (sizeof kSnippets / sizeof *kSnippets)];
        Extent e;
        if (rng() % 2 && random_element(s, rng, e) && s[e.end - 2] != '/') {  // as a first or last child
            size_t at = rng() % 2 ? s.find('>', e.start) + 1 : e.end - (e.name.size() + 5);
            return s.insert(at, snip);
        }
        size_t at = rng() % (s.size() + 1);
        if (rng() % 4) { at = s.find('<', at); if (at == std::string::npos) at = s.size(); }
        return s.insert(at, snip);
    }
    }
}

int main(int argc, char** argv) {
    int i = 1;
    long mutants = 0;
    unsigned long seed = 1;
    bool shift = false;
    if (argc > 1 && std::strcmp(argv[1], "--show") == 0) { show = true; ++argv; --argc; }
    if (argc > 1 && std::strcmp(argv[1], "--structural") == 0) { structural = true; ++argv; --argc; }
    if (argc > 3 && std::strcmp(argv[1], "--mutate") == 0) { mutants = std::atol(argv[2]); seed = std::stoul(argv[3]); i = 4; }
    else if (argc > 1 && std::strcmp(argv[1], "--shift") == 0) { shift = true; i = 2; }
    std::mt19937_64 rng(seed);
    long skipped = 0;
    long by_op[10] = {0};
    for (; i < argc; ++i) {
        bool ok;
        std::string xml = xml_of(slurp(argv[i]), ok);
        if (!ok) { ++skipped; continue; }
        if (shift) {
            size_t root = xml.find("<w:document");
            if (root == std::string::npos) root = 0;
            for (int pad = 0; pad <= 1100; ++pad) {
                std::string s = xml;
                s.insert(root, std::string(pad, pad % 7 == 3 ? '\n' : ' '));
                compare(s, std::string(argv[i]) + " pad " + std::to_string(pad));
            }
        } else if (mutants) {
            for (long m = 0; m < mutants; ++m) {
                int op = -1;
                std::string s = xml;
                int rounds = 1 + static_cast<int>(rng() % (structural ? 6 : 3));
                for (int k = 0; k < rounds; ++k) s = mutate(std::move(s), rng, op);
                ++by_op[op < 0 ? 0 : op];
                compare(s, std::string(argv[i]) + " mutant " + std::to_string(m));
            }
        } else {
            compare(xml, argv[i]);
        }
    }
    std::printf("compared %ld: %ld Documents equal, %ld errors equal, %ld DIFFER; %ld files not inflated\n", compared,
                docs_both, errors_both, differ, skipped);
    return differ ? 1 : 0;
}
