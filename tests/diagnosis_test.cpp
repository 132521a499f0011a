// The diagnoses as a second stage: what each says of its sample (cells, values, what it
// explains), where it stands among the findings, and what it says when its inputs were ignored.
#include <algorithm>
#include <array>
#include <set>

#include "support.hpp"

using namespace xxgk;

namespace {

FileResult run(const std::string& sample, const std::vector<std::string>& ignore = {}) {
    CheckOptions options;
    auto filter = make_rule_filter({}, ignore);
    REQUIRE(filter.ok());
    options.rules = filter.value();
    return check_file(test::sample_path(sample), {}, options);
}

std::vector<std::string> rules_of(const FileResult& res) {
    std::vector<std::string> out;
    for (const Finding& f : res.findings) out.push_back(f.rule);
    return out;
}

std::set<std::string> prints_of(const FileResult& res, bool diagnoses) {
    std::set<std::string> out;
    for (const Finding& f : res.findings)
        if (f.diagnosis.has_value() == diagnoses) out.insert(f.fingerprint);
    return out;
}

// The sample's text with the cell `key` (alone on its line, as in the one-cell-per-line layout)
// typed as `typed` instead of `was`.
std::string with_cell_typed(const std::string& sample, const std::string& key, double was, const std::string& typed) {
    std::string text = test::slurp(test::sample_path(sample));
    const Report original = test::report_from_text(text);  // the cell points into it
    const CellValue* cell = original.cell_at(key);
    REQUIRE(cell);
    REQUIRE(cell->value == was);
    std::size_t start = 0;
    for (int i = 1; i < cell->pos.line; ++i) start = text.find('\n', start) + 1;
    return text.substr(0, start) + "\t" + typed + text.substr(text.find('\n', start));
}

}  // namespace

TEST_CASE("likely-wrong-cell: one cell · its value · the one that fits · right after the first failure", "[diagnosis]") {
    const FileResult res = run("broken-likely-wrong-cell.txt");
    REQUIRE(rules_of(res) == std::vector<std::string>{"applicant-total", "likely-wrong-cell", "results-total"});
    const Finding& note = res.findings[1];
    CHECK(note.severity == Severity::note);
    CHECK(note.pos.line == 105);
    CHECK(note.table == "applications");
    CHECK(note.row == "partially_granted");
    CHECK(note.column == "natural_person");
    const Diagnosis& d = *note.diagnosis;
    CHECK(d.cell == "applications.partially_granted.natural_person");
    CHECK(d.value == 15);
    CHECK(d.suggested_value == 14);
    CHECK(d.alternatives.empty());
    CHECK(std::set<std::string>(d.explains.begin(), d.explains.end()) == prints_of(res, false));
    CHECK(note.message_en.find("holds 15; 14 would satisfy all 2 failing identities") != std::string::npos);
}

TEST_CASE("likely-wrong-cell: with the identity rules ignored it says nothing", "[diagnosis]") {
    CHECK(run("broken-likely-wrong-cell.txt", {"applicant-total", "results-total"}).findings.empty());
    // One of the two ran: the note explains what was reported.
    const FileResult res = run("broken-likely-wrong-cell.txt", {"results-total"});
    REQUIRE(rules_of(res) == std::vector<std::string>{"applicant-total", "likely-wrong-cell"});
    CHECK(res.findings[1].diagnosis->explains == std::vector<std::string>{res.findings[0].fingerprint});
}

TEST_CASE("likely-wrong-cell: a failing total of table 四 lists its candidates", "[diagnosis]") {
    const FileResult res = run("broken-review-total.txt");
    REQUIRE(rules_of(res) == std::vector<std::string>{"review-total", "likely-wrong-cell"});
    const Diagnosis& d = *res.findings[1].diagnosis;
    CHECK(d.cell.empty());
    REQUIRE(d.alternatives.size() == 5);
    CHECK(d.alternatives[0].cell == "review_litigation.review.upheld");
    CHECK(d.alternatives[0].suggested_value == 3);
    CHECK(d.alternatives[4].cell == "review_litigation.review.total");
    CHECK(d.alternatives[4].suggested_value == 4);
}

TEST_CASE("transposed-digits: the candidate whose digits swapped fit · the others listed", "[diagnosis]") {
    const FileResult res = run("broken-transposed-digits.txt");
    REQUIRE(rules_of(res) == std::vector<std::string>{"review-total", "transposed-digits"});
    const Diagnosis& d = *res.findings[1].diagnosis;
    CHECK(d.cell == "review_litigation.review.total");
    CHECK(d.value == 41);
    CHECK(d.suggested_value == 14);
    CHECK(d.alternatives.size() == 5);
    // Without transposed-digits, likely-wrong-cell lists the candidates.
    CHECK(rules_of(run("broken-transposed-digits.txt", {"transposed-digits"})) ==
          std::vector<std::string>{"review-total", "likely-wrong-cell"});
}

TEST_CASE("causes of a cluster: the cells each changes", "[diagnosis]") {
    const FileResult shifted = run("broken-value-in-neighbouring-column.txt");
    REQUIRE(rules_of(shifted)[1] == "value-in-neighbouring-column");
    CHECK(shifted.findings[1].diagnosis->changes.size() == 6);  // 商业企业…其他 and the total
    const FileResult copied = run("broken-received-copied-into-total.txt");
    REQUIRE(rules_of(copied)[1] == "received-copied-into-total");
    CHECK(copied.findings[1].diagnosis->changes.size() == 5);
    const FileResult other = run("broken-legal-person-subtotal-in-other.txt");
    REQUIRE(rules_of(other)[1] == "legal-person-subtotal-in-other");
    const auto& changes = other.findings[1].diagnosis->changes;
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].cell == "applications.new_received.other_org");
    CHECK(changes[0].value == 44);
    CHECK(changes[0].suggested_value == 4);
}

TEST_CASE("likely-wrong-cell: a statement of the prose singles out one candidate of table 四", "[diagnosis]") {
    // agree-2021 says 行政复议5件; its table 四 review total typed 6 instead.
    const std::string text = with_cell_typed("prose/agree-2021.txt", "review_litigation.review.total", 5, "6");
    const FileResult res = check_report(test::report_from_text(text), {});
    REQUIRE(rules_of(res) == std::vector<std::string>{"narrative-mismatch", "likely-wrong-cell", "review-total"});
    const Diagnosis& d = *res.findings[1].diagnosis;
    CHECK(d.cell == "review_litigation.review.total");
    CHECK(d.value == 6);
    CHECK(d.suggested_value == 5);
    CHECK(d.alternatives.empty());
    CHECK(std::set<std::string>(d.explains.begin(), d.explains.end()) ==
          std::set<std::string>{res.findings[0].fingerprint, res.findings[2].fingerprint});
}

namespace {
void set(CellValue& cell, double v) {
    cell.value = v;
    cell.raw = format_number(v);
    cell.blank = false;
}
std::vector<std::string> rules_of_report(const Report& report) {
    std::vector<std::string> out;
    for (const Finding& f : check_report(report, {}).findings) out.push_back(f.rule);
    return out;
}
}  // namespace

TEST_CASE("transposed-digits: two candidates whose digits swapped both fit · no guess between them", "[diagnosis]") {
    // 行政复议: 12 + 34 + 0 + 0 printed as 55, 9 too many: 12 → 21 and 34 → 43 both fit.
    Report report = test::sample("clean-2021.txt");
    set(report.review.cells[0], 12);
    set(report.review.cells[1], 34);
    set(report.review.cells[2], 0);
    set(report.review.cells[3], 0);
    set(report.review.cells[4], 55);
    CHECK(rules_of_report(report) == std::vector<std::string>{"review-total", "likely-wrong-cell"});
}

TEST_CASE("received-copied-into-total: results off in two columns while （七） is no copy of 一 · not said", "[diagnosis]") {
    Report report = test::sample("clean-2021.txt");
    auto& rows = report.applications.rows;
    // （七）总计 mistyped in two columns (and its 总计): setting it to the sums of the results fixes
    // every failure, but it was no copy of row 一.
    const auto total = std::find_if(rows.begin(), rows.end(), [](const ApplicationRow& r) { return r.key == "results_total"; });
    REQUIRE(total != rows.end());
    set(total->cells[0], *total->cells[0].value + 1);
    set(total->cells[1], *total->cells[1].value + 1);
    set(total->cells[6], *total->cells[6].value + 2);
    const std::vector<std::string> fired = rules_of_report(report);
    CHECK(std::count(fired.begin(), fired.end(), "received-copied-into-total") == 0);
    CHECK(std::count(fired.begin(), fired.end(), "results-total") >= 2);
}

TEST_CASE("likely-wrong-cell: a candidate of table 四 whose fitting value would be negative is left out", "[diagnosis]") {
    // clean-2021's review group: 维持 2, 纠正 1, 其他 0, 尚未审结 1, 总计 4; the total typed 2: the
    // four results exceed it by 2, which only 维持 (2 → 0) or the total (2 → 4) can absorb.
    const std::string text = with_cell_typed("clean-2021.txt", "review_litigation.review.total", 4, "2");
    const FileResult res = check_report(test::report_from_text(text), {});
    REQUIRE(rules_of(res) == std::vector<std::string>{"review-total", "likely-wrong-cell"});
    const Diagnosis& d = *res.findings[1].diagnosis;
    CHECK(d.cell.empty());
    REQUIRE(d.alternatives.size() == 2);
    CHECK(d.alternatives[0].cell == "review_litigation.review.upheld");
    CHECK(d.alternatives[0].suggested_value == 0);
    CHECK(d.alternatives[1].cell == "review_litigation.review.total");
    CHECK(d.alternatives[1].suggested_value == 4);
}

TEST_CASE("value-in-neighbouring-column: two rows whose exchange both fit · no guess between them", "[diagnosis]") {
    const Report clean = test::sample("clean-2021.txt");
    auto cells = [](Report& report, std::string_view key) -> std::array<CellValue, 7>& {
        auto& rows = report.applications.rows;
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const ApplicationRow& r) { return r.key == key; });
        REQUIRE(it != rows.end());
        return it->cells;
    };
    // （一）予以公开 科研机构 1, 社会公益组织 0 typed 0, 1: the row still adds up, the two columns
    // do not. Exchanging them back fits; so does exchanging 1.本机关不掌握 (0, 1) in those columns.
    Report both = clean;
    REQUIRE(cells(both, "granted")[2].value == 1);
    REQUIRE(cells(both, "granted")[3].value == 0);
    REQUIRE(cells(both, "unable.not_held")[2].value == 0);
    REQUIRE(cells(both, "unable.not_held")[3].value == 1);
    set(cells(both, "granted")[2], 0);
    set(cells(both, "granted")[3], 1);
    CHECK(rules_of_report(both) == std::vector<std::string>{"results-total", "results-total"});
    // The same row with 自然人 and 商业企业 exchanged (61, 13): no other row fits, and it is said.
    Report one = clean;
    set(cells(one, "granted")[0], 13);
    set(cells(one, "granted")[1], 61);
    CHECK(rules_of_report(one) ==
          std::vector<std::string>{"results-total", "value-in-neighbouring-column", "results-total"});
}
