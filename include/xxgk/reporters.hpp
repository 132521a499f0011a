#pragma once
// Reporters: findings (plus rule metadata) to text. Only reporters and cli write output.
#include <ostream>
#include <string>
#include <vector>

#include "xxgk/check.hpp"

namespace xxgk {

struct ReportStyle {
    std::string lang = "zh";  // "zh" or "en"
    bool color = false;
};

struct Summary {
    int files = 0, clean = 0, with_findings = 0, unreadable = 0;
    int skipped = 0;  // found in a directory, not reports; not in `files`
    int errors = 0, warnings = 0, notes = 0;
};
Summary summarize(const std::vector<FileResult>& results);

void write_text(std::ostream& out, const std::vector<FileResult>& results, const ReportStyle& style);
void write_json(std::ostream& out, const std::vector<FileResult>& results, const ReportStyle& style);

}  // namespace xxgk
