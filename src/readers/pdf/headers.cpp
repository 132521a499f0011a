#include "readers/pdf/headers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "readers/pdf/text.hpp"
#include "util/utf8.hpp"

namespace xxgk::pdf {
namespace {

// A run of boxes on one line with no wide gap: one cell's line of text.
struct Segment {
    std::vector<const TextBox*> boxes;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::string text;
    double cy() const { return (y0 + y1) / 2; }
};

// The font size from a box's width: an ideograph is one em wide, another character half
// (the height is no measure: some PDFs give boxes the font's whole ascent and descent).
double em_of(const TextBox& b) {
    double ems = 0;
    for (std::size_t i = 0; i < b.text.size();) ems += is_wide(util::next_code_point(b.text, i)) ? 1 : 0.5;
    return ems > 0 ? (b.box.x1 - b.box.x0) / ems : b.box.y1 - b.box.y0;
}

// Lines cut where the gap between boxes is wider than an em: the cells side by side.
std::vector<Segment> segments_of(const std::vector<const TextBox*>& boxes) {
    std::vector<Segment> out;
    for (const Line& line : lines_of(boxes)) {
        const TextBox* prev = nullptr;
        for (const TextBox* b : line.boxes) {
            if (!prev || b->box.x0 - prev->box.x1 > 0.8 * std::min(em_of(*b), em_of(*prev))) out.push_back({{}, b->box.x0, b->box.x1, b->y0, b->y1, ""});
            Segment& s = out.back();
            s.boxes.push_back(b);
            s.x1 = std::max(s.x1, b->box.x1);
            s.y0 = std::min(s.y0, b->y0);
            s.y1 = std::max(s.y1, b->y1);
            s.text += b->text;
            prev = b;
        }
    }
    std::sort(out.begin(), out.end(), [](const Segment& a, const Segment& b) { return a.cy() < b.cy(); });
    return out;
}

std::string squeeze(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

bool is_number(const std::string& s) {
    const std::string t = squeeze(s);
    return !t.empty() && t.find_first_not_of("0123456789.+-") == std::string::npos &&
           t.find_first_of("0123456789") != std::string::npos;
}

std::size_t chars(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) util::next_code_point(s, i);
    return n;
}

// A label: the lines of one cell, its first line opening an item.
struct Block {
    std::vector<const Segment*> lines;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::string first() const { return lines.front()->text; }
    double cy() const { return (y0 + y1) / 2; }
};

std::vector<Block> blocks_of(const std::vector<Segment>& labels, double pitch) {
    std::vector<Block> blocks;
    for (const Segment& s : labels) {
        Block* into = nullptr;
        if (!starts_item(s.text)) {
            double best = 0;
            for (Block& b : blocks) {
                const double overlap = std::min(b.x1, s.x1) - std::max(b.x0, s.x0);
                if (overlap > best && s.cy() - b.lines.back()->cy() < 1.6 * pitch) best = overlap, into = &b;
            }
        }
        if (!into) {
            blocks.push_back({{}, s.x0, s.x1, s.y0, s.y1});
            into = &blocks.back();
        }
        into->lines.push_back(&s);
        into->x0 = std::min(into->x0, s.x0);
        into->x1 = std::max(into->x1, s.x1);
        into->y0 = std::min(into->y0, s.y0);
        into->y1 = std::max(into->y1, s.y1);
    }
    return blocks;
}

std::vector<const TextBox*> boxes_of(const Block& b) {
    std::vector<const TextBox*> out;
    for (const Segment* s : b.lines) out.insert(out.end(), s->boxes.begin(), s->boxes.end());
    return out;
}

GridCell cell_of(std::vector<const TextBox*> boxes, double x0, double x1, double y0, double y1) {
    GridCell c;
    c.boxes = std::move(boxes);
    c.x0 = x0, c.x1 = x1, c.y0 = y0, c.y1 = y1;
    return c;
}

// Centres of the columns: for each word, the box starting with it nearest to `anchor` in height,
// to the right of `from`.
std::vector<double> column_centres(const std::vector<const TextBox*>& boxes, const TextBox& anchor,
                                   const std::vector<std::string_view>& words, double from, double window) {
    std::vector<double> out;
    for (std::string_view w : words) {
        const TextBox* best = nullptr;
        for (const TextBox* b : boxes) {
            if (b->box.x0 < from - 1 || std::abs(b->cy() - anchor.cy()) > window) continue;
            if (squeeze(b->text).rfind(w, 0) != 0) continue;
            if (!best || std::abs(b->cy() - anchor.cy()) < std::abs(best->cy() - anchor.cy())) best = b;
        }
        if (!best) return {};
        out.push_back(best->cx());
    }
    return out;
}

double line_pitch(const std::vector<Segment>& segments, double fallback) {
    std::vector<double> d;
    for (std::size_t i = 0; i < segments.size(); ++i)
        for (std::size_t j = i + 1; j < segments.size(); ++j) {
            const double overlap = std::min(segments[i].x1, segments[j].x1) - std::max(segments[i].x0, segments[j].x0);
            const double dy = segments[j].cy() - segments[i].cy();
            if (overlap > 0 && dy > 1) {
                d.push_back(dy);
                break;
            }
        }
    if (d.empty()) return fallback;
    std::nth_element(d.begin(), d.begin() + static_cast<long>(d.size() / 2), d.end());
    return d[d.size() / 2];
}

bool is_stacked(const Block& b) {
    if (b.lines.size() < 3) return false;
    for (const Segment* s : b.lines)
        if (chars(squeeze(s->text)) > 2) return false;
    return true;
}

bool is_digit_item(const Block& b) {
    const std::string t = squeeze(b.first());
    return !t.empty() && t[0] >= '0' && t[0] <= '9';
}

// Table 三 under the header words 自然人 … 总计; the labels are the lines left of 自然人,
// grouped into cells by the item each opens: a wrapped label is one cell, the stacked
// 三、本年度办理结果 (one or two characters a line) is one cell, not row labels, and a group label
// (（三）不予公开) stands in its group's first row, as the template merges them.
std::optional<GridTable> applications_table(const std::vector<const TextBox*>& boxes, const TextBox& anchor) {
    const double h = anchor.y1 - anchor.y0;
    const std::vector<double> c = column_centres(
        boxes, anchor, {"自然人", "商业", "科研", "社会", "法律", "其他", "总计"}, anchor.box.x0, 3 * h);
    if (c.size() != 7 || !std::is_sorted(c.begin(), c.end())) return std::nullopt;
    const double spacing = (c[6] - c[0]) / 6;
    const double left = c[0] - spacing / 2, right = c[6] + spacing / 2;
    // The header starts at the corner note or at 申请人情况, above 自然人.
    double top = anchor.y0, header_bottom = anchor.y1;
    for (const TextBox* b : boxes) {
        const std::string t = squeeze(b->text);
        if (b->cy() < anchor.cy() && anchor.cy() - b->cy() < 3 * h &&
            (t.find("勾稽关系") != std::string::npos || t.rfind("申请人情况", 0) == 0 || t.rfind("（本列数据", 0) == 0))
            top = std::min(top, b->y0);
    }
    // It ends with the last header word above the first number under the columns.
    double first_number = 1e300;
    for (const TextBox* b : boxes)
        if (b->cx() >= left && b->cx() <= right && b->cy() > anchor.cy() && is_number(b->text))
            first_number = std::min(first_number, b->cy());
    double header_end = anchor.cy();
    for (const TextBox* b : boxes)
        if (b->cx() >= left && b->cx() <= right && b->cy() > anchor.cy() && b->cy() < first_number && !is_number(b->text))
            header_end = std::max(header_end, b->cy());
    std::vector<const TextBox*> header, below;
    for (const TextBox* b : boxes) {
        if (b->y0 < top - 0.5 || b->box.x1 > right + spacing) continue;
        if (b->cy() <= header_end + 0.5) {
            header.push_back(b);
            header_bottom = std::max(header_bottom, b->y1);
        } else {
            below.push_back(b);
        }
    }
    const std::vector<Segment> segments = segments_of(below);
    std::vector<Segment> labels, values;
    double bottom = header_bottom;
    for (const Segment& s : segments) {
        // The table ends at a line that runs across the value columns in words (a heading).
        if ((s.x0 < left - 1 && s.x1 > left + spacing / 2) || s.x0 > right) break;
        bottom = std::max(bottom, s.y1);
        ((s.x0 + s.x1) / 2 >= left ? values : labels).push_back(s);
    }
    if (values.empty()) return std::nullopt;
    const double pitch = line_pitch(labels, h);
    std::vector<Block> blocks = blocks_of(labels, pitch);
    std::vector<const Block*> leaves, groups, stacked;
    for (const Block& b : blocks) {
        if (is_stacked(b)) {
            stacked.push_back(&b);
            continue;
        }
        bool group = false;
        if (!is_digit_item(b))
            for (const Block& o : blocks)
                group = group || (is_digit_item(o) && o.x0 >= b.x1 - 1 && o.y0 < b.y1 && o.y1 > b.y0);
        (group ? groups : leaves).push_back(&b);
    }
    std::sort(leaves.begin(), leaves.end(), [](const Block* a, const Block* b) { return a->y0 < b->y0; });
    struct Row {
        const Block* leaf;
        std::vector<const Block*> before;  // stacked and group labels anchored here
        std::array<std::vector<const TextBox*>, 7> cells;
        double y0, y1;
    };
    std::vector<Row> rows;
    for (const Block* b : leaves) rows.push_back({b, {}, {}, b->y0, b->y1});
    if (rows.empty()) return std::nullopt;
    for (const Segment& v : values) {
        Row* best = nullptr;
        for (Row& r : rows)
            if (v.cy() >= r.leaf->y0 - pitch / 2 && v.cy() <= r.leaf->y1 + pitch / 2 &&
                (!best || std::abs(v.cy() - r.leaf->cy()) < std::abs(v.cy() - best->leaf->cy())))
                best = &r;
        if (!best) continue;
        const double cx = (v.x0 + v.x1) / 2;
        const std::size_t col = static_cast<std::size_t>(
            std::min_element(c.begin(), c.end(), [&](double a, double b) { return std::abs(a - cx) < std::abs(b - cx); }) -
            c.begin());
        if (std::abs(c[col] - cx) > spacing / 2) continue;
        best->cells[col].insert(best->cells[col].end(), v.boxes.begin(), v.boxes.end());
        best->y0 = std::min(best->y0, v.y0);
        best->y1 = std::max(best->y1, v.y1);
    }
    for (const Block* s : stacked)
        for (Row& r : rows)
            if (r.leaf->x0 > s->x1 - 1 && r.leaf->y1 >= s->y0) {
                r.before.push_back(s);
                break;
            }
    for (const Block* g : groups) {
        Row* first = nullptr;  // the last "1." item that starts above the group label's middle
        for (Row& r : rows)
            if (is_digit_item(*r.leaf) && squeeze(r.leaf->first())[0] == '1' && r.leaf->x0 >= g->x1 - 1 &&
                r.leaf->y0 <= g->cy() + pitch)
                first = &r;
        if (first) first->before.push_back(g);
    }
    GridTable t;
    t.x0 = std::min(left, labels.empty() ? left : std::min_element(labels.begin(), labels.end(), [](const Segment& a, const Segment& b) { return a.x0 < b.x0; })->x0);
    t.x1 = right;
    t.y0 = top;
    t.y1 = bottom;
    std::vector<GridCell> head;
    for (const Segment& s : segments_of(header)) head.push_back(cell_of(s.boxes, s.x0, s.x1, s.y0, s.y1));
    t.rows.push_back(std::move(head));
    for (const Row& r : rows) {
        std::vector<GridCell> cells;
        for (const Block* b : r.before) cells.push_back(cell_of(boxes_of(*b), b->x0, b->x1, b->y0, b->y1));
        cells.push_back(cell_of(boxes_of(*r.leaf), r.leaf->x0, r.leaf->x1, r.y0, r.y1));
        for (std::size_t k = 0; k < 7; ++k)
            cells.push_back(cell_of(r.cells[k], c[k] - spacing / 2, c[k] + spacing / 2, r.y0, r.y1));
        t.rows.push_back(std::move(cells));
    }
    for (const TextBox* b : boxes)
        if (b->cy() >= top && b->cy() <= bottom && b->box.x1 <= right + spacing) t.inside.push_back(b);
    return t;
}

// Table 四: fifteen columns under the words 结果维持 … 总计 of its three groups, and the line of
// numbers under them; a blank cell (no text at all) stays in its column.
std::optional<GridTable> review_table(const std::vector<const TextBox*>& boxes, const TextBox& anchor) {
    const double h = anchor.y1 - anchor.y0;
    std::vector<const TextBox*> below;
    for (const TextBox* b : boxes)
        if (b->cy() > anchor.cy()) below.push_back(b);
    std::vector<Segment> segments = segments_of(below);
    const Segment* numbers = nullptr;
    for (const Segment& s : segments)
        if (is_number(s.text) && s.cy() - anchor.cy() < 12 * h) {
            numbers = &s;
            break;
        }
    if (!numbers) return std::nullopt;
    // The header starts at 行政复议, above 未经复议直接起诉.
    double top = anchor.y0;
    for (const TextBox* b : boxes)
        if (b->cy() < anchor.cy() && anchor.cy() - b->cy() < 3 * h && squeeze(b->text).rfind("行政复议", 0) == 0)
            top = std::min(top, b->y0);
    std::vector<double> xs;
    std::vector<const TextBox*> header;
    for (const TextBox* b : boxes) {
        if (b->y0 < top - 0.5 || b->cy() >= numbers->y0) continue;
        header.push_back(b);
        top = std::min(top, b->y0);
        const std::string t = squeeze(b->text);
        for (std::string_view w : {"结果", "其他", "尚未", "总计", "结", "其", "尚", "总"})
            if (t.rfind(w, 0) == 0 && chars(t) <= 4) {
                xs.push_back(b->cx());
                break;
            }
    }
    std::sort(xs.begin(), xs.end());
    std::vector<double> c;
    for (double x : xs)
        if (c.empty() || x - c.back() > 4) c.push_back(x);
    if (c.size() != 15) return std::nullopt;
    const double spacing = (c[14] - c[0]) / 14;
    std::vector<const TextBox*> line;
    for (const TextBox* b : below)
        if (std::abs(b->cy() - numbers->cy()) < 0.35 * (b->y1 - b->y0)) line.push_back(b);
    std::array<std::vector<const TextBox*>, 15> cells;
    double y0 = numbers->y0, y1 = numbers->y1;
    for (const TextBox* b : line) {
        const std::size_t col = static_cast<std::size_t>(
            std::min_element(c.begin(), c.end(), [&](double a, double x) { return std::abs(a - b->cx()) < std::abs(x - b->cx()); }) -
            c.begin());
        if (std::abs(c[col] - b->cx()) > spacing / 2) continue;
        cells[col].push_back(b);
        y0 = std::min(y0, b->y0);
        y1 = std::max(y1, b->y1);
    }
    GridTable t;
    t.x0 = c[0] - spacing / 2;
    t.x1 = c[14] + spacing / 2;
    t.y0 = top;
    t.y1 = y1;
    std::vector<GridCell> head;
    for (const Segment& s : segments_of(header)) head.push_back(cell_of(s.boxes, s.x0, s.x1, s.y0, s.y1));
    t.rows.push_back(std::move(head));
    std::vector<GridCell> row;
    for (std::size_t k = 0; k < 15; ++k) row.push_back(cell_of(cells[k], c[k] - spacing / 2, c[k] + spacing / 2, y0, y1));
    t.rows.push_back(std::move(row));
    for (const TextBox* b : boxes)
        if (b->cy() >= top && b->cy() <= y1 && b->cx() >= t.x0 - spacing && b->cx() <= t.x1) t.inside.push_back(b);
    return t;
}

// One item of table 二: its caption (第二十条第（一）项), the header line under it (信息内容 and
// the columns' words), and a row for each line of numbers, labelled by the label lines nearest
// to it.
std::optional<GridTable> active_item(const std::vector<const TextBox*>& boxes, const TextBox& caption) {
    std::vector<const TextBox*> below;
    for (const TextBox* b : boxes)
        if (b->cy() > caption.y1 - 0.5) below.push_back(b);
    std::vector<Segment> segments = segments_of(below);
    const Segment* head = nullptr;
    for (const Segment& s : segments)
        if (squeeze(s.text).rfind("信息内", 0) == 0) {
            head = &s;
            break;
        }
    if (!head || head->cy() - caption.cy() > 4 * (caption.y1 - caption.y0)) return std::nullopt;
    std::vector<double> c;
    for (const Segment& s : segments)
        if (std::abs(s.cy() - head->cy()) < 0.35 * (s.y1 - s.y0) && s.x0 > head->x1) c.push_back((s.x0 + s.x1) / 2);
    if (c.empty()) return std::nullopt;
    std::sort(c.begin(), c.end());
    const double spacing = c.size() > 1 ? (c.back() - c.front()) / static_cast<double>(c.size() - 1)
                                        : 2 * (c.front() - head->x1);
    const double left = c.front() - spacing / 2, right = c.back() + spacing / 2;
    double first_number = 1e300;
    for (const Segment& s : segments)
        if ((s.x0 + s.x1) / 2 >= left && is_number(s.text)) first_number = std::min(first_number, s.cy());
    if (first_number == 1e300) return std::nullopt;
    double header_end = head->cy();
    for (const Segment& s : segments)
        if (s.cy() < first_number && !is_number(s.text) && (s.x0 + s.x1) / 2 >= left) header_end = std::max(header_end, s.cy());
    std::vector<const Segment*> header, labels, values;
    double bottom = caption.y1;
    std::string head_text;
    for (const Segment& s : segments) {
        // 信息内容 wrapped (信息内 / 容) reaches below a one-line column header.
        const bool head_rest = head_text.size() < std::string("信息内容").size() && s.x1 <= left + 0.5 &&
                               std::string("信息内容").find(squeeze(s.text)) == head_text.size();
        if (s.cy() <= header_end + 0.5 || head_rest) {
            header.push_back(&s);
            if (s.x1 <= left + 0.5) head_text += squeeze(s.text);
        } else {
            const std::string t = squeeze(s.text);
            if (t.rfind("第二十条", 0) == 0 || (s.x0 < left - 1 && s.x1 > left + spacing / 2) || s.x0 > right) break;
            ((s.x0 + s.x1) / 2 >= left ? values : labels).push_back(&s);
        }
        bottom = std::max(bottom, s.y1);
    }
    auto column = [&](double cx) {
        return static_cast<std::size_t>(
            std::min_element(c.begin(), c.end(), [&](double a, double b) { return std::abs(a - cx) < std::abs(b - cx); }) - c.begin());
    };
    // Rows: the lines of numbers; each label line joins the row of the nearest one.
    std::vector<std::vector<const Segment*>> number_lines;
    for (const Segment* v : values) {
        if (number_lines.empty() || std::abs(v->cy() - number_lines.back().front()->cy()) > 0.35 * (v->y1 - v->y0))
            number_lines.emplace_back();
        number_lines.back().push_back(v);
    }
    if (number_lines.empty()) return std::nullopt;
    // A label is centred on its row's numbers: each row takes the label lines from where the
    // row above stopped for as long as their middle comes nearer to its numbers.
    std::vector<std::vector<const TextBox*>> row_labels(number_lines.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < number_lines.size(); ++i) {
        const double target = number_lines[i].front()->cy();
        std::size_t end = next;
        double best = 1e300, sum = 0;
        for (std::size_t j = next; j < labels.size(); ++j) {
            if (i + 1 < number_lines.size() && labels[j]->cy() >= number_lines[i + 1].front()->cy()) break;
            sum += labels[j]->cy();
            const double off = std::abs(sum / static_cast<double>(j - next + 1) - target);
            if (i + 1 == number_lines.size() || off < best) best = off, end = j + 1;
        }
        for (std::size_t j = next; j < end; ++j)
            row_labels[i].insert(row_labels[i].end(), labels[j]->boxes.begin(), labels[j]->boxes.end());
        next = end;
    }
    GridTable t;
    t.x0 = std::min(caption.box.x0, head->x0);
    t.x1 = right;
    t.y0 = caption.y0;
    t.y1 = bottom;
    t.rows.push_back({cell_of({&caption}, caption.box.x0, caption.box.x1, caption.y0, caption.y1)});
    std::vector<const TextBox*> label_head;
    std::vector<std::vector<const TextBox*>> column_head(c.size());
    for (const Segment* h : header)
        for (const TextBox* b : h->boxes) {
            if (b == &caption) continue;
            if (b->cx() < left) label_head.push_back(b);
            else column_head[column(b->cx())].push_back(b);
        }
    std::vector<GridCell> hrow{cell_of(label_head, head->x0, left, head->y0, header_end)};
    for (std::size_t k = 0; k < c.size(); ++k) hrow.push_back(cell_of(column_head[k], c[k] - spacing / 2, c[k] + spacing / 2, head->y0, header_end));
    t.rows.push_back(std::move(hrow));
    for (std::size_t i = 0; i < number_lines.size(); ++i) {
        const double y0 = number_lines[i].front()->y0, y1 = number_lines[i].front()->y1;
        std::vector<GridCell> row{cell_of(row_labels[i], head->x0, left, y0, y1)};
        std::vector<std::vector<const TextBox*>> cells(c.size());
        for (const Segment* v : number_lines[i]) cells[column((v->x0 + v->x1) / 2)].insert(cells[column((v->x0 + v->x1) / 2)].end(), v->boxes.begin(), v->boxes.end());
        for (std::size_t k = 0; k < c.size(); ++k) row.push_back(cell_of(cells[k], c[k] - spacing / 2, c[k] + spacing / 2, y0, y1));
        t.rows.push_back(std::move(row));
    }
    t.inside.push_back(&caption);
    for (const std::vector<const Segment*>* group : {&header, &labels, &values})
        for (const Segment* s : *group) t.inside.insert(t.inside.end(), s->boxes.begin(), s->boxes.end());
    return t;
}

}  // namespace

std::vector<GridTable> tables_by_position(const std::vector<const TextBox*>& prose, const Pages&) {
    std::vector<GridTable> out;
    for (const TextBox* b : prose) {
        const std::string t = squeeze(b->text);
        std::optional<GridTable> table;
        if (t.rfind("自然人", 0) == 0) table = applications_table(prose, *b);
        else if (t.rfind("第二十条第", 0) == 0 && t.size() < 40) table = active_item(prose, *b);
        else if (t.rfind("未经复议直接起诉", 0) == 0) table = review_table(prose, *b);
        if (table) out.push_back(std::move(*table));
    }
    return out;
}

}  // namespace xxgk::pdf
