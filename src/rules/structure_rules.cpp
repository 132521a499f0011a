// Structure rules: tables, sections and rows the template requires or does not know,
// and a template that does not fit the report's year or its other tables.
#include <fmt/format.h>

#include <map>

#include "rules/checks.hpp"

namespace xxgk::detail {
namespace {

const std::map<std::string, std::string_view> kRowLabels = {
    {"new_received", "一、本年新收政府信息公开申请数量"},
    {"carried_over", "二、上年结转政府信息公开申请数量"},
    {"granted", "（一）予以公开"},
    {"partially_granted", "（二）部分公开"},
    {"denied.state_secret", "（三）不予公开 1.属于国家秘密"},
    {"denied.prohibited_by_law", "（三）不予公开 2.其他法律行政法规禁止公开"},
    {"denied.three_safeties_one_stability", "（三）不予公开 3.危及“三安全一稳定”"},
    {"denied.third_party_rights", "（三）不予公开 4.保护第三方合法权益"},
    {"denied.internal_affairs", "（三）不予公开 5.属于三类内部事务信息"},
    {"denied.process_information", "（三）不予公开 6.属于四类过程性信息"},
    {"denied.enforcement_case_file", "（三）不予公开 7.属于行政执法案卷"},
    {"denied.administrative_query", "（三）不予公开 8.属于行政查询事项"},
    {"unable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息"},
    {"unable.needs_creation", "（四）无法提供 2.没有现成信息需要另行制作"},
    {"unable.still_unclear", "（四）无法提供 3.补正后申请内容仍不明确"},
    {"not_processed.petition_complaint", "（五）不予处理 1.信访举报投诉类申请"},
    {"not_processed.duplicate", "（五）不予处理 2.重复申请"},
    {"not_processed.publication", "（五）不予处理 3.要求提供公开出版物"},
    {"not_processed.excessive_repeated", "（五）不予处理 4.无正当理由大量反复申请"},
    {"not_processed.confirm_or_reissue", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"},
    {"other", "（六）其他处理"},
    {"other.overdue_correction", "（六）其他处理 1.申请人无正当理由逾期不补正"},
    {"other.unpaid_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"},
    {"other.other", "（六）其他处理 3.其他"},
    {"results_total", "（七）总计"},
    {"carried_forward", "四、结转下年度继续办理"},
};

struct ItemSpec {
    std::string_view key, label;
    std::vector<std::pair<std::string_view, std::string_view>> rows;  // key, label
};

const std::vector<ItemSpec>& active_items(Template t) {
    static const std::vector<ItemSpec> y2019 = {
        {"art20_1", "第二十条第（一）项", {{"regulations", "规章"}, {"normative_documents", "规范性文件"}}},
        {"art20_5", "第二十条第（五）项",
         {{"administrative_licensing", "行政许可"}, {"other_management_services", "其他对外管理服务事项"}}},
        {"art20_6", "第二十条第（六）项",
         {{"administrative_penalty", "行政处罚"}, {"administrative_coercion", "行政强制"}}},
        {"art20_8", "第二十条第（八）项", {{"administrative_fees", "行政事业性收费"}}},
        {"art20_9", "第二十条第（九）项", {{"centralized_procurement", "政府集中采购"}}},
    };
    static const std::vector<ItemSpec> y2021 = {
        {"art20_1", "第二十条第（一）项", {{"regulations", "规章"}, {"normative_documents", "行政规范性文件"}}},
        {"art20_5", "第二十条第（五）项", {{"administrative_licensing", "行政许可"}}},
        {"art20_6", "第二十条第（六）项",
         {{"administrative_penalty", "行政处罚"}, {"administrative_coercion", "行政强制"}}},
        {"art20_8", "第二十条第（八）项", {{"administrative_fees", "行政事业性收费"}}},
    };
    return t == Template::t2021 ? y2021 : y2019;
}

struct SectionSpec {
    std::string_view key, heading_zh, name_en;
};
constexpr SectionSpec kSections[] = {
    {"overview", "一、总体情况", "overview"},
    {"active_disclosure", "二、主动公开政府信息情况", "proactive disclosure"},
    {"applications", "三、收到和处理政府信息公开申请情况", "applications received and handled"},
    {"review_litigation", "四、政府信息公开行政复议、行政诉讼情况", "administrative review and litigation"},
    {"problems", "五、存在的主要问题及改进情况", "problems and improvements"},
    {"other", "六、其他需要报告的事项", "other matters"},
};

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

// A PDF table printed without ruling lines: its columns were placed under its header words.
// Said once per table: which column a number stands in was inferred, not read.
void placed_by_position(const Report& r, std::vector<Finding>& out) {
    struct T { bool placed; Position pos; std::string_view zh, en, key; };
    const T list[] = {
        {r.active.by_position, r.active.pos, "表二", "table 二", "active_disclosure"},
        {r.applications.by_position, r.applications.pos, "表三", "table 三", "applications"},
        {r.review.by_position, r.review.pos, "表四", "table 四", "review_litigation"},
    };
    for (const auto& t : list) {
        if (!t.placed) continue;
        Finding f = make_finding(
            "columns-by-position",
            fmt::format("PDF 中的{}没有表格线，各列按表头文字的位置划分；数字所在的列是推断的，请对照原文核对", t.zh),
            fmt::format("{} in the PDF has no ruling lines: its columns were placed by the positions of its header "
                        "words, so which column a number is in was inferred; compare with the original",
                        t.en),
            t.pos);
        f.table = std::string(t.key);
        out.push_back(std::move(f));
    }
}

void sections(const Report& r, std::vector<Finding>& out) {
    for (const auto& s : kSections) {
        if (section_pos(r, s.key).known()) continue;
        out.push_back(make_finding("section-missing",
                                   fmt::format("未找到第{}部分的标题「{}」", s.heading_zh.substr(0, 3), s.heading_zh),
                                   fmt::format("section heading \"{}\" ({}) not found", s.heading_zh, s.name_en),
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
        std::string_view label = kRowLabels.at(key);
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
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const ApplicationRow& row = t.rows[i];
        if (!row.named_by_position) continue;
        // name_by_position only names a row that has a known row on each side.
        const ApplicationRow& before = t.rows[i - 1];
        const ApplicationRow& after = t.rows[i + 1];
        const std::string_view meant = kRowLabels.at(row.key);
        Finding f = make_finding(
            "row-named-by-position",
            fmt::format("表三「{}」不是模板的标签，按它在「{}」与「{}」之间的位置认定为「{}」", row.label, before.label,
                        after.label, meant),
            fmt::format("table 三: \"{}\" is not a label of the template; from its place between \"{}\" and \"{}\" "
                        "it is taken as \"{}\" ({})",
                        row.label, before.label, after.label, meant, row.key),
            row.pos);
        f.table = "applications";
        f.row = row.key;
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
    for (const auto& spec : active_items(layout)) {
        const ActiveItem* item = nullptr;
        for (const auto& it : t.items)
            if (it.key == spec.key) item = &it;
        for (const auto& [row_key, row_label] : spec.rows) {
            bool found = false;
            if (item)
                for (const auto& row : item->rows) found = found || row.key == row_key;
            if (found) continue;
            Finding f = make_finding("row-missing", fmt::format("表二「{}」缺少「{}」行", spec.label, row_label),
                                     fmt::format("table 二 \"{}\" has no row \"{}\"", spec.label, row_label),
                                     item ? item->pos : t.pos);
            f.table = "active_disclosure";
            f.row = std::string(spec.key) + "." + std::string(row_key);
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
    placed_by_position(report, out);
    sections(report, out);
    application_rows(report, out);
    active_rows(report, out);
    review_cells(report, out);
    template_fit(report, out);
}

}  // namespace xxgk::detail
