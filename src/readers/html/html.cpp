// HTML as published, Word exports included, through libxml2's forgiving HTML parser. Tables
// become rows of cells (one cell per <td>, spans kept, never duplicated: the model maps cells by
// order); the other visible text becomes one paragraph per rendered line.
#include <libxml/HTMLparser.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/html/detail.hpp"
#include "readers/xml_errors.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

using detail::html::SourceLocator;
using detail::html::TextLines;

// An element's name in lower case, for the tests below; empty for other nodes and for names
// longer than any tested. libxml2 lower-cases HTML names already; this does not rely on it.
// Computed once per node: the walk tests every element against dozens of names.
class Tag {
public:
    explicit Tag(const xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return;
        for (const xmlChar* c = n->name; *c; ++c) {
            if (len_ == sizeof buf_) {
                len_ = 0;
                return;
            }
            buf_[len_++] = *c >= 'A' && *c <= 'Z' ? static_cast<char>(*c + 32) : static_cast<char>(*c);
        }
    }
    std::string_view name() const { return {buf_, len_}; }
    bool is(std::string_view name) const { return this->name() == name; }
    bool is_cell() const { return is("td") || is("th"); }

    // Not shown by a browser: the head (title, meta, styles), scripts, Word's XML islands.
    bool is_hidden() const {
        for (std::string_view h : {"head", "script", "style", "title", "xml", "template"})
            if (is(h)) return true;
        return false;
    }

    // Elements that start a new rendered line. libxml2 drops namespace prefixes, so Word's <o:p>
    // arrives as <p>; that is harmless, Word puts it only at the end of a paragraph.
    bool is_block() const {
        static constexpr std::string_view kBlocks[] = {  // sorted, for binary_search
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul"};
        static_assert(std::is_sorted(std::begin(kBlocks), std::end(kBlocks)));
        return len_ > 0 && std::binary_search(std::begin(kBlocks), std::end(kBlocks), name());
    }

private:
    char buf_[12];
    std::size_t len_ = 0;
};

bool contains_table(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next)
        if (Tag(c).is("table") || contains_table(c)) return true;
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
            const Tag tag(n);
            if (n->type == XML_TEXT_NODE) {
                text(n, para_);
            } else if (n->type != XML_ELEMENT_NODE || tag.is_hidden()) {
                continue;
            } else if (tag.is("br")) {
                flush();
            } else if (tag.is("table")) {
                table(n);
            } else if (tag.is_block()) {
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
            if (!Tag(c).is("caption")) continue;
            flow(c);
            flush();
        }
        const std::size_t index = doc_.blocks.size();
        doc_.blocks.emplace_back().kind = Block::Kind::table;
        DocTable out;
        out.pos.table = ++tables_;  // as a person counts them: the tables that hold data
        DocRow loose;  // cells with no <tr> around them
        rows(t, out, loose);
        if (!loose.cells.empty()) add_row(out, std::move(loose));
        const int number = out.pos.table;
        out.pos = out.rows.empty() ? line_only(t) : out.rows.front().pos;
        out.pos.table = number;
        // Table, row and cell beside line and column: a Word-exported page is often one line.
        for (std::size_t r = 0; r < out.rows.size(); ++r) {
            DocRow& row = out.rows[r];
            row.pos.table = number;
            row.pos.row = static_cast<int>(r) + 1;
            row.pos.cell = 0;
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                Position& p = row.cells[c].pos;
                p.table = number;
                p.row = row.pos.row;
                p.cell = static_cast<int>(c) + 1;
            }
        }
        doc_.blocks[index].table = std::move(out);
    }

    void rows(const xmlNode* parent, DocTable& out, DocRow& loose) {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            const Tag tag(n);
            if (n->type != XML_ELEMENT_NODE || tag.is_hidden() || tag.is("caption")) continue;
            if (tag.is("tr")) {
                if (!loose.cells.empty()) add_row(out, std::exchange(loose, DocRow{}));
                DocRow row;
                cells(n, row);
                add_row(out, std::move(row));
            } else if (tag.is_cell()) {
                loose.cells.push_back(cell(n));
            } else if (tag.is("table")) {
                table(n);
            } else {
                rows(n, out, loose);  // thead, tbody, tfoot, or a stray wrapper such as <form>
            }
        }
    }

    void cells(const xmlNode* tr, DocRow& row) {
        for (const xmlNode* n = tr->children; n; n = n->next) {
            const Tag tag(n);
            if (n->type != XML_ELEMENT_NODE || tag.is_hidden()) continue;
            if (tag.is_cell()) {
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
            const Tag tag(n);
            if (n->type == XML_TEXT_NODE) {
                text(n, t);
            } else if (n->type != XML_ELEMENT_NODE || tag.is_hidden()) {
                continue;
            } else if (tag.is("br")) {
                t.line_break();
            } else if (tag.is("table")) {
                table(n);  // cannot happen (contains_table), kept for safety
            } else if (tag.is_block()) {
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
    int tables_ = 0;  // data tables so far
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
    if (text.empty()) return error_of(Msg::html_empty);
    if (text.size() > static_cast<std::size_t>(INT_MAX)) return error_of(Msg::html_too_large_to_parse);
    std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
    if (!ctxt) return error_of(Msg::html_no_parser);
    // The text is UTF-8 already (decode_source): a <meta charset> must not switch it again.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
    // libxml2 is given what the reader reads: the body, after the head's newlines, with no
    // attribute but rowspan and colspan. Every line number stays the source's.
    const std::size_t start = detail::html::body_start(text);
    std::string prepared(static_cast<std::size_t>(std::count(text.begin(), text.begin() + start, '\n')), '\n');
    std::string_view parsed = text;
    if (detail::html::strip_attributes(std::string_view(text).substr(start), prepared)) parsed = prepared;
    XmlErrors errors;  // libxml2 says nothing on our stderr
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
        ctxt.get(), parsed.data(), static_cast<int>(parsed.size()), nullptr, "UTF-8", options));
    if (!doc) return error_of(Msg::html_nothing);
    // libxml2 stops (rather than recovers) at nesting deeper than 256 elements: what follows
    // would be silently lost.
    if (ctxt->errNo == XML_ERR_INTERNAL_ERROR || ctxt->errNo == XML_ERR_NO_MEMORY)
    {
        // Said as what it is: the nesting, or one text or tag larger than libxml2 takes.
        const std::string_view why = ctxt->lastError.message ? ctxt->lastError.message : "";
        const int line = std::max(ctxt->lastError.line, 0);  // where it stopped
        if (why.starts_with("Excessive depth"))
            return Error{"HTML nested too deeply (over 256 elements): the parser stopped", line,
                         "HTML 嵌套过深（超过 256 层元素），解析在此停止"};
        return Error{"HTML holds a text or tag too large for the parser (" + std::string(why.substr(0, why.find('\n'))) +
                         "): the parser stopped", line,
                     "HTML 中有一段文字或标记过大，解析在此停止"};
    }
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) return Document{};
    return Walker(text).run(root);
}

}  // namespace xxgk
