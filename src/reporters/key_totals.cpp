// The key totals of a report, read from its typed model.
#include "key_totals.hpp"

#include <string>

namespace xxgk::detail {
namespace {

std::optional<double> total_of(const Report& r, std::string_view row) {
    const ApplicationRow* found = r.applications.row(std::string(row));
    if (!found || found->cells[6].unreadable) return std::nullopt;
    return found->cells[6].value;
}

std::optional<double> value_of(const CellValue* c) {
    if (!c || c->unreadable) return std::nullopt;
    return c->value;
}

}  // namespace

std::array<std::optional<double>, kKeyTotals.size()> key_totals(const Report& r) {
    std::array<std::optional<double>, kKeyTotals.size()> out{};
    out[0] = total_of(r, "new_received");
    out[1] = total_of(r, "carried_over");
    out[2] = total_of(r, "results_total");
    out[3] = total_of(r, "carried_forward");
    if (r.review.present) {
        out[4] = value_of(&r.review.cells[4]);
        const std::optional<double> direct = value_of(&r.review.cells[9]), after = value_of(&r.review.cells[14]);
        if (direct && after) out[5] = *direct + *after;
    }
    out[6] = value_of(r.lookup("active_disclosure.art20_1.normative_documents.issued").cell);
    out[7] = value_of(r.lookup("active_disclosure.art20_1.normative_documents.in_force").cell);
    return out;
}

}  // namespace xxgk::detail
