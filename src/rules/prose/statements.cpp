// The prose against the tables: clauses, the keywords that bind a stated number to cells (in the
// same clause only), the numbers that never bind, and what the tables hold.
#include "rules/prose/statements.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "rules/prose/clause_place.hpp"
#include "rules/support.hpp"
#include "util/utf8.hpp"
#include "xxgk/identity.hpp"
#include "xxgk/template.hpp"

namespace xxgk::detail {
namespace {

bool has(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }
bool has_any(std::string_view text, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has(text, w); });
}

char32_t ascii_digit(char32_t cp) { return cp >= U'０' && cp <= U'９' ? cp - U'０' + U'0' : cp; }
bool is_digit(char32_t cp) { return ascii_digit(cp) >= U'0' && ascii_digit(cp) <= U'9'; }

// The numbers of a clause: the counts (N件, not N件次) and the years (NNNN年).
struct Numbers {
    std::vector<double> counts;
    std::vector<int> years;
    bool other = false;  // a number in another unit (条, 次, 元, %, …)
};

// Whether the bytes write a digit, ASCII or full-width (０-９ is EF BC 90-99): a clause without
// one states no number, and is told so without decoding it.
bool has_digit_bytes(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= '0' && b <= '9') return true;
        if (b == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
            static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99)
            return true;
    }
    return false;
}

Numbers numbers_of(std::string_view text) {
    Numbers out;
    std::u32string cps;
    for (std::size_t i = 0; i < text.size();) cps.push_back(util::next_code_point(text, i));
    for (std::size_t i = 0; i < cps.size();) {
        if (!is_digit(cps[i])) {
            ++i;
            continue;
        }
        std::string digits;
        while (i < cps.size() && (is_digit(cps[i]) || (cps[i] == U'.' && !digits.empty())))
            digits += static_cast<char>(ascii_digit(cps[i++]));
        const char32_t next = i < cps.size() ? cps[i] : 0, after = i + 1 < cps.size() ? cps[i + 1] : 0;
        if (digits.size() > 12)
            out.other = true;  // no count of a report has that many digits (and stod would overflow)
        else if (next == U'件' && after != U'次')
            out.counts.push_back(std::stod(digits));
        else if (next == U'年' && digits.size() == 4)
            out.years.push_back(std::stoi(digits));
        else
            out.other = true;
    }
    return out;
}

// The cells a statement binds to and how a message names them.
struct Binding {
    std::vector<std::string> cells;
    std::string what_zh, what_en;
    bool claim = false;
};

enum Subject { none = 0, review = 1, litigation = 2 };

int subject_of(std::string_view clause) {
    int s = none;
    if (has(clause, "复议")) s |= review;
    if (has(clause, "诉讼")) s |= litigation;
    return s;
}

std::string row_cell(std::string_view row, std::string_view column) { return application_cell(row, column); }

// The 总计 cells of the result rows of a group (不予公开: denied.*), in template order.
std::vector<std::string> group_totals(Template t, std::string_view group) {
    std::vector<std::string> out;
    for (const std::string& row : result_row_keys(t))
        if (row == group || (row.starts_with(group) && row.size() > group.size() && row[group.size()] == '.'))
            out.push_back(row_cell(row, "total"));
    return out;
}

struct GroupShape {
    std::string_view word;
    std::string_view group;  // the prefix of its rows
    std::string_view zh, en;
};
constexpr GroupShape kResultGroups[] = {
    {"不予公开", "denied", "表三「（三）不予公开」各行总计之和", "table 三, the totals of the rows of (三) not disclosed"},
    {"无法提供", "unable", "表三「（四）无法提供」各行总计之和", "table 三, the totals of the rows of (四) unable to provide"},
    {"不予处理", "not_processed", "表三「（五）不予处理」各行总计之和",
     "table 三, the totals of the rows of (五) not processed"},
    {"其他处理", "other", "表三「（六）其他处理」各行总计之和", "table 三, the totals of the rows of (六) other handling"},
};

struct ColumnShape {
    std::string_view word, column, en;
};
constexpr ColumnShape kApplicantShapes[] = {
    {"自然人", "natural_person", "natural person"},
    {"商业企业", "commercial_enterprise", "commercial enterprise"},
    {"科研机构", "research_institution", "research institution"},
    {"社会公益组织", "social_welfare_org", "social welfare organisation"},
    {"法律服务机构", "legal_service_org", "legal service organisation"},
};

std::optional<Binding> bind_review(std::string_view c, int subject) {
    static constexpr std::string_view groups[] = {"review", "litigation_direct", "litigation_after_review"};
    auto cells_of = [&](std::string_view cell, int which) {
        std::vector<std::string> out;
        for (int g = 0; g < 3; ++g)
            if ((g == 0 && (which & review)) || (g > 0 && (which & litigation)))
                out.push_back(fmt::format("review_litigation.{}.{}", groups[g], cell));
        return out;
    };
    auto where_zh = [](int which) {
        return which == review ? "表四「行政复议」" : which == litigation ? "表四两组行政诉讼" : "表四行政复议与两组行政诉讼";
    };
    auto where_en = [](int which) {
        return which == review ? "table 四, administrative review" : which == litigation ? "table 四, both groups of lawsuits"
                                                                               : "table 四, reviews and both groups of lawsuits";
    };
    // Claims: nothing but upheld, nothing pending.
    if (has_any(c, {"均获维持", "均被维持"})) {
        Binding b{{}, fmt::format("{}的结果纠正、其他结果和尚未审结", where_zh(subject)),
                  fmt::format("{}: corrected, other and pending", where_en(subject)), true};
        for (std::string_view cell : {"corrected", "other", "pending"})
            for (std::string& k : cells_of(cell, subject)) b.cells.push_back(std::move(k));
        return b;
    }
    if (has_any(c, {"均已结案", "均已审结"})) {
        return Binding{cells_of("pending", subject), fmt::format("{}的尚未审结", where_zh(subject)),
                       fmt::format("{}: pending", where_en(subject)), true};
    }
    static constexpr std::array<std::array<std::string_view, 3>, 4> results = {{{"结果维持", "upheld", "upheld"},
                                                                              {"结果纠正", "corrected", "corrected"},
                                                                              {"其他结果", "other", "other result"},
                                                                              {"尚未审结", "pending", "pending"}}};
    for (const auto& [word, cell, en] : results)
        if (has(c, word))
            return Binding{cells_of(cell, subject), fmt::format("{}「{}」", where_zh(subject), word),
                           fmt::format("{}, {}", where_en(subject), en)};
    // The totals: only where the clause names the kind of case itself.
    const int own = subject_of(c);
    if (own == (review | litigation) && !has(c, "共")) return std::nullopt;
    if (own == none) return std::nullopt;
    return Binding{cells_of("total", own), fmt::format("{}总计", where_zh(own)), fmt::format("{}, total", where_en(own))};
}

std::optional<Binding> bind(std::string_view c, int subject, Template t) {
    // Table 二: documents issued this year.
    if (has_any(c, {"主动公开", "制发", "新制作"})) {
        const std::string column = t == Template::t2019 ? "new_made" : "issued";
        const std::string_view col_zh = t == Template::t2019 ? "本年新制作数量" : "本年制发件数";
        if (has(c, "规范性文件"))
            return Binding{{"active_disclosure.art20_1.normative_documents." + column},
                           fmt::format("表二规范性文件「{}」", col_zh),
                           fmt::format("table 二, normative documents, {}", column == "issued" ? "issued" : "newly made")};
        if (has(c, "规章"))
            return Binding{{"active_disclosure.art20_1.regulations." + column}, fmt::format("表二规章「{}」", col_zh),
                           fmt::format("table 二, regulations, {}", column == "issued" ? "issued" : "newly made")};
        if (has(c, "制发") || has(c, "新制作")) return std::nullopt;
    }
    if (subject != none) return bind_review(c, subject);
    if (has_any(c, {"结转下年度", "结转下一年", "结转至下年度", "顺延到下年度", "顺延至下年度"}))
        return Binding{{row_cell("carried_forward", "total")}, "表三「四、结转下年度继续办理」总计",
                       "table 三, row 四 (carried forward), total"};
    if (has_any(c, {"上年结转", "上年度结转", "上一年度结转", "上一年结转"}))
        return Binding{{row_cell("carried_over", "total")}, "表三「二、上年结转政府信息公开申请数量」总计",
                       "table 三, row 二 (carried over), total"};
    if (has(c, "予以公开及部分公开") || has(c, "予以公开和部分公开"))
        return Binding{{row_cell("granted", "total"), row_cell("partially_granted", "total")},
                       "表三「（一）予以公开」与「（二）部分公开」的总计之和",
                       "table 三, the totals of (一) granted and (二) partially granted"};
    for (const GroupShape& g : kResultGroups)
        if (has(c, g.word)) return Binding{group_totals(t, g.group), std::string(g.zh), std::string(g.en)};
    if (has(c, "部分公开"))
        return Binding{{row_cell("partially_granted", "total")}, "表三「（二）部分公开」总计",
                       "table 三, (二) partially granted, total"};
    if (has(c, "予以公开"))
        return Binding{{row_cell("granted", "total")}, "表三「（一）予以公开」总计", "table 三, (一) granted, total"};
    if (has(c, "法人或其他组织")) {
        Binding b{{}, "表三「一、" + std::string(new_received_label()) + "」法人或其他组织五列之和",
                  "table 三, row 一 (new applications), the five columns of legal persons and other organisations"};
        for (std::size_t k = 1; k < 6; ++k) b.cells.push_back(row_cell("new_received", kApplicantColumns[k]));
        return b;
    }
    for (const ColumnShape& s : kApplicantShapes)
        if (has(c, s.word))
            return Binding{{row_cell("new_received", s.column)}, fmt::format("表三「一、{}」「{}」", new_received_label(), s.word),
                           fmt::format("table 三, row 一 (new applications), {}", s.en)};
    if ((has_any(c, {"受理", "收到", "接收"}) && has(c, "申请")) || has(c, "依申请公开"))
        return Binding{{row_cell("new_received", "total")}, "表三「一、" + std::string(new_received_label()) + "」总计",
                       "table 三, row 一 (new applications), total"};
    if (has_any(c, {"答复", "办结", "办理"}) && !has(c, "案件"))
        return Binding{{row_cell("results_total", "total")}, "表三「（七）总计」总计",
                       "table 三, row (七) total handled, total"};
    return std::nullopt;
}

// Never bound: changes, other topics that count 件 too.
bool never_bound(std::string_view c) {
    return has_any(c, {"同比", "较上年", "增长", "下降", "增加", "减少", "回落", "上升", "诉求", "信访", "热线", "清理",
                       "废止", "信息处理费", "建议", "提案"});
}

// A total of table 三 printed blank: the sum of its row's six columns stands for it.
struct Value {
    double sum = 0;
    bool checkable = true;
    bool table_read = true;  // the tables of every cell were found
    std::vector<std::string> blank_totals;
};

bool table_found(const Report& report, std::string_view key) {
    if (key.starts_with("applications.")) return report.applications.present;
    if (key.starts_with("review_litigation.")) return report.review.present;
    if (key.starts_with("active_disclosure.")) return report.active.present;
    return true;
}

Value value_of(const Report& report, const std::vector<std::string>& cells) {
    Value v;
    for (const std::string& key : cells) {
        v.table_read = v.table_read && table_found(report, key);
        const CellValue* cell = report.cell_at(key);
        if (!cell || cell->unreadable) {
            v.checkable = false;
            continue;
        }
        if (cell->blank && key.starts_with("applications.") && key.ends_with(".total")) {
            const std::string row = key.substr(13, key.size() - 13 - 6);
            for (std::size_t k = 0; k < 6; ++k) {
                const CellValue* c = report.cell_at(application_cell(row, kApplicantColumns[k]));
                if (!c || c->unreadable) v.checkable = false;
                else v.sum += c->value.value_or(0);
            }
            v.blank_totals.push_back(key);
            continue;
        }
        v.sum += cell->value.value_or(0);
    }
    return v;
}

// The clause without spaces, for its keywords and numbers: a line wrapped in the source leaves a
// space inside a word (予以公开及部分 公开).
std::string compact(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = util::next_code_point(text, i);
        if (cp != U' ' && cp != U'\t' && cp != U'\u3000' && cp != U'\u00a0') util::append_utf8(out, cp);
    }
    return out;
}

bool same(double a, double b) { return std::fabs(a - b) < 1e-9; }

// The other cells of the rows (table 三) or groups (table 四) a statement is bound to.
std::vector<std::string> neighbours(const std::vector<std::string>& cells) {
    std::vector<std::string> out;
    for (const std::string& key : cells) {
        const std::size_t dot = key.rfind('.');
        const std::string row = key.substr(0, dot);
        if (key.starts_with("applications.")) {
            for (std::string_view c : kApplicantColumns) out.push_back(row + "." + std::string(c));
        } else if (key.starts_with("review_litigation.")) {
            for (std::string_view c : kReviewCells) out.push_back(row + "." + std::string(c));
        }
    }
    std::erase_if(out, [&](const std::string& k) { return std::find(cells.begin(), cells.end(), k) != cells.end(); });
    return out;
}

}  // namespace

std::vector<Clause> clauses_of(const Paragraph& paragraph) {
    std::vector<Clause> out;
    const std::string_view text = paragraph.text;
    // A paragraph with lines (text, Markdown, HTML) counts lines and columns; one without (a
    // .docx, a PDF) places each clause by its code points within the paragraph.
    const bool has_lines = paragraph.pos.line > 0;
    int line = paragraph.pos.line, column = paragraph.pos.column > 0 ? paragraph.pos.column : 1;
    int index = 0, from = 0, to = 0;  // code points of the paragraph: the clause's first, past its last
    Clause current;
    bool sentence_start = true, after_number = false;
    auto flush = [&] {
        // Trim spaces at both ends; the clause starts where its first character stands.
        std::size_t b = current.text.find_first_not_of(" \t\u3000");
        if (b != std::string::npos) {
            std::string& t = current.text;
            while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
            if (!t.empty()) {
                current.sentence_start = sentence_start;
                if (!has_lines) current.pos = place_without_lines(paragraph, from, to);
                out.push_back(std::move(current));
                sentence_start = false;
            }
        }
        current = Clause{};
    };
    for (std::size_t i = 0; i < text.size(); ++index) {
        const char32_t cp = util::next_code_point(text, i);
        if (cp == U'\n') {
            ++line;
            column = 1;
            continue;
        }
        const bool ends = cp == U'。' || cp == U'；' || cp == U';' || cp == U'，' || cp == U',' ||
                          (cp == U'、' && after_number);
        if (ends) {
            flush();
            if (cp == U'。') sentence_start = true;
        } else if (!(current.text.empty() && (cp == U' ' || cp == U'\u3000' || cp == U'\t'))) {
            if (current.text.empty()) {
                current.pos = paragraph.pos;
                current.pos.line = line;
                current.pos.column = column;
                from = index;
            }
            util::append_utf8(current.text, cp);
            to = index + 1;
        }
        // 、 after a number (or a number and its unit) separates two statements.
        if (is_digit(cp)) after_number = true;
        else if (!(cp == U'件' || cp == U'项' || cp == U'个' || cp == U'条')) after_number = false;
        ++column;
    }
    flush();
    return out;
}

std::vector<ProseStatement> prose_statements(const Report& report) {
    std::vector<ProseStatement> out;
    if (report.layout == Template::unknown) return out;
    for (const Section& section : report.sections) {
        for (const Paragraph& paragraph : section.paragraphs) {
            int subject = none;  // 复议 / 诉讼 of the sentence so far: 其中… continues it
            for (const Clause& clause : clauses_of(paragraph)) {
                if (clause.sentence_start) subject = none;
                const std::string compacted = compact(clause.text);
                const std::string_view c = compacted;
                if (const int own = subject_of(c); own != none) subject = own;
                // Binding is for one count or a claim (均获维持, 均已结案…, all with 均): most clauses
                // are neither and are not matched against the keywords at all.
                if (!has_digit_bytes(c) && !has(c, "均")) continue;
                if (never_bound(c)) continue;
                const Numbers numbers = numbers_of(c);
                const bool other_year = std::any_of(numbers.years.begin(), numbers.years.end(), [&](int y) {
                    return !report.year || y != *report.year;
                });
                if (other_year && !has(c, "结转")) continue;
                if (numbers.counts.size() != 1 && !has(c, "均")) continue;
                std::optional<Binding> b = bind(c, subject, report.layout);
                if (!b || b->cells.empty()) continue;
                if (!b->claim && numbers.counts.size() != 1) continue;  // none, or which one?
                const Value v = value_of(report, b->cells);
                ProseStatement s;
                s.claim = b->claim;
                s.statement = {clause.text, clause.pos, b->claim ? 0 : numbers.counts.front(), b->cells, v.sum};
                s.what_zh = std::move(b->what_zh);
                s.what_en = std::move(b->what_en);
                if (!v.checkable) {
                    // Said once, where the table itself was read: a missing table is table-missing's.
                    if (v.table_read) {
                        s.verdict = Verdict::not_verified;
                        out.push_back(std::move(s));
                    }
                    continue;
                }
                const double stated = s.statement.stated;
                if (same(stated, v.sum)) {
                    s.verdict = Verdict::agrees;
                } else if (has(c, "代表")) {
                    s.verdict = Verdict::narrower_scope;
                } else if (b->cells == std::vector<std::string>{application_cell("new_received", "total")} &&
                           same(stated, v.sum + value_of(report, {application_cell("carried_over", "total")}).sum)) {
                    s.verdict = Verdict::counts_carried_over;
                } else {
                    s.verdict = Verdict::differs;
                }
                for (const std::string& key : v.blank_totals) {
                    const Report::CellRef ref = report.lookup(key);
                    s.also_zh += fmt::format("；{}为空白，按该行六列之和比较", cell_name_zh(key, ref.label));
                    s.also_en += fmt::format("; {} is blank: compared with its row's six columns", cell_name_en(key, ref.label));
                }
                if (s.verdict != Verdict::agrees && !s.claim) {
                    for (const std::string& key : neighbours(b->cells)) {
                        const Report::CellRef ref = report.lookup(key);
                        if (!ref.cell || !ref.cell->value || !same(*ref.cell->value, stated)) continue;
                        s.also_zh += fmt::format("；{} 等于{}", format_number(stated), cell_name_zh(key, ref.label));
                        s.also_en += fmt::format("; {} equals {}", format_number(stated), cell_name_en(key, ref.label));
                        break;
                    }
                }
                out.push_back(std::move(s));
            }
        }
    }
    return out;
}

const std::vector<ProseStatement>& statements_once(const Report& report) {
    return PerReport<std::vector<ProseStatement>>::get(report, [&] { return prose_statements(report); });
}

}  // namespace xxgk::detail
