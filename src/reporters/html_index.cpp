// The index: what a city office looks at first, to see which report is wrong. Sorting and the
// status filter are the page's script; without it the index is a plain table of links.
#include "reporters/html_index.hpp"

#include <sstream>

#include <fmt/format.h>

#include "reporters/text.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail::html {

IndexEntry index_entry(const FileResult& r, std::string section) {
    IndexEntry e;
    e.path = r.path;
    e.section = std::move(section);
    if (r.report) {
        e.issuer = r.report->issuer.value_or("");
        e.year = r.report->year;
    }
    e.layout = r.layout;
    e.status = r.status;
    e.counts.add(r.findings);
    return e;
}

void add_late(IndexEntry& e, const std::vector<Finding>& findings) {
    e.counts.add(findings);
    e.late = true;
    if (e.status == FileResult::Status::ok && !findings.empty()) e.status = FileResult::Status::findings;
}

namespace {

void write_filters(std::ostream& out, std::span<const IndexEntry> entries, Lang lang) {
    // Only the statuses that occur, so every choice shows something.
    bool seen[4] = {};
    for (const IndexEntry& e : entries) seen[static_cast<int>(e.status)] = true;
    out << "<div class=\"filters\" hidden=\"hidden\" role=\"group\" aria-label=\"" << pick(lang, "按状态筛选", "Filter by status")
        << "\">" << pick(lang, "显示：", "Show: ") << "<label><input type=\"radio\" name=\"show\" value=\"all\" checked=\"checked\"/> "
        << pick(lang, "全部", "all") << "</label>";
    for (FileResult::Status s : {FileResult::Status::findings, FileResult::Status::error, FileResult::Status::ok,
                                 FileResult::Status::skipped})
        if (seen[static_cast<int>(s)])
            out << "<label><input type=\"radio\" name=\"show\" value=\"" << status_name(s) << "\"/> " << status_word(s, lang)
                << "</label>";
    out << "</div>\n";
}

void write_files(std::ostream& out, std::span<const IndexEntry> entries, Lang lang) {
    out << "<div class=\"scroll\"><table class=\"files\">\n<thead><tr><th scope=\"col\">" << pick(lang, "文件", "File")
        << "</th><th scope=\"col\">" << pick(lang, "发布机关", "Issuer") << "</th><th scope=\"col\" data-numeric=\"\">"
        << pick(lang, "年度", "Year") << "</th><th scope=\"col\">" << pick(lang, "格式", "Template")
        << "</th><th scope=\"col\" data-numeric=\"\">" << pick(lang, "错误", "Errors") << "</th><th scope=\"col\" data-numeric=\"\">"
        << pick(lang, "警告", "Warnings") << "</th><th scope=\"col\" data-numeric=\"\">" << pick(lang, "提示", "Notes")
        << "</th><th scope=\"col\">" << pick(lang, "状态", "Status") << "</th></tr></thead>\n<tbody>\n";
    for (const IndexEntry& e : entries) {
        out << "<tr data-status=\"" << status_name(e.status) << '"';
        if (e.late) out << " data-late=\"\" data-ref=\"" << attr(e.section) << '"';
        out << "><td><a href=\"#" << attr(e.section) << "\">" << text(e.path) << "</a></td><td>" << text(e.issuer)
            << "</td><td class=\"n\" data-v=\"" << e.year.value_or(0) << "\">" << (e.year ? std::to_string(*e.year) : "")
            << "</td><td>" << (e.layout == Template::unknown ? "" : template_name(e.layout)) << "</td><td class=\"n\">"
            << e.counts.errors << "</td><td class=\"n\">" << e.counts.warnings << "</td><td class=\"n\">" << e.counts.notes
            << "</td><td>" << status_word(e.status, lang) << "</td></tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
}

void write_rules(std::ostream& out, const Summary& s, Lang lang) {
    if (s.rules.empty()) return;
    out << "<h3>" << pick(lang, "各规则的问题数", "Rules that fired") << "</h3>\n<div class=\"scroll\"><table class=\"rules\">\n"
        << "<thead><tr><th scope=\"col\">" << pick(lang, "规则", "Rule") << "</th><th scope=\"col\">" << pick(lang, "说明", "What it checks")
        << "</th><th scope=\"col\">" << pick(lang, "问题数", "Findings") << "</th><th scope=\"col\">" << pick(lang, "文件数", "Files")
        << "</th></tr></thead>\n<tbody>\n";
    for (const Summary::RuleCount& c : s.rules) {
        const RuleInfo* info = find_rule(c.rule);
        out << "<tr><th scope=\"row\"><code>" << text(c.rule) << "</code></th><td>"
            << (info ? text(lang == Lang::en ? info->summary_en : info->summary_zh) : std::string()) << "</td><td class=\"n\">"
            << c.findings << "</td><td class=\"n\">" << c.files << "</td></tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
}

}  // namespace

void write_index(std::ostream& out, std::span<const IndexEntry> entries, const RunEnd& end, bool baseline, Lang lang) {
    std::ostringstream summary;
    write_summary_line(summary, end.summary, baseline ? std::optional(end.suppressed) : std::nullopt, lang);
    std::string line = summary.str();
    if (!line.empty() && line.back() == '\n') line.pop_back();
    out << "<nav id=\"index\" aria-labelledby=\"index-h\">\n<h2 id=\"index-h\">" << pick(lang, "索引", "Index") << "</h2>\n"
        << "<p class=\"summary\">" << text(line) << "</p>\n";
    if (!entries.empty()) {
        write_filters(out, entries, lang);
        write_files(out, entries, lang);
    }
    write_rules(out, end.summary, lang);
    if (!end.stale.empty()) {
        out << "<h3>" << pick(lang, "基线中已不再出现的项", "Baseline entries that no longer occur") << "</h3>\n<ul>\n";
        for (const BaselineEntry& b : end.stale)
            out << "<li>" << text(b.path) << ": note: "
                << pick(lang, "基线中的这一项已不再出现，可以从基线中删除：", "no longer occurs, can be removed from the baseline: ")
                << text(b.message) << " [" << text(b.rule) << "]</li>\n";
        out << "</ul>\n";
    }
    out << "</nav>\n";
}

}  // namespace xxgk::detail::html
