#pragma once
// What checking one file gives: its status, template, findings, or what was said of it when it
// could not be read. Below the reporters: they print results and know nothing of how they
// were made.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xxgk/cross.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"
#include "xxgk/template.hpp"

namespace xxgk {

struct FileResult {
    // skipped: found by walking a directory, and not a report (a README, a log): said, not
    // counted as an error.
    enum class Status { ok, findings, error, skipped };
    std::string path;
    Status status = Status::ok;
    Template layout = Template::unknown;
    std::vector<Finding> findings;
    // error or skipped: what is said of the file, a finding of read-error or not-a-report.
    std::optional<Finding> error;
    // For the cross-report rules, when the file was read. Behind a pointer: a run that holds
    // 10,000 results (JSON with --cross) holds them without a digest's room each.
    std::shared_ptr<ReportDigest> digest;
    // The report as read, for reporters that draw its tables (Reporter::needs_report); kept only
    // when one asks, so a run over many files holds none.
    std::shared_ptr<const Report> report;
    // A file the run read beside the reports (the --expect list), there for the findings that
    // point into it: not a report, not counted as a file checked.
    bool side_file = false;
    // Findings across reports, told after every file under the path of the one they belong to
    // (Run::finish): a format that streams puts them apart.
    bool late = false;
};

}  // namespace xxgk
