// Structure rules: tables, sections and rows the template requires or does not know,
// and a template that does not fit the report's year or its other tables.
#include <fmt/format.h>


#include "rules/checks.hpp"

namespace xxgk::detail {
namespace {

Position section_pos(const Report& r, std::string_view key) {
    for (const auto& s : r.sections)
        if (s.key == key) return s.pos;
    return {};
}

void tables(const Report& r, std::vector<Finding>& out) {
    // pos: where the table's rows start, when they were found but hold no value at all.
    struct T { bool present; Position pos; std::string_view zh, en, section, key; };
    const T list[] = {
        {r.active.present, r.active.pos, "表二（主动公开政府信息情况）", "table 二 (proactive disclosure)", "active_disclosure", "active_disclosure"},
        {r.applications.present, r.applications.pos, "表三（收到和处理政府信息公开申请情况）", "table 三 (applications)", "applications", "applications"},
        {r.review.present, r.review.pos, "表四（行政复议、行政诉讼情况）", "table 四 (review and litigation)", "review_litigation", "review_litigation"},
    };
    for (const auto& t : list) {
        if (t.present) continue;
        // A table whose every cell is blank is there, but gives nothing to check: said so,
        // rather than "not found" under a header the reader can see.
        Finding f = t.pos.known()
                        ? make_finding("table-missing", fmt::format("{}只有表头，没有任何数值（单元格全部空白）", t.zh),
                                       fmt::format("{} has a header but no values (every cell is blank)", t.en), t.pos)
                        : make_finding("table-missing", fmt::format("未找到{}", t.zh),
                                       fmt::format("{} not found", t.en), section_pos(r, t.section));
        f.table = std::string(t.key);
        out.push_back(std::move(f));
    }
}

void sections(const Report& r, std::vector<Finding>& out) {
    for (const SectionSpec& s : template_sections()) {
        if (section_pos(r, s.key).known()) continue;
        out.push_back(make_finding("section-missing",
                                   fmt::format("未找到第{}部分的标题「{}」", s.numeral, s.heading),
                                   fmt::format("section heading \"{}\" ({}) not found", s.heading, s.name_en),
                                   {}));
    }
}

void application_rows(const Report& r, std::vector<Finding>& out) {
    const Applications& t = r.applications;
    if (!t.present) return;
    const ApplicationRow* before = nullptr;  // where a missing row should have stood
    for (const auto& key : application_row_keys(t.layout)) {
        if (const ApplicationRow* row = t.row(key)) {
            before = row;
            continue;
        }
        std::string_view label = application_row_spec(key)->label;
        std::string after_zh = before ? fmt::format("（应在「{}」之后）", before->label) : "";
        std::string after_en = before ? fmt::format(" (after \"{}\")", before->label) : "";
        Finding f = make_finding("row-missing",
                                 fmt::format("表三缺少「{}」行{}，涉及它的等式未校验", label, after_zh),
                                 fmt::format("table 三 has no row \"{}\" ({}){}; identities over it not checked",
                                             label, key, after_en),
                                 before ? before->pos : t.pos);
        f.table = "applications";
        f.row = key;
        out.push_back(std::move(f));
    }
    for (const auto& row : t.rows) {
        if (!row.key.empty()) continue;
        Finding f = make_finding("row-unknown", fmt::format("表三有模板之外的行「{}」，未参与校验", row.label),
                                 fmt::format("table 三 has a row the template does not have: \"{}\"; not checked", row.label),
                                 row.pos);
        f.table = "applications";
        out.push_back(std::move(f));
    }
}

void active_rows(const Report& r, std::vector<Finding>& out) {
    const ActiveDisclosure& t = r.active;
    if (!t.present) return;
    Template layout = t.layout != Template::unknown ? t.layout : r.layout;
    for (const ActiveItemSpec* spec : active_items(layout)) {
        const ActiveItem* item = nullptr;
        for (const auto& it : t.items)
            if (it.key == spec->key) item = &it;
        for (const auto& [row_key, row_label] : spec->rows(layout)) {
            bool found = false;
            if (item)
                for (const auto& row : item->rows) found = found || row.key == row_key;
            if (found) continue;
            Finding f = make_finding("row-missing", fmt::format("表二「{}」缺少「{}」行", spec->caption, row_label),
                                     fmt::format("table 二 \"{}\" has no row \"{}\"", spec->caption, row_label),
                                     item ? item->pos : t.pos);
            f.table = "active_disclosure";
            f.row = std::string(spec->key) + "." + std::string(row_key);
            out.push_back(std::move(f));
        }
    }
    for (const auto& item : t.items) {
        for (const auto& row : item.rows) {
            if (!row.key.empty()) continue;
            Finding f = make_finding("row-unknown",
                                     fmt::format("表二「{}」有模板之外的行「{}」，未参与校验", item.label, row.label),
                                     fmt::format("table 二 \"{}\" has a row the template does not have: \"{}\"; not checked", item.label, row.label),
                                     row.pos);
            f.table = "active_disclosure";
            f.row = item.key;
            out.push_back(std::move(f));
        }
    }
}

void review_cells(const Report& r, std::vector<Finding>& out) {
    if (!r.review.present || r.review.complete) return;
    int found = 0;
    for (const auto& c : r.review.cells) found += c.unreadable && c.raw.empty() ? 0 : 1;
    // More than 15 (extra columns): which 15 are meant cannot be known.
    Finding f = r.review.values > 15
                    ? make_finding("row-missing",
                                   fmt::format("表四应有 15 个数字单元格，却有 {} 个，其等式未校验", r.review.values),
                                   fmt::format("table 四 should hold 15 numbers, found {}; its identities not checked",
                                               r.review.values),
                                   r.review.pos)
                    : make_finding("row-missing",
                                   fmt::format("表四应有 15 个数字单元格，只找到 {} 个，其等式未校验", found),
                                   fmt::format("table 四 should hold 15 numbers, found {}; its identities not checked", found),
                                   r.review.pos);
    f.table = "review_litigation";
    out.push_back(std::move(f));
}

void template_fit(const Report& r, std::vector<Finding>& out) {
    if (r.year && r.layout == Template::t2021 && *r.year <= 2020)
        out.push_back(make_finding("template-year-mismatch",
            fmt::format("报告年度为 {} 年，却使用了 2021 年起施行的新版格式（国办公开办函〔2021〕30号）", *r.year),
            fmt::format("the report is for {} but uses the 2021 template, which applies from the 2021 reports on", *r.year),
            r.applications.pos));
    if (r.year && r.layout == Template::t2019 && *r.year >= 2021)
        out.push_back(make_finding("template-year-mismatch",
            fmt::format("报告年度为 {} 年，却使用了 2019 年旧版格式；2021 年度起应使用新版格式", *r.year),
            fmt::format("the report is for {} but uses the 2019 template, replaced from the 2021 reports on", *r.year),
            r.applications.present ? r.applications.pos : r.active.pos));
    const Template a = r.active.layout, b = r.applications.layout;
    if (a != Template::unknown && b != Template::unknown && a != b) {
        Finding f = make_finding("template-inconsistent",
            fmt::format("表二按 {} 年版格式填写，表三却按 {} 年版格式填写；以表三为准", template_name(a), template_name(b)),
            fmt::format("table 二 follows the {} template but table 三 the {} one; table 三 decides", template_name(a), template_name(b)),
            r.active.pos);
        f.table = "active_disclosure";
        out.push_back(std::move(f));
    }
}

}  // namespace

void check_structure(const Report& report, std::vector<Finding>& out) {
    tables(report, out);
    sections(report, out);
    application_rows(report, out);
    active_rows(report, out);
    review_cells(report, out);
    template_fit(report, out);
}

}  // namespace xxgk::detail
