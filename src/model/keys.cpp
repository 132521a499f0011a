// Canonical keys of the template and lookup of a cell by key.
#include <string>

#include "model/text_util.hpp"
#include "xxgk/report.hpp"

namespace xxgk {
namespace {

const std::vector<std::string> kResults2019 = {
    "granted", "partially_granted",
    "denied.state_secret", "denied.prohibited_by_law", "denied.three_safeties_one_stability",
    "denied.third_party_rights", "denied.internal_affairs", "denied.process_information",
    "denied.enforcement_case_file", "denied.administrative_query",
    "unable.not_held", "unable.needs_creation", "unable.still_unclear",
    "not_processed.petition_complaint", "not_processed.duplicate", "not_processed.publication",
    "not_processed.excessive_repeated", "not_processed.confirm_or_reissue",
    "other"};

std::vector<std::string> results_2021() {
    std::vector<std::string> keys(kResults2019.begin(), kResults2019.end() - 1);
    keys.insert(keys.end(), {"other.overdue_correction", "other.unpaid_fee", "other.other"});
    return keys;
}

std::vector<std::string> all_rows(const std::vector<std::string>& results) {
    std::vector<std::string> keys = {"new_received", "carried_over"};
    keys.insert(keys.end(), results.begin(), results.end());
    keys.insert(keys.end(), {"results_total", "carried_forward"});
    return keys;
}

int index_of(auto const& list, std::string_view key) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i] == key) return static_cast<int>(i);
    return -1;
}

}  // namespace

std::string_view template_name(Template t) {
    switch (t) {
        case Template::t2019: return "2019";
        case Template::t2021: return "2021";
        default: return "unknown";
    }
}

const std::vector<std::string>& result_row_keys(Template t) {
    static const std::vector<std::string> r2021 = results_2021();
    return t == Template::t2021 ? r2021 : kResults2019;
}

const std::vector<std::string>& application_row_keys(Template t) {
    static const std::vector<std::string> a2019 = all_rows(kResults2019);
    static const std::vector<std::string> a2021 = all_rows(result_row_keys(Template::t2021));
    return t == Template::t2021 ? a2021 : a2019;
}

std::string_view applicant_column_label(std::string_view key) {
    static constexpr std::array<std::string_view, 7> zh = {
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    int i = index_of(kApplicantColumns, key);
    return i < 0 ? key : zh[i];
}

std::string_view applicant_column_label_en(std::string_view key) {
    static constexpr std::array<std::string_view, 7> en = {
        "natural person", "commercial enterprise", "research institution",
        "social welfare organisation", "legal service organisation", "other organisation",
        "total"};
    int i = index_of(kApplicantColumns, key);
    return i < 0 ? key : en[i];
}

const ApplicationRow* Applications::row(std::string_view key) const {
    // Sizes first: comparing a string with a string_view compares their bytes even when the
    // sizes differ, and every identity term looks a row up.
    for (const auto& r : rows)
        if (r.key.size() == key.size() && r.key == key) return &r;
    return nullptr;
}

namespace {

// The cell under a canonical key, or null; its printed label goes to *label when asked for.
const CellValue* find_cell(const Report& r, std::string_view key, std::string* label) {
    auto take = [&](std::string_view& rest) {
        std::size_t dot = rest.find('.');
        std::string_view head = rest.substr(0, dot);
        rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
        return head;
    };
    std::string_view rest = key;
    std::string_view table = take(rest);
    if (table == "applications") {
        // Row keys contain dots themselves: the column is the last part.
        std::size_t dot = rest.rfind('.');
        if (dot == std::string_view::npos) return nullptr;
        const ApplicationRow* row = r.applications.row(rest.substr(0, dot));
        int col = index_of(kApplicantColumns, rest.substr(dot + 1));
        if (!row || col < 0) return nullptr;
        if (label) *label = row->label;
        return &row->cells[col];
    }
    if (table == "review_litigation") {
        int g = index_of(kReviewGroups, take(rest));
        int c = index_of(kReviewCells, rest);
        if (!r.review.complete || g < 0 || c < 0) return nullptr;
        if (label) *label = r.review.labels[g * 5 + c];
        return &r.review.cells[g * 5 + c];
    }
    if (table == "active_disclosure") {
        std::string_view item_key = take(rest), row_key = take(rest), col_key = rest;
        for (const auto& item : r.active.items) {
            if (item.key != item_key) continue;
            int c = -1;
            for (std::size_t i = 0; i < item.columns.size(); ++i)
                if (item.columns[i].key == col_key) c = static_cast<int>(i);
            for (const auto& row : item.rows) {
                if (row.key == row_key && c >= 0 && c < static_cast<int>(row.cells.size())) {
                    if (label) *label = row.label + " " + item.columns[c].label;
                    return &row.cells[c];
                }
            }
        }
    }
    return nullptr;
}

}  // namespace

Report::CellRef Report::lookup(std::string_view key) const {
    CellRef ref;
    ref.cell = find_cell(*this, key, &ref.label);
    return ref;
}

const CellValue* Report::cell_at(std::string_view key) const { return find_cell(*this, key, nullptr); }

}  // namespace xxgk
