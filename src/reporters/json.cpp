// `check --format json`: one object (schemas/findings.schema.json), keys in a fixed order so
// the output diffs cleanly between runs.
#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "util/json_number.hpp"
#include "xxgk/reporters.hpp"

#ifndef XXGK_VERSION
#define XXGK_VERSION "0.1.0"
#endif

namespace xxgk {
namespace {

using json = nlohmann::ordered_json;

// A .docx has no lines: there its table, row and cell (or paragraph) say where, 1-based.
// Only the non-zero ones are written, so text input keeps its shape.
void add_docx_place(json& j, const Position& p) {
    if (p.table > 0) j["table_index"] = p.table;
    if (p.row > 0) j["row_index"] = p.row;
    if (p.cell > 0) j["cell_index"] = p.cell;
    if (p.paragraph > 0) j["paragraph"] = p.paragraph;
    // A PDF: the page and the box on it, in points from the page's top-left corner.
    if (p.page > 0) {
        j["page"] = p.page;
        j["bbox"] = {util::json_number(p.box.x0), util::json_number(p.box.y0), util::json_number(p.box.x1),
                     util::json_number(p.box.y1)};
    }
}

json side_json(const Side& side) {
    json terms = json::array();
    for (const Term& t : side.terms) {
        json term = {{"cell", t.cell},
                     {"label", t.label},
                     {"value", t.value && !t.blank ? util::json_number(*t.value) : json(nullptr)},
                     {"line", t.pos.line},
                     {"column", t.pos.column}};
        add_docx_place(term, t.pos);
        term["blank"] = t.blank;
        terms.push_back(std::move(term));
    }
    return {{"terms", std::move(terms)}, {"sum", util::json_number(side.sum)}};
}

json value_or_null(const std::optional<double>& v) { return v ? util::json_number(*v) : json(nullptr); }

// likely-wrong-cell and the causes of a cluster: the cell, its value (null: blank) and the one
// that fits; the findings it explains; the candidates, or the cells a cause changes together.
void add_diagnosis(json& j, const Diagnosis& d) {
    if (!d.cell.empty()) {
        j["cell"] = d.cell;
        j["value"] = value_or_null(d.value);
        j["suggested_value"] = d.suggested_value ? util::json_number(*d.suggested_value) : json(nullptr);
    }
    j["explains"] = d.explains;
    if (!d.alternatives.empty()) {
        json alternatives = json::array();
        for (const auto& a : d.alternatives)
            alternatives.push_back({{"cell", a.cell}, {"suggested_value", util::json_number(a.suggested_value)}});
        j["alternatives"] = std::move(alternatives);
    }
    if (!d.changes.empty()) {
        json changes = json::array();
        for (const auto& c : d.changes)
            changes.push_back({{"cell", c.cell},
                               {"value", value_or_null(c.value)},
                               {"suggested_value", util::json_number(c.suggested_value)}});
        j["changes"] = std::move(changes);
    }
}

// A clause of the prose against the tables: the clause where it stands, the number it states,
// the cells it was bound to and their value in the table.
void add_statement(json& j, const Statement& s) {
    json where = {{"text", s.text}, {"line", s.pos.line}, {"column", s.pos.column}};
    add_docx_place(where, s.pos);
    j["statement"] = std::move(where);
    j["stated"] = util::json_number(s.stated);
    j["cells"] = s.cells;
    j["table_value"] = util::json_number(s.table_value);
}

json finding_json(const Finding& f, Lang lang) {
    json location = {{"line", f.pos.line}, {"column", f.pos.column}};
    add_docx_place(location, f.pos);
    location["table"] = f.table;
    location["row"] = f.row;
    location["column_key"] = f.column;
    json j = {{"rule", f.rule},
              {"code", f.code},
              {"severity", severity_name(f.severity)},
              {"message", f.message(lang)},
              {"location", std::move(location)},
              {"fingerprint", f.fingerprint}};
    if (f.identity) {
        const IdentityDetail& id = *f.identity;
        j["identity"] = {{"id", id.id},
                         {"lhs", side_json(id.lhs)},
                         {"rhs", side_json(id.rhs)},
                         {"difference", util::json_number(id.difference)},
                         {"blanks", id.blanks}};
    }
    if (f.diagnosis) add_diagnosis(j, *f.diagnosis);
    if (f.statement) add_statement(j, *f.statement);
    if (!f.cells.empty()) {
        json cells = json::array();
        for (const NoteCell& c : f.cells) {
            json cell = {{"cell", c.cell}, {"label", c.label}, {"raw", c.raw}, {"line", c.pos.line}, {"column", c.pos.column}};
            add_docx_place(cell, c.pos);
            cells.push_back(std::move(cell));
        }
        j["cell_list"] = std::move(cells);
        j["not_verified"] = f.not_verified;
    }
    return j;
}

json file_json(const FileResult& r, Lang lang) {
    json findings = json::array();
    for (const Finding& f : r.findings) findings.push_back(finding_json(f, lang));
    json j = {{"path", r.path},
              {"status", status_name(r.status)},
              {"template", template_name(r.layout)},
              {"findings", std::move(findings)}};
    if (r.side_file) j["expect_list"] = true;
    if (r.error)
        j["error"] = {{"rule", r.error->rule},
                      {"code", r.error->code},
                      {"message", r.error->message(lang)},
                      {"line", r.error->pos.line}};
    return j;
}

// Present only when --baseline was given: what it hid, and its entries that no longer occur
// (so it can be pruned).
json baseline_object(const RunEnd& o) {
    json stale = json::array();
    for (const BaselineEntry& e : o.stale) {
        stale.push_back({{"fingerprint", e.fingerprint},
                         {"rule", e.rule},
                         {"path", e.path},
                         {"message", e.message}});
    }
    return {{"suppressed", o.suppressed}, {"stale", std::move(stale)}};
}

json rule_counts(const Summary& s) {
    json out = json::array();
    for (const auto& c : s.rules) out.push_back({{"rule", c.rule}, {"findings", c.findings}, {"files", c.files}});
    return out;
}

// With --expect: the list against the run, and each report it expects that the run lacks.
json coverage_json(const Coverage& c) {
    json missing = json::array();
    for (const Coverage::Missing& m : c.missing) {
        json entry = {{"issuer", m.issuer}, {"year", m.year}, {"line", m.line}};
        if (!m.parent.empty()) entry["parent"] = m.parent;
        missing.push_back(std::move(entry));
    }
    return {{"years", c.years},
            {"expected", c.expected},
            {"present", c.present},
            {"missing", static_cast<int>(c.missing.size())},
            {"unexpected", c.unexpected},
            {"missing_reports", std::move(missing)}};
}

json top_files(const Summary& s) {
    json out = json::array();
    for (const auto& f : s.top_files) out.push_back({{"path", f.path}, {"errors", f.errors}});
    return out;
}

}  // namespace

namespace {

// A value's pretty text as it reads `depth` levels deep in the document: nlohmann's dump of the
// whole document, one piece at a time. JSON strings hold no raw newline, so every newline
// starts a line of the value.
std::string nested_dump(const json& value, int depth) {
    // Paths and labels come from user files: never let a stray byte abort the output.
    std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

// Writes the document as the results come: the files' array stays open until the end.
class JsonWriter final : public ReportWriter {
public:
    JsonWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {
        json tool = {{"name", "xxgk"}, {"version", XXGK_VERSION}};
        out_ << "{\n  \"tool\": " << nested_dump(tool, 1) << ",\n  \"files\": [";
    }

    void file(const FileResult& r) override {
        out_ << (first_ ? "\n    " : ",\n    ") << nested_dump(file_json(r, style_.lang), 2);
        first_ = false;
    }

    void end(const RunEnd& e) override {
        const Summary& s = e.summary;
        json summary = {{"files", s.files},
                        {"clean", s.clean},
                        {"with_findings", s.with_findings},
                        {"unreadable", s.unreadable},
                        {"errors", s.errors},
                        {"warnings", s.warnings},
                        {"notes", s.notes},
                        {"skipped", s.skipped},
                        {"cells_not_verified", s.cells_not_verified},
                        {"rules", rule_counts(s)},
                        {"top_files", top_files(s)}};
        if (e.coverage) summary["expected"] = coverage_json(*e.coverage);
        if (s.hidden > 0) summary["hidden"] = s.hidden;
        if (s.unsupported > 0) summary["unsupported"] = s.unsupported;  // --severity / --quiet
        out_ << (first_ ? "]" : "\n  ]") << ",\n  \"summary\": " << nested_dump(summary, 1);
        if (style_.baseline) out_ << ",\n  \"baseline\": " << nested_dump(baseline_object(e), 1);
        out_ << "\n}\n";
    }

private:
    std::ostream& out_;
    ReportStyle style_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportWriter> open_json(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<JsonWriter>(out, style);
}

}  // namespace xxgk
