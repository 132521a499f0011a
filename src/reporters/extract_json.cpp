// The typed model as JSON: the contract of `xxgk extract` (schemas/report.schema.json).
#include "xxgk/extract.hpp"

#include "util/json_number.hpp"

namespace xxgk {
namespace {

using json = nlohmann::ordered_json;

json cell_json(const CellValue& c) {
    json j;
    j["value"] = c.value ? util::json_number(*c.value) : json(nullptr);
    j["raw"] = c.raw;
    j["line"] = c.pos.line;
    j["column"] = c.pos.column;
    // A .docx has no lines: where the cell stands in its tables instead.
    if (c.pos.table > 0) {
        j["table_index"] = c.pos.table;
        j["row_index"] = c.pos.row;
        j["cell_index"] = c.pos.cell;
    }
    // A PDF has pages: the page and the cell's box on it (points, from the top-left corner).
    if (c.pos.page > 0) {
        j["page"] = c.pos.page;
        j["bbox"] = {util::json_number(c.pos.box.x0), util::json_number(c.pos.box.y0),
                     util::json_number(c.pos.box.x1), util::json_number(c.pos.box.y1)};
    }
    if (!c.unit.empty()) j["unit"] = c.unit;
    if (c.blank) j["blank"] = true;
    if (c.unreadable) j["problem"] = c.problem;
    return j;
}

json applications_json(const Applications& t) {
    if (!t.present) return nullptr;
    json j;
    j["line"] = t.pos.line;
    j["layout"] = template_name(t.layout);
    j["columns"] = json::array();
    for (auto c : kApplicantColumns) j["columns"].push_back(c);
    j["rows"] = json::object();
    j["labels"] = json::object();
    j["unknown_rows"] = json::array();
    for (const auto& r : t.rows) {
        json cells = json::array();
        for (const auto& c : r.cells) cells.push_back(cell_json(c));
        if (r.key.empty()) {
            j["unknown_rows"].push_back({{"label", r.label}, {"line", r.pos.line}, {"cells", cells}});
        } else {
            j["rows"][r.key] = std::move(cells);
            j["labels"][r.key] = r.label;
        }
    }
    return j;
}

json review_json(const ReviewLitigation& t) {
    if (!t.present) return nullptr;
    json j;
    j["line"] = t.pos.line;
    j["complete"] = t.complete;
    for (std::size_t g = 0; g < kReviewGroups.size(); ++g) {
        json group;
        for (std::size_t c = 0; c < kReviewCells.size(); ++c)
            group[std::string(kReviewCells[c])] = cell_json(t.cells[g * 5 + c]);
        j[std::string(kReviewGroups[g])] = std::move(group);
    }
    return j;
}

json active_json(const ActiveDisclosure& t) {
    if (!t.present) return nullptr;
    json j;
    j["line"] = t.pos.line;
    j["layout"] = template_name(t.layout);
    j["items"] = json::array();
    for (const auto& item : t.items) {
        json ji;
        ji["key"] = item.key;
        ji["label"] = item.label;
        ji["line"] = item.pos.line;
        ji["columns"] = json::array();
        for (const auto& c : item.columns) ji["columns"].push_back({{"key", c.key}, {"label", c.label}});
        ji["rows"] = json::array();
        for (const auto& r : item.rows) {
            json cells = json::object();
            for (std::size_t c = 0; c < r.cells.size() && c < item.columns.size(); ++c)
                cells[item.columns[c].key] = cell_json(r.cells[c]);
            ji["rows"].push_back({{"key", r.key.empty() ? json(nullptr) : json(r.key)},
                                  {"label", r.label},
                                  {"line", r.pos.line},
                                  {"cells", std::move(cells)}});
        }
        j["items"].push_back(std::move(ji));
    }
    return j;
}

}  // namespace

nlohmann::ordered_json report_to_json(const Report& r) {
    json j;
    j["source"] = {{"path", r.path}, {"format", r.format}, {"encoding", r.encoding}};
    j["template"] = template_name(r.layout);
    j["year"] = r.year ? json(*r.year) : json(nullptr);
    j["issuer"] = r.issuer ? json(*r.issuer) : json(nullptr);
    j["title"] = r.title;
    j["sections"] = json::array();
    for (const auto& s : r.sections) {
        json section = {{"number", s.number}, {"key", s.key}, {"heading", s.heading}, {"line", s.pos.line},
                        {"text", s.text}};
        if (s.pos.page > 0) section["page"] = s.pos.page;
        j["sections"].push_back(std::move(section));
    }
    j["active_disclosure"] = active_json(r.active);
    j["applications"] = applications_json(r.applications);
    j["review_litigation"] = review_json(r.review);
    return j;
}

}  // namespace xxgk
