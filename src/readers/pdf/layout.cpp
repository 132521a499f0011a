#include "readers/pdf/layout.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "readers/pdf/grid.hpp"
#include "readers/pdf/headers.hpp"
#include "readers/pdf/prose.hpp"
#include "readers/pdf/text.hpp"

namespace xxgk::pdf {
namespace {

// Page numbers and running heads live in the top and bottom margins.
constexpr double kMargin = 0.12;

std::string without_digits(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c < '0' || c > '9') out += c;
    return out;
}

// Whether the ruling lines of a page run past height y (the line is then inside a table).
bool inside_rulings(const Rulings& r, double y0, double y1) {
    for (const Segment& v : r.vertical)
        if (v.from < y1 && v.to > y0) return true;
    return false;
}

// Drops page numbers, and lines in the margins that recur on other pages (digits aside: a
// running head with the date, a footer with "2/4").
void drop_furniture(std::vector<PageInput>& pages) {
    struct Candidate {
        std::size_t page;
        Line line;
    };
    std::vector<Candidate> candidates;
    std::map<std::string, std::size_t> pages_with;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        PageInput& page = pages[p];
        for (TextBox& b : page.boxes) b.y0 = b.box.y0, b.y1 = b.box.y1;
        std::vector<const TextBox*> margin;
        for (const TextBox& b : page.boxes)
            if (b.cy() < page.height * kMargin || b.cy() > page.height * (1 - kMargin)) margin.push_back(&b);
        std::set<std::string> seen;
        for (Line& l : lines_of(margin)) {
            if (inside_rulings(page.rulings, l.y0, l.y1)) continue;
            const std::string key = std::to_string(l.y0 < page.height / 2) + without_digits(l.text);
            if (seen.insert(key).second) ++pages_with[key];
            candidates.push_back({p, std::move(l)});
        }
    }
    std::vector<std::unordered_set<const TextBox*>> drop(pages.size());
    for (const Candidate& c : candidates) {
        const PageInput& page = pages[c.page];
        const std::string key = std::to_string(c.line.y0 < page.height / 2) + without_digits(c.line.text);
        if (is_page_number(c.line.text) || (pages_with[key] >= 2 && !without_digits(c.line.text).empty()) ||
            (pages_with[key] >= 3))
            drop[c.page].insert(c.line.boxes.begin(), c.line.boxes.end());
    }
    for (std::size_t p = 0; p < pages.size(); ++p) {
        auto& boxes = pages[p].boxes;
        std::vector<TextBox> keep;
        for (const TextBox& b : boxes)
            if (!drop[p].count(&b)) keep.push_back(b);
        boxes = std::move(keep);
    }
}

// One axis over all pages: each page's content starts where the previous page's ended. A
// text box counts by its middle (some PDFs give boxes the font's whole ascent and descent,
// which would reach past a ruling line next to them).
Pages frames_of(const std::vector<PageInput>& pages) {
    Pages out;
    double start = 0;
    for (const PageInput& p : pages) {
        double top = 1e18, bottom = -1e18;
        for (const TextBox& b : p.boxes) {
            const double h = b.box.y1 - b.box.y0, cy = (b.box.y0 + b.box.y1) / 2;
            top = std::min(top, cy - 0.2 * h);
            bottom = std::max(bottom, cy + 0.2 * h);
        }
        for (const Segment& s : p.rulings.horizontal) top = std::min(top, s.at), bottom = std::max(bottom, s.at);
        for (const Segment& s : p.rulings.vertical) top = std::min(top, s.from), bottom = std::max(bottom, s.to);
        if (top > bottom) top = bottom = 0;
        out.frames.push_back({top, bottom, start, p.width, p.height});
        start += bottom - top;
    }
    return out;
}

Position position_of(const Pages& pages, double x0, double x1, double y0, double y1) {
    Position pos;
    pos.page = pages.page_of(y0 + 0.01);
    const PageFrame& f = pages.frames[static_cast<std::size_t>(pos.page - 1)];
    const double end = f.start + (f.bottom - f.top);
    pos.box = Box{x0, pages.to_local(pos.page, y0), x1, pages.to_local(pos.page, std::min(y1, end))};
    return pos;
}

DocTable to_doc_table(const GridTable& t, const Pages& pages) {
    DocTable out;
    for (const auto& row : t.rows) {
        if (row.empty()) continue;
        DocRow r;
        for (const GridCell& c : row) {
            DocCell cell;
            cell.text = join_lines(lines_of(c.boxes));
            cell.rowspan = c.rowspan;
            cell.colspan = c.colspan;
            cell.pos = position_of(pages, c.x0, c.x1, c.y0, c.y1);
            r.cells.push_back(std::move(cell));
        }
        r.pos = r.cells.front().pos;
        out.rows.push_back(std::move(r));
    }
    if (!out.rows.empty()) out.pos = out.rows.front().pos;
    return out;
}

}  // namespace

Document layout_document(std::vector<PageInput> pages) {
    drop_furniture(pages);
    const Pages frames = frames_of(pages);
    std::vector<TextBox> boxes;
    Rulings rulings;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const int page = static_cast<int>(p) + 1;
        for (TextBox b : pages[p].boxes) {
            b.page = page;
            b.y0 = frames.to_global(page, b.box.y0);
            b.y1 = frames.to_global(page, b.box.y1);
            boxes.push_back(std::move(b));
        }
        for (Segment s : pages[p].rulings.horizontal) {
            s.at = frames.to_global(page, s.at);
            rulings.horizontal.push_back(s);
        }
        for (Segment s : pages[p].rulings.vertical) {
            s.from = frames.to_global(page, s.from);
            s.to = frames.to_global(page, s.to);
            rulings.vertical.push_back(s);
        }
    }
    std::vector<GridTable> tables = find_tables(rulings, boxes, frames.breaks());
    std::unordered_set<const TextBox*> in_table;
    for (const GridTable& t : tables) in_table.insert(t.inside.begin(), t.inside.end());
    std::vector<const TextBox*> prose;
    for (const TextBox& b : boxes)
        if (!in_table.count(&b)) prose.push_back(&b);
    std::vector<GridTable> placed = tables_by_position(prose, frames);
    for (const GridTable& t : placed) in_table.insert(t.inside.begin(), t.inside.end());
    prose.erase(std::remove_if(prose.begin(), prose.end(), [&](const TextBox* b) { return in_table.count(b) > 0; }),
                prose.end());

    struct Item {
        double y;
        Block block;
    };
    std::vector<Item> items;
    for (const auto* list : {&tables, &placed})
        for (const GridTable& t : *list) {
            Block b;
            b.kind = Block::Kind::table;
            b.table = to_doc_table(t, frames);
            b.table.by_position = list == &placed;
            items.push_back({t.y0, std::move(b)});
        }
    // Prose between two tables is a run of its own: a paragraph does not continue across a table.
    std::vector<double> cuts;
    for (const Item& i : items) cuts.push_back(i.y);
    std::sort(cuts.begin(), cuts.end());
    const std::vector<Line> lines = lines_of(prose);
    std::size_t i = 0;
    while (i < lines.size()) {
        const double next_cut = [&] {
            for (double c : cuts)
                if (c > lines[i].y0) return c;
            return 1e300;
        }();
        std::size_t j = i;
        while (j < lines.size() && lines[j].y0 < next_cut) ++j;
        std::vector<Line> run(lines.begin() + static_cast<long>(i), lines.begin() + static_cast<long>(j));
        for (const ProseParagraph& p : paragraphs_of(run)) {
            Block b;
            b.paragraph.text = p.text;
            b.paragraph.pos = position_of(frames, p.first->x0, p.first->x1, p.first->y0, p.first->y1);
            b.paragraph.pieces = p.pieces;
            items.push_back({p.first->y0, std::move(b)});
        }
        i = j;
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.y < b.y; });
    Document doc;
    for (Item& i : items) doc.blocks.push_back(std::move(i.block));
    return doc;
}

}  // namespace xxgk::pdf
