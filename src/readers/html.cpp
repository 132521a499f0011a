// HTML as published, Word exports included, through libxml2's forgiving HTML parser. Tables
// become rows of cells (one cell per <td>, spans kept, never duplicated: the model maps cells by
// order); the other visible text becomes one paragraph per rendered line.
#include <libxml/HTMLparser.h>

#include <climits>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "readers/html_detail.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

using detail::html::SourceLocator;
using detail::html::TextLines;

bool named(const xmlNode* n, const char* name) {
    return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, BAD_CAST name) == 0;
}

bool named_any(const xmlNode* n, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (named(n, name)) return true;
    return false;
}

// Not shown by a browser: the head (title, meta, styles), scripts, Word's XML islands.
bool is_hidden(const xmlNode* n) {
    return named_any(n, {"head", "script", "style", "title", "xml", "template"});
}

// Elements that start a new rendered line. libxml2 drops namespace prefixes, so Word's <o:p>
// arrives as <p>; that is harmless, Word puts it only at the end of a paragraph.
bool is_block(const xmlNode* n) {
    return named_any(n, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
                         "dt", "dd", "blockquote", "pre", "center", "address", "section", "article",
                         "header", "footer", "nav", "aside", "main", "form", "fieldset", "figure",
                         "figcaption", "hr", "tr", "td", "th", "tbody", "thead", "tfoot", "caption",
                         "body", "html"});
}

bool contains_table(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next)
        if (named(c, "table") || contains_table(c)) return true;
    return false;
}

int span_attribute(const xmlNode* n, const char* name, int max) {
    xmlChar* value = xmlGetProp(n, BAD_CAST name);
    if (!value) return 1;
    const long v = std::strtol(reinterpret_cast<const char*>(value), nullptr, 10);
    xmlFree(value);
    return v < 1 ? 1 : v > max ? max : static_cast<int>(v);  // HTML's own limits
}

class Walker {
public:
    explicit Walker(std::string_view source) : locator_(source) {}

    Document run(xmlNode* root) {
        flow(root);
        flush();
        return std::move(doc_);
    }

private:
    // Text nodes are located in document order, every one of them, to keep the locator's
    // cursor in step with the source.
    void text(const xmlNode* n, TextLines& into) {
        std::string content = detail::html::strip_conditionals(reinterpret_cast<const char*>(n->content));
        Position pos;
        if (!detail::html::is_ascii_blank(content)) {
            long parent = n->parent && n->parent->type == XML_ELEMENT_NODE ? xmlGetLineNo(n->parent) : 0;
            pos = locator_.locate(content, parent, xmlGetLineNo(n));
        }
        into.add(content, pos);
    }

    // Text outside tables: each rendered line is a paragraph.
    void flow(const xmlNode* parent) {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type == XML_TEXT_NODE) {
                text(n, para_);
            } else if (n->type != XML_ELEMENT_NODE || is_hidden(n)) {
                continue;
            } else if (named(n, "br")) {
                flush();
            } else if (named(n, "table")) {
                table(n);
            } else if (is_block(n)) {
                flush();
                flow(n);
                flush();
            } else {
                flow(n);
            }
        }
    }

    void flush() {
        for (auto& line : para_.lines()) {
            if (detail::html::is_visually_blank(line)) continue;
            Block b;
            b.paragraph = Paragraph{std::move(line), para_.pos()};
            doc_.blocks.push_back(std::move(b));
        }
        para_ = TextLines{};
    }

    // A table whose cells hold tables lays out the page: its cells are read as flow text, the
    // tables inside are the data.
    void table(const xmlNode* t) {
        flush();
        if (contains_table(t)) {
            flow(t);
            flush();
            return;
        }
        for (const xmlNode* c = t->children; c; c = c->next) {
            if (!named(c, "caption")) continue;
            flow(c);
            flush();
        }
        const std::size_t index = doc_.blocks.size();
        doc_.blocks.emplace_back().kind = Block::Kind::table;
        DocTable out;
        DocRow loose;  // cells with no <tr> around them
        rows(t, out, loose);
        if (!loose.cells.empty()) add_row(out, std::move(loose));
        out.pos = out.rows.empty() ? line_only(t) : out.rows.front().pos;
        doc_.blocks[index].table = std::move(out);
    }

    void rows(const xmlNode* parent, DocTable& out, DocRow& loose) {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE || is_hidden(n) || named(n, "caption")) continue;
            if (named(n, "tr")) {
                if (!loose.cells.empty()) add_row(out, std::exchange(loose, DocRow{}));
                DocRow row;
                cells(n, row);
                add_row(out, std::move(row));
            } else if (named(n, "td") || named(n, "th")) {
                loose.cells.push_back(cell(n));
            } else if (named(n, "table")) {
                table(n);
            } else {
                rows(n, out, loose);  // thead, tbody, tfoot, or a stray wrapper such as <form>
            }
        }
    }

    void cells(const xmlNode* tr, DocRow& row) {
        for (const xmlNode* n = tr->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE || is_hidden(n)) continue;
            if (named(n, "td") || named(n, "th")) {
                row.cells.push_back(cell(n));
            } else {
                cells(n, row);
            }
        }
    }

    static void add_row(DocTable& out, DocRow row) {
        if (row.cells.empty()) return;  // <tr></tr> says nothing
        row.pos = row.cells.front().pos;
        out.rows.push_back(std::move(row));
    }

    DocCell cell(const xmlNode* td) {
        TextLines t;
        cell_text(td, t);
        DocCell c;
        for (const auto& line : t.lines()) c.text += (c.text.empty() ? "" : "\n") + line;
        c.pos = t.located() ? t.pos() : line_only(td);
        c.rowspan = span_attribute(td, "rowspan", 65534);
        c.colspan = span_attribute(td, "colspan", 1000);
        return c;
    }

    void cell_text(const xmlNode* parent, TextLines& t) {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type == XML_TEXT_NODE) {
                text(n, t);
            } else if (n->type != XML_ELEMENT_NODE || is_hidden(n)) {
                continue;
            } else if (named(n, "br")) {
                t.line_break();
            } else if (named(n, "table")) {
                table(n);  // cannot happen (contains_table), kept for safety
            } else if (is_block(n)) {
                t.line_break();
                cell_text(n, t);
                t.line_break();
            } else {
                cell_text(n, t);
            }
        }
    }

    // An empty cell has no text to point at: its start tag's line, no column.
    static Position line_only(const xmlNode* n) {
        Position p;
        const long line = xmlGetLineNo(n);
        p.line = line > 0 && line < INT_MAX ? static_cast<int>(line) : 0;
        return p;
    }

    SourceLocator locator_;
    Document doc_;
    TextLines para_;  // the paragraph being read: flow text since the last line break
};

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

}  // namespace

Result<Document> read_html(const SourceText& source) {
    const std::string& text = source.text;
    if (text.empty()) return Error{"empty HTML document"};
    if (text.size() > static_cast<std::size_t>(INT_MAX)) return Error{"HTML document too large to parse"};
    std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
    if (!ctxt) return Error{"cannot create the HTML parser"};
    // The text is UTF-8 already (decode_source): a <meta charset> must not switch it again.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
        ctxt.get(), text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", options));
    if (!doc) return Error{"not an HTML document: the parser produced nothing"};
    // libxml2 stops (rather than recovers) at nesting deeper than 256 elements: what follows
    // would be silently lost.
    if (ctxt->errNo == XML_ERR_INTERNAL_ERROR || ctxt->errNo == XML_ERR_NO_MEMORY)
        return Error{"HTML nested too deeply (over 256 elements) or too large: the parser stopped"};
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) return Document{};
    return Walker(text).run(root);
}

}  // namespace xxgk
