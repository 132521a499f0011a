// A report reduced to what the cross-report rules compare.
#include "xxgk/cross.hpp"

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

}  // namespace

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
    return d;
}

}  // namespace xxgk
