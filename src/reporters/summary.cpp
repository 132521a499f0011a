// The counts every reporter ends with.
#include "xxgk/reporters.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace xxgk {

Summary summarize(std::span<const FileResult> results) {
    Summary s;
    for (const FileResult& r : results) {
        if (r.status == FileResult::Status::skipped) {
            ++s.skipped;
            continue;
        }
        ++s.files;
        switch (r.status) {
            case FileResult::Status::ok: ++s.clean; break;
            case FileResult::Status::findings: ++s.with_findings; break;
            case FileResult::Status::error: ++s.unreadable; break;
            case FileResult::Status::skipped: break;
        }
        // Read errors are counted as unreadable files, not as findings.
        int errors = 0;
        std::set<std::string_view> rules_here;
        for (const Finding& f : r.findings) {
            auto it = std::find_if(s.rules.begin(), s.rules.end(), [&](const auto& c) { return c.rule == f.rule; });
            if (it == s.rules.end()) it = s.rules.insert(s.rules.end(), Summary::RuleCount{f.rule, 0, 0});
            ++it->findings;
            if (rules_here.insert(f.rule).second) ++it->files;
            errors += f.severity == Severity::error;
            switch (f.severity) {
                case Severity::error: ++s.errors; break;
                case Severity::warning: ++s.warnings; break;
                case Severity::note: ++s.notes; break;
            }
        }
        if (errors > 0) s.top_files.push_back({r.path, errors});
    }
    std::stable_sort(s.rules.begin(), s.rules.end(), [](const auto& a, const auto& b) {
        return a.findings != b.findings ? a.findings > b.findings : a.rule < b.rule;
    });
    std::stable_sort(s.top_files.begin(), s.top_files.end(),
                     [](const auto& a, const auto& b) { return a.errors > b.errors; });
    if (s.top_files.size() > Summary::kTopFiles) s.top_files.resize(Summary::kTopFiles);
    return s;
}

}  // namespace xxgk
