// Every single cell of tables 三 and 四 of the clean samples of both templates, changed by +1, −1,
// ×10 and with two digits swapped: where one cell explains every failure (any cell of table 三:
// its row and its column fail together), likely-wrong-cell names exactly it and its original
// value; in table 四, where one failing total cannot tell its cells apart, the note lists the
// changed cell among its candidates. No note ever names another cell with certainty.
#include <algorithm>
#include <set>
#include <vector>

#include "support.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/identity.hpp"

using namespace xxgk;

namespace {

std::string with_line_replaced(const std::string& text, int line, const std::string& content) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
    return text.substr(0, start) + content + text.substr(text.find('\n', start));
}

// The changed values of `v`: +1, −1 (a count of 0 becomes −1: negative-count says so too),
// ×10 and its two last digits swapped, those that differ from it.
std::vector<double> mutations(double v) {
    std::vector<double> out = {v + 1, v - 1};
    if (v != 0) out.push_back(v * 10);
    const std::string s = format_number(v);
    if (s.size() >= 2 && s[s.size() - 1] != s[s.size() - 2] && s[s.size() - 2] != '0') {
        std::string t = s;
        std::swap(t[t.size() - 1], t[t.size() - 2]);
        out.push_back(std::stod(t));
    }
    return out;
}

struct Outcome {
    std::set<std::string> identity_prints;  // the fingerprints of the identity failures
    std::vector<Finding> diagnoses;
};

Outcome check(const std::string& text) {
    FileResult res = check_report(test::report_from_text(text), {});
    Outcome out;
    for (Finding& f : res.findings) {
        if (f.identity) out.identity_prints.insert(f.fingerprint);
        if (f.diagnosis) out.diagnoses.push_back(std::move(f));
    }
    return out;
}

struct Tally {
    int named = 0;      // one cell named, the right one
    int candidates = 0;  // the changed cell among several candidates
};

void expect_named(const Outcome& o, const std::string& key, double original, double changed, Tally& tally) {
    REQUIRE(o.diagnoses.size() == 1);
    const Finding& f = o.diagnoses.front();
    CHECK(f.rule == "likely-wrong-cell");
    CHECK(f.diagnosis->cell == key);
    CHECK(f.diagnosis->value == changed);
    CHECK(f.diagnosis->suggested_value == original);
    CHECK(f.diagnosis->alternatives.empty());
    CHECK(std::set<std::string>(f.diagnosis->explains.begin(), f.diagnosis->explains.end()) == o.identity_prints);
    ++tally.named;
}

// Table 四: a single candidate must be the changed cell; several must include it.
void expect_among(const Outcome& o, const std::string& key, double original, Tally& tally) {
    REQUIRE(o.diagnoses.size() == 1);
    const Diagnosis& d = *o.diagnoses.front().diagnosis;
    CHECK(std::set<std::string>(d.explains.begin(), d.explains.end()) == o.identity_prints);
    if (d.alternatives.empty()) {
        CHECK(o.diagnoses.front().rule == "likely-wrong-cell");
        CHECK(d.cell == key);
        CHECK(d.suggested_value == original);
        ++tally.named;
        return;
    }
    const bool listed = std::any_of(d.alternatives.begin(), d.alternatives.end(), [&](const auto& a) {
        return a.cell == key && a.suggested_value == original;
    });
    CHECK(listed);
    ++tally.candidates;
}

Tally mutate_every_cell(const std::string& name) {
    const std::string text = test::slurp(test::sample_path(name));
    const Report clean = test::report_from_text(text);
    REQUIRE(check(text).diagnoses.empty());
    Tally tally;
    for (const auto& row : clean.applications.rows) {
        for (std::size_t c = 0; c < 7; ++c) {
            const CellValue& cell = row.cells[c];
            REQUIRE(cell.value);
            const std::string key = application_cell(row.key, kApplicantColumns[c]);
            for (double m : mutations(*cell.value)) {
                INFO(name << " " << key << " " << format_number(*cell.value) << " → " << format_number(m));
                expect_named(check(with_line_replaced(text, cell.pos.line, "\t" + format_number(m))), key,
                             *cell.value, m, tally);
            }
        }
    }
    static constexpr std::string_view groups[] = {"review", "litigation_direct", "litigation_after_review"};
    static constexpr std::string_view cells[] = {"upheld", "corrected", "other", "pending", "total"};
    for (std::size_t i = 0; i < 15; ++i) {
        const CellValue& cell = clean.review.cells[i];
        REQUIRE(cell.value);
        const std::string key =
            "review_litigation." + std::string(groups[i / 5]) + "." + std::string(cells[i % 5]);
        for (double m : mutations(*cell.value)) {
            INFO(name << " " << key << " " << format_number(*cell.value) << " → " << format_number(m));
            expect_among(check(with_line_replaced(text, cell.pos.line, "\t" + format_number(m))), key, *cell.value,
                         tally);
        }
    }
    return tally;
}

}  // namespace

TEST_CASE("wrong cell: every single change of a 2019 report is named or listed", "[diagnosis][mutation]") {
    const Tally t = mutate_every_cell("clean-2019.txt");
    // Every change was judged: 398 named, 41 listed among candidates (table 四).
    CHECK(t.named == 398);
    CHECK(t.candidates == 41);
}

TEST_CASE("wrong cell: every single change of a 2021 report is named or listed", "[diagnosis][mutation]") {
    const Tally t = mutate_every_cell("clean-2021.txt");
    CHECK(t.named == 438);
    CHECK(t.candidates == 40);
}
