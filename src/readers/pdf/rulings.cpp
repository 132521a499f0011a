#include "readers/pdf/rulings.hpp"

#include <algorithm>
#include <cmath>

namespace xxgk::pdf {
namespace {

constexpr int kDark = 160;          // a grey value below this is ink
constexpr double kMinRun = 12;      // points: shorter runs are strokes of characters (an em)
constexpr double kMaxThick = 3;     // points: thicker "lines" are filled areas or images
constexpr double kTouch = 2.5;      // points: how near an end must come to another line
constexpr double kMinUnmet = 16;    // points: a line with an end that meets none is this long
constexpr std::size_t kMaxLines = 4000;  // per direction; a page with more is no table
constexpr int kBeyond = 3;  // pixels a border goes on past a text box that reaches over it

// A run of ink along one pixel row (horizontal) or column (vertical): `line` is the row or
// column, [from, to) the pixels along it.
struct Run {
    int line, from, to;
};

// Runs of adjacent rows (or columns) that overlap are one line; its thickness is how many.
struct Band {
    int first, last, from, to;
};

std::vector<Band> bands_of(std::vector<Run>& runs) {
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
        return a.line != b.line ? a.line < b.line : a.from < b.from;
    });
    std::vector<Band> done, open;
    std::size_t i = 0;
    while (i < runs.size()) {
        const int line = runs[i].line;
        std::vector<Band> next;
        for (; i < runs.size() && runs[i].line == line; ++i) {
            const Run& r = runs[i];
            bool joined = false;
            for (Band& b : open) {
                if (b.last != line - 1) continue;
                const int overlap = std::min(b.to, r.to) - std::max(b.from, r.from);
                if (overlap * 2 < std::min(b.to - b.from, r.to - r.from)) continue;
                b.last = line;
                b.from = std::min(b.from, r.from);
                b.to = std::max(b.to, r.to);
                joined = true;
                break;
            }
            if (!joined) next.push_back({line, line, r.from, r.to});
        }
        for (Band& b : open) (b.last == line ? next : done).push_back(b);
        open = std::move(next);
        if (done.size() > kMaxLines * 4) return {};
    }
    done.insert(done.end(), open.begin(), open.end());
    return done;
}

std::vector<Segment> segments_of(const std::vector<Band>& bands, double scale) {
    std::vector<Segment> out;
    for (const Band& b : bands) {
        if ((b.last - b.first + 1) > kMaxThick * scale + 1) continue;
        out.push_back({(b.first + b.last + 1) / 2.0 / scale, b.from / scale, b.to / scale});
    }
    return out;
}

bool touches(const Segment& end_line, double end, const std::vector<Segment>& across) {
    for (const Segment& s : across)
        if (std::abs(s.at - end) <= kTouch && end_line.at >= s.from - kTouch && end_line.at <= s.to + kTouch)
            return true;
    return false;
}

// How many lines of `lines` end within kTouch of x (their `to`, or `from` when at_start).
int ends_near(const std::vector<Segment>& lines, double x, bool at_start) {
    int n = 0;
    for (const Segment& s : lines) n += std::abs((at_start ? s.from : s.to) - x) <= kTouch;
    return n;
}

// Whether the ink at both ends of [x0, x1) goes on for a few pixels past them.
bool dark_beyond(const unsigned char* row, int x0, int x1, int width) {
    for (int k = 1; k <= kBeyond; ++k)
        if (x0 - k < 0 || x1 - 1 + k >= width || row[x0 - k] >= kDark || row[x1 - 1 + k] >= kDark) return false;
    return true;
}

}  // namespace

void mask_text(Raster& image, const std::vector<TextBox>& boxes) {
    std::vector<char> rule_column;
    for (const TextBox& b : boxes) {
        // A pixel or two wider than the box: glyphs overhang their advance; a border next to the
        // box is kept by the tests below.
        const int x0 = std::max(0, static_cast<int>(std::floor(b.box.x0 * image.scale)) - 2);
        const int x1 = std::min(image.width, static_cast<int>(std::ceil(b.box.x1 * image.scale)) + 2);
        const int y0 = std::max(0, static_cast<int>(b.box.y0 * image.scale));
        const int y1 = std::min(image.height, static_cast<int>(std::ceil(b.box.y1 * image.scale)));
        if (x1 - x0 < 2 || y1 - y0 < 2) continue;
        auto pixel = [&](int x, int y) { return image.pixels[image.stride * static_cast<std::size_t>(y) + static_cast<std::size_t>(x)]; };
        // Columns dark across the box's top or bottom edge: a vertical border the box reaches
        // over (or that starts inside it, where a table has no top border).
        rule_column.assign(static_cast<std::size_t>(x1 - x0), 0);
        auto dark_run = [&](int x, int from, int to) {
            if (from < 0 || to > image.height) return false;
            for (int y = from; y < to; ++y)
                if (pixel(x, y) >= kDark) return false;
            return true;
        };
        for (int x = x0; x < x1; ++x)
            rule_column[static_cast<std::size_t>(x - x0)] =
                dark_run(x, y1 - 2, y1 + kBeyond) || dark_run(x, y0 - kBeyond, y0 + 2);
        for (int y = y0; y < y1; ++y) {
            unsigned char* row = image.pixels + image.stride * static_cast<std::size_t>(y);
            // A row dark all across the box and on beyond it is a horizontal border the box
            // reaches over: kept (some PDFs give boxes the font's whole ascent and descent). A
            // stroke as wide as its character (三) stops at the box.
            const auto dark = std::count_if(row + x0, row + x1, [](unsigned char p) { return p < kDark; });
            if (dark * 10 >= (x1 - x0) * 9 && dark_beyond(row, x0, x1, image.width)) continue;
            for (int x = x0; x < x1; ++x)
                if (!rule_column[static_cast<std::size_t>(x - x0)]) row[x] = 255;
        }
    }
}

Rulings find_rulings(const Raster& image) {
    const int min_run = std::max(2, static_cast<int>(kMinRun * image.scale));
    std::vector<Run> h, v;
    std::vector<int> column_start(static_cast<std::size_t>(image.width) + 1, -1);
    for (int y = 0; y <= image.height; ++y) {
        const unsigned char* row = y < image.height ? image.pixels + image.stride * static_cast<std::size_t>(y) : nullptr;
        int start = -1;
        for (int x = 0; x <= image.width; ++x) {
            const bool dark = row && x < image.width && row[x] < kDark;
            if (dark && start < 0) start = x;
            if (!dark && start >= 0) {
                if (x - start >= min_run) h.push_back({y, start, x});
                start = -1;
            }
            if (x == image.width) break;
            int& cs = column_start[static_cast<std::size_t>(x)];
            if (dark && cs < 0) cs = y;
            if (!dark && cs >= 0) {
                if (y - cs >= min_run) v.push_back({x, cs, y});
                cs = -1;
            }
        }
        if (h.size() + v.size() > kMaxLines * 64) return {};  // a picture, not a table
    }
    std::vector<Band> hb = bands_of(h), vb = bands_of(v);
    std::vector<Segment> hs = segments_of(hb, image.scale), vs = segments_of(vb, image.scale);
    if (hs.size() > kMaxLines || vs.size() > kMaxLines) return {};
    // Twice: a line kept only because it touched a stroke that goes in the first pass goes now.
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<Segment> keep_h, keep_v;
        // An end that meets no line is allowed to a line longer than a character, when another
        // such line ends there too.
        auto unmet = [](const Segment& s, const std::vector<Segment>& same, double end, bool start) {
            return s.to - s.from >= kMinUnmet && ends_near(same, end, start) >= 2;
        };
        for (const Segment& s : hs) {
            const bool left = touches(s, s.from, vs) || unmet(s, hs, s.from, true);
            const bool right = touches(s, s.to, vs) || unmet(s, hs, s.to, false);
            if (left && right) keep_h.push_back(s);
        }
        // Vertical lines may end together unmet too: a table cut by the page break.
        for (const Segment& s : vs) {
            const bool top = touches(s, s.from, hs) || unmet(s, vs, s.from, true);
            const bool bottom = touches(s, s.to, hs) || unmet(s, vs, s.to, false);
            if (top && bottom) keep_v.push_back(s);
        }
        hs = std::move(keep_h);
        vs = std::move(keep_v);
    }
    return {std::move(hs), std::move(vs)};
}

}  // namespace xxgk::pdf
