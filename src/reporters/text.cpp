// The default output: gcc-style diagnostic lines (editors parse them), then for identities
// the arithmetic, one term per line with its printed label and where it stands in the file.
#include "reporters/text.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "reporters/where.hpp"
#include "reporters/width.hpp"

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

void write_header(std::ostream& out, const std::string& where, Severity severity,
                  std::string_view message, std::string_view rule, const Paint& paint) {
    out << paint(where + ":", "1") << ' ' << paint(severity_name(severity), severity_color(severity))
        << ": " << terminal_safe(message) << ' ' << paint(fmt::format("[{}]", rule), "1") << '\n';
}

// Labels such as （二）部分公开（区分处理的，只计这一情形，不计其他情形） would push every
// location far right; the full label is in the JSON output.
constexpr std::size_t kMaxLabelWidth = 40;

std::string shown_label(const Term& t) { return detail::truncate_to_width(terminal_safe(t.label), kMaxLabelWidth); }

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
                Lang lang) {
    for (std::size_t i = 0; i < side.terms.size(); ++i) {
        const Term& t = side.terms[i];
        out << "  " << (i == 0 ? ' ' : '+') << ' ' << fmt::format("{:>{}}", term_value(t), cols.value)
            << "  " << detail::pad_right(shown_label(t), cols.label) << "  "
            << detail::where_to_look(path, t.pos, lang, false);
        if (t.blank) out << (lang == Lang::en ? " (blank, read as 0)" : " （空白，按 0 计）");
        out << '\n';
    }
    out << "  = " << fmt::format("{:>{}}", format_number(side.sum), cols.value) << '\n';
}

void write_finding(std::ostream& out, const std::string& path, const Finding& f,
                   const ReportStyle& style, const Paint& paint) {
    write_header(out, detail::where_to_look(path, f.pos, style.lang), f.severity, f.message(style.lang),
                 f.rule, paint);
    if (f.identity) detail::write_arithmetic(out, path, *f.identity, style.lang);
    if (f.diagnosis) detail::write_changes(out, path, *f.diagnosis, style.lang);
    // A note's cells, one per line, where each stands (a hundred blanks are one note).
    if (style.verbose)
        for (const NoteCell& c : f.cells)
            out << "      " << detail::where(path, c.pos, style.lang, false) << "  " << c.cell << "  "
                << terminal_safe(c.raw.empty() ? c.label : c.label + " “" + c.raw + "”") << '\n';
}

std::string plural(int n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

void detail::write_summary_line(std::ostream& out, const Summary& s, std::optional<int> suppressed,
                                Lang lang) {
    if (lang == Lang::en) {
        out << plural(s.files, "file", "files") << " checked: " << s.clean << " clean, "
            << s.with_findings << " with findings, " << s.unreadable << " unreadable; "
            << plural(s.errors, "error", "errors") << ", " << plural(s.warnings, "warning", "warnings")
            << ", " << plural(s.notes, "note", "notes");
        if (s.skipped > 0) out << "; " << s.skipped << " skipped, not reports";
        if (s.unsupported > 0) out << "; " << s.unsupported << " not checked, format not supported";
        if (suppressed) out << "; " << *suppressed << " in the baseline, not shown";
        if (s.hidden > 0) out << "; " << s.hidden << " below the severity shown, not shown";
        if (s.cells_not_verified > 0) out << "; " << plural(s.cells_not_verified, "cell", "cells") << " not verified";
        out << ".\n";
        return;
    }
    out << fmt::format("共检查 {} 个文件：{} 个无问题，{} 个有问题，{} 个无法读取；错误 {}，警告 {}，提示 {}",
                       s.files, s.clean, s.with_findings, s.unreadable, s.errors, s.warnings,
                       s.notes);
    if (s.skipped > 0) out << fmt::format("；跳过 {} 个非年报文件", s.skipped);
    if (s.unsupported > 0) out << fmt::format("；{} 个文件格式暂不支持，未检查", s.unsupported);
    if (suppressed) out << fmt::format("；基线中已有 {} 个，未显示", *suppressed);
    if (s.hidden > 0) out << fmt::format("；{} 个低于显示级别，未显示", s.hidden);
    if (s.cells_not_verified > 0) out << fmt::format("；{} 个单元格未核对", s.cells_not_verified);
    out << "。\n";
}

void detail::write_coverage_line(std::ostream& out, const Coverage& c, Lang lang) {
    std::string years;
    for (int y : c.years) years += (years.empty() ? "" : (lang == Lang::en ? ", " : "、")) + std::to_string(y);
    const int missing = static_cast<int>(c.missing.size());
    if (lang == Lang::en) {
        out << "Expected list: " << plural(c.expected, "report", "reports") << " expected"
            << (years.empty() ? "" : " (" + years + ")") << ", " << c.present << " present, " << missing
            << " missing; " << c.unexpected << " not on the list.\n";
        return;
    }
    out << fmt::format("名单：应报 {} 份{}，已报 {} 份，缺报 {} 份；名单外 {} 份。\n", c.expected,
                       years.empty() ? "" : "（" + years + " 年）", c.present, missing, c.unexpected);
}

namespace {

// After a batch, the rules that fired most and the files with most errors: where to look first.
// Only when findings are spread over two files or more: for one file, its findings just printed
// say the same.
void write_batch_table(std::ostream& out, const Summary& s, Lang lang) {
    if (s.with_findings < 2 || s.rules.empty()) return;
    const bool en = lang == Lang::en;
    std::size_t width = 0;
    for (const auto& c : s.rules) width = std::max(width, c.rule.size());
    out << (en ? "Rules that fired:\n" : "各规则的问题数：\n");
    for (const auto& c : s.rules)
        out << (en ? fmt::format("  {:<{}}  {:>5} in {} file{}\n", c.rule, width, c.findings, c.files,
                                 c.files == 1 ? "" : "s")
                   : fmt::format("  {:<{}}  {:>5} 处，{} 个文件\n", c.rule, width, c.findings, c.files));
    if (s.top_files.empty()) return;
    out << (en ? "Files with most errors:\n" : "错误最多的文件：\n");
    for (const auto& f : s.top_files) out << fmt::format("  {:>5}  {}\n", f.errors, f.path);
}

}  // namespace

namespace detail {

void write_text_finding(std::ostream& out, const std::string& path, const Finding& f,
                        const ReportStyle& style) {
    write_finding(out, path, f, style, Paint{style.color});
}

void write_arithmetic(std::ostream& out, const std::string& path, const IdentityDetail& id,
                      Lang lang) {
    Columns cols = measure(id);
    write_side(out, id.lhs, cols, path, lang);
    write_side(out, id.rhs, cols, path, lang);
}

// A cause of a cluster: each cell it changes, its printed value and the one that fits.
void write_changes(std::ostream& out, const std::string& path, const Diagnosis& d, Lang lang) {
    std::size_t value = 3, label = 0;
    auto shown = [&](const Diagnosis::Change& c) {
        return c.value ? format_number(*c.value) : std::string(lang == Lang::en ? "blank" : "空白");
    };
    for (const auto& c : d.changes) {
        value = std::max(value, detail::display_width(shown(c)));
        label = std::max(label, detail::display_width(truncate_to_width(c.label, kMaxLabelWidth)));
    }
    for (const auto& c : d.changes)
        out << "  " << std::string(value - detail::display_width(shown(c)), ' ') << shown(c) << " → "
            << detail::pad_right(format_number(c.suggested_value), 3) << "  "
            << detail::pad_right(truncate_to_width(c.label, kMaxLabelWidth), label) << "  "
            << detail::where_to_look(path, c.pos, lang, false) << '\n';
}

std::string message_with_arithmetic(const std::string& path, const Finding& f, Lang lang) {
    std::string text = f.message(lang) + docx_place(f.pos, lang);
    if (!f.identity && !(f.diagnosis && !f.diagnosis->changes.empty())) return text;
    std::ostringstream arithmetic;
    if (f.identity) write_arithmetic(arithmetic, path, *f.identity, lang);
    if (f.diagnosis) write_changes(arithmetic, path, *f.diagnosis, lang);
    text += "\n" + arithmetic.str();
    if (text.back() == '\n') text.pop_back();
    return text;
}


}  // namespace detail

namespace {

class TextWriter final : public ReportWriter {
public:
    TextWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style), paint_{style.color} {}

    void file(const FileResult& r) override {
        if (r.error) write_finding(out_, r.path, *r.error, style_, paint_);
        for (const Finding& f : r.findings) write_finding(out_, r.path, f, style_, paint_);
    }

    void end(const RunEnd& e) override {
        const bool en = style_.lang == Lang::en;
        // So the baseline can be pruned: what it accepted and no longer happens.
        for (const BaselineEntry& entry : e.stale) {
            write_header(out_, entry.path, Severity::note,
                         (en ? "no longer occurs, can be removed from the baseline: "
                             : "基线中的这一项已不再出现，可以从基线中删除：") + entry.message,
                         entry.rule, paint_);
        }
        if (!style_.quiet) write_batch_table(out_, e.summary, style_.lang);
        // One pointer to the rule pages per run, like rustc's "try rustc --explain": enough to
        // learn that they exist, without a line after every finding.
        if (!e.hint_rule.empty() && !style_.quiet)
            out_ << (en ? "For more about a rule, try: xxgk explain " : "规则说明：xxgk explain ") << e.hint_rule << '\n';
        if (e.coverage) detail::write_coverage_line(out_, *e.coverage, style_.lang);
        detail::write_summary_line(out_, e.summary, style_.baseline ? std::optional(e.suppressed) : std::nullopt,
                                   style_.lang);
    }

private:
    std::ostream& out_;
    ReportStyle style_;
    Paint paint_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_text(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<TextWriter>(out, style);
}

}  // namespace xxgk
