// Marks from findings: an identity's terms, a diagnosis's cell and candidates, a statement's
// cells, a note's cells, and every finding's logical location.
#include "reporters/html_marks.hpp"

#include <algorithm>

namespace xxgk::detail::html {

std::string location_key(const Finding& f) {
    std::string key;
    for (const std::string* part : {&f.table, &f.row, &f.column}) {
        if (part->empty()) break;
        if (!key.empty()) key += '.';
        key += *part;
    }
    return key;
}

Marks::Marks(std::span<const Finding> findings) {
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (f.diagnosis) {
            if (!f.diagnosis->cell.empty()) add(f.diagnosis->cell, i, f, MarkKind::likely, f.diagnosis->suggested_value);
            for (const Diagnosis::Alternative& a : f.diagnosis->alternatives)
                add(a.cell, i, f, MarkKind::candidate, a.suggested_value);
        }
        if (f.identity)
            for (const Side* side : {&f.identity->lhs, &f.identity->rhs})
                for (const Term& t : side->terms) add(t.cell, i, f, MarkKind::term);
        if (f.statement)
            for (const std::string& cell : f.statement->cells) add(cell, i, f, MarkKind::stated);
        for (const NoteCell& c : f.cells) add(c.cell, i, f, MarkKind::at);
        if (std::string key = location_key(f); !key.empty()) add(key, i, f, MarkKind::at);
    }
}

void Marks::add(const std::string& key, std::size_t finding, const Finding& f, MarkKind kind,
                std::optional<double> suggested) {
    if (key.empty()) return;
    auto [it, fresh] = marks_.try_emplace(key);
    Mark& m = it->second;
    if (fresh || kind < m.kind) {
        m.kind = kind;
        if (kind == MarkKind::likely || kind == MarkKind::candidate) m.suggested = suggested;
    }
    if (fresh || f.severity > m.severity) m.severity = f.severity;
    if (std::find(m.findings.begin(), m.findings.end(), finding) == m.findings.end()) m.findings.push_back(finding);
    if (std::find(m.rules.begin(), m.rules.end(), f.rule) == m.rules.end()) m.rules.push_back(f.rule);
}

const Mark* Marks::find(std::string_view key) const {
    const auto it = marks_.find(key);
    return it == marks_.end() ? nullptr : &it->second;
}

}  // namespace xxgk::detail::html
