#pragma once
// Pieces of the text reporter that other formats reuse, so a finding reads the same in the
// terminal, in a JUnit failure body and in a GitHub annotation.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "xxgk/reporters.hpp"

namespace xxgk::detail {

// The header line (`path:line:col: error: message [rule]`), then an identity's arithmetic.
void write_text_finding(std::ostream& out, const std::string& path, const Finding& f,
                        const ReportStyle& style);

// The arithmetic alone: each term with its value, printed label and place, then the sum.
// The message, then for an identity the same arithmetic as the text output: for formats
// (annotations, SARIF) whose viewers show only a message, so the numbers still reach them.
std::string message_with_arithmetic(const std::string& path, const Finding& f, Lang lang);

void write_arithmetic(std::ostream& out, const std::string& path, const IdentityDetail& id,
                      Lang lang);

// A diagnosis that changes several cells: each with its value and the one that fits.
void write_changes(std::ostream& out, const std::string& path, const Diagnosis& d, Lang lang);

// The closing line: files checked, clean, with findings, unreadable; counts by severity;
// with a baseline, how many findings it hid.
void write_summary_line(std::ostream& out, const Summary& summary, std::optional<int> suppressed,
                        Lang lang);

// With --expect: reports expected (and the years `*` stood for), present, missing, not on the list.
void write_coverage_line(std::ostream& out, const Coverage& coverage, Lang lang);

}  // namespace xxgk::detail
