// `--format sarif`: one SARIF 2.1.0 log with one run, as GitHub code scanning and other SARIF
// viewers read it. Rules come from the registry; each finding is a result with its place in the
// file, its logical place in the report (table/row/column keys), a fingerprint, and for an
// identity each term as a related location. Files that could not be read are tool execution
// notifications: they are not findings about a report.
#include <algorithm>
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

std::string term_text(const Term& t, Lang lang) {
    std::string value = t.blank ? "0" : t.value ? format_number(*t.value) : "?";
    std::string text = t.label + " = " + value;
    if (t.blank) text += lang == Lang::en ? " (blank, read as 0)" : "（空白，按 0 计）";
    return text;
}

json result(const std::string& path, const Finding& f, int rule_index, bool baseline, Lang lang) {
    json r = {{"ruleId", f.code.empty() ? f.rule : f.code}};
    if (rule_index >= 0) r["ruleIndex"] = rule_index;
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

json notification(const std::string& path, const Finding& e, Lang lang) {
    return {{"level", detail::sarif_level(e.severity)},
            {"message", {{"text", e.message(lang)}}},
            {"locations", json::array({{{"physicalLocation", detail::physical_location(path, e.pos)}}})},
            {"descriptor", {{"id", e.rule}}}};
}

// The log streams: each result is written as its file comes, and what depends on the whole run
// comes after the results: the descriptors of the rules they used (in the order first used,
// so that a result knows its rule's index when it is written), and the invocation with the
// files that could not be read. Kept until the end: those rules and the notifications, one
// per unreadable or skipped file.
class SarifWriter final : public ReportWriter {
public:
    SarifWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        start();
        if (r.error) {
            notifications_.push_back(notification(r.path, *r.error, style_.lang));
            all_read_ = all_read_ && r.status != FileResult::Status::error;
        }
        for (const Finding& f : r.findings) {
            out_ << (results_ ? ",\n" : "\n") << "        ";
            detail::write_indented(out_, result(r.path, f, rule_index(f.rule), style_.baseline, style_.lang), 8);
            ++results_;
        }
    }

    void end(const RunEnd&) override {
        start();
        out_ << (results_ ? "\n      ],\n" : "],\n");
        json rules = json::array();
        for (const RuleInfo* rule : rules_) rules.push_back(detail::sarif_rule(*rule, style_));
        json driver = {{"name", "xxgk"},
                       {"version", XXGK_VERSION},
                       {"semanticVersion", XXGK_VERSION},
                       {"rules", std::move(rules)}};
        json invocation = {{"executionSuccessful", all_read_}};
        if (!notifications_.empty()) invocation["toolExecutionNotifications"] = std::move(notifications_);
        out_ << "      \"tool\": ";
        detail::write_indented(out_, {{"driver", std::move(driver)}}, 6);
        out_ << ",\n      \"invocations\": ";
        detail::write_indented(out_, json::array({std::move(invocation)}), 6);
        // Columns count characters (code points), not bytes or UTF-16 units.
        out_ << ",\n      \"columnKind\": \"unicodeCodePoints\"\n    }\n  ]\n}\n";
        out_.flush();
    }

private:
    void start() {
        if (started_) return;
        started_ = true;
        out_ << "{\n  \"$schema\": " << json(kSchema).dump() << ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
             << "      \"results\": [";
    }

    // The rule's place in tool.driver.rules, which lists the rules in the order first used;
    // -1 for a name the registry does not know.
    int rule_index(std::string_view name) {
        const auto seen = std::ranges::find(rules_, name, &RuleInfo::name);
        if (seen != rules_.end()) return static_cast<int>(seen - rules_.begin());
        const RuleInfo* rule = find_rule(name);
        if (!rule || rule->name != name) return -1;
        rules_.push_back(rule);
        return static_cast<int>(rules_.size()) - 1;
    }

    std::ostream& out_;
    ReportStyle style_;
    bool started_ = false, all_read_ = true;
    std::size_t results_ = 0;
    std::vector<const RuleInfo*> rules_;
    json notifications_ = json::array();
};

}  // namespace

std::unique_ptr<ReportWriter> open_sarif(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<SarifWriter>(out, style);
}

}  // namespace xxgk
