// The national templates as data (format-spec §2–4): every row, column and section once.
#include "xxgk/template.hpp"

#include <algorithm>

namespace xxgk {
namespace {

constexpr SectionSpec kSections[] = {
    {"一", "overview", "一、总体情况", "overview", {"总体情况", ""}},
    {"二", "active_disclosure", "二、主动公开政府信息情况", "proactive disclosure", {"主动公开", ""}},
    {"三", "applications", "三、收到和处理政府信息公开申请情况", "applications received and handled", {"申请", ""}},
    {"四", "review_litigation", "四、政府信息公开行政复议、行政诉讼情况", "administrative review and litigation",
     {"复议", "诉讼"}},
    {"五", "problems", "五、存在的主要问题及改进情况", "problems and improvements", {"问题", "改进"}},
    {"六", "other", "六、其他需要报告的事项", "other matters", {"其他", ""}},
};

using enum RowRole;
constexpr ApplicationRowSpec kRows[] = {
    {"new_received", "一、本年新收政府信息公开申请数量", received, true, true},
    {"carried_over", "二、上年结转政府信息公开申请数量", carried_over, true, true},
    {"granted", "（一）予以公开", result, true, true},
    {"partially_granted", "（二）部分公开", result, true, true},
    {"denied.state_secret", "（三）不予公开 1.属于国家秘密", result, true, true},
    {"denied.prohibited_by_law", "（三）不予公开 2.其他法律行政法规禁止公开", result, true, true},
    {"denied.three_safeties_one_stability", "（三）不予公开 3.危及“三安全一稳定”", result, true, true},
    {"denied.third_party_rights", "（三）不予公开 4.保护第三方合法权益", result, true, true},
    {"denied.internal_affairs", "（三）不予公开 5.属于三类内部事务信息", result, true, true},
    {"denied.process_information", "（三）不予公开 6.属于四类过程性信息", result, true, true},
    {"denied.enforcement_case_file", "（三）不予公开 7.属于行政执法案卷", result, true, true},
    {"denied.administrative_query", "（三）不予公开 8.属于行政查询事项", result, true, true},
    {"unable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息", result, true, true},
    {"unable.needs_creation", "（四）无法提供 2.没有现成信息需要另行制作", result, true, true},
    {"unable.still_unclear", "（四）无法提供 3.补正后申请内容仍不明确", result, true, true},
    {"not_processed.petition_complaint", "（五）不予处理 1.信访举报投诉类申请", result, true, true},
    {"not_processed.duplicate", "（五）不予处理 2.重复申请", result, true, true},
    {"not_processed.publication", "（五）不予处理 3.要求提供公开出版物", result, true, true},
    {"not_processed.excessive_repeated", "（五）不予处理 4.无正当理由大量反复申请", result, true, true},
    {"not_processed.confirm_or_reissue", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", result, true, true},
    {"other", "（六）其他处理", result, true, false},
    {"other.overdue_correction", "（六）其他处理 1.申请人无正当理由逾期不补正", result, false, true},
    {"other.unpaid_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", result, false, true},
    {"other.other", "（六）其他处理 3.其他", result, false, true},
    {"results_total", "（七）总计", results_total, true, true},
    {"carried_forward", "四、结转下年度继续办理", carried_forward, true, true},
};

constexpr LabelFragment kFragments[] = {
    {"本年新收", "new_received"},
    {"上年结转", "carried_over"},
    {"结转下年度", "carried_forward"},
    {"总计", "results_total"},
    {"部分公开", "partially_granted"},
    {"予以公开", "granted"},
    {"国家秘密", "denied.state_secret"},
    {"禁止公开", "denied.prohibited_by_law"},
    {"三安全一稳定", "denied.three_safeties_one_stability"},
    {"第三方", "denied.third_party_rights"},
    {"内部事务", "denied.internal_affairs"},
    {"过程性", "denied.process_information"},
    {"执法案卷", "denied.enforcement_case_file"},
    {"行政查询", "denied.administrative_query"},
    {"不掌握", "unable.not_held"},
    {"另行制作", "unable.needs_creation"},
    {"仍不明确", "unable.still_unclear"},
    {"信访", "not_processed.petition_complaint"},
    {"重复申请", "not_processed.duplicate"},
    {"出版物", "not_processed.publication"},
    {"大量反复", "not_processed.excessive_repeated"},
    {"重新出具", "not_processed.confirm_or_reissue"},
    {"逾期不补正", "other.overdue_correction"},
    {"缴纳费用", "other.unpaid_fee"},
    {"其他处理", "other"},
};

constexpr std::string_view kOpeners[] = {"一、本年新收", "二、上年结转", "三、本年度办理结果", "四、结转下年度"};
constexpr std::string_view kHeaderWords[] = {"自然人", "商业企业", "申请人情况", "勾稽关系"};

constexpr std::array<std::string_view, 7> kColumnsZh = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
constexpr std::array<std::string_view, 7> kColumnsEn = {
    "natural person", "commercial enterprise", "research institution", "social welfare organisation",
    "legal service organisation", "other organisation", "total"};

constexpr ReviewGroupSpec kGroups[] = {
    {"review", "行政复议", "行政复议", "administrative review"},
    {"litigation_direct", "行政诉讼 未经复议直接起诉", "行政诉讼（未经复议直接起诉）", "litigation without prior review"},
    {"litigation_after_review", "行政诉讼 复议后起诉", "行政诉讼（复议后起诉）", "litigation after review"},
};
constexpr std::string_view kCellLabels[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
constexpr std::string_view kReviewWords[] = {"复议", "诉讼", "起诉", "结果", "维持", "纠正", "尚未", "审结", "总计"};

using enum Template;
constexpr ActiveColumnSpec kActiveColumns[] = {
    {"本年新制作", "new_made", t2019, "本年新制作数量"},
    {"本年新公开", "new_published", t2019, "本年新公开数量"},
    {"对外公开总", "total_published", t2019, "对外公开总数量"},
    {"上一年项目", "previous_count", t2019, "上一年项目数量"},
    {"增/减", "change", t2019, "本年增/减", false, true},
    {"本年处理决定", "decisions", t2021, "本年处理决定数量"},
    {"处理决定", "decisions", t2019, "处理决定数量"},
    {"采购项目", "procurement_items", t2019, "采购项目数量"},
    {"采购总金额", "procurement_amount", t2019, "采购总金额", true},
    {"制发", "issued", t2021, "本年制发件数"},
    {"废止", "repealed", t2021, "本年废止件数"},
    {"现行有效", "in_force", t2021, "现行有效件数"},
    // Printed with its unit in the header, or (some copies) without it.
    {"收费金额", "fee_amount", t2021, "本年收费金额(单位:万元)", true},
    {"收费金额", "fee_amount", t2021, "本年收费金额", true},
};

constexpr ActiveRowSpec kActiveRows[] = {
    {"规章", "regulations", unknown},
    {"规范性文件", "normative_documents", t2019},
    {"行政规范性文件", "normative_documents", t2021},
    {"行政许可", "administrative_licensing", unknown},
    {"其他对外管理服务事项", "other_management_services", t2019},
    {"行政处罚", "administrative_penalty", unknown},
    {"行政强制", "administrative_coercion", unknown},
    {"行政事业性收费", "administrative_fees", unknown},
};

const std::vector<ActiveItemSpec>& items() {
    static const std::vector<ActiveItemSpec> all = {
        {"art20_1", "第二十条第（一）项", "第二十条第(一)项",
         {{"regulations", "规章"}, {"normative_documents", "规范性文件"}},
         {{"regulations", "规章"}, {"normative_documents", "行政规范性文件"}}},
        {"art20_5", "第二十条第（五）项", "第二十条第(五)项",
         {{"administrative_licensing", "行政许可"}, {"other_management_services", "其他对外管理服务事项"}},
         {{"administrative_licensing", "行政许可"}}},
        {"art20_6", "第二十条第（六）项", "第二十条第(六)项",
         {{"administrative_penalty", "行政处罚"}, {"administrative_coercion", "行政强制"}},
         {{"administrative_penalty", "行政处罚"}, {"administrative_coercion", "行政强制"}}},
        {"art20_8", "第二十条第（八）项", "第二十条第(八)项",
         {{"administrative_fees", "行政事业性收费"}},
         {{"administrative_fees", "行政事业性收费"}}},
        {"art20_9", "第二十条第（九）项", "第二十条第(九)项",
         {{"centralized_procurement", std::string_view(kProcurementRow)}},
         {}},
    };
    return all;
}

std::vector<std::string> row_keys(Template t, bool results_only) {
    std::vector<std::string> keys;
    for (const ApplicationRowSpec& r : kRows) {
        if (!(t == t2021 ? r.in2021 : r.in2019)) continue;
        if (results_only && r.role != result) continue;
        keys.emplace_back(r.key);
    }
    return keys;
}

template <std::size_t N>
int index_of(const std::array<std::string_view, N>& list, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (list[i] == key) return static_cast<int>(i);
    return -1;
}

}  // namespace

std::string_view template_name(Template t) {
    switch (t) {
        case t2019: return "2019";
        case t2021: return "2021";
        default: return "unknown";
    }
}

std::span<const SectionSpec> template_sections() { return kSections; }

std::span<const ApplicationRowSpec> application_row_specs() { return kRows; }

const ApplicationRowSpec* application_row_spec(std::string_view key) {
    const auto it = std::ranges::find(kRows, key, &ApplicationRowSpec::key);
    return it == std::end(kRows) ? nullptr : it;
}

const std::vector<std::string>& application_row_keys(Template t) {
    static const std::vector<std::string> a2019 = row_keys(t2019, false), a2021 = row_keys(t2021, false);
    return t == t2021 ? a2021 : a2019;
}

const std::vector<std::string>& result_row_keys(Template t) {
    static const std::vector<std::string> r2019 = row_keys(t2019, true), r2021 = row_keys(t2021, true);
    return t == t2021 ? r2021 : r2019;
}

std::span<const LabelFragment> application_row_fragments() { return kFragments; }
std::string_view application_row_fragment(std::string_view key) {
    const auto it = std::ranges::find(kFragments, key, &LabelFragment::key);
    return it == std::end(kFragments) ? std::string_view{} : it->fragment;
}

std::span<const std::string_view> application_row_openers() { return kOpeners; }
std::span<const std::string_view> application_header_words() { return kHeaderWords; }
std::string_view new_received_label() {
    // The printed label without its number "一、".
    return kRows[0].label.substr(std::string_view("一、").size());
}

std::string_view applicant_column_label(std::string_view key) {
    const int i = index_of(kApplicantColumns, key);
    return i < 0 ? key : kColumnsZh[static_cast<std::size_t>(i)];
}

std::string_view applicant_column_label_en(std::string_view key) {
    const int i = index_of(kApplicantColumns, key);
    return i < 0 ? key : kColumnsEn[static_cast<std::size_t>(i)];
}

std::span<const ReviewGroupSpec> review_group_specs() { return kGroups; }
std::span<const std::string_view> review_cell_labels() { return kCellLabels; }
std::span<const std::string_view> review_label_words() { return kReviewWords; }

std::span<const ActiveColumnSpec> active_column_specs() { return kActiveColumns; }
const ActiveColumnSpec* active_column_spec(std::string_view key) {
    const auto it = std::ranges::find(kActiveColumns, key, &ActiveColumnSpec::key);
    return it == std::end(kActiveColumns) ? nullptr : it;
}

std::span<const ActiveRowSpec> active_row_specs() { return kActiveRows; }
std::span<const ActiveItemSpec> active_item_specs() { return items(); }

std::vector<const ActiveItemSpec*> active_items(Template t) {
    std::vector<const ActiveItemSpec*> out;
    for (const ActiveItemSpec& item : items())
        if (!item.rows(t).empty()) out.push_back(&item);
    return out;
}

}  // namespace xxgk
