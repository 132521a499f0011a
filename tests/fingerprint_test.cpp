// Fingerprints (issue 4): an edit elsewhere in the file keeps every fingerprint; changing a
// number changes exactly the fingerprints of the findings that number takes part in.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "finding_support.hpp"
#include "support.hpp"
#include "xxgk/check.hpp"

using namespace xxgk;

namespace {

// The plain-text samples with findings (the one-cell-per-line layout lets a test change one
// number by replacing one line).
const std::vector<std::string> kSamples = {
    "broken-application-balance.txt", "broken-results-total.txt", "broken-applicant-total.txt",
    "broken-review-total.txt", "broken-litigation-direct-total.txt", "broken-litigation-after-review-total.txt",
    "broken-negative-count.txt", "broken-unreadable-cell.txt", "broken-row-unknown.txt",
    "broken-row-missing.txt", "broken-blank-in-identity.txt", "broken-section-missing.txt",
    "broken-template-year-mismatch.txt", "broken-template-inconsistent.txt", "broken-table-missing.txt"};

// The findings of the first stage: a diagnosis is derived from them and changes with them.
std::vector<Finding> findings(const std::string& text) {
    std::vector<Finding> out = check_report(test::report_from_text(text), {}).findings;
    std::erase_if(out, [](const Finding& f) { return f.diagnosis.has_value(); });
    return out;
}

std::string with_line_replaced(const std::string& text, int line, const std::string& content) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
    return text.substr(0, start) + content + text.substr(text.find('\n', start));
}

std::string with_line_inserted(const std::string& text, int before, const std::string& content) {
    std::size_t start = 0;
    for (int i = 1; i < before; ++i) start = text.find('\n', start) + 1;
    return text.substr(0, start) + content + "\n" + text.substr(start);
}

std::string cell_key(const Finding& f) {
    return f.table + "." + f.row + "." + f.column;
}

// A finding "takes part in" a cell when the cell is one of its identity's terms, or the cell
// is the finding's own place (a negative count, an unreadable cell).
bool involves(const Finding& f, const std::string& cell) {
    if (cell_key(f) == cell) return true;
    if (!f.identity) return false;
    for (const Side* side : {&f.identity->lhs, &f.identity->rhs})
        for (const Term& t : side->terms)
            if (t.cell == cell) return true;
    return false;
}

std::set<std::string> fingerprints(const std::vector<Finding>& fs) {
    std::set<std::string> out;
    for (const Finding& f : fs) out.insert(f.fingerprint);
    return out;
}

struct NumberCell {
    std::string key;
    const CellValue* cell;
};

std::vector<NumberCell> number_cells(const Report& r) {
    std::vector<NumberCell> out;
    for (const ApplicationRow& row : r.applications.rows)
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            if (!row.key.empty() && row.cells[c].value)
                out.push_back({"applications." + row.key + "." + std::string(kApplicantColumns[c]), &row.cells[c]});
    if (r.review.complete)
        for (std::size_t i = 0; i < 15; ++i)
            if (r.review.cells[i].value)
                out.push_back({"review_litigation." + std::string(kReviewGroups[i / 5]) + "." +
                                   std::string(kReviewCells[i % 5]),
                               &r.review.cells[i]});
    return out;
}

}  // namespace

TEST_CASE("fingerprint: a line added to the prose keeps every fingerprint", "[fingerprint]") {
    for (const std::string& name : kSamples) {
        INFO(name);
        const std::string text = test::slurp(test::sample_path(name));
        const std::vector<Finding> before = findings(text);
        REQUIRE(!before.empty());
        // After the overview's first paragraph (line 4): every table moves down a line.
        const std::vector<Finding> after =
            findings(with_line_inserted(text, 5, "本机关另设意见箱，收集公众对政府信息公开工作的意见和建议。"));
        REQUIRE(after.size() == before.size());
        bool moved = false;
        for (std::size_t i = 0; i < before.size(); ++i) {
            CHECK(after[i].fingerprint == before[i].fingerprint);
            moved = moved || (before[i].pos.line > 5 && after[i].pos.line == before[i].pos.line + 1);
        }
        bool any_line = std::any_of(before.begin(), before.end(), [](const Finding& f) { return f.pos.line > 5; });
        CHECK(moved == any_line);  // the edit did move the findings that have a line
    }
}

TEST_CASE("fingerprint: changing a number changes exactly the findings it takes part in", "[fingerprint]") {
    int changed_total = 0;
    for (const std::string& name : kSamples) {
        const std::string text = test::slurp(test::sample_path(name));
        const Report report = test::report_from_text(text);
        const std::vector<Finding> before = findings(text);
        for (const NumberCell& n : number_cells(report)) {
            INFO(name << ": " << n.key << " " << n.cell->raw << " → +1");
            std::vector<Finding> after =
                findings(with_line_replaced(text, n.cell->pos.line, "\t" + format_number(*n.cell->value + 1)));
            const std::set<std::string> old_prints = fingerprints(before), new_prints = fingerprints(after);
            for (const Finding& f : after) {
                // Involved: a new or changed finding. Not involved: the very same one as before.
                CHECK(old_prints.contains(f.fingerprint) == !involves(f, n.key));
                changed_total += involves(f, n.key);
            }
            for (const Finding& f : before)
                if (!involves(f, n.key)) CHECK(new_prints.contains(f.fingerprint));
        }
    }
    CHECK(changed_total > 100);  // the mutations did break identities
}

TEST_CASE("fingerprint: unique within a report · independent of the message language") {
    const std::string text = test::slurp(test::sample_path("broken-application-balance.txt"));
    std::vector<Finding> fs = findings(text);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].fingerprint != fs[1].fingerprint);
    CHECK(fs[0].fingerprint.size() == 16);
    // Two unknown rows with the same label: the same finding twice, two fingerprints, and the
    // first keeps the one it had alone.
    const std::string one = test::slurp(test::sample_path("broken-row-unknown.txt"));
    std::string row;  // lines 29–33: the added row 其他主动公开文件 and the blank line after it
    for (std::size_t i = 0, start = 0; i < 33; ++i) {
        std::size_t end = one.find('\n', start) + 1;
        if (i >= 28) row += one.substr(start, end - start);
        start = end;
    }
    const std::vector<Finding> single = findings(one), twice = findings(with_line_inserted(one, 34, row.substr(0, row.size() - 1)));
    REQUIRE(single.size() == 1);
    REQUIRE(twice.size() == 2);
    CHECK(twice[0].message_en == twice[1].message_en);
    CHECK(twice[0].fingerprint == single[0].fingerprint);
    CHECK(twice[1].fingerprint != single[0].fingerprint);

    // The same finding made twice has one fingerprint, pinned here: FNV-1a over the rule, the
    // logical place and the English message, so it is the same in every build and on every
    // platform (baselines are committed and shared).
    Finding a = test::finding("row-unknown", "x", "x", {3, 1});
    CHECK(fingerprint_of(a) == fingerprint_of(test::finding("row-unknown", "y", "x", {3, 1})));
    CHECK(fingerprint_of(a) == "05d4d7ecf6d3c42b");
    Finding en = a;
    en.message_en = "z";
    CHECK(fingerprint_of(en) != fingerprint_of(a));
    Finding other_rule = a;
    other_rule.rule = "section-missing";
    CHECK(fingerprint_of(other_rule) != fingerprint_of(a));
    Finding zh = a;
    zh.message_zh = "另一种说法";
    CHECK(fingerprint_of(zh) == fingerprint_of(a));
    Finding moved = a;
    moved.pos = {300, 7};
    CHECK(fingerprint_of(moved) == fingerprint_of(a));
}

TEST_CASE("fingerprint: a place quoted in a message (another report's path:line) does not count") {
    Finding a = test::finding("carry-over-continuity", "x",
                             "column \"total\": carried over from last year is 8, but the 2021 report "
                             "r/2021.txt:389 carried forward 9 (difference -1)", {});
    Finding moved = a, changed = a;
    moved.message_en.replace(moved.message_en.find(":389"), 4, ":390:2");
    changed.message_en.replace(changed.message_en.find("forward 9"), 9, "forward 7");
    CHECK(fingerprint_of(moved) == fingerprint_of(a));
    CHECK(fingerprint_of(changed) != fingerprint_of(a));
    Finding colon = a;  // ": 9" is prose, not a place
    colon.message_en = "column: 9";
    Finding other = a;
    other.message_en = "column: 8";
    CHECK(fingerprint_of(colon) != fingerprint_of(other));
}
