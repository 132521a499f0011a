#pragma once
// The two national templates (2019: 国办公开办函〔2019〕60号; 2021: 〔2021〕30号), written down
// once: the six sections, table 二's items, rows and columns, table 三's rows and columns with
// their role in the identities, table 四's groups and cells. The model builder, the rules, the
// flattened-text reader and the exports all read them from here.
//
// Labels are given as printed (full-width brackets), fragments as normalize_label makes them
// (half-width brackets, no spaces), since fragments are matched against normalized text.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

enum class Template { unknown, t2019, t2021 };
std::string_view template_name(Template t);  // "2019", "2021", "unknown"

// ---- Sections (both templates) ----

struct SectionSpec {
    std::string_view numeral;  // 一 … 六
    std::string_view key;      // overview, active_disclosure, …
    std::string_view heading;  // as the template prints it
    std::string_view name_en;
    std::array<std::string_view, 2> keywords;  // a heading names the section by any of them
};
std::span<const SectionSpec> template_sections();

// ---- Table 三: rows ----

// What a row is in the identities: 一 + 二 = （七） + 四, （七） = the results.
enum class RowRole { received, carried_over, result, results_total, carried_forward };

struct ApplicationRowSpec {
    std::string_view key;    // canonical row key
    std::string_view label;  // the printed label path, e.g. "（三）不予公开 1.属于国家秘密"
    RowRole role;
    bool in2019, in2021;
};
// Every row of both templates in template order (2019's single （六） row before 2021's three).
std::span<const ApplicationRowSpec> application_row_specs();
const ApplicationRowSpec* application_row_spec(std::string_view key);
// Canonical row keys of a template in template order (unknown: as 2019).
const std::vector<std::string>& application_row_keys(Template t);
// The result rows （一）…（六） whose sum is （七）总计.
const std::vector<std::string>& result_row_keys(Template t);

// A normalized fragment of a row's leaf label and the row it names, in the order they must be
// tried: 部分公开's label mentions 其他情形, 2.其他法律… mentions 其他.
struct LabelFragment {
    std::string_view fragment;
    std::string_view key;
};
std::span<const LabelFragment> application_row_fragments();
// The fragment that names a row ("本年新收" for new_received); empty when it has none.
std::string_view application_row_fragment(std::string_view key);
// Shortened group labels that keep their number: "(六)其他" is （六）其他处理 (2019), "(七)合计"
// is （七）总计; and （六）'s sub-item "3.其他" in 2021.
inline constexpr std::string_view kOtherGroupPrefix = "(六)";
inline constexpr std::string_view kTotalGroupPrefix = "(七)";
inline constexpr std::string_view kOtherWord = "其他";
// A subtotal some tools add (a 法人或其他组织小计 column, 小计 rows); the template has none.
inline constexpr std::string_view kSubtotalWord = "小计";

// The first words of table 三's numbered rows as printed (normalized): a row labelled so, with
// seven values, belongs to table 三 whatever header stood above it.
std::span<const std::string_view> application_row_openers();
// Words only table 三's header holds.
std::span<const std::string_view> application_header_words();
// The label of 一 as it stands before its digits in flattened text.
std::string_view new_received_label();

// ---- Table 三: columns ----

inline constexpr std::array<std::string_view, 7> kApplicantColumns = {
    "natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
    "legal_service_org", "other_org", "total"};
// Chinese and English names of a table-三 column; the key itself when it is none.
std::string_view applicant_column_label(std::string_view key);
std::string_view applicant_column_label_en(std::string_view key);
// The rest of the header as printed: the note in the corner, the heading over the columns and
// the one over the five after 自然人; and the label grouping the result rows （一）…（七）.
inline constexpr std::string_view kApplicationsNote =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
inline constexpr std::string_view kApplicantsHeader = "申请人情况";
inline constexpr std::string_view kLegalPersonsHeader = "法人或其他组织";
inline constexpr std::string_view kResultsLabel = "三、本年度办理结果";

// ---- Table 四 ----

inline constexpr std::array<std::string_view, 3> kReviewGroups = {
    "review", "litigation_direct", "litigation_after_review"};
inline constexpr std::array<std::string_view, 5> kReviewCells = {
    "upheld", "corrected", "other", "pending", "total"};
struct ReviewGroupSpec {
    std::string_view key;
    std::string_view label;    // the printed header path: "行政诉讼 未经复议直接起诉"
    std::string_view name_zh;  // as messages name it: "行政诉讼（未经复议直接起诉）"
    std::string_view name_en;
};
std::span<const ReviewGroupSpec> review_group_specs();  // in kReviewGroups order
// The printed labels of the five cells, in kReviewCells order: 结果维持 … 总计.
std::span<const std::string_view> review_cell_labels();
// Words of table 四's header cells (a value position holding none of them is a value).
std::span<const std::string_view> review_label_words();

// ---- Table 二 ----

struct ActiveColumnSpec {
    std::string_view fragment;  // normalized fragment of the printed header
    std::string_view key;
    Template layout;            // which template prints it
    std::string_view label;     // the full printed header, normalized (flattened text needs it)
    bool money = false;         // may hold decimals and a unit
    bool is_signed = false;     // may hold + and - (2019 本年增/减)
};
// In the order fragments must be tried (more specific first).
std::span<const ActiveColumnSpec> active_column_specs();
// The column of a key (its first spec), or null.
const ActiveColumnSpec* active_column_spec(std::string_view key);

struct ActiveRowSpec {
    std::string_view label;  // normalized, compared whole
    std::string_view key;
    Template layout;  // unknown: both templates print it
};
std::span<const ActiveRowSpec> active_row_specs();

struct ActiveItemSpec {
    std::string_view key;      // art20_1 …
    std::string_view caption;  // as printed: 第二十条第（一）项
    std::string_view caption_norm;
    // Rows of the item in this template: key, printed label.
    std::vector<std::pair<std::string_view, std::string_view>> rows2019, rows2021;
    const std::vector<std::pair<std::string_view, std::string_view>>& rows(Template t) const {
        return t == Template::t2021 ? rows2021 : rows2019;
    }
};
std::span<const ActiveItemSpec> active_item_specs();
// The items a template prints, in order (2021 has no 第二十条第（九）项).
std::vector<const ActiveItemSpec*> active_items(Template t);
inline constexpr std::string_view kActiveCaptionPrefix = "第二十条第";  // normalized
inline constexpr std::string_view kActiveHeaderWord = "信息内容";     // first header cell
// The row of 第二十条第（九）项, printed the same in its one template.
inline constexpr std::string_view kProcurementRow = "政府集中采购";

}  // namespace xxgk
