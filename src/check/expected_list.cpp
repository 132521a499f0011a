// `--expect FILE`: the list of reports an office expects, read as strictly as a config file:
// a column or a value it does not know is an error naming the line, never a silent skip (a
// misspelt `aggregate` column would otherwise turn every aggregate check off).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "xxgk/expected.hpp"
#include "xxgk/labels.hpp"
#include "xxgk/rules.hpp"
#include "xxgk/source.hpp"

namespace xxgk {
namespace {

Error at_line(int line, const std::string& en, const std::string& zh) { return Error{en, line, zh}; }

std::string trim(std::string_view s) {
    const std::size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string_view::npos) return "";
    return std::string(s.substr(a, s.find_last_not_of(" \t\r") - a + 1));
}

// One CSV line (RFC 4180 quoting within the line: names hold no line breaks).
Result<std::vector<std::string>> split_fields(std::string_view line, int line_no) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c != '"') fields.back() += c;
            else if (i + 1 < line.size() && line[i + 1] == '"') fields.back() += line[++i];
            else quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    if (quoted) return at_line(line_no, "a quoted field is not closed on this line", "引号没有在本行闭合");
    for (std::string& f : fields) f = trim(f);
    return fields;
}

constexpr std::array<std::string_view, 4> kColumns = {"issuer", "year", "parent", "aggregate"};

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Column index of each known column in the header (-1: absent).
Result<std::array<int, 4>> read_header(const std::vector<std::string>& fields, int line) {
    std::array<int, 4> at{-1, -1, -1, -1};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name = lower(fields[i]);
        const auto known = std::ranges::find(kColumns, name);
        if (known == kColumns.end()) {
            const std::vector<std::string_view> names(kColumns.begin(), kColumns.end());
            const std::string_view near = nearest_name(name, names);
            const std::string hint_en = near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near);
            const std::string hint_zh = near.empty() ? "" : fmt::format("，是否想写 \"{}\"？", near);
            return at_line(line,
                           fmt::format("unknown column \"{}\" (the header is issuer,year[,parent][,aggregate]){}",
                                       fields[i], hint_en),
                           fmt::format("未知的列 \"{}\"（表头应为 issuer,year[,parent][,aggregate]）{}", fields[i],
                                       hint_zh));
        }
        const std::size_t k = static_cast<std::size_t>(known - kColumns.begin());
        if (at[k] >= 0)
            return at_line(line, fmt::format("the column \"{}\" appears twice", name),
                           fmt::format("列 \"{}\" 出现了两次", name));
        at[k] = static_cast<int>(i);
    }
    if (at[0] < 0 || at[1] < 0)
        return at_line(line, "the header must name the columns issuer and year (issuer,year[,parent][,aggregate])",
                       "表头必须有 issuer 和 year 两列（issuer,year[,parent][,aggregate]）");
    return at;
}

Result<std::optional<int>> read_year(const std::string& text, int line) {
    if (text == "*") return std::optional<int>{};
    const bool digits = text.size() == 4 && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || text < "1990" || text > "2099")
        return at_line(line, fmt::format("the year \"{}\" is neither a year such as 2023 nor *", text),
                       fmt::format("年度 \"{}\" 既不是 2023 这样的年份，也不是 *", text));
    return std::optional<int>{std::stoi(text)};
}

Result<bool> read_aggregate(const std::string& text, int line) {
    static const std::set<std::string, std::less<>> yes = {"yes", "y", "true", "1", "是"};
    static const std::set<std::string, std::less<>> no = {"", "no", "n", "false", "0", "否"};
    const std::string value = lower(text);
    if (yes.contains(value)) return true;
    if (no.contains(value)) return false;
    return at_line(line, fmt::format("aggregate is \"{}\": write yes, or leave it empty", text),
                   fmt::format("aggregate 列为 \"{}\"：应写 yes，或留空", text));
}

std::string year_text(const std::optional<int>& year) { return year ? std::to_string(*year) : "*"; }

// What the entries say together: no issuer twice for one year, every parent on the list, every
// aggregate with children.
std::optional<Error> check_entries(const ExpectedReports& list, const std::vector<std::string>& parents) {
    std::map<std::string, std::vector<const ExpectedEntry*>> by_key;
    for (const ExpectedEntry& e : list.entries) {
        for (const ExpectedEntry* other : by_key[e.key]) {
            if (other->year && e.year && *other->year != *e.year) continue;
            return at_line(e.line,
                           fmt::format("{} ({}) is on the list already, on line {} ({})", e.issuer, year_text(e.year),
                                       other->line, year_text(other->year)),
                           fmt::format("{}（{}）已在名单第 {} 行（{}）", e.issuer, year_text(e.year), other->line,
                                       year_text(other->year)));
        }
        by_key[e.key].push_back(&e);
    }
    std::vector<std::string_view> names;
    for (const ExpectedEntry& e : list.entries) names.push_back(e.issuer);
    for (std::size_t i = 0; i < list.entries.size(); ++i) {
        const ExpectedEntry& e = list.entries[i];
        if (e.parent_key.empty()) continue;
        if (e.parent_key == e.key)
            return at_line(e.line, fmt::format("{} names itself as its parent", e.issuer),
                           fmt::format("{} 把自己写成了上级", e.issuer));
        if (!by_key.contains(e.parent_key)) {
            const std::string_view near = nearest_name(parents[i], names);
            return at_line(e.line,
                           fmt::format("the parent \"{}\" is not an issuer of the list{}", parents[i],
                                       near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near)),
                           fmt::format("上级 \"{}\" 不在名单的发布机关中{}", parents[i],
                                       near.empty() ? "" : fmt::format("，是否想写 \"{}\"？", near)));
        }
    }
    for (const ExpectedEntry& e : list.entries) {
        if (!e.aggregate) continue;
        const bool children = std::ranges::any_of(list.entries, [&](const ExpectedEntry& c) { return c.parent_key == e.key; });
        if (!children)
            return at_line(e.line,
                           fmt::format("{} is an aggregate, but no issuer of the list names it as parent", e.issuer),
                           fmt::format("{} 标为汇总（aggregate），但名单中没有以它为上级的机关", e.issuer));
    }
    return std::nullopt;
}

}  // namespace

bool ExpectedReports::is_aggregate(const std::string& key, int year) const {
    return std::ranges::any_of(entries, [&](const ExpectedEntry& e) {
        return e.aggregate && e.key == key && (!e.year || *e.year == year);
    });
}

bool ExpectedReports::has_aggregate_parent(const std::string& key) const {
    for (const ExpectedEntry& e : entries) {
        if (e.key != key || e.parent_key.empty()) continue;
        if (std::ranges::any_of(entries, [&](const ExpectedEntry& p) { return p.aggregate && p.key == e.parent_key; }))
            return true;
    }
    return false;
}

Result<ExpectedReports> read_expected_reports(const std::string& path) {
    Result<std::string> bytes = read_side_file(path);
    if (!bytes) {
        const Error& e = bytes.error();
        return Error{"cannot read the expect list: " + e.message, 0,
                     "无法读取名单文件：" + (e.message_zh.empty() ? e.message : e.message_zh)};
    }
    const Error no_header = at_line(1, "no header: the first line must be issuer,year[,parent][,aggregate]",
                                    "没有表头：第一行应为 issuer,year[,parent][,aggregate]");
    if (bytes.value().empty()) return no_header;
    Result<SourceText> text = decode_source(path, bytes.value());
    if (!text) {
        const Error& e = text.error();
        return Error{"the expect list is not a text file: " + e.message, e.line,
                     "名单文件不是文本文件：" + (e.message_zh.empty() ? e.message : e.message_zh)};
    }
    ExpectedReports list;
    list.path = path;
    std::vector<std::string> parents;  // each entry's parent as spelt, for messages
    std::optional<std::array<int, 4>> columns;
    std::string_view rest = text->text;
    for (int line_no = 1; !rest.empty(); ++line_no) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        const std::string_view line = rest.substr(0, end);
        rest.remove_prefix(std::min(end + 1, rest.size()));
        const std::string bare = trim(line);
        if (bare.empty() || bare[0] == '#') continue;
        Result<std::vector<std::string>> fields = split_fields(line, line_no);
        if (!fields) return fields.error();
        if (!columns) {
            Result<std::array<int, 4>> header = read_header(fields.value(), line_no);
            if (!header) return header.error();
            columns = header.value();
            continue;
        }
        const std::vector<std::string>& f = fields.value();
        // Spreadsheets leave trailing empty fields out, or write them: both are fine.
        auto field = [&](std::size_t column) -> std::string {
            const int at = (*columns)[column];
            return at >= 0 && static_cast<std::size_t>(at) < f.size() ? f[static_cast<std::size_t>(at)] : "";
        };
        const std::size_t width = static_cast<std::size_t>(*std::ranges::max_element(*columns)) + 1;
        if (f.size() > width && std::any_of(f.begin() + static_cast<std::ptrdiff_t>(width), f.end(),
                                            [](const std::string& s) { return !s.empty(); }))
            return at_line(line_no, fmt::format("{} fields, but the header has {} columns", f.size(), width),
                           fmt::format("有 {} 个字段，而表头只有 {} 列", f.size(), width));
        ExpectedEntry entry;
        entry.line = line_no;
        entry.issuer = field(0);
        entry.key = normalize_label(entry.issuer);
        if (entry.key.empty())
            return at_line(line_no, "the issuer is empty", "发布机关（issuer）为空");
        Result<std::optional<int>> year = read_year(field(1), line_no);
        if (!year) return year.error();
        entry.year = year.value();
        parents.push_back(field(2));
        entry.parent_key = normalize_label(parents.back());
        Result<bool> aggregate = read_aggregate(field(3), line_no);
        if (!aggregate) return aggregate.error();
        entry.aggregate = aggregate.value();
        list.entries.push_back(std::move(entry));
    }
    if (!columns) return no_header;
    if (std::optional<Error> error = check_entries(list, parents)) return *error;
    return list;
}

}  // namespace xxgk
