// The run's summary, built one result at a time (SummaryBuilder): what summarize() says of a
// whole batch, and a file that comes back at the end with cross-report findings counts once.
#include <catch2/catch.hpp>

#include "reporter_fixture.hpp"

using namespace xxgk;

namespace {

FileResult result(std::string path, std::vector<Finding> findings,
                  FileResult::Status status = FileResult::Status::findings) {
    FileResult r;
    r.path = std::move(path);
    r.status = findings.empty() && status == FileResult::Status::findings ? FileResult::Status::ok : status;
    r.findings = std::move(findings);
    return r;
}

Finding of(std::string_view rule, Severity severity) {
    Finding f = make_finding(rule, "zh", "en", {1, 1});
    f.severity = severity;
    return f;
}

}  // namespace

TEST_CASE("summary: counts files by status · findings by severity and rule") {
    std::vector<FileResult> results = {
        result("a.txt", {of("applicant-total", Severity::error), of("applicant-total", Severity::error)}),
        result("b.txt", {}),
        result("c.txt", {of("row-unknown", Severity::note)}),
        result("d.txt", {}, FileResult::Status::error),
        result("e.md", {}, FileResult::Status::skipped),
        result("f.txt", {of("results-total", Severity::error), of("applicant-total", Severity::error),
                         of("applicant-total", Severity::error), of("section-missing", Severity::warning)}),
    };
    Summary s = summarize(results);
    CHECK(s.files == 5);
    CHECK(s.clean == 1);
    CHECK(s.with_findings == 3);
    CHECK(s.unreadable == 1);
    CHECK(s.skipped == 1);
    CHECK(s.errors == 5);
    CHECK(s.warnings == 1);
    CHECK(s.notes == 1);
    REQUIRE(s.rules.size() == 4);
    CHECK(s.rules[0].rule == "applicant-total");
    CHECK(s.rules[0].findings == 4);
    CHECK(s.rules[0].files == 2);
    CHECK(s.rules[1].rule == "results-total");  // ties: by name
    CHECK(s.rules[2].rule == "row-unknown");
    CHECK(s.rules[3].rule == "section-missing");
    REQUIRE(s.top_files.size() == 2);
    CHECK(s.top_files[0].path == "f.txt");
    CHECK(s.top_files[0].errors == 3);
    CHECK(s.top_files[1].path == "a.txt");
}

TEST_CASE("summary: a file's late cross-report findings make it a file with findings · counted once") {
    SummaryBuilder b;
    b.add(0, result("2021.txt", {}));
    b.add(1, result("2022.txt", {}));
    b.add(1, result("2022.txt", {of("carry-over-continuity", Severity::error)}));
    Summary s = b.summary();
    CHECK(s.files == 2);
    CHECK(s.clean == 1);
    CHECK(s.with_findings == 1);
    CHECK(s.errors == 1);
    REQUIRE(s.top_files.size() == 1);
    CHECK(s.top_files[0].path == "2022.txt");
    CHECK(b.hint_rule() == "carry-over-continuity");
}

TEST_CASE("summary: the top files keep the most errors · input order among equals") {
    SummaryBuilder b;
    for (std::size_t i = 0; i < 8; ++i) {
        std::vector<Finding> findings(i % 3 + 1, of("applicant-total", Severity::error));
        b.add(i, result("r" + std::to_string(i) + ".txt", findings));
    }
    // r1 comes back with three more errors: 5, the most.
    b.add(1, result("r1.txt", std::vector<Finding>(3, of("duplicate-report", Severity::error))));
    Summary s = b.summary();
    REQUIRE(s.top_files.size() == Summary::kTopFiles);
    std::vector<std::string> paths;
    for (const auto& f : s.top_files) paths.push_back(f.path + "=" + std::to_string(f.errors));
    CHECK(paths == std::vector<std::string>{"r1.txt=5", "r2.txt=3", "r5.txt=3", "r4.txt=2", "r7.txt=2"});
}

TEST_CASE("summary: the explain hint names the first finding of the highest severity") {
    SummaryBuilder b;
    b.add(0, result("a.txt", {of("row-unknown", Severity::note), of("section-missing", Severity::warning)}));
    b.add(1, result("b.txt", {of("results-total", Severity::error), of("applicant-total", Severity::error)}));
    CHECK(b.hint_rule() == "results-total");
    CHECK(SummaryBuilder().hint_rule().empty());
}
