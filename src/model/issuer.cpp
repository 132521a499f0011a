// Title, year and issuer as a person reads them: the title first, then a crawler's field lines
// (标题: 来源:), the overview's opening year, and last the signature at the end (issuer, date).
#include <algorithm>
#include <array>

#include "labels/text.hpp"
#include "model/parts.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

// A title is one short line (a 10 MB line of text is no title); a body's name and a
// signature's date line are shorter still.
constexpr std::size_t kMaxTitleBytes = 1024;
constexpr std::size_t kMaxNameBytes = 120;
constexpr std::size_t kMaxDateLineBytes = 200;

// The three patterns below are scanned by hand: as std::regex they were an eighth of a text
// report's check (a lazy group tried at every byte, the rest of the pattern at each), and
// libstdc++'s matcher recurses once per character. Each scanner finds what the pattern it
// replaced found, in the same order: "space" is ASCII white space, and nothing but a space
// crosses a line end.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
bool is_line_end(char c) { return c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

bool at(std::string_view s, std::size_t i, std::string_view what) { return i <= s.size() && s.substr(i).starts_with(what); }

constexpr std::size_t kNone = std::string_view::npos;

// Where `word` ends when it stands at `i`; kNone otherwise.
std::size_t past(std::string_view s, std::size_t i, std::string_view word) { return at(s, i, word) ? i + word.size() : kNone; }

// 19xx or 20xx at `i`.
bool year_digits_at(std::string_view s, std::size_t i) {
    return i + 4 <= s.size() && ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) &&
           is_digit(s[i + 2]) && is_digit(s[i + 3]);
}

// A year written with 年 after it, or the bare 4 digits when conversion lost 年: the first
// 19xx or 20xx followed by spaces and 年.
std::optional<int> find_year(std::string_view text) {
    if (text.size() > kMaxTitleBytes) return std::nullopt;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i)
        if (year_digits_at(text, i) && at(text, skip_spaces(text, i + 4), "年"))
            return (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    return std::nullopt;
}

// What follows the body's name in a title, from `k`: a year (2020年, 2020 年度) or none, spaces,
// 政府 or not, 信息公开 or 政务公开, and further on the same line 年度报告 or 年报.
bool title_rest_at(std::string_view s, std::size_t k) {
    std::size_t after_year[3];
    int n = 0;
    if (const std::size_t j = year_digits_at(s, k) ? past(s, skip_spaces(s, k + 4), "年") : kNone; j != kNone) {
        if (const std::size_t du = past(s, j, "度"); du != kNone) after_year[n++] = du;
        after_year[n++] = j;
    }
    after_year[n++] = k;
    // Where 信息公开 or 政务公开 at `p` ends; kNone when neither stands there.
    auto disclosure = [&](std::size_t p) {
        const std::size_t q = past(s, p, "信息公开");
        return q != kNone ? q : past(s, p, "政务公开");
    };
    for (int y = 0; y < n; ++y) {
        std::size_t p = skip_spaces(s, after_year[y]);
        if (const std::size_t q = past(s, p, "政府"); q != kNone && disclosure(q) != kNone) p = q;
        const std::size_t rest = disclosure(p);
        if (rest == kNone) continue;
        std::string_view line = s.substr(rest);
        line = line.substr(0, line.find_first_of("\n\r"));
        if (line.find("年度报告") != std::string_view::npos || line.find("年报") != std::string_view::npos) return true;
    }
    return false;
}

// The body a normalized title names: what stands before 政府信息公开…年度报告, without the
// year some titles put first (2020年某区人民政府办公室…): the shortest name after a leading
// 2020年度, else after 2020年, else from the start, that the rest of a title follows.
std::optional<std::string> find_issuer(std::string_view title) {
    if (title.size() > kMaxTitleBytes) return std::nullopt;
    std::size_t starts[3];
    int n = 0;
    if (const std::size_t j = year_digits_at(title, 0) ? past(title, 4, "年") : kNone; j != kNone) {
        if (const std::size_t du = past(title, j, "度"); du != kNone) starts[n++] = du;
        starts[n++] = j;
    }
    starts[n++] = 0;
    for (int i = 0; i < n; ++i) {
        for (std::size_t k = starts[i];; ++k) {
            if (title_rest_at(title, k)) {
                std::string issuer(trim(title.substr(starts[i], k - starts[i])));
                if (issuer.empty()) return std::nullopt;
                return issuer;
            }
            if (k >= title.size() || is_line_end(title[k])) break;
        }
    }
    return std::nullopt;
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

// A signature's date: the words before it, its year and month.
struct Dated {
    std::string before;
    int year = 0, month = 0;
};

// The length of the date digit at `i` (0-9, 〇, 零, 一 … 十), 0 for none.
std::size_t date_digit_at(std::string_view s, std::size_t i) {
    if (i < s.size() && is_digit(s[i])) return 1;
    for (std::string_view d : {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
        if (at(s, i, d)) return d.size();
    return 0;
}

// Up to `most` date digits from `i`: where they end, `i` for none.
std::size_t date_digits(std::string_view s, std::size_t i, int most) {
    for (std::size_t n; most-- > 0 && (n = date_digit_at(s, i)) > 0;) i += n;
    return i;
}

// The date from `k` to the end of the line: spaces, 4 digits, 年, 1 to 3 digits, 月, and 1 to 3
// digits and 日 or not, spaces between them; its year and month as written.
bool date_rest_at(std::string_view s, std::size_t k, std::string_view& year, std::string_view& month) {
    std::size_t i = skip_spaces(s, k);
    const std::size_t year_start = i;
    for (int d = 0; d < 4; ++d) {
        const std::size_t n = date_digit_at(s, i);
        if (n == 0) return false;
        i += n;
    }
    year = s.substr(year_start, i - year_start);
    if ((i = past(s, skip_spaces(s, i), "年")) == kNone) return false;
    i = skip_spaces(s, i);
    const std::size_t month_end = date_digits(s, i, 3);
    if (month_end == i) return false;
    month = s.substr(i, month_end - i);
    if ((i = past(s, skip_spaces(s, month_end), "月")) == kNone) return false;
    i = skip_spaces(s, i);
    if (i == s.size()) return true;
    const std::size_t day_end = date_digits(s, i, 3);
    if (day_end == i) return false;
    return past(s, skip_spaces(s, day_end), "日") == s.size();
}

// A signature's date line, `2023年1月18日` or `石埠县…局 二〇二三年一月十八日`: what stands
// before the date (the shortest that leaves a date to the end), and the year and month; null
// when the line does not end with a date.
std::optional<Dated> dated_line(std::string_view line) {
    if (line.size() > kMaxDateLineBytes) return std::nullopt;
    std::string_view year_text, month_text;
    for (std::size_t k = 0;; ++k) {
        if (date_rest_at(line, k, year_text, month_text)) {
            const auto year = date_number(year_text, true), month = date_number(month_text, false);
            if (!year || !month || *year < 1990 || *year > 2100 || *month < 1 || *month > 12) return std::nullopt;
            return Dated{std::string(trim(line.substr(0, k))), *year, *month};
        }
        if (k >= line.size() || is_line_end(line[k])) return std::nullopt;
    }
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
