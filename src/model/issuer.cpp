// Title, year and issuer as a person reads them: the title first, then a crawler's field lines
// (标题: 来源:), the overview's opening year, and last the signature at the end (issuer, date).
#include <algorithm>
#include <array>
#include <regex>

#include "labels/text.hpp"
#include "model/parts.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

// A title is one short line. libstdc++'s std::regex recurses once per character it matches,
// so a longer line (a 10 MB line of text) would overflow the stack: it is no title.
constexpr std::size_t kMaxTitleBytes = 1024;
// A body's name and a signature's date line are shorter still.
constexpr std::size_t kMaxNameBytes = 120;
constexpr std::size_t kMaxDateLineBytes = 200;

// A year written with 年 after it, or the bare 4 digits when conversion lost 年.
std::optional<int> find_year(std::string_view text) {
    if (text.size() > kMaxTitleBytes) return std::nullopt;
    static const std::regex year_re("(20[0-9]{2}|19[0-9]{2})\\s*年");
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_search(text.begin(), text.end(), m, year_re)) return std::stoi(m[1].str());
    return std::nullopt;
}

// The body a normalized title names: what stands before 政府信息公开…年度报告, without the
// year some titles put first (2020年某区人民政府办公室…).
std::optional<std::string> find_issuer(std::string_view title) {
    if (title.size() > kMaxTitleBytes) return std::nullopt;
    static const std::regex issuer_re(
        "^(?:(?:19|20)[0-9]{2}年(?:度)?)?(.*?)(?:(?:19|20)[0-9]{2}\\s*年(?:度)?)?\\s*(?:政府)?(?:信息公开|政务公开).*(?:年度报告|年报)");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(title.begin(), title.end(), m, issuer_re)) return std::nullopt;
    std::string issuer(trim(m[1].str()));
    if (issuer.empty()) return std::nullopt;
    return issuer;
}

// Matched on the normalized line, so that a traditional-script copy names the same issuer. Too
// long a line is no title, told from its printed length before any work on it.
std::optional<std::string> issuer_of_title(std::string_view line) {
    if (line.size() > kMaxTitleBytes) return std::nullopt;
    return find_issuer(normalize_label(line));
}

// A crawler's field line, `标题: …` or `来源：… 发布时间：…`: the field's name and its value up to
// the next space (the next field); empty name for any other line.
struct Field {
    std::string_view name, value;
};
Field field_of(std::string_view line) {
    static constexpr std::array<std::string_view, 12> kNames = {
        "标题", "来源", "信息来源", "文章来源", "发布机构", "发文机关",
        "发布时间", "发布日期", "成文日期", "浏览次数", "原文链接", "索引号"};
    for (std::string_view name : kNames) {
        if (!line.starts_with(name)) continue;
        std::string_view rest = trim(line.substr(name.size()));
        for (std::string_view colon : {":", "："}) {
            if (!rest.starts_with(colon)) continue;
            rest = trim(rest.substr(colon.size()));
            std::size_t end = 0;
            while (end < rest.size()) {
                std::size_t next = end;
                if (is_space_code_point(next_code_point(rest, next))) break;
                end = next;
            }
            // A title keeps its spaces; a short field ends at the next one.
            return {name, name == "标题" ? rest : rest.substr(0, end)};
        }
    }
    return {};
}

// A body's name, as a field or a signature gives it: short, no digits or sentence punctuation,
// ending as bodies do (局, 办公室, 人民政府, …). "本站" or "某市人民政府网" is no issuer.
bool looks_like_body(const std::string& name) {
    if (name.size() < 6 || name.size() > kMaxNameBytes) return false;
    for (std::string_view bad : {"。", "，", ",", "；", ";", ":", "：", "、", "http"})
        if (contains(name, bad)) return false;
    if (name.ends_with("网") || name.ends_with("网站")) return false;
    for (char c : name)
        if (c >= '0' && c <= '9') return false;
    static constexpr std::array<std::string_view, 22> kEnds = {
        "局", "办", "室", "委", "会", "府", "院", "馆", "中心", "厅", "所", "处",
        "站", "部", "署", "团", "社", "队", "司", "行", "办事处", "街道"};
    for (std::string_view end : kEnds)
        if (name.ends_with(end)) return true;
    return false;
}

// The number a date writes with digits or with 〇一二…: a year digit by digit, a month as 一
// to 十二. Null when it is neither.
std::optional<int> date_number(std::string_view text, bool year) {
    static constexpr std::array<std::string_view, 11> kDigits = {"〇", "一", "二", "三", "四", "五",
                                                                 "六", "七", "八", "九", "零"};
    if (text.empty()) return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return text.size() <= 4 ? std::optional<int>(std::stoi(std::string(text))) : std::nullopt;
    int n = 0;
    if (!year && text.starts_with("十")) {  // 十, 十一, 十二
        n = 10;
        text.remove_prefix(std::string_view("十").size());
    }
    while (!text.empty()) {
        std::size_t d = 0;
        while (d < kDigits.size() && !text.starts_with(kDigits[d])) ++d;
        if (d == kDigits.size()) return std::nullopt;
        n = year ? n * 10 + static_cast<int>(d % 10) : n + static_cast<int>(d % 10);
        text.remove_prefix(kDigits[d].size());
    }
    return n;
}

// A signature's date line, `2023年1月18日` or `石埠县…局 二〇二三年一月十八日`: what stands
// before the date, and the year and month; null when the line does not end with a date.
struct Dated {
    std::string before;
    int year = 0, month = 0;
};
std::optional<Dated> dated_line(std::string_view line) {
    if (line.size() > kMaxDateLineBytes) return std::nullopt;
    // Alternatives, not a bracket: std::regex reads a bracket byte by byte, not by character.
    const std::string d = "(?:[0-9]|〇|零|一|二|三|四|五|六|七|八|九|十)";
    static const std::regex date_re("^(.*?)\\s*(" + d + "{4})\\s*年\\s*(" + d + "{1,3})\\s*月\\s*(?:" + d + "{1,3}\\s*日)?$");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(line.begin(), line.end(), m, date_re)) return std::nullopt;
    const auto year = date_number(m[2].str(), true), month = date_number(m[3].str(), false);
    if (!year || !month || *year < 1990 || *year > 2100 || *month < 1 || *month > 12) return std::nullopt;
    return Dated{std::string(trim(m[1].str())), *year, *month};
}

}  // namespace

void read_title_issuer_year(const std::vector<std::string_view>& front, std::string_view overview_opening,
                            const std::vector<std::string_view>& tail, Report& report) {
    std::string title_field, source_field;
    for (std::string_view text : front) {
        const Field field = field_of(text);
        if (field.name == "标题") {
            if (title_field.empty()) title_field = std::string(field.value);
            continue;
        }
        const bool source = field.name == "来源" || field.name == "信息来源" || field.name == "文章来源" ||
                            field.name == "发布机构";
        if (source && source_field.empty() && field.value.size() <= kMaxNameBytes)
            source_field = normalize_label(field.value);
        // A line of fields (来源：… 发布时间：…) is no title, whatever field it opens with.
        if (!field.name.empty()) continue;
        // The title is the first line before the report, unless a later one names it better.
        if (report.title.empty() || (!issuer_of_title(report.title) && issuer_of_title(text)))
            report.title = std::string(text);
    }
    // A `标题:` field is the title only when no line of the page names the report better.
    if (!title_field.empty() &&
        (report.title.empty() || (!issuer_of_title(report.title) && issuer_of_title(title_field))))
        report.title = title_field;

    report.year = find_year(report.title);
    report.issuer = issuer_of_title(report.title);
    if (!report.issuer && looks_like_body(source_field)) report.issuer = source_field;
    // Titles often omit the year; the overview then opens with it ("2020年，…").
    if (!report.year) {
        std::size_t pos = overview_opening.find("年");
        if (pos == 4) report.year = find_year(overview_opening.substr(0, pos + 3));
    }
    // The signature: the issuer's name and the date, at the very end. A report is dated in the
    // first months after its year (they are due by the end of January): a date of 2023年1月 is
    // the report for 2022; a later date says nothing of the year.
    for (std::size_t i = tail.size(); i-- > 0;) {
        if (tail[i].size() > kMaxDateLineBytes) continue;  // prose, not a date (and not normalized whole)
        const std::optional<Dated> date = dated_line(normalize_label(tail[i]));
        if (!date) continue;
        if (!report.year && date->month <= 6) report.year = date->year - 1;
        std::string name = !date->before.empty()                        ? date->before
                           : i > 0 && tail[i - 1].size() <= kMaxNameBytes ? normalize_label(tail[i - 1])
                                                                          : "";
        if (!report.issuer && looks_like_body(name)) report.issuer = std::move(name);
        break;
    }
}

}  // namespace xxgk::detail
