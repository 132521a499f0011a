// The typed model as CSV, one row per cell: what a researcher loads into pandas or a
// spreadsheet. RFC 4180 quoting; UTF-8.
#include <ostream>

#include "csv.hpp"
#include "xxgk/extract.hpp"
#include "xxgk/finding.hpp"

namespace xxgk {

std::string detail::csv_field(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

struct RowWriter {
    std::ostream& out;
    const Report& report;
    const std::string& path;
    void cell(std::string_view table, std::string_view row, std::string_view column,
              const std::string& label, const CellValue& c) {
        const std::string fields[] = {
            path,
            report.issuer.value_or(""),
            report.year ? std::to_string(*report.year) : "",
            std::string(template_name(report.layout)),
            std::string(table),
            std::string(row),
            std::string(column),
            label,
            c.value ? format_number(*c.value) : "",
            c.raw,
            c.pos.line > 0 ? std::to_string(c.pos.line) : "",
            c.pos.table > 0 ? std::to_string(c.pos.table) : "",
            c.pos.table > 0 ? std::to_string(c.pos.row) : "",
            c.pos.table > 0 ? std::to_string(c.pos.cell) : "",
        };
        for (std::size_t i = 0; i < std::size(fields); ++i) out << (i ? "," : "") << detail::csv_field(fields[i]);
        out << "\r\n";
    }
};

}  // namespace

void write_csv_header(std::ostream& out) {
    out << "file,issuer,year,template,table,row_key,column_key,label,value,raw,line,doc_table,doc_row,doc_cell\r\n";
}

void write_csv_rows(std::ostream& out, const Report& report, const std::string& path) {
    RowWriter w{out, report, path};
    for (const auto& item : report.active.items)
        for (const auto& row : item.rows)
            for (std::size_t c = 0; c < row.cells.size() && c < item.columns.size(); ++c)
                w.cell("active_disclosure", item.key + "." + row.key, item.columns[c].key,
                       row.label + " " + item.columns[c].label, row.cells[c]);
    for (const auto& row : report.applications.rows)
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            w.cell("applications", row.key, kApplicantColumns[c], row.label, row.cells[c]);
    if (report.review.present)
        for (std::size_t i = 0; i < 15; ++i)
            w.cell("review_litigation", kReviewGroups[i / 5], kReviewCells[i % 5], report.review.labels[i],
                   report.review.cells[i]);
}

}  // namespace xxgk
