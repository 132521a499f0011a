// The WordprocessingML layer of the DOCX reader: w:body in document order to a Document.
// Word splits text into runs wherever formatting, spell-check marks or edit history change
// ("一" + "、…", one run per character), so text is always joined over runs; tracked
// deletions are not text, tracked insertions are. Merged cells become what the model expects
// of any table: a vertical-merge continuation is an empty cell, like a blank leading cell in
// the plain-text layout ("same group as above").
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

#include "readers/docx/parts.hpp"
#include "readers/xml_errors.hpp"
#include "util/utf8.hpp"
#include "xxgk/messages.hpp"

namespace xxgk::docx_old {
namespace {

using Node = const xmlNode*;

bool is_w_ns(Node n) {
    if (n->type != XML_ELEMENT_NODE || !n->ns || !n->ns->href) return false;
    const char* href = reinterpret_cast<const char*>(n->ns->href);
    // Transitional (what Word writes) and Strict OOXML.
    return std::string_view(href) == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
           std::string_view(href) == "http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool is(Node n, std::string_view local) {
    return is_w_ns(n) && std::string_view(reinterpret_cast<const char*>(n->name)) == local;
}

Node child(Node n, std::string_view local) {
    for (Node c = n->children; c; c = c->next)
        if (is(c, local)) return c;
    return nullptr;
}

// w:val of a WordprocessingML element (in the element's namespace; some tools omit it).
std::optional<std::string> val(Node n) {
    if (!n) return std::nullopt;
    xmlChar* v = xmlGetNsProp(n, BAD_CAST "val", n->ns->href);
    if (!v) v = xmlGetNoNsProp(n, BAD_CAST "val");
    if (!v) return std::nullopt;
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

// A small count (gridSpan, gridBefore): Word's tables have at most 63 columns.
int count_val(Node n, int fallback, int min) {
    std::optional<std::string> v = val(n);
    if (!v || v->empty() || v->size() > 4 || v->find_first_not_of("0123456789") != std::string::npos)
        return fallback;
    return std::clamp(std::stoi(*v), min, 63);
}

// Containers that only wrap content (content controls, custom XML, hyperlinks, tracked
// insertions, simple fields): walked into as if they were not there.
bool is_wrapper(Node n) {
    for (std::string_view w : {"sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo",
                               "fldSimple", "dir", "bdo"})
        if (is(n, w)) return true;
    return false;
}

// A w:sdt's content is in its w:sdtContent; its w:sdtPr (alias, placeholder) is not text.
Node unwrap_sdt(Node n) { return is(n, "sdt") ? child(n, "sdtContent") : n; }

void run_text(Node run, std::string& out) {
    for (Node c = run->children; c; c = c->next) {
        if (is(c, "t")) {
            // Only text: an entity reference (never substituted) stays out.
            for (Node t = c->children; t; t = t->next)
                if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
                    out += reinterpret_cast<const char*>(t->content);
        } else if (is(c, "tab")) {
            out += '\t';
        } else if (is(c, "br") || is(c, "cr")) {
            out += '\n';
        } else if (is(c, "noBreakHyphen")) {
            out += '-';  // typed as a minus sign in "-8" as often as a hyphen
        }
        // w:delText (deleted), w:instrText (field code), drawings: not text.
    }
}

// Text of the runs of a paragraph (or of a wrapper inside one); w:del/w:moveFrom skipped.
void inline_text(Node parent, std::string& out) {
    for (Node c = parent->children; c; c = c->next) {
        if (is(c, "r")) {
            run_text(c, out);
        } else if (is(c, "sdt")) {
            if (Node content = unwrap_sdt(c)) inline_text(content, out);
        } else if (is_wrapper(c)) {
            inline_text(c, out);
        }
    }
}

bool is_blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = util::next_code_point(s, i);
        if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r' && cp != 0x3000 && cp != 0x00A0)
            return false;
    }
    return true;
}

class Walker {
public:
    Document doc;

    void blocks(Node parent) {
        for (Node c = parent->children; c; c = c->next) {
            if (is(c, "p")) {
                // Counted among body-level paragraphs only (those inside table cells are not
                // counted: a cell has its own table/row/cell position), empty ones included,
                // so the number is the paragraph's index in the file's body.
                ++paragraphs_;
                std::string text;
                inline_text(c, text);
                if (is_blank(text)) continue;
                Block b;
                b.paragraph = Paragraph{std::move(text), Position{}};
                b.paragraph.pos.paragraph = paragraphs_;
                doc.blocks.push_back(std::move(b));
            } else if (is(c, "tbl")) {
                for (DocTable& t : table(c)) {
                    Block b;
                    b.kind = Block::Kind::table;
                    b.table = std::move(t);
                    doc.blocks.push_back(std::move(b));
                }
            } else if (is(c, "sdt")) {
                if (Node content = unwrap_sdt(c)) blocks(content);
            } else if (is_wrapper(c)) {
                blocks(c);
            }
        }
    }

private:
    int tables_ = 0, paragraphs_ = 0;

    struct Open {  // a vMerge restart cell, still growing downwards
        std::size_t row, cell;
    };

    // The table, then the tables nested in its cells, each numbered in document order.
    std::vector<DocTable> table(Node tbl) {
        DocTable t;
        t.pos.table = ++tables_;
        std::vector<DocTable> nested;
        std::map<long, Open> open;  // grid column → the restart cell above it
        for_each(tbl, "tr", [&](Node tr) {
            DocRow row;
            row.pos.table = t.pos.table;
            row.pos.row = static_cast<int>(t.rows.size()) + 1;
            Node tr_pr = child(tr, "trPr");
            long grid = tr_pr ? count_val(child(tr_pr, "gridBefore"), 0, 0) : 0;
            std::map<long, Open> next;
            for_each(tr, "tc", [&](Node tc) {
                DocCell cell;
                cell.pos = row.pos;
                cell.pos.cell = static_cast<int>(row.cells.size()) + 1;
                Node pr = child(tc, "tcPr");
                cell.colspan = pr ? count_val(child(pr, "gridSpan"), 1, 1) : 1;
                Node vmerge = pr ? child(pr, "vMerge") : nullptr;
                if (vmerge && val(vmerge) != "restart") {
                    // A continuation: Word shows the cell above across it and hides its own
                    // content, so it reads as empty; the cell above grows by one row.
                    auto above = open.find(grid);
                    if (above != open.end()) {
                        ++t.rows[above->second.row].cells[above->second.cell].rowspan;
                        next[grid] = above->second;
                    }
                    cell_content(tc, nullptr, nested);
                } else {
                    if (vmerge) next[grid] = Open{t.rows.size(), row.cells.size()};
                    cell_content(tc, &cell.text, nested);
                }
                grid += cell.colspan;
                row.cells.push_back(std::move(cell));
            });
            open = std::move(next);
            t.rows.push_back(std::move(row));
        });
        nested.insert(nested.begin(), std::move(t));
        return nested;
    }

    // Cell text (paragraphs joined with '\n', empty ones left out; none when `text` is null)
    // and the tables nested in the cell, appended to `tables`.
    void cell_content(Node parent, std::string* text, std::vector<DocTable>& tables) {
        for (Node c = parent->children; c; c = c->next) {
            if (is(c, "p") && text) {
                std::string p;
                inline_text(c, p);
                if (is_blank(p)) continue;
                if (!text->empty()) *text += '\n';
                *text += p;
            } else if (is(c, "tbl")) {
                for (DocTable& t : table(c)) tables.push_back(std::move(t));
            } else if (is(c, "sdt")) {
                if (Node content = unwrap_sdt(c)) cell_content(content, text, tables);
            } else if (is_wrapper(c)) {
                cell_content(c, text, tables);
            }
        }
    }

    // The children called `local` of `parent`, also inside content controls and custom XML.
    template <typename F>
    void for_each(Node parent, std::string_view local, F&& f) {
        for (Node c = parent->children; c; c = c->next) {
            if (is(c, local)) {
                f(c);
            } else if (is(c, "sdt")) {
                if (Node content = unwrap_sdt(c)) for_each(content, local, f);
            } else if (is(c, "customXml")) {
                for_each(c, local, f);
            }
        }
    }
};

struct DocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFreer {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string one_line(const char* message) {
    std::string s = message ? message : "unknown error";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    for (char& ch : s)
        if (ch == '\n') ch = ' ';
    return s;
}

}  // namespace

Result<Document> parse_document_xml_old(std::string_view xml) {
    if (xml.size() > INT_MAX) return error_of(Msg::docx_xml_too_large);
    // libxml2 2.9 must be initialised once before threads parse (the batch runs workers).
    static std::once_flag init;
    std::call_once(init, xmlInitParser);
    std::unique_ptr<xmlParserCtxt, CtxtFreer> ctxt(xmlNewParserCtxt());
    if (!ctxt) return error_of(Msg::docx_out_of_memory);
    // No network, no entity substitution, no DTD loading, default size limits (no HUGE);
    // errors are returned, not printed.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    XmlErrors errors;  // e.g. bytes that are not in the encoding the declaration names
    std::unique_ptr<xmlDoc, DocFreer> doc(xmlCtxtReadMemory(
        ctxt.get(), xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, options));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* e = xmlCtxtGetLastError(ctxt.get());
        std::string where = e && e->line > 0 ? "line " + std::to_string(e->line) + ": " : "";
        const std::string where_zh = e && e->line > 0 ? "第 " + std::to_string(e->line) + " 行：" : "";
        // libxml2 stops at 256 levels and says "use XML_PARSE_HUGE option", which means
        // nothing to a user: said as the HTML reader says it.
        if (e && e->message && std::string_view(e->message).starts_with("Excessive depth"))
            return error_of(Msg::docx_too_deep, {MessageArg::both(where_zh, where)});
        // The first message says the cause (an encoding error); the context's last one, only
        // where the parser gave up.
        const std::string cause = errors.messages().empty() ? one_line(e ? e->message : nullptr) : errors.first();
        if (cause.find("conversion failed") != std::string::npos)
            return Error{"DOCX: word/document.xml holds bytes that are not in the encoding its XML declaration names (" +
                             where + cause + ")",
                         0, "DOCX：word/document.xml 的字节与其 XML 声明的编码不符（" + where_zh + cause + "）"};
        return Error{"DOCX: word/document.xml is not well-formed XML (" + where + cause + ")", 0,
                     "DOCX：word/document.xml 不是格式正确的 XML（" + where_zh + cause + "）"};
    }
    Node root = xmlDocGetRootElement(doc.get());
    Node body = root && is(root, "document") ? child(root, "body") : nullptr;
    if (!body) return error_of(Msg::docx_no_body);
    Walker walker;
    walker.blocks(body);
    return std::move(walker.doc);
}

}  // namespace xxgk::docx_old
