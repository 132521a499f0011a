#include "readers/pdf/grid.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "readers/pdf/text.hpp"

namespace xxgk::pdf {
namespace {

constexpr double kSame = 2.0;    // points: lines closer than this are one line
constexpr double kReach = 3.0;   // points: how far a line may stop short of the one it meets
constexpr std::size_t kMaxCells = 100000;
// Smaller "tables" are a frame around a word or a drawing, not a table of the report.
constexpr double kMinWidth = 60, kMinHeight = 20;

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// Collinear pieces of one line (a border drawn cell by cell, or the two halves of a vertical
// line at a page break) become one segment.
std::vector<Segment> merge_lines(std::vector<Segment> s) {
    std::sort(s.begin(), s.end(), [](const Segment& a, const Segment& b) { return a.at < b.at; });
    std::vector<Segment> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t j = i + 1;
        while (j < s.size() && s[j].at - s[j - 1].at <= 1.0) ++j;
        std::vector<Segment> group(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(j));
        std::sort(group.begin(), group.end(), [](const Segment& a, const Segment& b) { return a.from < b.from; });
        double at = 0;
        for (const Segment& g : group) at += g.at;
        at /= static_cast<double>(group.size());
        const std::size_t first = out.size();
        for (const Segment& g : group) {
            if (out.size() > first && g.from <= out.back().to + kSame)
                out.back().to = std::max(out.back().to, g.to);
            else
                out.push_back({at, g.from, g.to});
        }
        i = j;
    }
    return out;
}

// Positions closer than kSame to the mean of the group so far are one (their mean).
std::vector<double> cluster(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::vector<double> out;
    double sum = 0;
    std::size_t n = 0;
    for (double x : v) {
        if (n > 0 && x - sum / static_cast<double>(n) <= kSame) {
            sum += x;
            ++n;
            out.back() = sum / static_cast<double>(n);
            continue;
        }
        out.push_back(x);
        sum = x;
        n = 1;
    }
    return out;
}

std::size_t nearest(const std::vector<double>& v, double x) {
    auto it = std::lower_bound(v.begin(), v.end(), x);
    std::size_t i = static_cast<std::size_t>(it - v.begin());
    if (i == v.size() || (i > 0 && x - v[i - 1] < v[i] - x)) --i;
    return i;
}

// Whether one of `lines` covers the middle half of [lo, hi].
bool covers(const std::vector<Segment>& lines, double lo, double hi) {
    const double mid = (lo + hi) / 2, q = (hi - lo) / 4;
    for (const Segment& s : lines)
        if (s.from <= mid - q + 0.5 && s.to >= mid + q - 0.5) return true;
    return false;
}

struct Row {
    double y0 = 0, y1 = 0;
    std::vector<char> right;  // right[c]: a line between columns c and c + 1
    std::vector<char> below;  // below[c]: a line under column c
    std::vector<std::vector<const TextBox*>> boxes;  // per column
};

struct Region {
    int r0, r1, c0, c1;
    std::vector<const TextBox*> boxes;
};

class Grid {
public:
    Grid(std::vector<double> xs, std::vector<Row> rows) : xs_(std::move(xs)), rows_(std::move(rows)) {}

    int cols() const { return static_cast<int>(xs_.size()) - 1; }
    std::vector<Row>& rows() { return rows_; }

    // Cells joined where no line separates them.
    void compute() {
        const std::size_t n = rows_.size() * static_cast<std::size_t>(cols());
        UnionFind uf(n);
        for (std::size_t r = 0; r < rows_.size(); ++r)
            for (int c = 0; c < cols(); ++c) {
                if (c + 1 < cols() && !rows_[r].right[c]) uf.unite(at(r, c), at(r, c + 1));
                if (r + 1 < rows_.size() && !rows_[r].below[c]) uf.unite(at(r, c), at(r + 1, c));
            }
        id_.assign(n, 0);
        regions_.clear();
        std::vector<int> index(n, -1);
        for (std::size_t r = 0; r < rows_.size(); ++r)
            for (int c = 0; c < cols(); ++c) {
                const std::size_t root = uf.find(at(r, c));
                if (index[root] < 0) {
                    index[root] = static_cast<int>(regions_.size());
                    regions_.push_back({static_cast<int>(r), static_cast<int>(r), c, c, {}});
                }
                Region& g = regions_[static_cast<std::size_t>(index[root])];
                g.r1 = std::max(g.r1, static_cast<int>(r));
                g.c0 = std::min(g.c0, c);
                g.c1 = std::max(g.c1, c);
                const auto& b = rows_[r].boxes[static_cast<std::size_t>(c)];
                g.boxes.insert(g.boxes.end(), b.begin(), b.end());
                id_[at(r, c)] = index[root];
            }
    }

    const Region& region(std::size_t r, int c) const { return regions_[static_cast<std::size_t>(id_[at(r, c)])]; }
    int region_id(std::size_t r, int c) const { return id_[at(r, c)]; }
    const std::vector<Region>& regions() const { return regions_; }
    const std::vector<double>& xs() const { return xs_; }

private:
    std::size_t at(std::size_t r, int c) const { return r * static_cast<std::size_t>(cols()) + static_cast<std::size_t>(c); }
    std::vector<double> xs_;
    std::vector<Row> rows_;
    std::vector<int> id_;
    std::vector<Region> regions_;
};

std::string text_of(const std::vector<const TextBox*>& boxes) { return join_lines(lines_of(boxes)); }

std::string row_signature(const Row& row) {
    std::string s;
    for (const auto& col : row.boxes)
        for (const TextBox* b : col) s += b->text;
    return s;
}

// A header repeated at the top of the next page: the rows after `k` that read as the table's
// first rows are dropped.
void drop_repeated_header(std::vector<Row>& rows, std::size_t k) {
    std::size_t m = 0;
    while (k + m < rows.size() && m < k && row_signature(rows[k + m]) == row_signature(rows[m]) &&
           !row_signature(rows[0]).empty())
        ++m;
    if (m == 0) return;
    rows.erase(rows.begin() + static_cast<long>(k), rows.begin() + static_cast<long>(k + m));
}

// Rows `a` and a + 1 meet at a page break, each with its own border: one row cut by the break
// when every cell of the lower part continues the one above (the same columns, and no text
// below that opens an item or is a number under text above). Otherwise two rows, but a
// label cell merged over rows on both sides (a group label, the stacked 三、本年度办理结果) is
// joined across the break.
void join_at_break(Grid& grid, std::size_t a) {
    grid.compute();
    auto& rows = grid.rows();
    const int cols = grid.cols();
    bool same_columns = true, conflict = false;
    int first_item = cols;
    for (int c = 0; c < cols; ++c) {
        const Region& up = grid.region(a, c);
        const Region& down = grid.region(a + 1, c);
        if (grid.region_id(a, c) == grid.region_id(a + 1, c)) continue;
        same_columns = same_columns && up.c0 == down.c0 && up.c1 == down.c1;
        const std::string below = text_of(down.boxes);
        if (below.empty() || !starts_item(below)) continue;
        first_item = std::min(first_item, down.c0);
        if (!text_of(up.boxes).empty()) conflict = true;
    }
    for (int c = 0; c < cols; ++c) {
        const Region& up = grid.region(a, c);
        const Region& down = grid.region(a + 1, c);
        const bool aligned = up.c0 == down.c0 && up.c1 == down.c1;
        // A label merged over several rows, cut by the break: one part is empty, or the part
        // above already spans rows and the part below continues its text.
        const std::string above = text_of(up.boxes), below = text_of(down.boxes);
        const bool merged = above.empty() || below.empty() || (up.r1 > up.r0 && !starts_item(below));
        if ((same_columns && !conflict) || (c < first_item && aligned && merged))
            rows[a].below[static_cast<std::size_t>(c)] = 0;
    }
}

GridTable output(Grid& grid) {
    grid.compute();
    GridTable t;
    const auto& rows = grid.rows();
    const auto& xs = grid.xs();
    t.x0 = xs.front();
    t.x1 = xs.back();
    t.y0 = rows.front().y0;
    t.y1 = rows.back().y1;
    t.rows.resize(rows.size());
    for (const Region& g : grid.regions()) {
        GridCell cell;
        cell.boxes = g.boxes;
        cell.row = g.r0;
        cell.col = g.c0;
        cell.rowspan = g.r1 - g.r0 + 1;
        cell.colspan = g.c1 - g.c0 + 1;
        cell.x0 = xs[static_cast<std::size_t>(g.c0)];
        cell.x1 = xs[static_cast<std::size_t>(g.c1 + 1)];
        cell.y0 = rows[static_cast<std::size_t>(g.r0)].y0;
        cell.y1 = rows[static_cast<std::size_t>(g.r1)].y1;
        t.rows[static_cast<std::size_t>(g.r0)].push_back(std::move(cell));
    }
    for (auto& r : t.rows)
        std::sort(r.begin(), r.end(), [](const GridCell& a, const GridCell& b) { return a.col < b.col; });
    // Rows whose every cell belongs to a cell above (a row joined across a page break).
    t.rows.erase(std::remove_if(t.rows.begin(), t.rows.end(), [](const auto& r) { return r.empty(); }), t.rows.end());
    return t;
}

struct Component {
    std::vector<Segment> h, v;
};

std::vector<Component> components(const std::vector<Segment>& h, const std::vector<Segment>& v) {
    UnionFind uf(h.size() + v.size());
    std::vector<std::size_t> by_x(v.size());
    std::iota(by_x.begin(), by_x.end(), 0);
    std::sort(by_x.begin(), by_x.end(), [&](std::size_t a, std::size_t b) { return v[a].at < v[b].at; });
    for (std::size_t i = 0; i < h.size(); ++i) {
        auto it = std::lower_bound(by_x.begin(), by_x.end(), h[i].from - kReach,
                                   [&](std::size_t k, double x) { return v[k].at < x; });
        for (; it != by_x.end() && v[*it].at <= h[i].to + kReach; ++it)
            if (h[i].at >= v[*it].from - kReach && h[i].at <= v[*it].to + kReach) uf.unite(i, h.size() + *it);
    }
    std::vector<Component> out;
    std::vector<int> index(h.size() + v.size(), -1);
    auto slot = [&](std::size_t i) -> Component& {
        std::size_t root = uf.find(i);
        if (index[root] < 0) {
            index[root] = static_cast<int>(out.size());
            out.emplace_back();
        }
        return out[static_cast<std::size_t>(index[root])];
    };
    for (std::size_t i = 0; i < h.size(); ++i) slot(i).h.push_back(h[i]);
    for (std::size_t i = 0; i < v.size(); ++i) slot(h.size() + i).v.push_back(v[i]);
    return out;
}

}  // namespace

std::vector<GridTable> find_tables(const Rulings& rulings, const std::vector<TextBox>& boxes,
                                   const std::vector<double>& breaks) {
    std::vector<GridTable> tables;
    for (Component& comp : components(merge_lines(rulings.horizontal), merge_lines(rulings.vertical))) {
        if (comp.h.empty() || comp.v.empty()) continue;
        std::vector<double> xs, ys;
        for (const Segment& s : comp.v) xs.push_back(s.at);
        for (const Segment& s : comp.h) ys.push_back(s.at);
        xs = cluster(xs);
        ys = cluster(ys);
        // Outer borders the page edge cut off: where the other lines end.
        double hx0 = 1e18, hx1 = -1e18, vy0 = 1e18, vy1 = -1e18;
        for (const Segment& s : comp.h) hx0 = std::min(hx0, s.from), hx1 = std::max(hx1, s.to);
        for (const Segment& s : comp.v) vy0 = std::min(vy0, s.from), vy1 = std::max(vy1, s.to);
        if (hx1 > xs.back() + kReach) xs.push_back(hx1);
        if (hx0 < xs.front() - kReach) xs.insert(xs.begin(), hx0);
        if (vy1 > ys.back() + kReach) ys.push_back(vy1);
        if (vy0 < ys.front() - kReach) ys.insert(ys.begin(), vy0);
        const std::size_t cols = xs.size() - 1, nrows = ys.size() - 1;
        if (cols < 1 || nrows < 1 || cols * nrows < 4 || cols * nrows > kMaxCells) continue;
        if (xs.back() - xs.front() < kMinWidth || ys.back() - ys.front() < kMinHeight) continue;

        std::vector<std::vector<Segment>> at_x(xs.size()), at_y(ys.size());
        for (const Segment& s : comp.v) at_x[nearest(xs, s.at)].push_back(s);
        for (const Segment& s : comp.h) at_y[nearest(ys, s.at)].push_back(s);
        std::vector<Row> rows(nrows);
        for (std::size_t r = 0; r < nrows; ++r) {
            Row& row = rows[r];
            row.y0 = ys[r];
            row.y1 = ys[r + 1];
            row.right.assign(cols, 1);
            row.below.assign(cols, 1);
            row.boxes.resize(cols);
            for (std::size_t c = 0; c + 1 < cols; ++c) row.right[c] = covers(at_x[c + 1], ys[r], ys[r + 1]);
            if (r + 1 < nrows)
                for (std::size_t c = 0; c < cols; ++c) row.below[c] = covers(at_y[r + 1], xs[c], xs[c + 1]);
        }
        GridTable table;
        for (const TextBox& b : boxes) {
            const double cx = b.cx(), cy = b.cy();
            if (cx < xs.front() || cx > xs.back() || cy < ys.front() || cy > ys.back()) continue;
            table.inside.push_back(&b);
            std::size_t c = std::min<std::size_t>(cols - 1, static_cast<std::size_t>(std::upper_bound(xs.begin(), xs.end(), cx) - xs.begin()) - 1);
            std::size_t r = std::min<std::size_t>(nrows - 1, static_cast<std::size_t>(std::upper_bound(ys.begin(), ys.end(), cy) - ys.begin()) - 1);
            rows[r].boxes[c].push_back(&b);
        }
        // Page breaks inside the table, bottom up so that dropping rows keeps the others' indices.
        for (auto it = breaks.rbegin(); it != breaks.rend(); ++it) {
            std::size_t k = 0;
            while (k < rows.size() && std::abs(rows[k].y0 - *it) > kSame) ++k;
            if (k == 0 || k >= rows.size()) continue;  // no line at the break: its row is one already
            drop_repeated_header(rows, k);
            if (k >= rows.size()) continue;
            Grid grid(xs, rows);
            join_at_break(grid, k - 1);
            rows = std::move(grid.rows());
        }
        Grid grid(xs, std::move(rows));
        GridTable out = output(grid);
        out.inside = std::move(table.inside);
        tables.push_back(std::move(out));
    }
    std::sort(tables.begin(), tables.end(), [](const GridTable& a, const GridTable& b) { return a.y0 < b.y0; });
    return tables;
}

}  // namespace xxgk::pdf
