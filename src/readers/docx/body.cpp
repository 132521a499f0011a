// w:body in document order to a Document, read element by element as libxml2's parser meets
// them (SAX2): no node is built (building and freeing a tree was most of a .docx's time; a
// streaming reader still built one node at a time). A file with a DOCTYPE is walked from its
// tree by the same Walker. Word splits text into runs wherever formatting,
// spell-check marks or edit history change ("一" + "、…", one run per character), so text is
// always joined over runs; tracked deletions are not text, tracked insertions are. Merged cells
// become what the model expects of any table: a vertical-merge continuation is an empty cell,
// like a blank leading cell in the plain-text layout ("same group as above").
//
// Each open element is a frame saying how its children are read (`Ctx`). Wrappers (content
// controls, custom XML, smart tags, hyperlinks, tracked insertions and moves, simple fields,
// text direction) are walked into as if absent between blocks, inside a paragraph and inside a
// cell; between rows and between cells only a content control's content and custom XML are, so
// a w:tr or w:tc inside a hyperlink, a w:ins or a bare w:sdtContent is no row or cell (Word never
// writes one; the reader has always read them so). A content control's w:sdtPr is not text.
#include "readers/docx/body.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace xxgk::docx {
namespace {

constexpr std::string_view kTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

// The local name of an element in `ns`: "" unless it is WordprocessingML, Transitional (what
// Word writes) or Strict.
std::string_view w_local(const xmlChar* ns, const xmlChar* name) {
    if (!ns) return {};
    const std::string_view href(reinterpret_cast<const char*>(ns));
    if (href != kTransitional && href != kStrict) return {};
    return reinterpret_cast<const char*>(name);
}

// An element of a parsed tree (the DOCTYPE case, see xml.cpp).
struct TreeElement {
    const xmlNode* node;

    std::string_view name() const { return node->ns ? w_local(node->ns->href, node->name) : std::string_view(); }
    // w:val in the element's namespace (some tools omit the prefix).
    std::optional<std::string> val() const {
        xmlNode* e = const_cast<xmlNode*>(node);
        xmlChar* v = xmlGetNsProp(e, BAD_CAST "val", node->ns->href);
        if (!v) v = xmlGetNoNsProp(e, BAD_CAST "val");
        if (!v) return std::nullopt;
        std::string s(reinterpret_cast<const char*>(v));
        xmlFree(v);
        return s;
    }
};

// An element as the parser's SAX2 callback gives it: attributes are (local name, prefix, URI,
// value, value end) five at a time.
struct SaxElement {
    const xmlChar* local;
    const xmlChar* ns;
    int attribute_count;
    const xmlChar** attributes;

    std::string_view name() const { return w_local(ns, local); }
    // As TreeElement::val reads it from the tree: libxml2 hands an attribute's '&' (typed &amp;
    // or &#38;) to SAX as "&#38;", every other reference already replaced.
    std::optional<std::string> val() const {
        const xmlChar** found = nullptr;
        for (int i = 0; i < attribute_count; ++i) {
            const xmlChar** a = attributes + 5 * i;
            if (!xmlStrEqual(a[0], BAD_CAST "val")) continue;
            if (a[2] && ns && xmlStrEqual(a[2], ns)) {
                found = a;
                break;
            }
            if (!a[1] && !found) found = a;  // no prefix (the tree names one it cannot resolve "p:val")
        }
        if (!found) return std::nullopt;
        std::string s(reinterpret_cast<const char*>(found[3]), static_cast<std::size_t>(found[4] - found[3]));
        for (std::size_t at = 0; (at = s.find("&#38;", at)) != std::string::npos; ++at) s.replace(at, 5, "&");
        return s;
    }
};

// A small count (gridSpan, gridBefore): Word's tables have at most 63 columns.
template <class Element>
int count_val(const Element& e, int fallback, int min) {
    std::optional<std::string> v = e.val();
    if (!v || v->empty() || v->size() > 4 || v->find_first_not_of("0123456789") != std::string::npos)
        return fallback;
    return std::clamp(std::stoi(*v), min, 63);
}

bool is_wrapper(std::string_view name) {
    for (std::string_view w : {"sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo",
                               "fldSimple", "dir", "bdo"})
        if (name == w) return true;
    return false;
}

bool is_blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = util::next_code_point(s, i);
        if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r' && cp != 0x3000 && cp != 0x00A0)
            return false;
    }
    return true;
}

// How the children of an open element are read.
enum class Ctx : unsigned char {
    skip,        // not the report's text: nothing it holds is read
    document,    // w:document: its first w:body
    blocks,      // w:body, and wrappers around blocks: paragraphs and tables
    inlines,     // w:p, and wrappers inside it: runs
    run,         // w:r: text, tabs, breaks (w:delText, w:instrText, drawings are not text)
    text,        // w:t: its own text nodes (an entity reference, never substituted, stays out)
    table,       // w:tbl, w:sdt's content or w:customXml in it: rows
    row,         // w:tr (or as table): cells, and the w:tr's own first w:trPr
    row_props,   // that w:trPr: its first w:gridBefore
    cell,        // w:tc, and wrappers in it: paragraphs, nested tables; the w:tc's first w:tcPr
    cell_props,  // that w:tcPr: its first w:gridSpan and w:vMerge
    sdt,         // w:sdt: its first w:sdtContent, read as `inner`
};

struct Frame {
    int depth;
    Ctx ctx;
    bool own = false;        // the w:p, w:tbl, w:tr or w:tc itself (not a wrapper): its end ends it
    Ctx inner = Ctx::skip;   // w:sdt: how its content is read
    bool content = false;    // w:sdt: its w:sdtContent met
};

enum class Merge : unsigned char { none, restart, continuation };

struct Open {  // a vMerge restart cell, still growing downwards
    std::size_t row, cell;
};

// A table being read, with its row and cell being read (neither nests within one table).
struct TableBuild {
    DocTable table;
    std::size_t slot = 0;       // its place among the outermost table and those nested in it
    std::map<long, Open> open;  // grid column → the restart cell above it
    DocRow row;
    std::vector<std::pair<int, Merge>> spans;  // the row's cells: colspan, vertical merge
    bool row_props = false, grid_before_met = false;
    long grid_before = 0;
    DocCell cell;
    bool cell_props = false, grid_span_met = false;
    Merge merge = Merge::none;
};

class Walker {
public:
    // The walk is at `depth` (the root element's is 0): elements open at that depth or deeper
    // have ended. A reader over a tree says so only by moving on (an empty element has no end
    // of its own); SAX says so at each element's end.
    void at(int depth) { close_to(depth); }

    template <class Element>
    void start(const Element& e, int depth) {
        close_to(depth);
        open(e, depth);
    }

    // Text or CDATA at `depth`: the w:t's own text (an element inside a w:t has a skip frame).
    void text(const char* s, std::size_t size, int depth) {
        close_to(depth);
        if (!frames_.empty() && frames_.back().ctx == Ctx::text) para_.append(s, size);
    }

    // The document read to its end.
    BodyWalk finish() {
        close_to(0);
        BodyWalk out;
        out.end = body_ ? BodyWalk::End::body : BodyWalk::End::no_body;
        out.doc = std::move(doc_);
        return out;
    }

private:
    Document doc_;
    std::vector<Frame> frames_;
    std::vector<TableBuild> tables_;  // the open tables, outermost first
    std::vector<DocTable> group_;     // the outermost table and those nested in it, numbered
    std::string para_;                // the paragraph being read (no paragraph holds another)
    int paragraph_ = 0;               // body-level paragraphs met (empty ones too)
    int table_count_ = 0;
    bool root_ = false, body_ = false;

    void push(int depth, Ctx ctx, bool own = false) { frames_.push_back(Frame{depth, ctx, own}); }

    template <class Element>
    void open(const Element& e, int depth) {
        const std::string_view name = e.name();
        if (frames_.empty()) {
            // The root element: w:document, whose first w:body is the report.
            const bool document = !root_ && name == "document";
            root_ = true;
            push(depth, document ? Ctx::document : Ctx::skip);
            return;
        }
        Frame& parent = frames_.back();
        if (parent.ctx == Ctx::skip || parent.depth != depth - 1) return;  // inside a skipped one
        Ctx ctx = Ctx::skip;
        bool own = false;
        switch (parent.ctx) {
        case Ctx::document:
            if (name == "body" && !body_) {
                body_ = true;
                ctx = Ctx::blocks;
            }
            break;
        case Ctx::blocks:
        case Ctx::cell:
            if (name == "p") {
                // Body-level paragraphs are numbered (those in cells have their table, row and
                // cell), empty ones included: the number is the paragraph's index in the body.
                if (parent.ctx == Ctx::blocks) ++paragraph_;
                para_.clear();
                ctx = Ctx::inlines, own = true;
            } else if (name == "tbl") {
                start_table();
                ctx = Ctx::table, own = true;
            } else if (name == "sdt") {
                ctx = Ctx::sdt;
            } else if (is_wrapper(name)) {
                ctx = parent.ctx;
            } else if (name == "tcPr" && parent.ctx == Ctx::cell && parent.own && !tables_.back().cell_props) {
                tables_.back().cell_props = true;
                ctx = Ctx::cell_props;
            }
            break;
        case Ctx::inlines:
            if (name == "r") ctx = Ctx::run;
            else if (name == "sdt") ctx = Ctx::sdt;
            else if (is_wrapper(name)) ctx = Ctx::inlines;
            break;
        case Ctx::run:
            if (name == "t") ctx = Ctx::text;
            else if (name == "tab") para_ += '\t';
            else if (name == "br" || name == "cr") para_ += '\n';
            else if (name == "noBreakHyphen") para_ += '-';  // typed as a minus in "-8" as often as a hyphen
            break;
        case Ctx::table:
            if (name == "tr") {
                start_row();
                ctx = Ctx::row, own = true;
            } else if (name == "sdt") {
                ctx = Ctx::sdt;
            } else if (name == "customXml") {
                ctx = Ctx::table;
            }
            break;
        case Ctx::row:
            if (name == "tc") {
                ctx = Ctx::cell, own = true;
            } else if (name == "sdt") {
                ctx = Ctx::sdt;
            } else if (name == "customXml") {
                ctx = Ctx::row;
            } else if (name == "trPr" && parent.own && !tables_.back().row_props) {
                tables_.back().row_props = true;
                ctx = Ctx::row_props;
            }
            break;
        case Ctx::row_props:
            if (TableBuild& t = tables_.back(); name == "gridBefore" && !t.grid_before_met) {
                t.grid_before_met = true;
                t.grid_before = count_val(e, 0, 0);
            }
            break;
        case Ctx::cell_props:
            if (TableBuild& t = tables_.back(); name == "gridSpan" && !t.grid_span_met) {
                t.grid_span_met = true;
                t.cell.colspan = count_val(e, 1, 1);
            } else if (name == "vMerge" && t.merge == Merge::none) {
                t.merge = e.val() == "restart" ? Merge::restart : Merge::continuation;
            }
            break;
        case Ctx::sdt:
            if (name == "sdtContent" && !parent.content) {
                parent.content = true;
                ctx = parent.inner;
            }
            break;
        case Ctx::text:
        case Ctx::skip:
            break;
        }
        const Ctx inner = parent.ctx;  // what a w:sdt's content is read as
        push(depth, ctx, own);
        if (ctx == Ctx::sdt) frames_.back().inner = inner;
    }

    void close_to(int depth) {
        while (!frames_.empty() && frames_.back().depth >= depth) {
            const Frame f = frames_.back();
            frames_.pop_back();
            if (!f.own) continue;
            if (f.ctx == Ctx::inlines) end_paragraph();
            else if (f.ctx == Ctx::cell) end_cell();
            else if (f.ctx == Ctx::row) end_row();
            else if (f.ctx == Ctx::table) end_table();
        }
    }

    void end_paragraph() {
        if (is_blank(para_)) return;
        if (tables_.empty()) {  // a body-level paragraph
            Block b;
            b.paragraph = Paragraph{std::move(para_), Position{}};
            b.paragraph.pos.paragraph = paragraph_;
            doc_.blocks.push_back(std::move(b));
        } else {  // a paragraph of the cell being read: cell text joins them with '\n'
            std::string& text = tables_.back().cell.text;
            if (!text.empty()) text += '\n';
            text += para_;
        }
        para_.clear();
    }

    // Numbered as met: the outermost table, then those nested in its cells, in document order.
    void start_table() {
        TableBuild t;
        t.table.pos.table = ++table_count_;
        t.slot = group_.size();
        group_.emplace_back();
        tables_.push_back(std::move(t));
    }

    // A nested table ends before the table holding it, but comes after it: the outermost
    // table ends them all, and they go into the body in the order they were numbered.
    void end_table() {
        group_[tables_.back().slot] = std::move(tables_.back().table);
        tables_.pop_back();
        if (!tables_.empty()) return;
        for (DocTable& t : group_) {
            Block b;
            b.kind = Block::Kind::table;
            b.table = std::move(t);
            doc_.blocks.push_back(std::move(b));
        }
        group_.clear();
    }

    void start_row() {
        TableBuild& t = tables_.back();
        t.row = DocRow{};
        t.row.pos.table = t.table.pos.table;
        t.row.pos.row = static_cast<int>(t.table.rows.size()) + 1;
        t.spans.clear();
        t.row_props = t.grid_before_met = false;
        t.grid_before = 0;
        start_cell();
    }

    void start_cell() {
        TableBuild& t = tables_.back();
        t.cell = DocCell{};
        t.cell_props = t.grid_span_met = false;
        t.merge = Merge::none;
    }

    void end_cell() {
        TableBuild& t = tables_.back();
        t.cell.pos = t.row.pos;
        t.cell.pos.cell = static_cast<int>(t.row.cells.size()) + 1;
        // A continuation: Word shows the cell above across it and hides its own content, so
        // it reads as empty.
        if (t.merge == Merge::continuation) t.cell.text.clear();
        t.spans.emplace_back(t.cell.colspan, t.merge);
        t.row.cells.push_back(std::move(t.cell));
        start_cell();
    }

    // Vertical merges follow grid columns (w:gridBefore, then each cell's span), known once
    // the row is read whole: a continuation makes the restart cell above it one row taller.
    void end_row() {
        TableBuild& t = tables_.back();
        long grid = t.grid_before;
        std::map<long, Open> next;
        for (std::size_t i = 0; i < t.spans.size(); ++i) {
            const auto [colspan, merge] = t.spans[i];
            if (merge == Merge::continuation) {
                if (auto above = t.open.find(grid); above != t.open.end()) {
                    ++t.table.rows[above->second.row].cells[above->second.cell].rowspan;
                    next[grid] = above->second;
                }
            } else if (merge == Merge::restart) {
                next[grid] = Open{t.table.rows.size(), i};
            }
            grid += colspan;
        }
        t.open = std::move(next);
        t.table.rows.push_back(std::move(t.row));
        t.row = DocRow{};
    }
};

// The parser's SAX2 events, straight to the walker. Only events of the document's own parser
// context are walked: libxml2 parses an entity's replacement text in a context of its own
// (there is none without a DTD, but nothing here relies on that).
struct Sax {
    xmlParserCtxtPtr ctxt;
    Walker walker;
    int depth = 0;
    bool doctype = false;

    static Sax* of(void* ctx) {
        auto* c = static_cast<xmlParserCtxtPtr>(ctx);
        auto* sax = static_cast<Sax*>(c->_private);
        return sax && sax->ctxt == c ? sax : nullptr;
    }

    static void start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* ns, int, const xmlChar**,
                      int attribute_count, int, const xmlChar** attributes) {
        if (Sax* s = of(ctx)) s->walker.start(SaxElement{local, ns, attribute_count, attributes}, s->depth++);
    }
    static void end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
        if (Sax* s = of(ctx)) s->walker.at(--s->depth);
    }
    static void characters(void* ctx, const xmlChar* text, int size) {
        if (Sax* s = of(ctx)) s->walker.text(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size), s->depth);
    }
    static void ignore(void*, const xmlChar*) {}
    static void ignore2(void*, const xmlChar*, const xmlChar*) {}
    // A DOCTYPE may declare entities, which the tree reads differently: left to the tree.
    static void internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
        if (Sax* s = of(ctx)) {
            s->doctype = true;
            xmlStopParser(s->ctxt);
        }
    }
};

}  // namespace

BodyWalk read_body(std::string_view xml, int options) {
    BodyWalk out;
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), xmlFreeParserCtxt);
    if (!ctxt || !ctxt->sax) return out;
    // libxml2's own handlers for the rest (the document node, entity lookup), ours for
    // elements and text: no node is built below the document.
    xmlSAXVersion(ctxt->sax, 2);
    ctxt->sax->startElementNs = Sax::start;
    ctxt->sax->endElementNs = Sax::end;
    ctxt->sax->characters = Sax::characters;
    ctxt->sax->ignorableWhitespace = Sax::characters;
    ctxt->sax->cdataBlock = Sax::characters;
    ctxt->sax->reference = Sax::ignore;  // an entity reference is not substituted, as in the tree
    ctxt->sax->comment = Sax::ignore;
    ctxt->sax->processingInstruction = Sax::ignore2;
    ctxt->sax->internalSubset = Sax::internal_subset;
    Sax sax{ctxt.get(), Walker{}};
    ctxt->_private = &sax;
    // As xml.cpp's full parser reads the bytes: same call, same options.
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr,
                                      options);
    const bool read = doc && ctxt->wellFormed && !sax.doctype;
    if (doc) xmlFreeDoc(doc);
    if (read) out = sax.walker.finish();
    return out;
}

BodyWalk walk_body(xmlTextReaderPtr reader) {
    Walker walker;
    int r;
    while ((r = xmlTextReaderRead(reader)) == 1) {
        const xmlNode* n = xmlTextReaderCurrentNode(reader);
        if (!n) continue;
        const int depth = xmlTextReaderDepth(reader);
        if (n->type == XML_ELEMENT_NODE && xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT)
            walker.start(TreeElement{n}, depth);
        else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            walker.text(reinterpret_cast<const char*>(n->content), std::strlen(reinterpret_cast<const char*>(n->content)), depth);
        else
            walker.at(depth);
    }
    if (r != 0) return BodyWalk{};
    return walker.finish();
}

}  // namespace xxgk::docx
