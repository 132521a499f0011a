// The counts every reporter ends with.
#include "xxgk/reporters.hpp"

namespace xxgk {

Summary summarize(const std::vector<FileResult>& results) {
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
        for (const Finding& f : r.findings) {
            switch (f.severity) {
                case Severity::error: ++s.errors; break;
                case Severity::warning: ++s.warnings; break;
                case Severity::note: ++s.notes; break;
            }
        }
    }
    return s;
}

}  // namespace xxgk
