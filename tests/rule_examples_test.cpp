// Every rule's documented examples run: the bad one fires exactly that rule, the good one
// fires nothing.
#include <filesystem>
#include <optional>
#include <set>

#include "support.hpp"
#include "xxgk/batch.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {
bool is_diagnosis(std::string_view name) {
    for (const Rule* rule : report_rules())
        if (rule->info.name == name) return rule->diagnose != nullptr;
    return false;
}

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

// A diagnosis explains other findings: its example fires it and the failures it explains, no
// other diagnosis and nothing it does not explain. Any other example: its rule alone, the
// diagnoses that explain its findings aside.
TEST_CASE("rules: each bad example fires exactly its rule", "[rules]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        if (std::string_view(rule.bad_example).ends_with(".pdf") && !pdf_supported()) {
            // Built without PDF support: the example is not checked, and the file says why.
            FileResult res = check_file(test::sample_path(std::string(rule.bad_example)), {}, {});
            REQUIRE(res.error);
            CHECK(res.error->message_en.find("built without PDF support") != std::string::npos);
            continue;
        }
        if (!is_diagnosis(rule.name)) {
            std::set<std::string> rules = fired(std::string(rule.bad_example));
            std::erase_if(rules, [](const std::string& r) { return is_diagnosis(r); });
            std::set<std::string> expected{std::string(rule.name)};
            // A statement goes unverified only because a cell could not be read, which is said too.
            if (rule.name == "prose-not-verified") expected.insert("unreadable-cell");
            CHECK(rules == expected);
            continue;
        }
        FileResult res = check_file(test::sample_path(std::string(rule.bad_example)), {}, {});
        std::set<std::string> diagnoses, explained, others;
        for (const Finding& f : res.findings) {
            if (!f.diagnosis) {
                others.insert(f.fingerprint);
                continue;
            }
            diagnoses.insert(f.rule);
            explained.insert(f.diagnosis->explains.begin(), f.diagnosis->explains.end());
        }
        CHECK(diagnoses == std::set<std::string>{std::string(rule.name)});
        CHECK_FALSE(others.empty());
        CHECK(explained == others);
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
