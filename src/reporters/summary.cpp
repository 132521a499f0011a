// The counts every reporter ends with, built as the results come.
#include "xxgk/reporters.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

namespace xxgk {
namespace {

constexpr std::uint8_t kUnseen = 0xff;
constexpr std::uint8_t kSideFile = 0xfe;  // findings count, the file does not

}  // namespace

int cells_not_verified(std::span<const Finding> findings) {
    // By key and place: two rows the template does not know share the key "unknown".
    std::set<std::tuple<std::string_view, int, int, int, int, int, int>> seen;
    for (const Finding& f : findings)
        if (f.not_verified)
            for (const NoteCell& c : f.cells)
                seen.emplace(c.cell, c.pos.page, c.pos.line, c.pos.column, c.pos.table, c.pos.row, c.pos.cell);
    return static_cast<int>(seen.size());
}

void SummaryBuilder::add(std::size_t index, const FileResult& r) {
    if (index >= status_.size()) {
        status_.resize(index + 1, kUnseen);
        errors_.resize(index + 1, 0);
    }
    std::uint8_t& status = status_[index];
    if (r.side_file) status = kSideFile;
    if (r.status == FileResult::Status::skipped) {
        if (status == kUnseen) ++(r.error && r.error->rule == "unsupported-format" ? counts_.unsupported : counts_.skipped);
        status = static_cast<std::uint8_t>(r.status);
        return;
    }
    // A file's second result (findings about it and other reports) can only add findings.
    if (status == kUnseen || (status != kSideFile && r.status == FileResult::Status::error) ||
        (r.status == FileResult::Status::findings && status == static_cast<std::uint8_t>(FileResult::Status::ok)))
        status = static_cast<std::uint8_t>(r.status);

    // Read errors are counted as unreadable files, not as findings.
    std::set<std::string_view> rules_here;
    int errors = 0;
    for (const Finding& f : r.findings) {
        auto it = std::find_if(counts_.rules.begin(), counts_.rules.end(),
                               [&](const auto& c) { return c.rule == f.rule; });
        if (it == counts_.rules.end()) it = counts_.rules.insert(counts_.rules.end(), Summary::RuleCount{f.rule, 0, 0});
        ++it->findings;
        if (rules_here.insert(f.rule).second) ++it->files;
        errors += f.severity == Severity::error;
        switch (f.severity) {
            case Severity::error: ++counts_.errors; break;
            case Severity::warning: ++counts_.warnings; break;
            case Severity::note: ++counts_.notes; break;
        }
        if (!hint_severity_ || f.severity > *hint_severity_) {
            hint_severity_ = f.severity;
            hint_rule_ = f.rule;
        }
    }
    counts_.cells_not_verified += cells_not_verified(r.findings);
    if (errors > 0) {
        errors_[index] += errors;
        count_top(index, errors_[index], r.path);
    }
}

// A file's errors only grow, and a file that drops out of the top comes back only through
// add(), which brings its path: so the top few are all that needs keeping.
void SummaryBuilder::count_top(std::size_t index, int errors, const std::string& path) {
    auto it = std::find_if(top_.begin(), top_.end(), [&](const Top& t) { return t.index == index; });
    if (it == top_.end()) top_.push_back({index, errors, path});
    else it->errors = errors;
    // Most errors first; among equals, input order.
    std::sort(top_.begin(), top_.end(), [](const Top& a, const Top& b) {
        return a.errors != b.errors ? a.errors > b.errors : a.index < b.index;
    });
    if (top_.size() > Summary::kTopFiles) top_.resize(Summary::kTopFiles);
}

Summary SummaryBuilder::summary() const {
    Summary s = counts_;
    for (std::uint8_t status : status_) {
        switch (status) {
            case static_cast<std::uint8_t>(FileResult::Status::ok): ++s.clean; break;
            case static_cast<std::uint8_t>(FileResult::Status::findings): ++s.with_findings; break;
            case static_cast<std::uint8_t>(FileResult::Status::error): ++s.unreadable; break;
            default: continue;  // skipped, a side file, or an index never added
        }
        ++s.files;
    }
    std::stable_sort(s.rules.begin(), s.rules.end(), [](const auto& a, const auto& b) {
        return a.findings != b.findings ? a.findings > b.findings : a.rule < b.rule;
    });
    for (const Top& t : top_) s.top_files.push_back({t.path, t.errors});
    return s;
}

Summary summarize(std::span<const FileResult> results) {
    SummaryBuilder builder;
    for (std::size_t i = 0; i < results.size(); ++i) builder.add(i, results[i]);
    return builder.summary();
}

std::string_view status_name(FileResult::Status s) {
    switch (s) {
        case FileResult::Status::ok: return "ok";
        case FileResult::Status::findings: return "findings";
        case FileResult::Status::error: return "error";
        case FileResult::Status::skipped: return "skipped";
    }
    return "error";
}

}  // namespace xxgk
