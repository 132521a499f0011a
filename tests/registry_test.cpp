// The registry is data other parts trust: walk it whole. How rules fire is tested elsewhere.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "xxgk/finding.hpp"
#include "xxgk/rules.hpp"

namespace fs = std::filesystem;
using namespace xxgk;

namespace {

const fs::path kSourceDir = XXGK_SOURCE_DIR;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

}  // namespace

TEST_CASE("registry codes are well-formed · unique and sorted", "[registry]") {
    const auto rules = rule_registry();
    REQUIRE_FALSE(rules.empty());
    const std::regex code_form("XG[0-9]{3}");
    std::set<std::string_view> codes;
    for (const RuleInfo& rule : rules) {
        INFO(rule.code);
        CHECK(std::regex_match(std::string(rule.code), code_form));
        CHECK(codes.insert(rule.code).second);
    }
    for (std::size_t i = 1; i < rules.size(); ++i) {
        INFO(rules[i - 1].get().code << " before " << rules[i].get().code);
        CHECK(rules[i - 1].get().code < rules[i].get().code);
    }
}

TEST_CASE("registry.def lists each kind of rule sorted by code · the registry is every rule of them", "[registry]") {
    std::size_t count = 0;
    std::string_view last;
    for (const Rule* rule : report_rules()) {
        INFO(rule->info.code);
        CHECK(last < rule->info.code);
        last = rule->info.code;
        // exactly one of the three: a check, identities, a diagnosis
        CHECK((rule->check != nullptr) + (rule->identities != nullptr) + (rule->diagnose != nullptr) == 1);
        ++count;
    }
    last = {};
    for (const CrossRule* rule : cross_rules()) {
        INFO(rule->info.code);
        CHECK(last < rule->info.code);
        last = rule->info.code;
        CHECK((rule->check != nullptr) != (rule->check_listed != nullptr));  // one or the other
        ++count;
    }
    last = {};
    for (const RuleInfo* rule : input_rules()) {
        INFO(rule->code);
        CHECK(last < rule->code);
        last = rule->code;
        ++count;
    }
    CHECK(count == rule_registry().size());
    CHECK(report_rules().size() == 41);
    CHECK(cross_rules().size() == 8);
    CHECK(input_rules().size() == 3);
}

TEST_CASE("every rule is one file src/rules/FAMILY/NAME.cpp holding its code and name", "[registry]") {
    const std::regex rule_file(R"re(\.code = "(XG[0-9]{3})",\s*\.name = "([a-z0-9-]+)")re");
    std::set<std::string> seen;
    for (const auto& entry : fs::recursive_directory_iterator(kSourceDir / "src" / "rules")) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string text = read_file(entry.path());
        for (std::sregex_iterator m(text.begin(), text.end(), rule_file), end; m != end; ++m) {
            const std::string code = (*m)[1], name = (*m)[2];
            INFO(entry.path().string());
            const RuleInfo* rule = find_rule(name);
            REQUIRE(rule != nullptr);
            CHECK(rule->code == code);
            std::string stem = name;
            std::replace(stem.begin(), stem.end(), '-', '_');
            CHECK(entry.path().stem() == stem);  // the file is named after the rule
            CHECK(entry.path().parent_path().parent_path() == kSourceDir / "src" / "rules");
            CHECK(seen.insert(name).second);
        }
    }
    CHECK(seen.size() == rule_registry().size());
}

TEST_CASE("registry names are unique kebab-case", "[registry]") {
    const std::regex kebab("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    std::set<std::string_view> names;
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        CHECK(std::regex_match(std::string(rule.name), kebab));
        CHECK(names.insert(rule.name).second);
    }
}

TEST_CASE("every rule has its texts and example file names", "[registry]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        CHECK_FALSE(rule.summary_zh.empty());
        CHECK_FALSE(rule.summary_en.empty());
        CHECK_FALSE(rule_rationale(rule.name, Lang::zh).empty());
        CHECK_FALSE(rule_rationale(rule.name, Lang::en).empty());
        // A cross-report rule (XG3xx) needs several reports, and not-a-report and
        // unsupported-format a folder to find a file in: their examples are folders. A rule about what a PDF lost (no rulings) can
        // only be shown by a PDF sample.
        const bool cross =
            rule.code.substr(0, 3) == "XG3" || rule.name == "not-a-report" || rule.name == "unsupported-format";
        const bool pdf = rule.name == "columns-by-position";
        CHECK(rule.bad_example == (pdf ? "pdf/web-no-rulings-2021.pdf"
                                       : "broken-" + std::string(rule.name) + (cross ? "/" : ".txt")));
        CHECK_FALSE(rule.good_example.empty());
        CHECK(rule.good_example != rule.bad_example);
    }
}

TEST_CASE("find_rule takes a name or a code in any case", "[registry]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        CHECK(find_rule(rule.name) == &rule);
        CHECK(find_rule(rule.code) == &rule);
        CHECK(find_rule(lower(rule.code)) == &rule);
    }
    CHECK(find_rule("") == nullptr);
    CHECK(find_rule("no-such-rule") == nullptr);
    CHECK(find_rule("XG999") == nullptr);
    CHECK(find_rule("APPLICATION-BALANCE") == nullptr);  // names are exact
}

TEST_CASE("severity names", "[registry]") {
    CHECK(severity_name(Severity::note) == "note");
    CHECK(severity_name(Severity::warning) == "warning");
    CHECK(severity_name(Severity::error) == "error");
}

TEST_CASE("every rule has a doc page naming it and its severity", "[registry][docs]") {
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        const std::string_view doc = rule_doc(rule.name);
        REQUIRE_FALSE(doc.empty());
        const std::string title = "# " + std::string(rule.name) + " (" + std::string(rule.code) + ")";
        CHECK(doc.substr(0, title.size()) == title);
        // The header: the title line, a blank line, the severity line.
        const std::string header = title + "\n\n严重性 / Severity: " + std::string(severity_name(rule.severity)) + "\n";
        CHECK(doc.substr(0, header.size()) == header);
        // The page shows the rule's bad and good example files.
        for (std::string_view example : {rule.bad_example, rule.good_example})
            CHECK(doc.find("示例文件 / Sample: samples/" + std::string(example)) != std::string_view::npos);
    }
    CHECK(rule_doc("no-such-rule").empty());
}

TEST_CASE("every page under docs/rules/ belongs to a rule and is compiled in", "[registry][docs]") {
    int pages = 0;
    for (const auto& entry : fs::directory_iterator(kSourceDir / "docs" / "rules")) {
        if (entry.path().extension() != ".md") continue;
        ++pages;
        const std::string stem = entry.path().stem().string();
        INFO(entry.path().string());
        const RuleInfo* rule = find_rule(stem);
        REQUIRE(rule != nullptr);
        CHECK(rule->name == stem);  // named by the rule's name, not its code
        CHECK(rule_doc(stem) == read_file(entry.path()));
    }
    CHECK(pages == static_cast<int>(rule_registry().size()));
}

TEST_CASE("every rule's example files exist", "[registry][samples]") {
    const fs::path samples = kSourceDir / "samples";
    for (const RuleInfo& rule : rule_registry()) {
        INFO(rule.name);
        for (std::string_view example : {rule.bad_example, rule.good_example}) {
            const bool folder = example.ends_with('/');
            CHECK((folder ? fs::is_directory(samples / example) : fs::is_regular_file(samples / example)));
        }
    }
}

TEST_CASE("a rule's rationale is its page's Why section · wrapped lines joined", "[registry]") {
    CHECK(rule_rationale("application-balance", Lang::zh) ==
          "每件申请要么在本年办结，要么结转下年，不会凭空增减。等式不成立，通常是某个数字填错、"
          "漏填了上年结转或下年结转，或者改了办理结果却没有重算总计。");
    CHECK(rule_rationale("application-balance", Lang::en) ==
          "Every application is either concluded this year or carried forward; none appears or vanishes. "
          "An imbalance usually means a mistyped count, a forgotten carry-over, or results edited after the "
          "total was computed.");
    CHECK(rule_rationale("no-such-rule", Lang::en).empty());
}
