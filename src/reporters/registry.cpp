// The output formats: one table, the CLI picks by name (and lists the names in --help).
#include <algorithm>
#include <string>

#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

constexpr Reporter kReporters[] = {
    {"text", "compiler-style lines with the arithmetic of each identity (the default)", write_text},
    {"json", "one object, schemas/findings.schema.json", write_json},
    {"sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers", write_sarif},
    {"junit", "JUnit XML: a test suite per file, a test case per rule (GitLab, Jenkins)", write_junit},
    {"github", "GitHub Actions workflow commands (annotations), plus $GITHUB_STEP_SUMMARY", write_github},
    {"gcc", "one line per finding, file:line:col: severity: message [rule] (editors)", write_gcc},
};

}  // namespace

std::span<const Reporter> reporter_registry() { return kReporters; }

const Reporter* find_reporter(std::string_view name) {
    const auto it = std::ranges::find(kReporters, name, &Reporter::name);
    return it == std::end(kReporters) ? nullptr : it;
}

std::string rule_help_uri(std::string_view rule_name) {
    return std::string(kRuleDocsBaseUrl) + std::string(rule_name) + ".md";
}

}  // namespace xxgk
