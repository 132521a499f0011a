#pragma once
// The rules: each one a unit (src/rules/<family>/<rule>.cpp holds its metadata and its check),
// listed in one registry that also runs them.
#include <cstddef>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xxgk/cross.hpp"
#include "xxgk/error.hpp"
#include "xxgk/expected.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/lang.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

// A rule's lifecycle: preview rules may still change their findings; deprecated ones will go.
enum class RuleStatus { preview, stable, deprecated };
std::string_view rule_status_name(RuleStatus s);  // "preview", "stable", "deprecated"

struct RuleInfo {
    std::string_view code;  // XG101…; never reused
    std::string_view name;  // kebab-case, a contract
    Severity severity;
    std::string_view summary_zh;
    std::string_view summary_en;
    RuleStatus status = RuleStatus::stable;
    std::string_view bad_example;   // sample file (under samples/) that fires exactly this rule
    std::string_view good_example;  // sample file that does not fire it
};

// Where a rule puts its findings: each one is stamped with the rule's name, code and severity,
// so no finding is made without them.
class FindingSink {
public:
    FindingSink(const RuleInfo& rule, std::vector<Finding>& out) : rule_(rule), out_(out) {}
    // The new finding, to add its logical place (table/row/column) or identity to.
    Finding& add(std::string zh, std::string en, Position pos = {});

private:
    const RuleInfo& rule_;
    std::vector<Finding>& out_;
};

// A cross-report finding belongs to one report of the run: the index of its digest; or, for a
// report the --expect list expects and the run lacks, to the list itself (kOnExpectList).
using CrossFindings = std::vector<std::pair<std::size_t, Finding>>;
inline constexpr std::size_t kOnExpectList = static_cast<std::size_t>(-1);
class CrossSink {
public:
    CrossSink(const RuleInfo& rule, CrossFindings& out) : rule_(rule), out_(out) {}
    Finding& add(std::size_t index, std::string zh, std::string en, Position pos = {});

private:
    const RuleInfo& rule_;
    CrossFindings& out_;
};

// A finding of `rule` made outside a check (the loader's read errors, tests).
Finding make_finding(const RuleInfo& rule, std::string zh, std::string en, Position pos = {});

// --select / --ignore: which rules run.
struct RuleFilter {
    std::set<std::string, std::less<>> select;  // rule names; empty: every rule
    std::set<std::string, std::less<>> ignore;  // rule names
    bool keeps(std::string_view rule) const {
        return (select.empty() || select.contains(rule)) && !ignore.contains(rule);
    }
};
// Names or codes, any case ("XG101", "xg101", "Application-Balance"); an unknown one is an
// Error naming the option and the nearest rule.
Result<RuleFilter> make_rule_filter(const std::vector<std::string>& select,
                                    const std::vector<std::string>& ignore);
// "Did you mean": the registered rule name or code nearest to a mistyped one, or empty.
std::string_view rule_suggestion(std::string_view wanted);
// Edits (insertions, deletions, substitutions of one character) from one name to the other.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The candidate nearest to `wanted` (at most 3 edits away); empty when none is that close.
std::string_view nearest_name(std::string_view wanted, const std::vector<std::string_view>& candidates);

enum class BlankPolicy { zero, unknown };

struct CheckOptions {
    BlankPolicy blank = BlankPolicy::zero;
    RuleFilter rules;  // the rules that run
};

struct IdentityFamily;  // xxgk/identity.hpp

// A rule over one report. An identity rule has no check of its own: it gives its identities,
// generated from the template, and the one evaluator checks them. A diagnosis runs after every
// other rule of the report and explains their findings (`found`, fingerprints assigned): the
// likely wrong cell, the one cause behind a cluster of failures.
struct Rule {
    RuleInfo info;
    void (*check)(const Report& report, const CheckOptions& options, FindingSink& sink) = nullptr;
    const IdentityFamily* identities = nullptr;
    void (*diagnose)(const Report& report, std::span<const Finding> found, const CheckOptions& options,
                     FindingSink& sink) = nullptr;
};

// A rule over the reports of one run, each reduced to its digest; or, given instead, a rule over
// them and the --expect list, which runs only when there is one.
struct CrossRule {
    RuleInfo info;
    void (*check)(std::span<const ReportDigest> digests, CrossSink& sink) = nullptr;
    void (*check_listed)(std::span<const ReportDigest> digests, const ExpectedReports& list, CrossSink& sink) = nullptr;
};

// The registry (src/rules/registry.cpp), each list sorted by code.
std::span<const Rule* const> report_rules();
std::span<const CrossRule* const> cross_rules();
// What is said of files that cannot be read as reports: metadata only, the loader makes them.
std::span<const RuleInfo* const> input_rules();
// Every rule's metadata sorted by code: report rules, cross-report rules, and the rules of the
// input (a file that cannot be read, a file that is no report).
const std::vector<std::reference_wrapper<const RuleInfo>>& rule_registry();
const RuleInfo* find_rule(std::string_view name_or_code);
// The rule's documentation page (docs/rules/NAME.md), compiled in; empty if none.
std::string_view rule_doc(std::string_view name);
// Why the rule exists: the paragraph of its page's "为什么 / Why" section in `lang`, its
// wrapped lines joined. The rationale lives on the page alone.
std::string rule_rationale(std::string_view name, Lang lang);

// What is said of a file that could not be read as a report, as a finding of its rule: the
// file cannot be read (read-error, an error: exit 2), or was found in a folder and is no report
// (not-a-report, a note).
Finding read_error(const Error& error);
Finding not_a_report(const Error& why);
// A file found in a folder in a format xxgk does not read (.doc, .wps, .xls, .ofd, an image):
// the note that names it and says what to convert it to; nullopt for any other extension.
std::optional<Finding> unsupported_format(std::string_view path);

// The report rules `options` keep, then the diagnoses over their findings; findings in the order
// outputs print them (by position, then rule; a diagnosis right after the first finding it
// explains), each with its fingerprint.
std::vector<Finding> run_rules(const Report& report, const CheckOptions& options);
// The cross-report rules `filter` keeps over the digests of a run (in input order), each
// finding with the index of the digest it belongs to (a finding about a pair belongs to the
// later report) and its fingerprint: those comparing reports when `compare`, those over the
// --expect list when there is one.
CrossFindings check_across(const std::vector<ReportDigest>& digests, const RuleFilter& filter = {},
                           const ExpectedReports* list = nullptr, bool compare = true);

}  // namespace xxgk
