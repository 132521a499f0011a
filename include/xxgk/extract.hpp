#pragma once
// `xxgk extract`: the typed model written out, one writer per format, in one table like the
// check reporters.
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "xxgk/report.hpp"

namespace xxgk {

// The typed model as JSON (schemas/report.schema.json).
nlohmann::ordered_json report_to_json(const Report& report);

// `extract --format csv`: one row per cell (file, issuer, year, template, table, row key,
// column key, printed label, value, raw, line); rows of unknown keys have an empty key.
void write_csv_header(std::ostream& out);
void write_csv_rows(std::ostream& out, const Report& report, const std::string& path);

// An extract format as the reports come: each report as soon as it is read, then the end.
class ExtractWriter {
public:
    virtual ~ExtractWriter() = default;
    // `path` as the user named the file (the report may keep another).
    virtual void report(const Report& report, const std::string& path) = 0;
    virtual void end() {}
};

struct ExtractFormat {
    std::string_view name;  // --format
    std::string_view description;
    bool one_report;        // holds exactly one report (json)
    std::unique_ptr<ExtractWriter> (*open)(std::ostream& out);
};
// Every extract format, in the order --help lists them.
std::span<const ExtractFormat> extract_formats();
const ExtractFormat* find_extract_format(std::string_view name);

}  // namespace xxgk
