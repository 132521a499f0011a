// The six sections by their headings; title, year and issuer from the first lines.
#include <array>
#include <regex>

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

// A title is one short line. libstdc++'s std::regex recurses once per character it matches,
// so a longer line (a 10 MB line of text) would overflow the stack: it is no title.
constexpr std::size_t kMaxTitleBytes = 1024;

// A year written with 年 after it, or the bare 4 digits when conversion lost 年.
std::optional<int> find_year(std::string_view text) {
    if (text.size() > kMaxTitleBytes) return std::nullopt;
    static const std::regex year_re("(20[0-9]{2}|19[0-9]{2})\\s*年");
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_search(text.begin(), text.end(), m, year_re)) return std::stoi(m[1].str());
    return std::nullopt;
}

std::optional<std::string> find_issuer(std::string_view title) {
    if (title.size() > kMaxTitleBytes) return std::nullopt;
    static const std::regex issuer_re(
        "^(.*?)(?:(?:19|20)[0-9]{2}\\s*年(?:度)?)?\\s*(?:政府)?(?:信息公开|政务公开).*(?:年度报告|年报)");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(title.begin(), title.end(), m, issuer_re)) return std::nullopt;
    std::string issuer(trim(m[1].str()));
    if (issuer.empty()) return std::nullopt;
    return issuer;
}

// The issuer a title line names, matched on its normalized form so that a traditional-script
// copy names the same issuer. Too long a line is no title, told from its printed length
// before any work on it (a 10 MB line of spaces normalizes to nothing, slowly).
std::optional<std::string> issuer_of_title(std::string_view line) {
    if (line.size() > kMaxTitleBytes) return std::nullopt;
    return find_issuer(normalize_label(line));
}

}  // namespace

std::string section_key(std::string_view norm, int* number) {
    if (norm.size() > kMaxHeadingBytes) return "";
    const std::span<const SectionSpec> sections = template_sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const SectionSpec& spec = sections[i];
        if (!starts_with(norm, spec.numeral)) continue;
        std::string_view rest = norm.substr(spec.numeral.size());
        if (!starts_with(rest, "、") && !starts_with(rest, ".")) continue;
        for (auto kw : spec.keywords) {
            if (!kw.empty() && contains(rest, kw)) {
                if (number) *number = static_cast<int>(i) + 1;
                return std::string(spec.key);
            }
        }
    }
    return "";
}

// Page chrome around a published report: breadcrumbs before it, toolbars and attachments after.
bool is_chrome(std::string_view norm) {
    static const std::vector<std::string> prefixes = [] {
        std::vector<std::string> out;
        for (std::string_view p : {"当前位置", "您所在的位置", "您的位置", "首页>", "附件下载", "附件:", "【打印】",
                                   "【关闭】", "打印本页", "关闭窗口", "扫一扫", "分享到"})
            out.push_back(normalize_label(p));
        return out;
    }();
    for (const std::string& p : prefixes)
        if (starts_with(norm, p)) return true;
    return false;
}

void build_sections(const Document& doc, Report& report) {
    Section* current = nullptr;
    bool after_report = false;  // past the chrome that follows the last section
    for (const auto& block : doc.blocks) {
        if (block.kind != Block::Kind::paragraph) continue;
        const Paragraph& p = block.paragraph;
        std::string_view text = trim(p.text);
        if (text.empty()) continue;
        int number = 0;
        // Enough of it for the chrome prefixes and section_key; prose runs to kilobytes.
        const std::string norm = normalize_label_prefix(text, kMaxHeadingBytes);
        if (is_chrome(norm)) {
            after_report = current != nullptr;
            continue;
        }
        std::string key = section_key(norm, &number);
        if (!key.empty()) {
            after_report = false;
            report.sections.push_back(Section{number, key, std::string(text), p.pos, ""});
            current = &report.sections.back();
        } else if (current) {
            if (after_report) continue;
            if (!current->text.empty()) current->text += '\n';
            current->text += text;
            current->paragraphs.push_back(p);
        } else if (report.title.empty() ||
                   (!issuer_of_title(report.title) && issuer_of_title(text))) {
            // The title is the first line before the report, unless a later one names it better.
            report.title = std::string(text);
        }
    }
    report.year = find_year(report.title);
    report.issuer = issuer_of_title(report.title);
    // Titles often omit the year; the overview then opens with it ("2020年，…").
    if (!report.year) {
        for (const auto& s : report.sections) {
            if (s.key != "overview") continue;
            std::string_view first = std::string_view(s.text).substr(0, s.text.find('\n'));
            std::size_t pos = first.find("年");
            if (pos == 4) report.year = find_year(first.substr(0, pos + 3));
        }
    }
}

}  // namespace xxgk::detail
