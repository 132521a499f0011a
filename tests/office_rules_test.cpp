// The rules of an office's run (issue 18): what they say, exactly, beyond firing.
#include <filesystem>
#include <set>

#include "rules/cross/listed.hpp"
#include "support.hpp"
#include "xxgk/batch.hpp"

using namespace xxgk;
namespace fs = std::filesystem;

namespace {

CrossFindings run(const std::string& folder, const ExpectedReports* list) {
    BatchOptions options;
    options.expected = list;
    return check_batch(collect_inputs({folder}), options, [](std::size_t, FileResult&&) {}).cross;
}

}  // namespace

TEST_CASE("aggregate-sum: a child missing from the run makes it a note · not checkable", "[cross]") {
    test::TempDir dir;
    const fs::path from = test::sample_path("broken-aggregate-sum");
    for (const auto& entry : fs::directory_iterator(from))
        if (entry.path().filename().string().find("城北") == std::string::npos)
            fs::copy_file(entry.path(), dir.path / entry.path().filename());
    Result<ExpectedReports> list = read_expected_reports(dir / "expect.csv");
    REQUIRE(list.ok());
    const CrossFindings found = run(dir.path.string(), &list.value());
    REQUIRE(found.size() == 2);
    const Finding* aggregate = nullptr;
    for (const auto& [index, f] : found)
        if (f.rule == "aggregate-sum") aggregate = &f;
    REQUIRE(aggregate != nullptr);
    CHECK(aggregate->severity == Severity::note);
    CHECK(aggregate->message_en ==
          "not checkable against its children's sum: 1 child missing from the run for 2023 (霁川市蓝溪区城北街道办事处)");
    CHECK(aggregate->message_zh ==
          "无法与下级单位之和核对：1 个下级单位的 2023 年报告不在本次检查中（霁川市蓝溪区城北街道办事处）");
}

TEST_CASE("aggregate-sum: a cell names the children · their values · the difference · the suggested value", "[cross]") {
    Result<ExpectedReports> list = read_expected_reports(test::sample_path("broken-aggregate-sum/expect.csv"));
    REQUIRE(list.ok());
    const CrossFindings found = run(test::sample_path("broken-aggregate-sum"), &list.value());
    REQUIRE(found.size() == 4);
    const Finding& f = found[0].second;
    CHECK(f.severity == Severity::warning);
    CHECK(f.message_en.starts_with("table 三 \"（一）予以公开\", column \"natural person\": 12 here, 11 summed over its 3 children ("));
    CHECK(f.message_en.ends_with("), difference 1"));
    REQUIRE(f.diagnosis.has_value());
    CHECK(f.diagnosis->cell == "applications.granted.natural_person");
    CHECK(f.diagnosis->suggested_value == 11);
}

TEST_CASE("year-over-year-jump: both values · the factor · where last year's is", "[cross]") {
    const CrossFindings found = run(test::sample_path("broken-year-over-year-jump"), nullptr);
    REQUIRE(found.size() == 1);
    const Finding& f = found[0].second;
    CHECK(f.rule == "year-over-year-jump");
    CHECK(f.severity == Severity::note);
    CHECK(f.message_en == "administrative reviews (total) went from 3 in 2022 (" +
                              test::sample_path("broken-year-over-year-jump") +
                              "/霁川市财政局2022年政府信息公开工作年度报告.txt:376) to 30000, a factor of 10000: a "
                              "unit or typing slip?");
}

TEST_CASE("report-unexpected: near names are a renamed office · two units of one city are not", "[cross]") {
    CHECK(detail::near_names("霁川市市场监管局", "霁川市市场监督管理局"));
    CHECK(detail::near_names("霁川市财政局", "霁川市财正局"));
    CHECK_FALSE(detail::near_names("霁川市教育局", "霁川市财政局"));
    CHECK_FALSE(detail::near_names("霁川市财政局", "霁川市财政局"));
}
