#pragma once
// `xxgk extract`: the typed model written out, one writer per format, in one table like the
// check reporters.
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

// The typed model as JSON (schemas/report.schema.json).
nlohmann::ordered_json report_to_json(const Report& report);

// `extract --format csv`: one row per cell (file, issuer, year, template, table, row key,
// column key, printed label, value, raw, line, and in a .docx the cell's table, row and cell
// numbers in the document); rows of unknown keys have an empty key.
void write_csv_header(std::ostream& out);
void write_csv_rows(std::ostream& out, const Report& report, const std::string& path);

// How a format writes (CSV only): --wide, one row per report with its key totals and its own
// rules' errors and warnings, by issuer and year; --excel, a UTF-8 BOM first.
struct ExtractOptions {
    bool wide = false;
    bool excel = false;
};

// An extract format as the reports come: each report as soon as it is read, then the end.
class ExtractWriter {
public:
    virtual ~ExtractWriter() = default;
    // `path` as the user named the file (the report may keep another); `findings`: those of
    // its own rules, given only with --wide.
    virtual void report(const Report& report, const std::string& path, std::span<const Finding> findings) = 0;
    virtual void end() {}
};

struct ExtractFormat {
    std::string_view name;  // --format
    std::string_view description;
    bool one_report;        // holds exactly one report (json)
    bool tabular;           // takes --wide and --excel (csv)
    std::unique_ptr<ExtractWriter> (*open)(std::ostream& out, const ExtractOptions& options);
};
// Every extract format, in the order --help lists them.
std::span<const ExtractFormat> extract_formats();
const ExtractFormat* find_extract_format(std::string_view name);

// `extract --format csv --wide`: one row per report, sorted by issuer and year at the end.
std::unique_ptr<ExtractWriter> open_wide_csv(std::ostream& out);

}  // namespace xxgk
