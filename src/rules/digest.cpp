// A report reduced to what the cross-report rules compare.
#include "xxgk/cross.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>

namespace xxgk {
namespace {

DigestCell lite(const CellValue* c) {
    if (!c || c->unreadable) return {};
    return {c->value, c->pos};
}

struct Hasher {
    std::uint64_t h = 1469598103934665603ull;
    int nonzero = 0;
    void bytes(std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
    }
    void separator() {
        h ^= 0xff;
        h *= 1099511628211ull;
    }
    // std::to_string(v), printf's "%f", without printf for the whole numbers cells hold.
    void number(double v) {
        if (v != std::trunc(v) || std::fabs(v) >= 1e15) return bytes(std::to_string(v));
        std::array<char, 24> buf;
        char* p = buf.data();
        if (std::signbit(v)) *p++ = '-';  // "%f" prints -0.0 as "-0.000000"
        p = std::to_chars(p, buf.data() + buf.size(), static_cast<long long>(std::fabs(v))).ptr;
        bytes(std::string_view(buf.data(), static_cast<std::size_t>(p - buf.data())));
        bytes(".000000");
    }
    // The key is given in parts and hashed as their concatenation.
    void cell(std::initializer_list<std::string_view> key, const CellValue& c) {
        for (std::string_view part : key) bytes(part);
        separator();
        if (c.value)
            number(*c.value);
        else
            bytes(c.raw);
        separator();
        if (c.value && *c.value != 0) ++nonzero;
    }
};

// A cell's value for the sums of aggregate-sum: a blank is 0, as the identities read it by
// default; nothing (NaN) where the report has no readable value.
double sum_value(const CellValue& c) {
    if (c.unreadable) return std::nan("");
    if (c.value) return *c.value;
    return c.blank ? 0 : std::nan("");
}

void digest_cells(const Report& r, ReportDigest& d) {
    const std::size_t count = digest_cell_count();
    d.cells.assign(count, std::nan(""));
    d.cell_places.assign(count, Position{});
    const std::span<const ApplicationRowSpec> specs = application_row_specs();
    for (const ApplicationRow& row : r.applications.rows) {
        const auto spec = std::ranges::find(specs, row.key, &ApplicationRowSpec::key);
        if (row.key.empty() || spec == specs.end()) continue;
        const std::size_t at = static_cast<std::size_t>(spec - specs.begin());
        for (std::size_t c = 0; c < 7; ++c) {
            const std::size_t k = digest_application_cell(at, c);
            if (!std::isnan(d.cells[k])) continue;  // a row printed twice: the first counts
            d.cells[k] = sum_value(row.cells[c]);
            d.cell_places[k] = row.cells[c].pos;
        }
    }
    if (!r.review.present) return;
    for (std::size_t i = 0; i < 15; ++i) {
        d.cells[digest_review_cell(i)] = sum_value(r.review.cells[i]);
        d.cell_places[digest_review_cell(i)] = r.review.cells[i].pos;
    }
}

}  // namespace

std::size_t digest_application_cell(std::size_t row, std::size_t column) { return row * 7 + column; }
std::size_t digest_review_cell(std::size_t i) { return application_row_specs().size() * 7 + i; }
std::size_t digest_cell_count() { return application_row_specs().size() * 7 + 15; }

ReportDigest digest_report(const Report& r, const std::string& path) {
    ReportDigest d;
    d.path = path;
    d.issuer = r.issuer;
    d.year = r.year;
    d.layout = r.layout;
    d.tables_pos = r.applications.present ? r.applications.pos : r.active.pos;
    const ApplicationRow* over = r.applications.row("carried_over");
    const ApplicationRow* forward = r.applications.row("carried_forward");
    for (std::size_t c = 0; c < 7; ++c) {
        d.carried_over[c] = lite(over ? &over->cells[c] : nullptr);
        d.carried_forward[c] = lite(forward ? &forward->cells[c] : nullptr);
    }
    static constexpr std::string_view rows[] = {"regulations", "normative_documents"};
    for (std::size_t i = 0; i < 2; ++i) {
        std::string base = "active_disclosure.art20_1." + std::string(rows[i]) + ".";
        d.documents[i] = {lite(r.lookup(base + "issued").cell), lite(r.lookup(base + "repealed").cell),
                          lite(r.lookup(base + "in_force").cell)};
    }
    Hasher h;
    for (const auto& item : r.active.items)
        for (const auto& row : item.rows)
            for (std::size_t c = 0; c < row.cells.size() && c < item.columns.size(); ++c)
                h.cell({item.key, row.key, item.columns[c].key}, row.cells[c]);
    static constexpr std::string_view numbers[] = {"0", "1", "2",  "3",  "4",  "5",  "6", "7",
                                                   "8", "9", "10", "11", "12", "13", "14"};
    for (const auto& row : r.applications.rows)
        for (std::size_t c = 0; c < 7; ++c) h.cell({row.key, numbers[c]}, row.cells[c]);
    for (std::size_t i = 0; i < 15; ++i) h.cell({numbers[i]}, r.review.cells[i]);
    d.tables_hash = h.h;
    d.nonzero_cells = h.nonzero;
    const ApplicationRow* received = r.applications.row("new_received");
    d.new_received_total = lite(received ? &received->cells[6] : nullptr);
    if (r.review.present) {
        d.review_total = lite(&r.review.cells[4]);
        d.litigation_direct_total = lite(&r.review.cells[9]);
        d.litigation_after_review_total = lite(&r.review.cells[14]);
    }
    digest_cells(r, d);
    return d;
}

}  // namespace xxgk
