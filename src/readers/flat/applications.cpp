// Table 三 of a flattened report: every row's run is cut so that 总计 is the sum of the six
// applicant columns; where several cuts add up, the column identities choose; a row whose cut
// relied on its total is flagged; rows whose cuts the identities leave open are run together
// with their readings (never guessed); a row that cannot be cut at all is an error.
#include <algorithm>
#include <array>
#include <optional>

#include <fmt/format.h>

#include "readers/flat/text.hpp"

namespace xxgk::flat {

namespace {

// What a table-三 row is in the column identities (一 + 二 = （七） + 四; （七） = the results).
enum Role { kNone, kReceived, kCarriedOver, kResult, kResultsTotal, kCarriedForward, kRoles };

// From the normalized leaf label and its group, by the template's fragments (as the model maps
// rows). 2021's （六）其他处理 row is a subtotal some tools add, no term of the identities.
Role role_of(std::string_view leaf, std::string_view group, bool t2021) {
    std::string_view key;
    for (const LabelFragment& f : application_row_fragments())
        if (contains(leaf, f.fragment)) {
            key = f.key;
            break;
        }
    const ApplicationRowSpec* spec = key.empty() ? nullptr : application_row_spec(key);
    if (spec && spec->role == RowRole::received) return kReceived;
    if (spec && spec->role == RowRole::carried_over) return kCarriedOver;
    if (spec && spec->role == RowRole::carried_forward) return kCarriedForward;
    if ((spec && spec->role == RowRole::results_total) || leaf.starts_with(kTotalGroupPrefix)) return kResultsTotal;
    if (spec && key != "other") return kResult;
    if (key == "other" || leaf.starts_with(kOtherGroupPrefix)) return t2021 ? kNone : kResult;
    if (!leaf.empty() && is_digit(leaf[0]) && contains(leaf, kOtherWord) && group.starts_with(kOtherGroupPrefix))
        return kResult;
    return kNone;
}

struct Row {
    Pair pair;
    std::vector<Range> labels;
    Role role = kNone;
    std::string name;  // as the model prints it: the leaf label, after its group for a sub-item
    std::vector<Reading> candidates;  // empty: nothing can be read
    bool broken = false;              // the format allows several readings, and none adds up
    bool recovered = false;           // the cut relied on total = the six applicant columns
};

std::string row_error(const Text& t, const Row& r, std::string_view what) {
    (void)t;  // the line is Error::line, printed by the reporter as path:line
    return fmt::format("row \"{}\" of table 三{}", r.name, what);
}
std::string row_error_zh(const Row& r, std::string_view what) { return fmt::format("表三「{}」行{}", r.name, what); }

std::string run_of(const Text& t, const Row& r) {
    return one_line(t.src.substr(r.pair.run, r.pair.end - r.pair.run));
}

// Reads the row's run: fixed when one reading adds up (or the format allows only one), open
// when several do, broken when none does although the format allows several.
std::optional<Error> split_row(const Text& t, Row& r) {
    const std::string_view run = t.src.substr(r.pair.run, r.pair.end - r.pair.run);
    const int line = t.pos(r.pair.run).line;
    auto fail = [&](std::string_view why, std::string_view why_zh) {
        return Error{row_error(t, r,
                               fmt::format(": its digit run \"{}\"{}; the cells cannot be recovered",
                                           run_of(t, r), why)),
                     line,
                     row_error_zh(r, fmt::format("的连写数字“{}”{}，无法还原各单元格", run_of(t, r), why_zh))};
    };
    const Split sums = split(t, run, {7, 7, {}}, 1000);
    if (sums.exhausted) return fail(unsplit_because(sums), unsplit_because_zh(sums));
    if (sums.count > 1000)
        return fail(" has more than 1000 readings whose total is the sum of the other six",
                    "有 1000 多种拆法都使总计等于其余六列之和");
    if (sums.count > 0) {
        r.candidates = sums.readings;
        r.recovered = !sums.forced[0];
        return std::nullopt;
    }
    const Split format = split(t, run, {7, 0, {}}, 5000);
    if (format.exhausted) return fail(unsplit_because(format), unsplit_because_zh(format));
    if (format.count == 1 && format.forced[0]) {
        r.candidates = format.readings;  // its total is then checked, and may fail
    } else if (format.count > 0) {
        r.broken = true;
        if (format.count <= 5000) r.candidates = format.readings;
    }
    return std::nullopt;
}

std::string numbers(const Reading& r, std::string_view between = " ") {
    std::string out;
    for (const auto& n : r) out += (out.empty() ? "" : std::string(between)) + n.text;
    return out;
}

}  // namespace

Result<std::size_t> read_applications(const Text& t, std::size_t from, std::size_t to, Document& doc) {
    DocTable table;
    table.pos = t.pos(from);
    DocRow header{{}, t.pos(from)};
    std::vector<Row> rows;
    std::size_t consumed = from;
    bool t2021 = false;
    for (const Pair& p : pairs(t, from, to, false)) {
        if (p.run == p.end) break;  // text after the last run: prose
        Row r{p, {}, kNone, {}, {}, false, false};
        for (const Range& piece : pieces(t, p.label, p.run)) {
            const std::string n = t.norm(piece.first, piece.second);
            const auto words = application_header_words();
            const bool head = std::any_of(words.begin(), words.end(), [&](auto w) { return contains(n, w); });
            if (head && r.labels.empty())
                header.cells.push_back(cell(t, piece.first, piece.second));
            else
                r.labels.push_back(piece);
            t2021 = t2021 || contains(n, application_row_fragment("other.overdue_correction")) ||
                    contains(n, application_row_fragment("other.unpaid_fee"));
        }
        rows.push_back(std::move(r));
        consumed = p.end;
    }
    if (rows.empty()) return from;
    // The model finds the table by its anchor; a table printed without its header gets one.
    if (header.cells.empty()) header.cells.push_back({"申请人情况", t.pos(from)});
    table.rows.push_back(std::move(header));

    std::array<int, kRoles> seen{};
    std::string group, group_name;  // the current （一）…（七）, as the model tracks it
    for (Row& r : rows) {
        std::string leaf;
        for (const Range& l : r.labels) {
            leaf = t.norm(l.first, l.second);
            r.name = cell(t, l.first, l.second).text;
            if (leaf.starts_with("(")) {
                group = leaf;
                group_name = r.name;
            } else if (leaf.empty() || !is_digit(leaf[0])) {
                group.clear();
            }
        }
        if (!leaf.empty() && is_digit(leaf[0]) && !group.empty()) r.name = group_name + " " + r.name;
        r.role = role_of(leaf, group, t2021);
        ++seen[r.role];
        if (auto error = split_row(t, r)) return *error;
    }
    // The column identities that can be written down: every row they need is there once.
    std::vector<Identity> identities;
    auto identity = [&](std::array<int, kRoles> coefficient) {
        Identity id;
        for (const Row& r : rows) {
            id.push_back(coefficient[r.role]);
            if (coefficient[r.role] != 0 && r.candidates.empty()) return;  // an unreadable row
        }
        identities.push_back(std::move(id));
    };
    if (seen[kReceived] == 1 && seen[kCarriedOver] == 1 && seen[kResultsTotal] == 1 &&
        seen[kCarriedForward] == 1)
        identity({0, 1, 1, 0, -1, -1});
    const std::size_t results = result_row_keys(t2021 ? Template::t2021 : Template::t2019).size();
    if (seen[kResultsTotal] == 1 && std::size_t(seen[kResult]) == results) identity({0, 0, 0, -1, 1, 0});

    std::vector<std::vector<Reading>> candidates;
    for (const Row& r : rows) candidates.push_back(r.candidates);
    const Choice choice = choose_readings(candidates, identities);
    for (const Row& r : rows) {
        if (!r.broken) continue;
        std::string hint, hint_zh;
        if (choice.status == Choice::Status::unique && !r.candidates.empty()) {
            const Reading& read = r.candidates[choice.pick[&r - rows.data()]];
            double six = 0;
            for (std::size_t c = 0; c < 6; ++c) six += read[c].value;
            hint =
                fmt::format("; the column identities read it as {}, whose six applicant columns add up to {}",
                            numbers(read), six);
            hint_zh = fmt::format("；按各列的等式读作 {}，其六类申请人之和为 {}", numbers(read), six);
        }
        return Error{
            row_error(t, r,
                      fmt::format(": no reading of its digit run \"{}\" makes the total the sum of the six "
                                  "applicant columns; the cells cannot be recovered{}",
                                  run_of(t, r), hint)),
            t.pos(r.pair.run).line,
            row_error_zh(r, fmt::format("的连写数字“{}”没有一种拆法能使总计等于六类申请人之和，无法还原各单元格{}",
                                        run_of(t, r), hint_zh))};
    }
    const Row& at_fault = rows[choice.row];
    const int line = t.pos(at_fault.pair.run).line;
    switch (choice.status) {
        case Choice::Status::unique:
        case Choice::Status::ambiguous:  // those rows' cells run together, with their readings
            break;
        case Choice::Status::inconsistent:
            return Error{
                row_error(t, at_fault,
                          fmt::format(": no reading of its digit run \"{}\" fits the column identities; "
                                      "the cells cannot be recovered",
                                      run_of(t, at_fault))),
                line,
                row_error_zh(at_fault, fmt::format("的连写数字“{}”没有一种拆法符合各列的等式，无法还原各单元格",
                                                   run_of(t, at_fault)))};
        case Choice::Status::too_many:
            return Error{
                fmt::format(
                    "the digit runs of table 三 have too many combinations of readings to try; "
                    "the cells cannot be recovered"),
                line, "表三各行连写数字的拆法组合太多，无法逐一尝试，无法还原各单元格"};
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const bool open = i < choice.kept.size() && !choice.kept[i].empty();
        DocRow row{{}, t.pos(r.labels.empty() ? r.pair.run : r.labels.front().first), r.recovered && !open};
        for (const Range& l : r.labels) row.cells.push_back(cell(t, l.first, l.second));
        if (open)
            for (std::size_t k : choice.kept[i]) row.readings.push_back(numbers(r.candidates[k], "|"));
        auto values = r.candidates.empty() || open ? unreadable_cells(t, r.pair, 7)
                                                   : number_cells(t, r.pair, r.candidates[choice.pick[i]]);
        row.cells.insert(row.cells.end(), values.begin(), values.end());
        table.rows.push_back(std::move(row));
    }
    push_table(std::move(table), doc);
    return consumed;
}

}  // namespace xxgk::flat
