// `--format sarif`: one SARIF 2.1.0 log with one run, as GitHub code scanning and other SARIF
// viewers read it. Rules come from the registry; each finding is a result with its place in the
// file, its logical place in the report (table/row/column keys), a fingerprint, and for an
// identity each term as a related location. Files that could not be read are tool execution
// notifications: they are not findings about a report.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "reporters/sarif_parts.hpp"
#include "reporters/text.hpp"
#include "reporters/where.hpp"

#ifndef XXGK_VERSION
#define XXGK_VERSION "0.1.0"
#endif

namespace xxgk {
namespace {

using detail::json;

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/xxgk/xxgk";

// applications/results_total/natural_person: the canonical keys, as DESIGN.md names them.
json logical_locations(const Finding& f) {
    std::string name, qualified;
    for (const std::string* part : {&f.table, &f.row, &f.column}) {
        if (part->empty()) continue;
        name = *part;
        qualified += (qualified.empty() ? "" : "/") + *part;
    }
    if (qualified.empty()) return json::array();
    return json::array({{{"name", name}, {"fullyQualifiedName", qualified}, {"kind", "element"}}});
}

json location(const std::string& path, const Position& p) {
    json loc = {{"physicalLocation", detail::physical_location(path, p)}};
    if (json props = detail::docx_properties(p); !props.empty()) loc["properties"] = std::move(props);
    return loc;
}

std::string term_text(const Term& t, std::string_view lang) {
    std::string value = t.blank ? "0" : t.value ? format_number(*t.value) : "?";
    std::string text = t.label + " = " + value;
    if (t.blank) text += lang == "en" ? " (blank, read as 0)" : "（空白，按 0 计）";
    return text;
}

json result(const std::string& path, const Finding& f, const std::vector<std::string>& used,
            bool baseline, std::string_view lang) {
    json r = {{"ruleId", f.code.empty() ? f.rule : f.code}};
    if (int index = detail::rule_index(used, f.rule); index >= 0) r["ruleIndex"] = index;
    r["level"] = detail::sarif_level(f.severity);
    r["message"] = {{"text", detail::message_with_arithmetic(path, f, lang)}};
    json loc = location(path, f.pos);
    if (json logical = logical_locations(f); !logical.empty()) loc["logicalLocations"] = std::move(logical);
    r["locations"] = json::array({std::move(loc)});
    // Versioned key: if what the fingerprint hashes ever changes, the key changes with it.
    r["partialFingerprints"] = {{"xxgk/v1", f.fingerprint}};
    if (f.identity) {
        json related = json::array();
        int id = 1;
        for (const Side* side : {&f.identity->lhs, &f.identity->rhs}) {
            for (const Term& t : side->terms) {
                json rel = {{"id", id++}};
                rel.update(location(path, t.pos));
                rel["message"] = {{"text", term_text(t, lang)}};
                related.push_back(std::move(rel));
            }
        }
        r["relatedLocations"] = std::move(related);
    }
    if (baseline) r["baselineState"] = "new";  // the baseline's findings are not listed
    return r;
}

json notification(const FileResult& r, std::string_view lang) {
    const Error e = r.error.value_or(Error{"unknown error", 0});
    const bool skipped = r.status == FileResult::Status::skipped;
    std::string text = skipped ? (lang == "en" ? "skipped, not a report: " : "不是年报，已跳过：") + e.message
                               : message_in(e, lang);
    return {{"level", skipped ? "note" : "error"},
            {"message", {{"text", text}}},
            {"locations", json::array({{{"physicalLocation", detail::physical_location(r.path, Position{e.line})}}})},
            {"descriptor", {{"id", skipped ? "not-a-report" : "read-error"}}}};
}

// The log lists the rules its results use before the results, and refers to them by index:
// so it is written at the end, from the results that say something (a clean file adds
// nothing to a SARIF log and is not kept).
class SarifWriter final : public ReportWriter {
public:
    SarifWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        if (!r.findings.empty() || r.status == FileResult::Status::error || r.status == FileResult::Status::skipped)
            kept_.push_back(r);
    }

    void end(const RunEnd&) override { write(out_, kept_, style_); }

private:
    static void write(std::ostream& out, const std::vector<FileResult>& results, const ReportStyle& style);
    std::ostream& out_;
    ReportStyle style_;
    std::vector<FileResult> kept_;
};

void SarifWriter::write(std::ostream& out, const std::vector<FileResult>& results, const ReportStyle& style) {
    std::vector<std::string> used;
    for (const FileResult& r : results)
        for (const Finding& f : r.findings)
            if (std::find(used.begin(), used.end(), f.rule) == used.end()) used.push_back(f.rule);
    json log_results = json::array();
    json notifications = json::array();
    bool all_read = true;
    for (const FileResult& r : results) {
        if (r.status == FileResult::Status::error || r.status == FileResult::Status::skipped) {
            notifications.push_back(notification(r, style.lang));
            all_read = all_read && r.status != FileResult::Status::error;
        }
        for (const Finding& f : r.findings) log_results.push_back(result(r.path, f, used, style.baseline, style.lang));
    }
    json invocation = {{"executionSuccessful", all_read}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    json driver = {{"name", "xxgk"},
                   {"version", XXGK_VERSION},
                   {"semanticVersion", XXGK_VERSION},
                   {"informationUri", kInformationUri},
                   {"rules", detail::sarif_rules(used, style.lang)}};
    json run = {{"tool", {{"driver", std::move(driver)}}},
                {"invocations", json::array({std::move(invocation)})},
                // Columns count characters (code points), not bytes or UTF-16 units.
                {"columnKind", "unicodeCodePoints"},
                {"results", std::move(log_results)}};
    json log = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({std::move(run)})}};
    out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

std::unique_ptr<ReportWriter> open_sarif(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<SarifWriter>(out, style);
}

}  // namespace xxgk
