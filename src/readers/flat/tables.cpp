// Tables 二 and 四 of a flattened report. Table 二 has no identity, so its runs are cut only
// where the format alone decides, or where the template's bounds within one year leave one
// reading (a row flagged assumed); table 四's run is cut with the sums of its three groups, and
// a group whose cut relied on its sum is flagged.
#include <array>

#include <fmt/format.h>

#include "readers/flat/text.hpp"

namespace xxgk::flat {
namespace {

// The template's bounds within one year on a row of 第二十条第（一）项, by column key:
// 本年新公开数量 ≤ 对外公开总数量 (2019), 现行有效件数 ≥ 本年制发件数 − 本年废止件数 (2021).
// `bounded`: the columns hold one of them.
struct Bounds {
    int published = -1, total = -1, issued = -1, repealed = -1, in_force = -1;
    explicit Bounds(const std::vector<std::string_view>& keys) {
        for (std::size_t c = 0; c < keys.size(); ++c) {
            const int i = static_cast<int>(c);
            if (keys[c] == "new_published") published = i;
            if (keys[c] == "total_published") total = i;
            if (keys[c] == "issued") issued = i;
            if (keys[c] == "repealed") repealed = i;
            if (keys[c] == "in_force") in_force = i;
        }
    }
    bool bounded() const { return (published >= 0 && total >= 0) || (issued >= 0 && repealed >= 0 && in_force >= 0); }
    bool keeps(const Reading& r) const {
        if (published >= 0 && total >= 0 && r[published].value > r[total].value) return false;
        if (issued >= 0 && repealed >= 0 && in_force >= 0 &&
            r[in_force].value < r[issued].value - r[repealed].value)
            return false;
        return true;
    }
};

// The one reading of a run that the format allows and the bounds keep, if one alone is.
const Reading* only_plausible(const Split& all, const Bounds& bounds) {
    if (all.exhausted || all.count > all.readings.size() || !bounds.bounded()) return nullptr;
    const Reading* kept = nullptr;
    for (const Reading& r : all.readings) {
        if (!bounds.keeps(r)) continue;
        if (kept) return nullptr;
        kept = &r;
    }
    return kept;
}

}  // namespace

// Table 二: per item a caption (第二十条第（一）项), 信息内容 and the column labels, then rows. No
// identity holds in it: a run is cut only where the format alone decides or where the bounds
// leave one reading (flagged), else its cells run together (cells-run-together), never cut
// evenly.
std::size_t read_active(const Text& t, std::size_t from, std::size_t to, Document& doc) {
    DocTable table;
    table.pos = t.pos(from);
    std::vector<bool> money;  // per column of the current item
    std::vector<std::string_view> keys;
    std::size_t consumed = from;
    for (const Pair& p : pairs(t, from, to, true)) {
        const std::string n = t.norm(p.label, p.run);
        std::size_t k = 0;
        auto src = [&](std::size_t k) { return k < n.size() ? t.begin_at(p.label, k) : p.run; };
        auto word = [&](std::size_t len) { return cell(t, src(k), t.end_at(p.label, k + len - 1)); };
        if (n.starts_with(kActiveCaptionPrefix) && n.find("项") != npos) {
            const std::size_t len = n.find("项") + 3;
            table.rows.push_back(DocRow{{word(len)}, t.pos(p.label)});
            k = len;
        }
        if (n.compare(k, kActiveHeaderWord.size(), kActiveHeaderWord) == 0) {
            DocRow header{{word(kActiveHeaderWord.size())}, t.pos(src(k))};
            money.clear();
            keys.clear();
            for (k += kActiveHeaderWord.size(); k < n.size();) {
                const auto columns = active_column_specs();
                auto col = std::find_if(columns.begin(), columns.end(), [&](const ActiveColumnSpec& c) {
                    return n.compare(k, c.label.size(), c.label) == 0;
                });
                if (col == columns.end()) break;
                header.cells.push_back(word(col->label.size()));
                money.push_back(col->money);
                keys.push_back(col->key);
                k += col->label.size();
            }
            table.rows.push_back(std::move(header));
        }
        if (p.run == p.end) {
            consumed = src(k);
            break;
        }
        DocRow row{{cell(t, src(k), p.run)}, t.pos(src(k))};
        const std::string_view run = t.src.substr(p.run, p.end - p.run);
        const Split read = split(t, run, {money.size(), 0, money}, 2);
        const Reading* reading = read.count == 1 && read.forced[0] ? &read.readings[0] : nullptr;
        // Several readings: the template's bounds may leave one, which is then assumed.
        Split all;
        if (!reading && read.count > 1 && !read.exhausted && Bounds(keys).bounded()) {
            all = split(t, run, {money.size(), 0, money}, 64);
            reading = only_plausible(all, Bounds(keys));
            row.recovered = reading != nullptr;
        }
        auto cells = reading ? number_cells(t, p, *reading)
                             : unreadable_cells(t, p, std::max<std::size_t>(money.size(), 1));
        row.cells.insert(row.cells.end(), cells.begin(), cells.end());
        table.rows.push_back(std::move(row));
        consumed = p.end;
    }
    push_table(std::move(table), doc);
    return consumed;
}

// Table 四: its header words, then one run of 15 numbers, three groups of five whose last
// is the sum of the other four. Emitted as one row per group, each flagged when its cut
// relied on that sum.
Result<std::size_t> read_review(const Text& t, std::size_t from, std::size_t to, Document& doc) {
    for (const Pair& p : pairs(t, from, to, false)) {
        if (p.run == p.end) break;
        DocTable table;
        table.pos = t.pos(from);
        table.rows.push_back(DocRow{{cell(t, p.label, p.run)}, t.pos(p.label)});
        const std::string_view run = t.src.substr(p.run, p.end - p.run);
        const int line = t.pos(p.run).line;
        // "table 四 <what> "<run>"<why>; the cells cannot be recovered", at Error::line
        auto error = [&](std::string_view what, std::string_view why, std::string zh) {
            return Error{fmt::format("table 四{} \"{}\"{}; the cells cannot be recovered",
                                     what, one_line(run), why),
                         line, "表四的连写数字“" + one_line(run) + "”" + zh + "，无法还原各单元格"};
        };
        Split sums = split(t, run, {15, 5, {}}, 64);
        if (sums.exhausted) return error(": its digit run", unsplit_because(sums), std::string(unsplit_because_zh(sums)));
        if (sums.count > 1)
            return error(sums.count > 64 ? " has more than 64 readings of its digit run"
                                          : fmt::format(" has {} readings of its digit run", sums.count),
                         " that satisfy every identity",
                         sums.count > 64 ? "有 64 种以上拆法都符合全部等式"
                                         : fmt::format("有 {} 种拆法都符合全部等式", sums.count));
        if (sums.count == 0) {
            Split format = split(t, run, {15, 0, {}}, 2);
            if (format.exhausted)
                return error(": its digit run", unsplit_because(format), std::string(unsplit_because_zh(format)));
            if (format.count > 1)
                return error(": no reading of its digit run", " makes each total the sum of its four results",
                             "没有一种拆法能使每个总计等于其四项结果之和");
            sums = format;  // the format alone decides, or nothing can be read at all
            sums.forced.assign(3, true);
        }
        for (std::size_t g = 0; g < 3; ++g) {
            DocRow row{{}, t.pos(p.run)};
            if (sums.count == 0) {
                row.cells = unreadable_cells(t, p, 5);
            } else {
                const Reading& r = sums.readings[0];
                row.cells = number_cells(t, p, Reading(r.begin() + g * 5, r.begin() + g * 5 + 5));
                row.pos = row.cells[0].pos;
                row.recovered = !sums.forced[g];
            }
            table.rows.push_back(std::move(row));
        }
        push_table(std::move(table), doc);
        return p.end;
    }
    return from;
}

}  // namespace xxgk::flat
