// The default output: gcc-style diagnostic lines (editors parse them), then for identities
// the arithmetic, one term per line with its printed label and where it stands in the file.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "reporters/width.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

// ANSI colors, only when the style asks for them.
struct Paint {
    bool on = false;
    std::string operator()(std::string_view text, std::string_view sgr) const {
        if (!on) return std::string(text);
        return fmt::format("\033[{}m{}\033[0m", sgr, text);
    }
};

std::string_view severity_color(Severity s) {
    switch (s) {
        case Severity::error: return "1;31";
        case Severity::warning: return "1;33";
        case Severity::note: return "1;36";
    }
    return "1";
}

// path, path:line or path:line:col — a part is left out when it is 0 (unknown).
std::string location(const std::string& path, int line, int column) {
    if (line <= 0) return path;
    if (column <= 0) return fmt::format("{}:{}", path, line);
    return fmt::format("{}:{}:{}", path, line, column);
}

void write_header(std::ostream& out, const std::string& where, Severity severity,
                  std::string_view message, std::string_view rule, const Paint& paint) {
    out << paint(where + ":", "1") << ' ' << paint(severity_name(severity), severity_color(severity))
        << ": " << message << ' ' << paint(fmt::format("[{}]", rule), "1") << '\n';
}

// Labels such as （二）部分公开（区分处理的，只计这一情形，不计其他情形） would push every
// location far right; the full label is in the JSON output.
constexpr std::size_t kMaxLabelWidth = 40;

std::string shown_label(const Term& t) { return detail::truncate_to_width(t.label, kMaxLabelWidth); }

struct Columns {
    std::size_t value = 3;  // at least 3, so small numbers still read as a column
    std::size_t label = 0;
};

std::string term_value(const Term& t) {
    if (t.blank) return "0";
    return t.value ? format_number(*t.value) : "?";
}

Columns measure(const IdentityDetail& id) {
    Columns c;
    for (const Side* side : {&id.lhs, &id.rhs}) {
        c.value = std::max(c.value, format_number(side->sum).size());
        for (const Term& t : side->terms) {
            c.value = std::max(c.value, term_value(t).size());
            c.label = std::max(c.label, detail::display_width(shown_label(t)));
        }
    }
    return c;
}

void write_side(std::ostream& out, const Side& side, const Columns& cols, const std::string& path,
                std::string_view lang) {
    for (std::size_t i = 0; i < side.terms.size(); ++i) {
        const Term& t = side.terms[i];
        out << "  " << (i == 0 ? ' ' : '+') << ' ' << fmt::format("{:>{}}", term_value(t), cols.value)
            << "  " << detail::pad_right(shown_label(t), cols.label) << "  "
            << location(path, t.pos.line, 0);
        if (t.blank) out << (lang == "en" ? " (blank, read as 0)" : " （空白，按 0 计）");
        out << '\n';
    }
    out << "  = " << fmt::format("{:>{}}", format_number(side.sum), cols.value) << '\n';
}

void write_finding(std::ostream& out, const std::string& path, const Finding& f,
                   const ReportStyle& style, const Paint& paint) {
    write_header(out, location(path, f.pos.line, f.pos.column), f.severity, f.message(style.lang),
                 f.rule, paint);
    if (!f.identity) return;
    Columns cols = measure(*f.identity);
    write_side(out, f.identity->lhs, cols, path, style.lang);
    write_side(out, f.identity->rhs, cols, path, style.lang);
}

std::string plural(int n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

void write_summary(std::ostream& out, const Summary& s, std::string_view lang) {
    if (lang == "en") {
        out << plural(s.files, "file", "files") << " checked: " << s.clean << " clean, "
            << s.with_findings << " with findings, " << s.unreadable << " unreadable; "
            << plural(s.errors, "error", "errors") << ", " << plural(s.warnings, "warning", "warnings")
            << ", " << plural(s.notes, "note", "notes");
        if (s.skipped > 0) out << "; " << s.skipped << " skipped, not reports";
        out << ".\n";
        return;
    }
    out << fmt::format("共检查 {} 个文件：{} 个无问题，{} 个有问题，{} 个无法读取；错误 {}，警告 {}，提示 {}",
                       s.files, s.clean, s.with_findings, s.unreadable, s.errors, s.warnings,
                       s.notes);
    if (s.skipped > 0) out << fmt::format("；跳过 {} 个非年报文件", s.skipped);
    out << "。\n";
}

}  // namespace

void write_text(std::ostream& out, const std::vector<FileResult>& results, const ReportStyle& style) {
    Paint paint{style.color};
    for (const FileResult& r : results) {
        if (r.status == FileResult::Status::error) {
            // Source errors are English in both languages (they come from the system).
            const Error& e = r.error ? *r.error : Error{"unknown error", 0};
            write_header(out, location(r.path, e.line, 0), Severity::error, e.message, "read-error",
                         paint);
        } else if (r.status == FileResult::Status::skipped) {
            const std::string why = r.error ? r.error->message : "";
            write_header(out, r.path, Severity::note,
                         style.lang == "en" ? "skipped, not a report: " + why : "不是年报，已跳过：" + why,
                         "not-a-report", paint);
        }
        for (const Finding& f : r.findings) write_finding(out, r.path, f, style, paint);
    }
    write_summary(out, summarize(results), style.lang);
}

}  // namespace xxgk
