// Changing any single number of table 三 or 四 in a clean report must break exactly the
// identities that number takes part in, each by exactly the change.
#include <map>
#include <vector>

#include "support.hpp"
#include "xxgk/finding.hpp"

using namespace xxgk;

namespace {

std::string with_line_replaced(const std::string& text, int line, const std::string& content) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
    std::size_t end = text.find('\n', start);
    return text.substr(0, start) + content + text.substr(end);
}

using Expected = std::map<std::string, double>;  // identity id → difference

// The rows whose sum is （七）总计, written out from the template (format-spec §6, H2), not
// taken from the code under test.
const std::vector<std::string> kResultRows2019 = {
    "granted", "partially_granted", "denied.state_secret", "denied.prohibited_by_law",
    "denied.three_safeties_one_stability", "denied.third_party_rights", "denied.internal_affairs",
    "denied.process_information", "denied.enforcement_case_file", "denied.administrative_query",
    "unable.not_held", "unable.needs_creation", "unable.still_unclear",
    "not_processed.petition_complaint", "not_processed.duplicate", "not_processed.publication",
    "not_processed.excessive_repeated", "not_processed.confirm_or_reissue", "other"};
const std::vector<std::string> kResultRows2021 = {
    "granted", "partially_granted", "denied.state_secret", "denied.prohibited_by_law",
    "denied.three_safeties_one_stability", "denied.third_party_rights", "denied.internal_affairs",
    "denied.process_information", "denied.enforcement_case_file", "denied.administrative_query",
    "unable.not_held", "unable.needs_creation", "unable.still_unclear",
    "not_processed.petition_complaint", "not_processed.duplicate", "not_processed.publication",
    "not_processed.excessive_repeated", "not_processed.confirm_or_reissue",
    "other.overdue_correction", "other.unpaid_fee", "other.other"};

Expected expected_for_applications(const std::string& row, const std::string& col, Template t) {
    Expected e;
    e["applicant-total/" + row] = col == "total" ? 1 : -1;
    if (row == "new_received" || row == "carried_over") e["application-balance/" + col] = 1;
    if (row == "results_total" || row == "carried_forward") e["application-balance/" + col] = -1;
    if (row == "results_total") e["results-total/" + col] = 1;
    for (const auto& r : t == Template::t2021 ? kResultRows2021 : kResultRows2019)
        if (r == row) e["results-total/" + col] = -1;
    return e;
}

Expected actual(const std::string& text) {
    auto src = decode_source("m.txt", text);
    REQUIRE(src.ok());
    auto report = report_from_source(src.value());
    REQUIRE(report.ok());
    FileResult res = check_report(report.value(), {});
    Expected e;
    for (const auto& f : res.findings) {
        if (f.diagnosis) continue;  // what explains them: tests/wrong_cell_mutation_test.cpp
        REQUIRE(f.identity);  // nothing but identities may fire
        e[f.identity->id] = f.identity->difference;
    }
    CHECK(res.status == FileResult::Status::findings);
    return e;
}

// `rows`: the data rows of table 三 the sample's template has (23 in 2019, 25 in 2021).
void mutate_every_cell(const std::string& name, std::size_t rows) {
    const std::string text = test::slurp(test::sample_path(name));
    const Report clean = test::report_from_text(text);
    REQUIRE(clean.applications.rows.size() == rows);
    for (const auto& row : clean.applications.rows) {
        REQUIRE_FALSE(row.key.empty());
        for (std::size_t c = 0; c < 7; ++c) {
            const CellValue& cell = row.cells[c];
            REQUIRE(cell.value);
            std::string changed = with_line_replaced(text, cell.pos.line, "\t" + format_number(*cell.value + 1));
            INFO(name << " row " << row.key << " column " << kApplicantColumns[c]);
            CHECK(actual(changed) == expected_for_applications(row.key, std::string(kApplicantColumns[c]), clean.layout));
        }
    }
    static constexpr std::string_view families[] = {"review-total", "litigation-direct-total",
                                                    "litigation-after-review-total"};
    for (std::size_t i = 0; i < 15; ++i) {
        const CellValue& cell = clean.review.cells[i];
        REQUIRE(cell.value);
        std::string changed = with_line_replaced(text, cell.pos.line, "\t" + format_number(*cell.value + 1));
        INFO(name << " table 四 cell " << i);
        Expected e{{std::string(families[i / 5]) + "/" + std::string(kReviewGroups[i / 5]),
                    i % 5 == 4 ? 1.0 : -1.0}};
        CHECK(actual(changed) == e);
    }
}

}  // namespace

TEST_CASE("mutation: every single change in a 2019 report names exactly its identities", "[mutation]") {
    mutate_every_cell("clean-2019.txt", 23);
}

TEST_CASE("mutation: every single change in a 2021 report names exactly its identities", "[mutation]") {
    mutate_every_cell("clean-2021.txt", 25);
}
