// Every rule's documented examples run: the bad one fires exactly that rule, the good one
// fires nothing.
#include <filesystem>
#include <optional>
#include <set>

#include "support.hpp"
#include "xxgk/batch.hpp"

using namespace xxgk;

namespace {
// The rules an example fires: a file on its own, a folder as one batch (cross-report rules),
// with the folder's expect.csv as the --expect list when it has one.
std::set<std::string> fired(const std::string& sample, BlankPolicy blank = BlankPolicy::zero) {
    std::set<std::string> rules;
    BatchOptions options;
    options.check.blank = blank;
    std::optional<ExpectedReports> list;
    const std::string expect = test::sample_path(sample + "expect.csv");
    if (sample.ends_with('/') && std::filesystem::exists(expect)) {
        Result<ExpectedReports> read = read_expected_reports(expect);
        REQUIRE(read.ok());
        list = read.value();
        options.expected = &*list;
    }
    auto end = check_batch(collect_inputs({test::sample_path(sample)}), options,
                           [&](std::size_t, FileResult&& res) {
                               if (res.error) rules.insert(res.error->rule);  // read-error, not-a-report
                               for (const auto& f : res.findings) rules.insert(f.rule);
                           });
    for (const auto& [index, f] : end.cross) rules.insert(f.rule);
    return rules;
}
}  // namespace

TEST_CASE("rules: each bad example fires exactly its rule", "[rules]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        CHECK(fired(std::string(rule.bad_example)) == std::set<std::string>{std::string(rule.name)});
    }
}

TEST_CASE("rules: each good example fires nothing", "[rules]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        CHECK(fired(std::string(rule.good_example)).empty());
    }
    CHECK(fired("clean-2021-gbk.txt").empty());
}

TEST_CASE("rules: with --blank unknown · blanks still fire only the note", "[rules]") {
    CHECK(fired("broken-blank-in-identity.txt", BlankPolicy::unknown) ==
          std::set<std::string>{"blank-in-identity"});
}

TEST_CASE("rules: every finding carries code · severity from the registry and a fingerprint",
          "[rules]") {
    FileResult res = check_file(test::sample_path("broken-results-total.txt"), {}, {});
    REQUIRE(res.findings.size() == 2);
    for (const auto& f : res.findings) {
        CHECK(f.code == "XG102");
        CHECK(f.severity == Severity::error);
        CHECK(f.fingerprint.size() == 16);
        CHECK(f.table == "applications");
        CHECK(f.row == "results_total");
        REQUIRE(f.identity);
        CHECK(f.identity->difference == -2);
    }
    CHECK(res.findings[0].column == "natural_person");
    CHECK(res.findings[1].column == "total");
    CHECK(res.findings[0].fingerprint != res.findings[1].fingerprint);
}
