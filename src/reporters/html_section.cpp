// One file's section of the HTML page, and the findings about several reports.
#include "reporters/html_section.hpp"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "reporters/html_cells.hpp"
#include "reporters/html_page.hpp"
#include "reporters/html_tables.hpp"
#include "reporters/text.hpp"
#include "reporters/where.hpp"
#include "xxgk/template.hpp"

namespace xxgk::detail::html {
namespace {

// The text output's lines of a finding: the header line, then the rest (an identity's
// arithmetic), without colours.
std::pair<std::string, std::string> text_lines(const std::string& path, const Finding& f, Lang lang) {
    std::ostringstream s;
    ReportStyle style;
    style.lang = lang;
    write_text_finding(s, path, f, style);
    std::string all = s.str();
    if (!all.empty() && all.back() == '\n') all.pop_back();
    const std::size_t newline = all.find('\n');
    if (newline == std::string::npos) return {all, ""};
    return {all.substr(0, newline), all.substr(newline + 1)};
}

// A cell as a sentence names it: 表三「（一）予以公开」「自然人」, table 三 "（一）予以公开", "natural person".
std::string cell_name(const Report& report, std::string_view key, Lang lang) {
    const bool en = lang == Lang::en;
    const Report::CellRef ref = report.lookup(key);
    const std::size_t last = key.rfind('.');
    const std::string_view end = last == std::string_view::npos ? key : key.substr(last + 1);
    if (key.starts_with("applications."))
        return en ? fmt::format("table 三 \"{}\", \"{}\"", ref.label, applicant_column_label_en(end))
                  : fmt::format("表三「{}」「{}」", ref.label, applicant_column_label(end));
    if (key.starts_with("review_litigation.")) {
        const auto cell = std::find(kReviewCells.begin(), kReviewCells.end(), end);
        for (const ReviewGroupSpec& g : review_group_specs())
            if (key.starts_with("review_litigation." + std::string(g.key) + ".") && cell != kReviewCells.end())
                return en ? fmt::format("table 四 \"{}\", \"{}\"", g.name_en, end)
                          : fmt::format("表四「{}」「{}」", g.name_zh, review_cell_labels()[cell - kReviewCells.begin()]);
    }
    if (!ref.label.empty()) return en ? fmt::format("table 二 \"{}\"", ref.label) : fmt::format("表二「{}」", ref.label);
    return std::string(key);
}

std::string link(const Context& ctx, std::string_view key, std::string_view html) {
    if (!ctx.drawn.count(key)) return std::string(html);
    return "<a href=\"#" + attr(ctx.id_of(key)) + "\">" + std::string(html) + "</a>";
}

std::string finding_id(const Context& ctx, std::size_t i) { return ctx.id_prefix + "f" + std::to_string(i + 1); }

// Findings that stand on a whole table: said once under its heading.
void write_table_notes(std::ostream& out, const Context& ctx, std::string_view table) {
    for (std::size_t i = 0; i < ctx.findings.size(); ++i) {
        const Finding& f = ctx.findings[i];
        if (location_key(f) != table) continue;
        out << "<p class=\"tnote sev-" << severity_class(f.severity) << "\"><span class=\"g\" aria-hidden=\"true\">*</span> "
            << severity_name(f.severity) << ": " << text(f.message(ctx.lang)) << " [" << text(f.rule) << "] <a href=\"#"
            << attr(finding_id(ctx, i)) << "\">" << pick(ctx.lang, "详见", "more") << "</a></p>\n";
    }
}

void write_tables(std::ostream& out, Context& ctx, const Report& report) {
    using Draw = void (*)(std::ostream&, Context&, const Report&);
    const struct {
        std::string_view key;
        bool present;
        Draw draw;
    } tables[] = {{"active_disclosure", report.active.present, write_active_table},
                  {"applications", report.applications.present, write_applications_table},
                  {"review_litigation", report.review.present, write_review_table}};
    for (const auto& t : tables) {
        std::string heading(t.key);
        for (const SectionSpec& s : template_sections())
            if (s.key == t.key)
                heading = text(s.heading) + (ctx.lang == Lang::en ? " <span lang=\"en\">(" + text(s.name_en) + ")</span>" : "");
        ctx.drawn.emplace(t.key);
        out << "<h3 id=\"" << attr(ctx.id_of(t.key)) << "\">" << heading << "</h3>\n";
        write_table_notes(out, ctx, t.key);
        if (t.present) t.draw(out, ctx, report);
        else out << "<p class=\"absent\">" << pick(ctx.lang, "报告中没有找到这张表。", "This table was not found in the report.") << "</p>\n";
    }
}

// The clauses of the prose that contradict the tables, each with the cells it binds to.
void write_statements(std::ostream& out, const Context& ctx, const Report& report, const std::string& path) {
    bool any = false;
    for (std::size_t i = 0; i < ctx.findings.size(); ++i) {
        const Finding& f = ctx.findings[i];
        if (!f.statement) continue;
        if (!any) {
            any = true;
            out << "<h3>" << pick(ctx.lang, "与表格不符的文字", "Text that contradicts the tables") << "</h3>\n";
        }
        const Statement& st = *f.statement;
        std::vector<std::string> cells;
        for (const std::string& key : st.cells) {
            const CellValue* cell = report.cell_at(key);
            const std::string value = !cell ? "?" : cell->value ? format_number(*cell->value) : cell->raw;
            cells.push_back(link(ctx, key, text(cell_name(report, key, ctx.lang))) + " " + text(value));
        }
        std::string bound;
        for (const std::string& c : cells) bound += (bound.empty() ? "" : " + ") + c;
        out << "<div class=\"stmt sev-" << severity_class(f.severity) << "\" id=\"" << attr(ctx.id_prefix) << 's' << i + 1
            << "\">\n<blockquote><p>" << text(st.text) << "</p></blockquote>\n<p>" << text(where(path, st.pos, ctx.lang))
            << (ctx.lang == Lang::en ? fmt::format(": the text says {}, the tables give {}", format_number(st.stated),
                                                   format_number(st.table_value))
                                     : fmt::format("：文字称 {}，表中为 {}", format_number(st.stated), format_number(st.table_value)));
        if (!bound.empty()) out << (cells.size() > 1 ? " = " : pick(ctx.lang, "：", ": ")) << bound;
        out << " <a href=\"#" << attr(finding_id(ctx, i)) << "\">" << pick(ctx.lang, "详见", "more") << "</a></p>\n</div>\n";
    }
}

// Where a finding's line links to: the cell a diagnosis names, the finding's own place, the
// first cell it binds; only places that were drawn.
std::string target_of(const Context& ctx, const Finding& f) {
    std::vector<std::string> keys;
    if (f.diagnosis) keys.push_back(f.diagnosis->cell);
    keys.push_back(location_key(f));
    if (f.statement && !f.statement->cells.empty()) keys.push_back(f.statement->cells.front());
    if (f.identity && !f.identity->lhs.terms.empty()) keys.push_back(f.identity->lhs.terms.front().cell);
    for (const std::string& key : keys)
        if (!key.empty() && ctx.drawn.count(key)) return ctx.id_of(key);
    return "";
}

void write_finding(std::ostream& out, const std::string& path, const Finding& f, const std::string& id,
                   const std::string& target, Lang lang) {
    const auto [head, rest] = text_lines(path, f, lang);
    out << "<li class=\"sev-" << severity_class(f.severity) << '"';
    if (!id.empty()) out << " id=\"" << attr(id) << '"';
    out << "><p class=\"f-head\">";
    if (target.empty()) out << text(head);
    else out << "<a href=\"#" << attr(target) << "\">" << text(head) << "</a>";
    out << "</p>";
    if (!rest.empty()) out << "<pre>" << text(rest) << "</pre>";
    out << "</li>\n";
}

}  // namespace

std::string section_id(std::size_t number) { return "r" + std::to_string(number); }

void write_section(std::ostream& out, const FileResult& r, std::size_t number, Lang lang) {
    const std::string id = section_id(number);
    const Report* report = r.report.get();
    Counts counts;
    counts.add(r.findings);
    const std::string badge = r.status == FileResult::Status::error      ? "sev-error"
                              : r.status == FileResult::Status::findings ? "sev-" + std::string(severity_class(counts.highest()))
                                                                         : "";
    const std::string title = report && !report->title.empty() ? report->title : r.path;
    out << "<section class=\"report\" id=\"" << id << "\" data-status=\"" << status_name(r.status)
        << "\" aria-labelledby=\"" << id << "-h\">\n<h2 id=\"" << id << "-h\"><span class=\"badge " << badge << "\">"
        << status_word(r.status, lang) << "</span>" << text(title) << "</h2>\n<dl class=\"meta\">\n";
    auto fact = [&](std::string_view zh, std::string_view en, const std::string& html) {
        out << "<div><dt>" << pick(lang, zh, en) << "</dt><dd>" << html << "</dd></div>\n";
    };
    const std::string unknown(pick(lang, "不详", "unknown"));
    fact("文件", "File", text(r.path));
    if (report) {
        fact("发布机关", "Issuer", report->issuer ? text(*report->issuer) : unknown);
        fact("年度", "Year", report->year ? std::to_string(*report->year) : unknown);
        fact("格式", "Template",
             report->layout == Template::unknown
                 ? std::string(pick(lang, "未能确定", "not determined"))
                 : fmt::format("{}{}", template_name(report->layout), pick(lang, " 年版", " template")));
    }
    if (!r.error) fact("检查结果", "Findings", counts_text(counts, lang));
    out << "</dl>\n";

    Marks marks(r.findings);
    Context ctx{r.findings, marks, id + "-", lang};
    if (report) {
        write_tables(out, ctx, *report);
        write_statements(out, ctx, *report, r.path);
    }
    if (r.error || !r.findings.empty()) {
        out << "<h3>" << pick(lang, "检查结果", "Findings") << "</h3>\n<ol class=\"findings\">\n";
        if (r.error) write_finding(out, r.path, *r.error, "", "", lang);
        for (std::size_t i = 0; i < r.findings.size(); ++i)
            write_finding(out, r.path, r.findings[i], finding_id(ctx, i), target_of(ctx, r.findings[i]), lang);
        out << "</ol>\n";
    } else {
        out << "<p>" << pick(lang, "没有发现问题。", "No findings.") << "</p>\n";
    }
    out << "</section>\n";
}

std::vector<std::pair<std::size_t, std::size_t>> find_paths(std::string_view s, const SectionOf& section_of) {
    auto ends_here = [&](std::size_t j) {
        if (j == s.size()) return true;
        if (std::string_view(":, ()").find(s[j]) != std::string_view::npos) return true;
        for (std::string_view w : {"（", "）", "，"})
            if (s.substr(j).starts_with(w)) return true;
        return false;
    };
    std::vector<std::size_t> ends;
    for (std::size_t j = 1; j <= s.size(); ++j)
        if (ends_here(j)) ends.push_back(j);
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (std::size_t b = 0; b < s.size(); ++b) {
        if ((b != 0 && s[b - 1] != ' ') || (!found.empty() && b < found.back().second)) continue;
        for (auto e = ends.rbegin(); e != ends.rend() && *e > b; ++e)
            if (!section_of(s.substr(b, *e - b)).empty()) {
                found.emplace_back(b, *e);
                break;
            }
    }
    return found;
}

void write_cross_finding(std::ostream& out, const std::string& path, const Finding& f, std::size_t number,
                         const SectionOf& section_of, Lang lang) {
    const auto [head, rest] = text_lines(path, f, lang);
    out << "<li class=\"sev-" << severity_class(f.severity) << "\" id=\"x" << number << "\"><p class=\"f-head\">";
    std::size_t at = 0;
    for (const auto& [b, e] : find_paths(head, section_of)) {
        const std::string_view named = std::string_view(head).substr(b, e - b);
        out << text(std::string_view(head).substr(at, b - at)) << "<a href=\"#" << attr(section_of(named)) << "\">"
            << text(named) << "</a>";
        at = e;
    }
    out << text(std::string_view(head).substr(at)) << "</p>";
    if (!rest.empty()) out << "<pre>" << text(rest) << "</pre>";
    out << "</li>\n";
}

}  // namespace xxgk::detail::html
