// Running the registry: the report rules over one report, findings in file order with stable
// fingerprints; the cross-report rules over a run's digests.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>

#include <fmt/format.h>

#include "rules/diagnosis/system.hpp"
#include "rules/identity/family.hpp"
#include "rules/prose/statements.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {
namespace {

class Hash {
public:
    void mix(std::string_view s) {
        for (unsigned char c : s) {
            h_ ^= c;
            h_ *= 1099511628211ull;
        }
        h_ ^= 0xff;  // a separator, so ("ab", "c") and ("a", "bc") differ
        h_ *= 1099511628211ull;
    }
    std::string hex() const { return fmt::format("{:016x}", h_); }

private:
    std::uint64_t h_ = 1469598103934665603ull;  // FNV-1a: stable across builds and platforms
};

// A message without the places it quotes: cross-report messages name the other report as
// "path:line", and a line added to that report must not change this finding. Any ":digits"
// (and a following ":digits") right after a non-space character is such a place.
std::string without_places(std::string_view message) {
    std::string out;
    for (std::size_t i = 0; i < message.size(); ++i) {
        auto digits_at = [&](std::size_t k) { return k < message.size() && message[k] >= '0' && message[k] <= '9'; };
        if (message[i] == ':' && i > 0 && message[i - 1] != ' ' && digits_at(i + 1)) {
            std::size_t j = i + 1;
            while (digits_at(j)) ++j;
            if (j < message.size() && message[j] == ':' && digits_at(j + 1))
                for (++j; digits_at(j);) ++j;
            i = j - 1;
            continue;
        }
        out += message[i];
    }
    return out;
}

// What identifies a finding across runs (version "xxgk/v1" in SARIF): its rule, its logical
// place (table/row/column keys), and its data — for an identity every term's cell key and
// value, otherwise the English message (labels, raw text, years) without the file:line places
// it may quote. Never its own line or column: adding a paragraph above a table keeps every
// fingerprint. A changed number changes exactly the findings it takes part in, being one of
// their terms. Identities hash their terms, not their message, so rewording a message does not
// invalidate every baseline; the messages of the other rules are their only data.
std::string fingerprint(const Finding& f, int occurrence) {
    Hash h;
    h.mix(f.rule);
    h.mix(f.table);
    h.mix(f.row);
    h.mix(f.column);
    if (f.identity) {
        h.mix(f.identity->id);
        for (const Side* side : {&f.identity->lhs, &f.identity->rhs}) {
            h.mix("=");
            for (const Term& t : side->terms) {
                h.mix(t.cell);
                h.mix(t.blank ? "blank" : t.value ? format_number(*t.value) : "?");
            }
        }
    } else {
        h.mix(without_places(f.message_en));
    }
    // The second of two findings that would otherwise be equal (two unknown rows with the same
    // label): numbered in the order the rules find them, which follows the report's structure.
    if (occurrence > 1) h.mix(std::to_string(occurrence));
    return h.hex();
}

}  // namespace

std::string fingerprint_of(const Finding& f) { return fingerprint(f, 1); }

namespace {

// Fingerprints are unique within a report: the second of two equal findings is numbered.
void assign_fingerprints(std::vector<Finding>& findings, std::map<std::string, int>& seen) {
    for (auto& f : findings) {
        f.fingerprint = fingerprint_of(f);
        if (int n = ++seen[f.fingerprint]; n > 1) f.fingerprint = fingerprint(f, n);
    }
}

// The order outputs print: by position, then rule code; a diagnosis right after the first
// finding it explains, as a compiler's note follows its error.
std::vector<Finding> in_print_order(std::vector<Finding> findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.pos.order_key() != b.pos.order_key()) return a.pos.order_key() < b.pos.order_key();
        return a.code < b.code;
    });
    std::map<std::string_view, std::size_t> index;  // fingerprint → place in `findings`
    for (std::size_t i = 0; i < findings.size(); ++i) index.emplace(findings[i].fingerprint, i);
    // Where each finding goes: after the finding it follows, or in its own place.
    std::vector<std::vector<std::size_t>> after(findings.size());
    std::vector<bool> moved(findings.size(), false);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (!findings[i].diagnosis) continue;
        std::size_t first = findings.size();
        for (const std::string& fp : findings[i].diagnosis->explains)
            if (auto it = index.find(fp); it != index.end() && !findings[it->second].diagnosis)
                first = std::min(first, it->second);
        if (first == findings.size()) continue;
        after[first].push_back(i);
        moved[i] = true;
    }
    std::vector<Finding> out;
    out.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (moved[i]) continue;
        out.push_back(std::move(findings[i]));
        for (std::size_t k : after[i]) out.push_back(std::move(findings[k]));
    }
    return out;
}

}  // namespace

std::vector<Finding> run_rules(const Report& report, const CheckOptions& options) {
    const detail::StatementsOnce statements(report);  // the prose rules share one reading of the prose
    const detail::SystemOnce system(report);           // the diagnoses, one system of equations
    std::vector<Finding> out;
    for (const Rule* rule : report_rules()) {
        if (rule->diagnose || !options.rules.keeps(rule->info.name)) continue;  // --select / --ignore: not run at all
        FindingSink sink(rule->info, out);
        if (rule->identities)
            detail::check_identities(*rule, report, options, sink);
        else
            rule->check(report, options, sink);
    }
    std::map<std::string, int> seen;
    assign_fingerprints(out, seen);
    // The diagnoses see the other rules' findings, fingerprints and all, to name what they explain.
    std::vector<Finding> diagnoses;
    if (!out.empty()) {
        for (const Rule* rule : report_rules()) {
            if (!rule->diagnose || !options.rules.keeps(rule->info.name)) continue;
            FindingSink sink(rule->info, diagnoses);
            rule->diagnose(report, out, options, sink);
        }
    }
    assign_fingerprints(diagnoses, seen);
    std::move(diagnoses.begin(), diagnoses.end(), std::back_inserter(out));
    return in_print_order(std::move(out));
}

CrossFindings check_across(const std::vector<ReportDigest>& digests, const RuleFilter& filter,
                           const ExpectedReports* list, bool compare) {
    CrossFindings out;
    for (const CrossRule* rule : cross_rules()) {
        if (!filter.keeps(rule->info.name)) continue;
        CrossSink sink(rule->info, out);
        if (rule->check && compare) rule->check(digests, sink);
        if (rule->check_listed && list) rule->check_listed(digests, *list, sink);
    }
    for (auto& [index, f] : out) f.fingerprint = fingerprint_of(f);
    return out;
}

}  // namespace xxgk
