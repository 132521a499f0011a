// Flattened text: a crawler stripped the tags with no separator, so a table row is its label
// and one run of glued digits (table 三's first row label, then `713000074`). The template's
// words locate headings, tables and labels; split.cpp cuts the runs back into cells, with
// the template's sums where the number format alone does not decide, and never guesses.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "readers/flat/text.hpp"
#include "xxgk/readers.hpp"

namespace xxgk::flat {

std::string_view trimmed(std::string_view s, std::size_t* lead) {
    std::size_t a = 0, b = s.size();
    while (a < b && is_space(at(s, a))) a = next(s, a);
    for (std::size_t i = a; i < s.size(); i = next(s, i))
        if (!is_space(at(s, i))) b = next(s, i);
    if (lead) *lead = a;
    return s.substr(a, b > a ? b - a : 0);
}

std::string one_line(std::string_view s) {
    // Runs of real tables are tens of digits; a megabyte-long run is shown by its start only,
    // or every cell of its row and every message about it would copy all of it.
    constexpr std::size_t kMaxShown = 200;
    std::string out;
    for (std::size_t i = 0; i < s.size(); i = next(s, i)) {
        if (out.size() >= kMaxShown) {
            out += "…";
            break;
        }
        if (!is_space(at(s, i)))
            out += s.substr(i, next(s, i) - i);
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return std::string(trimmed(out));
}

DocCell cell(const Text& t, std::size_t from, std::size_t to) {
    std::size_t lead = 0;
    std::string_view text = trimmed(t.src.substr(from, to - from), &lead);
    return {std::string(text), t.pos(from + lead)};
}

void add_paragraph(const Text& t, std::size_t from, std::size_t to, Document& doc) {
    DocCell c = cell(t, from, to);
    static constexpr std::array<std::string_view, 5> kChrome = {"附件下载", "打印本页", "关闭窗口",
                                                                "【打印本页】", "【关闭窗口】"};
    std::string norm = normalize_label(c.text);
    if (c.text.empty() || std::find(kChrome.begin(), kChrome.end(), norm) != kChrome.end()) return;
    if (c.text.size() > 12 && c.text.ends_with("附件下载")) c.text.resize(c.text.size() - 12);
    Block b;
    b.paragraph = Paragraph{c.text, c.pos};
    doc.blocks.push_back(std::move(b));
}

// Prose: a paragraph per line. A crawler's header line (标题:… 发布时间:… 原文链接:…) is page
// chrome: its title becomes a paragraph of its own, so the model finds the report's title.
void add_prose(const Text& t, std::size_t from, std::size_t to, Document& doc) {
    for (std::size_t a = from; a < to;) {
        std::size_t b = std::min(to, t.src.find('\n', a));
        std::string_view line = t.src.substr(a, b - a);
        std::size_t title = line.starts_with("标题:") ? 7 : line.starts_with("标题：") ? 9 : 0;
        if (title > 0) {
            std::size_t end = title;
            while (end < line.size() && !is_space(at(line, end))) end = next(line, end);
            add_paragraph(t, a + title, a + end, doc);
            add_paragraph(t, a + end, b, doc);
        } else {
            add_paragraph(t, a, b, doc);
        }
        a = b + 1;
    }
}

std::vector<Pair> pairs(const Text& t, std::size_t from, std::size_t to, bool money) {
    const std::string_view s = t.src.substr(0, to);
    std::vector<Pair> out;
    std::size_t label = from;
    for (std::size_t i = from; i < to;) {
        if (!is_digit(at(s, i)) && !(is_sign(at(s, i)) && is_digit(at(s, next(s, i))))) {
            i = next(s, i);
            continue;
        }
        std::size_t end = i, last = i, before_last = i;  // last: where the last digit starts
        for (std::size_t j = i; j < to;) {
            const char32_t c = at(s, j);
            std::size_t k = next(s, j);
            const std::size_t unit = !money                            ? 0
                                     : s.substr(j).starts_with("万元") ? 6
                                     : s.substr(j).starts_with("元")   ? 3
                                                                       : 0;
            if (is_digit(c)) {
                before_last = end;
                last = j;
                end = k;
            } else if (unit > 0 && end == j) {
                end = k = j + unit;
            } else if (!is_space(c) && !is_sign(c) && !(money && c == '.' && is_digit(at(s, k)))) {
                break;
            }
            j = k;
        }
        std::size_t next_label = end;
        if (is_item_mark(at(s, end)) && !is_digit(at(s, next(s, end)))) {
            next_label = last;
            end = before_last;
        }
        if (end > i) {
            out.push_back({label, i, end});
            label = next_label;
        }
        i = next(s, std::max(end, next_label));
    }
    if (trimmed(t.src.substr(label, to - label)).size() > 0) out.push_back({label, to, to});
    return out;
}

std::vector<Range> pieces(const Text& t, std::size_t from, std::size_t to) {
    static constexpr std::u32string_view kNumerals = U"一二三四五六七";
    const std::string_view s = t.src;
    std::vector<Range> out;
    std::size_t start = from;
    char32_t prev = 0;
    for (std::size_t i = from; i <= to; i = next(s, i)) {
        const char32_t c = at(s, i), c1 = at(s, next(s, i)), c2 = at(s, next(s, next(s, i)));
        const bool mark =
            i == to ||
            ((c == U'（' || c == '(') && kNumerals.find(c1) != npos && (c2 == U'）' || c2 == ')')) ||
            (kNumerals.find(c) < 4 && c1 == U'、') || (is_digit(c) && !is_digit(prev) && is_item_mark(c1));
        if (mark && !trimmed(s.substr(start, i - start)).empty()) out.emplace_back(start, i);
        if (mark) start = i;
        prev = c;
        if (i == to) break;
    }
    return out;
}

Split split(const Text& t, std::string_view run, const SplitRules& rules, std::size_t max_readings) {
    Split out = split_run(run, rules, max_readings, std::min(Text::kRunSplitSteps, t.split_steps));
    t.split_steps -= out.steps;
    return out;
}

std::string_view unsplit_because(const Split& split) {
    return split.max_steps < Text::kRunSplitSteps
               ? " was not split: the runs before it used up the work allowed for one document"
               : " is too long to split";
}

std::string_view unsplit_because_zh(const Split& split) {
    return split.max_steps < Text::kRunSplitSteps ? "没有拆分：前面的连写数字已用完一份文档允许的计算量"
                                                  : "太长，无法拆分";
}

void push_table(DocTable table, Document& doc) {
    if (table.rows.empty()) return;
    Block b;
    b.kind = Block::Kind::table;
    b.table = std::move(table);
    doc.blocks.push_back(std::move(b));
}

std::vector<DocCell> unreadable_cells(const Text& t, const Pair& p, std::size_t count) {
    DocCell c{one_line(t.src.substr(p.run, p.end - p.run)), t.pos(p.run)};
    c.run_together = true;
    return std::vector<DocCell>(count, c);
}

std::vector<DocCell> number_cells(const Text& t, const Pair& p, const Reading& reading) {
    std::vector<DocCell> out;
    for (const auto& n : reading) out.push_back({n.text, t.pos(p.run + n.offset)});
    return out;
}

namespace {

struct Span {
    std::size_t begin = 0, end = 0;
    int table = 0;  // 2, 3, 4; 0: a section heading
};

// Section headings, in order: 一、…情况 with the section's word in it and no number but a
// year. In flat text a heading runs on into its prose, so it ends at 情况 or 事项.
std::vector<Span> headings(const Text& t) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSections = {
        {{"一、", "总体情况"},
         {"二、", "主动公开"},
         {"三、", "申请"},
         {"四、", "复议|诉讼"},
         {"五、", "问题|改进"},
         {"六、", "其他"}}};
    std::vector<Span> out;
    std::size_t from = 0;
    for (auto [numeral, words] : kSections) {
        for (std::size_t p = t.find(numeral, from); p != npos; p = t.find(numeral, p + 1)) {
            std::string head = t.norm(p, p + 150);
            const std::size_t e = std::min(head.find("情况"), head.find("事项"));
            if (e == npos) continue;
            head.resize(e + 6);
            bool ok = false;
            for (std::string_view w = words; !w.empty();) {
                const std::size_t bar = std::min(w.find('|'), w.size());
                ok = ok || contains(head, w.substr(0, bar));
                w.remove_prefix(std::min(bar + 1, w.size()));
            }
            for (std::size_t i = 0; i < head.size() && ok; ++i)
                if (is_digit(head[i]) && !is_digit(head[i + 1])) ok = head.compare(i + 1, 3, "年") == 0;
            if (!ok) continue;
            out.push_back({p, t.end_at(p, e + 5), 0});
            from = out.back().end;
            break;
        }
    }
    return out;
}

// Where each table starts, found by its internal anchors: 第二十条第（一）项 just before
// 信息内容; the note （本列数据的勾稽关系…） or 申请人情况; the header before 未经复议直接起诉.
std::vector<Span> tables(const Text& t) {
    std::vector<Span> out;
    for (std::size_t p = t.find("第二十条第(", 0); p != npos; p = t.find("第二十条第(", p + 1)) {
        if (std::size_t info = t.find("信息内容", p); info != npos && info - p < 90) {
            out.push_back({p, p, 2});
            break;
        }
    }
    std::size_t three = std::min(t.find("勾稽关系", 0), t.find("申请人情况", 0));
    if (three != npos) {
        const std::size_t bracket = t.rfind("(", three > 40 ? three - 40 : 0, three);
        out.push_back({bracket != npos ? bracket : three, 0, 3});
    } else if (std::size_t first = t.find(application_row_fragment("new_received"), 0); first != npos) {
        const std::size_t numeral = t.rfind("一、", first > 12 ? first - 12 : 0, first);
        out.push_back({numeral != npos ? numeral : first, 0, 3});
    }
    std::size_t four = std::min(t.find("未经复议直接起诉", 0), t.find("复议后起诉", 0));
    if (four != npos) {
        const std::size_t header = t.rfind("行政复议", out.empty() ? 0 : out.back().begin, four);
        out.push_back({header != npos ? header : four, 0, 4});
    }
    return out;
}

}  // namespace
}  // namespace xxgk::flat

namespace xxgk {

Result<Document> read_flat_text(const SourceText& source) {
    using namespace flat;
    const Text t(source.text);
    const std::vector<Span> heads = headings(t);
    std::vector<Span> spans = heads;
    for (Span table : tables(t)) {
        for (const Span& h : heads)
            if (h.begin <= table.begin && table.begin < h.end) table.begin = h.end;
        spans.push_back(table);
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    Document doc;
    std::size_t cursor = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span& s = spans[i];
        if (s.begin < cursor) continue;  // inside a table already read
        add_prose(t, cursor, s.begin, doc);
        if (s.table == 0) {
            add_paragraph(t, s.begin, s.end, doc);
            cursor = s.end;
            continue;
        }
        const std::size_t limit = i + 1 < spans.size() ? spans[i + 1].begin : t.src.size();
        Result<std::size_t> end = s.table == 2   ? Result<std::size_t>(read_active(t, s.begin, limit, doc))
                                  : s.table == 3 ? read_applications(t, s.begin, limit, doc)
                                                 : read_review(t, s.begin, limit, doc);
        if (!end) return end.error();
        cursor = end.value();
    }
    add_prose(t, cursor, t.src.size(), doc);
    return doc;
}

}  // namespace xxgk
