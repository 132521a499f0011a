// The six sections by their headings; the lines around them for the title, year and issuer.
#include <array>
#include <deque>

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

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
    std::vector<std::string_view> front;  // the lines before the first section
    std::deque<std::string_view> tail;    // the last lines of the report, for its signature
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
            continue;
        }
        if (after_report) continue;
        tail.push_back(text);
        if (tail.size() > kSignatureLines) tail.pop_front();
        if (current) {
            if (!current->text.empty()) current->text += '\n';
            current->text += text;
            current->paragraphs.push_back(p);
        } else {
            front.push_back(text);
        }
    }
    std::string_view opening;
    for (const auto& s : report.sections)
        if (s.key == "overview") opening = std::string_view(s.text).substr(0, s.text.find('\n'));
    read_title_issuer_year(front, opening, {tail.begin(), tail.end()}, report);
}

}  // namespace xxgk::detail
