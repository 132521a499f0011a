#include "rules/support.hpp"

namespace xxgk::detail {
namespace {

struct KeyParts {
    std::string table, row, column;
};

KeyParts split(std::string_view key) {
    KeyParts p;
    std::size_t first = key.find('.');
    std::size_t last = key.rfind('.');
    p.table = std::string(key.substr(0, first));
    if (first == std::string_view::npos) return p;
    if (last == first) {
        p.row = std::string(key.substr(first + 1));
        return p;
    }
    p.row = std::string(key.substr(first + 1, last - first - 1));
    p.column = std::string(key.substr(last + 1));
    return p;
}

}  // namespace

void set_logical_location(Finding& f, std::string_view cell_key) {
    KeyParts p = split(cell_key);
    f.table = p.table;
    f.row = p.row;
    f.column = p.column;
}

std::string cell_name_zh(std::string_view cell_key, const std::string& label) {
    KeyParts p = split(cell_key);
    if (p.table == "applications")
        return "表三「" + label + "」行「" + std::string(applicant_column_label(p.column)) + "」列";
    if (p.table == "review_litigation") return "表四「" + label + "」";
    return "表二「" + label + "」";
}

std::string cell_name_en(std::string_view cell_key, const std::string& label) {
    KeyParts p = split(cell_key);
    if (p.table == "applications")
        return "table 三 row \"" + label + "\", column \"" +
               std::string(applicant_column_label_en(p.column)) + "\"";
    if (p.table == "review_litigation") return "table 四 \"" + label + "\"";
    return "table 二 \"" + label + "\"";
}

namespace {

struct TableName {
    std::string_view key, zh, en;
};
constexpr TableName kTableNames[] = {
    {"active_disclosure", "表二（主动公开政府信息情况）", "table 二 (proactive disclosure)"},
    {"applications", "表三（收到和处理政府信息公开申请情况）", "table 三 (applications)"},
    {"review_litigation", "表四（行政复议、行政诉讼情况）", "table 四 (review and litigation)"},
};

const TableName& table_named(std::string_view table) {
    for (const TableName& t : kTableNames)
        if (t.key == table) return t;
    return kTableNames[2];  // review_litigation: the keys are the three above
}

}  // namespace

std::string_view table_name_zh(std::string_view table) { return table_named(table).zh; }
std::string_view table_name_en(std::string_view table) { return table_named(table).en; }

}  // namespace xxgk::detail
