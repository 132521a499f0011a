// w:body in document order to a Document, read node by node: no tree is built (building and
// freeing one was most of a .docx's time). Word splits text into runs wherever formatting,
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
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace xxgk::docx {
namespace {

using Node = const xmlNode*;

// The local name of a WordprocessingML element, "" for anything else.
std::string_view w_name(Node n) {
    if (n->type != XML_ELEMENT_NODE || !n->ns || !n->ns->href) return {};
    const std::string_view href(reinterpret_cast<const char*>(n->ns->href));
    // Transitional (what Word writes) and Strict OOXML.
    if (href != "http://schemas.openxmlformats.org/wordprocessingml/2006/main" &&
        href != "http://purl.oclc.org/ooxml/wordprocessingml/main")
        return {};
    return reinterpret_cast<const char*>(n->name);
}

// w:val of a WordprocessingML element (in the element's namespace; some tools omit it).
std::optional<std::string> val(Node n) {
    xmlNode* e = const_cast<xmlNode*>(n);
    xmlChar* v = xmlGetNsProp(e, BAD_CAST "val", n->ns->href);
    if (!v) v = xmlGetNoNsProp(e, BAD_CAST "val");
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
    BodyWalk walk(xmlTextReaderPtr reader) {
        int r;
        while ((r = xmlTextReaderRead(reader)) == 1) {
            Node n = xmlTextReaderCurrentNode(reader);
            if (!n) continue;
            const int depth = xmlTextReaderDepth(reader);
            // An empty element has no end of its own: whatever comes next at its depth or
            // above ends it (and the end of an element, itself).
            close_to(depth);
            if (n->type == XML_ELEMENT_NODE) {
                if (xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT) open(n, depth);
            } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
                       !frames_.empty() && frames_.back().ctx == Ctx::text) {
                // The w:t's own text: an element inside a w:t has a (skip) frame of its own.
                para_ += reinterpret_cast<const char*>(n->content);
            }
        }
        BodyWalk out;
        if (r != 0) return out;
        close_to(0);
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

    void open(Node n, int depth) {
        if (frames_.empty()) {
            // The root element: w:document, whose first w:body is the report.
            const bool document = !root_ && w_name(n) == "document";
            root_ = true;
            push(depth, document ? Ctx::document : Ctx::skip);
            return;
        }
        Frame& parent = frames_.back();
        if (parent.ctx == Ctx::skip || parent.depth != depth - 1) return;  // inside a skipped one
        const std::string_view name = w_name(n);
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
                t.grid_before = count_val(n, 0, 0);
            }
            break;
        case Ctx::cell_props:
            if (TableBuild& t = tables_.back(); name == "gridSpan" && !t.grid_span_met) {
                t.grid_span_met = true;
                t.cell.colspan = count_val(n, 1, 1);
            } else if (name == "vMerge" && t.merge == Merge::none) {
                t.merge = val(n) == "restart" ? Merge::restart : Merge::continuation;
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

}  // namespace

BodyWalk walk_body(xmlTextReaderPtr reader) { return Walker().walk(reader); }

}  // namespace xxgk::docx
