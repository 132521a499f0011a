// The Markdown that `--format github` (and the GitHub Actions default) appends to
// $GITHUB_STEP_SUMMARY: every finding in one table. GitHub shows at most 10 annotations of each
// type per step; the summary has no such cap, only a size limit of 1 MiB per step.
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "reporters/text.hpp"
#include "reporters/where.hpp"

namespace xxgk {
namespace {

constexpr int kAnnotationsPerType = 10;
// GitHub refuses a step summary over 1 MiB; stop listing rows well before that.
constexpr std::size_t kMaxTableBytes = 900 * 1024;

// A table cell: Markdown and HTML specials escaped, line breaks kept as <br>.
std::string cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '\n': out += "<br>"; break;
            case '\r': break;
            case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

std::string place(const Position& p, Lang lang) {
    if (detail::is_docx_place(p)) return detail::place_words(p, lang);  // "第 3 个表格，…" / "table 3, …"
    if (p.line <= 0) return "";
    return p.column > 0 ? fmt::format("{}:{}", p.line, p.column) : fmt::format("{}", p.line);
}

struct Row {
    std::string path, where, severity, rule, message;
};

std::string row_text(const Row& r) {
    return fmt::format("| {} | {} | {} | {} | {} |\n", cell(r.path), r.where, r.severity, r.rule,
                       cell(r.message));
}

}  // namespace

void write_github_summary(std::ostream& out, const Outcome& o, const ReportStyle& style) {
    const bool en = style.lang == Lang::en;
    std::vector<Row> rows;
    for (const FileResult& r : o.results) {
        auto row = [&](const Finding& f) {
            // The rule links to its page, where the reader learns what it checks and why, when
            // the pages have a known home (see ReportStyle::rule_docs_url).
            const std::string uri = rule_help_uri(style.rule_docs_url, f.rule);
            rows.push_back({r.path, place(f.pos, style.lang), std::string(severity_name(f.severity)),
                            uri.empty() ? fmt::format("`{}`", f.rule) : fmt::format("[{}]({})", f.rule, uri),
                            f.message(style.lang)});
        };
        if (r.status == FileResult::Status::error && r.error) row(*r.error);
        for (const Finding& f : r.findings) row(f);
    }
    out << "### xxgk\n\n";
    const Summary s = summarize(o.results);
    detail::write_summary_line(out, s, o.baseline ? std::optional(o.suppressed) : std::nullopt, style.lang);
    if (s.errors + s.unreadable > kAnnotationsPerType || s.warnings > kAnnotationsPerType ||
        s.notes > kAnnotationsPerType) {
        out << '\n'
            << (en ? fmt::format("GitHub shows only the first {} annotations of each type (error, warning, "
                                 "notice) per step; this table lists every finding.\n", kAnnotationsPerType)
                   : fmt::format("GitHub 每个步骤每种注释（error、warning、notice）只显示前 {} 个；"
                                 "下表列出全部问题。\n", kAnnotationsPerType));
    }
    if (!rows.empty()) {
        out << '\n'
            << (en ? "| File | Line | Severity | Rule | Message |\n" : "| 文件 | 位置 | 级别 | 规则 | 说明 |\n")
            << "| --- | --- | --- | --- | --- |\n";
        std::size_t bytes = 0, listed = 0;
        for (const Row& r : rows) {
            std::string line = row_text(r);
            if (bytes + line.size() > kMaxTableBytes) break;
            bytes += line.size();
            ++listed;
            out << line;
        }
        if (listed < rows.size()) {
            std::size_t left = rows.size() - listed;
            out << '\n'
                << (en ? fmt::format("{} more not listed: a step summary is limited to 1 MiB. The SARIF or "
                                     "JSON output has them all.\n", left)
                       : fmt::format("另有 {} 个问题未列出：步骤摘要最多 1 MiB。SARIF 或 JSON 输出中有全部问题。\n", left));
        }
    }
    if (!o.stale.empty()) {
        out << '\n'
            << (en ? "Baseline entries that no longer occur (they can be removed):\n"
                   : "基线中已不再出现的条目（可以删除）：\n")
            << '\n';
        for (const BaselineEntry& e : o.stale)
            out << "- " << cell(e.path) << ": " << cell(e.message) << " (" << e.rule << ")\n";
    }
    out << '\n';
}

}  // namespace xxgk
