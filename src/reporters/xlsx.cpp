// `check --format xlsx`: a workbook for the office that collects the reports. Sheets: 汇总 (one
// row per report: counts, key totals, its first error), 问题 (one row per finding), 表三 and 表四
// (each report's cells in columns), and with --expect 缺报 (what the list expects and the run
// lacks). libxlsxwriter in constant-memory mode writes each sheet's rows to a temporary file as
// they come, so a run over 10,000 reports holds one row per sheet, plus the 汇总 rows (a few
// numbers each: a report's cross-report findings come at the end of the run and change them).
// The workbook is assembled in a temporary file (removed in every case, a signal included), then
// copied to the output stream.
#include <fcntl.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <vector>

#include "interrupt.hpp"
#include "key_totals.hpp"
#include "reporters/where.hpp"
#include "xxgk/reporters.hpp"
#include "xxgk/template.hpp"

namespace xxgk {
namespace {

using detail::kKeyTotals;

// XML 1.0 has no place for C0 controls but tab and newline, and a cell holds 32,767 characters:
// text from a user's file is made fit rather than making the workbook unreadable.
std::string cell_text(std::string_view s) {
    constexpr std::size_t kMaxBytes = 32000;
    std::string out;
    out.reserve(std::min(s.size(), kMaxBytes));
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 && c != '\t' && c != '\n') ? ' ' : c;
    }
    if (out.size() > kMaxBytes) {
        std::size_t cut = kMaxBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // a whole character
        out.resize(cut);
        out += "…";
    }
    return out;
}

struct Column {
    std::string zh, en;
    double width;
};

// One sheet written row after row (constant memory: a row once left cannot be written again).
class Sheet {
public:
    Sheet() = default;
    Sheet(lxw_workbook* book, const char* name, const std::vector<Column>& columns, Lang lang, lxw_format* bold,
          lxw_col_t frozen_columns = 0)
        : ws_(workbook_add_worksheet(book, name)), columns_(static_cast<lxw_col_t>(columns.size())) {
        for (lxw_col_t c = 0; c < columns_; ++c) {
            const Column& col = columns[c];
            worksheet_write_string(ws_, 0, c, (lang == Lang::en ? col.en : col.zh).c_str(), bold);
            worksheet_set_column(ws_, c, c, col.width, nullptr);
        }
        worksheet_freeze_panes(ws_, 1, frozen_columns);
    }
    // The next row, or false when Excel's row limit is reached (the last row is kept for saying so).
    bool next_row() {
        if (row_ + 2 >= LXW_ROW_MAX) {
            ++dropped_;
            return false;
        }
        ++row_;
        return true;
    }
    void text(lxw_col_t c, std::string_view s) {
        if (!s.empty()) worksheet_write_string(ws_, row_, c, cell_text(s).c_str(), nullptr);
    }
    void number(lxw_col_t c, std::optional<double> v) {
        if (v) worksheet_write_number(ws_, row_, c, *v, nullptr);
    }
    void value(lxw_col_t c, const CellValue& v) {
        if (v.value && !v.unreadable) number(c, v.value);
        else text(c, v.raw);  // unreadable: what was printed, as text
    }
    void finish(Lang lang) {
        if (dropped_ > 0) {
            ++row_;
            const std::string note =
                lang == Lang::en ? std::to_string(dropped_) + " more rows not written: Excel's limit of rows per sheet"
                                 : "另有 " + std::to_string(dropped_) + " 行未写入：超出 Excel 每张工作表的行数上限";
            worksheet_write_string(ws_, row_, 0, note.c_str(), nullptr);
        }
        worksheet_autofilter(ws_, 0, 0, row_, columns_ - 1);
    }

private:
    lxw_worksheet* ws_ = nullptr;
    lxw_col_t columns_ = 0;
    lxw_row_t row_ = 0;
    long dropped_ = 0;
};

std::vector<Column> with_report_columns(std::vector<Column> tail) {
    std::vector<Column> out = {{"文件", "file", 40}, {"发布机关", "issuer", 28}, {"年度", "year", 7}};
    out.insert(out.end(), tail.begin(), tail.end());
    return out;
}

std::vector<Column> summary_columns() {
    std::vector<Column> tail = {{"模板", "template", 8},  {"状态", "status", 10},  {"错误", "errors", 7},
                                {"警告", "warnings", 7}, {"提示", "notes", 7}};
    for (const detail::KeyTotal& t : kKeyTotals) tail.push_back({std::string(t.zh), std::string(t.en), 12});
    tail.push_back({"第一个错误", "first error", 80});
    return with_report_columns(std::move(tail));
}

std::vector<Column> finding_columns() {
    return with_report_columns({{"规则", "rule", 26},
                                {"严重性", "severity", 8},
                                {"信息", "message", 90},
                                {"行号", "line", 7},
                                {"位置", "place", 24},  // where a .docx, a PDF or an HTML table has it
                                {"表", "table", 16},
                                {"行", "row", 20},
                                {"列", "column", 16},
                                {"值", "value", 10},
                                {"建议值", "suggested value", 10}});
}

std::vector<Column> application_columns() {
    std::vector<Column> tail;
    for (const ApplicationRowSpec& row : application_row_specs())
        for (std::string_view column : kApplicantColumns)
            tail.push_back({std::string(row.label) + " · " + std::string(applicant_column_label(column)),
                            std::string(row.key) + " · " + std::string(applicant_column_label_en(column)), 12});
    return with_report_columns(std::move(tail));
}

std::vector<Column> review_columns() {
    std::vector<Column> tail;
    for (const ReviewGroupSpec& group : review_group_specs())
        for (std::size_t i = 0; i < kReviewCells.size(); ++i)
            tail.push_back({std::string(group.name_zh) + " · " + std::string(review_cell_labels()[i]),
                            std::string(group.name_en) + " · " + std::string(kReviewCells[i]), 12});
    return with_report_columns(std::move(tail));
}

std::string_view severity_title(Severity s, Lang lang) {
    if (lang == Lang::en) return severity_name(s);
    return s == Severity::error ? "错误" : s == Severity::warning ? "警告" : "提示";
}

std::string_view status_title(FileResult::Status s, Lang lang) {
    const bool en = lang == Lang::en;
    switch (s) {
        case FileResult::Status::ok: return en ? "clean" : "无问题";
        case FileResult::Status::findings: return en ? "findings" : "有问题";
        case FileResult::Status::error: return en ? "unreadable" : "无法读取";
        case FileResult::Status::skipped: return en ? "skipped" : "已跳过";
    }
    return "";
}

// A report's row of 汇总, held until the end for the cross-report findings that come late.
struct SummaryRow {
    std::string path, issuer, layout, first_error;
    std::optional<int> year;
    FileResult::Status status = FileResult::Status::ok;
    int counts[3] = {0, 0, 0};  // notes, warnings, errors (by Severity)
    std::array<std::optional<double>, kKeyTotals.size()> totals{};
};

class XlsxWriter final : public ReportWriter {
public:
    XlsxWriter(std::ostream& out, const ReportStyle& style) : out_(out), lang_(style.lang) {
        // The temporary workbook beside the system's other temporary files, removed in every case.
        std::error_code ec;
        std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
        if (ec) dir = "/tmp";
        std::string pattern = (dir / "xxgk-XXXXXX.xlsx").string();
        const int fd = ::mkstemps(pattern.data(), 5);
        if (fd < 0) return;
        ::close(fd);
        temp_ = pattern;
        slot_ = detail::register_temporary(temp_);  // removed by SIGINT, SIGTERM or SIGHUP too
        lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = nullptr, .use_zip64 = LXW_FALSE};
        book_ = workbook_new_opt(temp_.c_str(), &options);
        if (!book_) return;
        bold_ = workbook_add_format(book_);
        format_set_bold(bold_);
        const bool en = lang_ == Lang::en;
        summary_ = Sheet(book_, en ? "Summary" : "汇总", summary_columns(), lang_, bold_, 3);
        findings_ = Sheet(book_, en ? "Findings" : "问题", finding_columns(), lang_, bold_, 3);
        applications_ = Sheet(book_, en ? "Table 3" : "表三", application_columns(), lang_, bold_, 3);
        review_ = Sheet(book_, en ? "Table 4" : "表四", review_columns(), lang_, bold_, 3);
    }
    ~XlsxWriter() override {
        if (book_) workbook_close(book_);  // end() never came: free it, write nothing
        if (!temp_.empty()) std::remove(temp_.c_str());
        detail::unregister_temporary(slot_);
    }

    void file(const FileResult& r) override {
        if (!book_) return;
        SummaryRow* row = row_of(r);
        for (const Finding& f : r.findings) finding(r, row, f);
        if (r.error) finding(r, row, *r.error);
        if (r.report && !r.side_file) tables(r.path, *r.report);
    }

    void end(const RunEnd& e) override {
        if (!book_) {
            out_.setstate(std::ios::failbit);
            return;
        }
        for (const SummaryRow& row : rows_) summary_row(row);
        summary_.finish(lang_);
        findings_.finish(lang_);
        applications_.finish(lang_);
        review_.finish(lang_);
        if (e.coverage) missing_sheet(*e.coverage);
        const lxw_error closed = workbook_close(book_);
        book_ = nullptr;
        std::ifstream in(temp_, std::ios::binary);
        if (closed != LXW_NO_ERROR || !in) {
            out_.setstate(std::ios::failbit);
            return;
        }
        out_ << in.rdbuf();
    }

private:
    // The 汇总 row of a result: a new one for a report's own result, the held one for the
    // findings that come late. The --expect list and skipped files have none.
    SummaryRow* row_of(const FileResult& r) {
        // The list's findings come late, in a result that no longer says it is the list.
        if (r.side_file) side_path_ = r.path;
        if (r.side_file || r.path == side_path_ || r.status == FileResult::Status::skipped) return nullptr;
        if (const auto held = row_at_.find(r.path); held != row_at_.end() && !r.report && !r.error) {
            SummaryRow& row = rows_[held->second];
            if (!r.findings.empty() && row.status == FileResult::Status::ok) row.status = FileResult::Status::findings;
            return &row;
        }
        SummaryRow row{.path = r.path, .layout = std::string(template_name(r.layout)), .status = r.status};
        if (r.report) {
            row.issuer = r.report->issuer.value_or("");
            row.year = r.report->year;
            row.totals = detail::key_totals(*r.report);
        }
        if (r.error) row.first_error = r.error->message(lang_);
        row_at_[r.path] = rows_.size();
        rows_.push_back(std::move(row));
        return &rows_.back();
    }

    void finding(const FileResult& r, SummaryRow* row, const Finding& f) {
        if (row) {
            ++row->counts[static_cast<int>(f.severity)];
            if (f.severity == Severity::error && row->first_error.empty()) row->first_error = f.message(lang_);
        }
        if (!findings_.next_row()) return;
        findings_.text(0, r.path);
        if (row) {
            findings_.text(1, row->issuer);
            if (row->year) findings_.number(2, *row->year);
        }
        findings_.text(3, f.rule);
        findings_.text(4, severity_title(f.severity, lang_));
        findings_.text(5, f.message(lang_));
        if (f.pos.line > 0) findings_.number(6, f.pos.line);
        findings_.text(7, detail::place_words(f.pos, lang_));
        findings_.text(8, f.table);
        findings_.text(9, f.row);
        findings_.text(10, f.column);
        if (f.diagnosis) {
            findings_.number(11, f.diagnosis->value);
            findings_.number(12, f.diagnosis->suggested_value);
        }
    }

    void report_columns(Sheet& sheet, const std::string& path, const Report& report) {
        sheet.text(0, path);
        sheet.text(1, report.issuer.value_or(""));
        if (report.year) sheet.number(2, *report.year);
    }

    void tables(const std::string& path, const Report& report) {
        if (report.applications.present && applications_.next_row()) {
            report_columns(applications_, path, report);
            const std::span<const ApplicationRowSpec> specs = application_row_specs();
            for (std::size_t i = 0; i < specs.size(); ++i)
                if (const ApplicationRow* row = report.applications.row(specs[i].key))
                    for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
                        applications_.value(static_cast<lxw_col_t>(3 + i * kApplicantColumns.size() + c), row->cells[c]);
        }
        if (report.review.present && review_.next_row()) {
            report_columns(review_, path, report);
            for (std::size_t i = 0; i < report.review.cells.size(); ++i)
                review_.value(static_cast<lxw_col_t>(3 + i), report.review.cells[i]);
        }
    }

    void summary_row(const SummaryRow& row) {
        if (!summary_.next_row()) return;
        summary_.text(0, row.path);
        summary_.text(1, row.issuer);
        summary_.number(2, row.year);
        summary_.text(3, row.layout);
        summary_.text(4, status_title(row.status, lang_));
        for (int s = 0; s < 3; ++s) summary_.number(static_cast<lxw_col_t>(5 + s), row.counts[2 - s]);
        for (std::size_t i = 0; i < row.totals.size(); ++i) summary_.number(static_cast<lxw_col_t>(8 + i), row.totals[i]);
        summary_.text(static_cast<lxw_col_t>(8 + row.totals.size()), row.first_error);
    }

    void missing_sheet(const Coverage& c) {
        const bool en = lang_ == Lang::en;
        Sheet sheet(book_, en ? "Missing" : "缺报",
                    {{"发布机关", "issuer", 28}, {"年度", "year", 7}, {"上级", "parent", 28}, {"名单行号", "list line", 9}},
                    lang_, bold_);
        for (const Coverage::Missing& m : c.missing) {
            if (!sheet.next_row()) break;
            sheet.text(0, m.issuer);
            sheet.number(1, m.year);
            sheet.text(2, m.parent);
            sheet.number(3, m.line);
        }
        sheet.finish(lang_);
    }

    std::ostream& out_;
    Lang lang_;
    std::string temp_;
    int slot_ = -1;          // of temp_, for the signal handler
    std::string side_path_;  // the --expect list's
    lxw_workbook* book_ = nullptr;
    lxw_format* bold_ = nullptr;
    Sheet summary_, findings_, applications_, review_;
    std::vector<SummaryRow> rows_;
    std::unordered_map<std::string, std::size_t> row_at_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_xlsx(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<XlsxWriter>(out, style);
}

void write_xlsx(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_xlsx, out, o, style); }

}  // namespace xxgk
