// A numeric cell as printed: blanks and placeholders, units, signs, decimals.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "labels/text.hpp"
#include "model/parts.hpp"
#include "xxgk/model.hpp"

namespace xxgk {
namespace {

constexpr std::array<std::string_view, 9> kPlaceholders = {
    "-", "--", "—", "——", "–", "/", "无", "－", "／"};
constexpr std::array<std::string_view, 5> kUnits = {"万元", "元", "件", "个", "项"};

// Width-folds digits, signs and the decimal point; drops inner spaces.
std::string fold_number(std::string_view text) {
    // Most cells are ASCII digits without spaces: nothing to fold.
    if (std::all_of(text.begin(), text.end(), [](char ch) {
            const auto c = static_cast<unsigned char>(ch);
            return c < 0x80 && !detail::is_space_code_point(c);
        }))
        return std::string(text);
    // Otherwise what stays as it is is copied in runs (a label is asked about too).
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = detail::next_code_point(text, i);
        const bool keep = !detail::is_space_code_point(cp);
        const char32_t folded = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp == 0x2212 ? U'-' : cp;
        if (keep && folded == cp && i - start == util::utf8_length(cp)) continue;  // well-formed, as is
        out.append(text.data() + run, start - run);
        if (keep) detail::append_utf8(out, folded);
        run = i;
    }
    out.append(text.data() + run, text.size() - run);
    return out;
}

}  // namespace

namespace detail {

bool may_have_value(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c >= '0' && c <= '9') || c == 0xC0 || c == 0xC1 || c == 0xE0 || c == 0xEF || c == 0xF0;
    });
}

}  // namespace detail

CellValue parse_cell(std::string_view text, Position pos, bool signed_ok, bool decimal_ok) {
    CellValue cell;
    cell.pos = pos;
    // Most cells: up to 15 ASCII digits between spaces. Nothing below would change them (no
    // folding, placeholder, unit, sign or point), so their value is read directly.
    const std::string_view trimmed = detail::trim(text);
    if (!trimmed.empty() && trimmed.size() <= 15 &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        std::uint64_t whole = 0;
        for (char c : trimmed) whole = whole * 10 + static_cast<unsigned>(c - '0');
        cell.raw = std::string(trimmed);
        cell.value = static_cast<double>(whole);
        return cell;
    }
    cell.raw = detail::printed_label(text);
    std::string s = fold_number(cell.raw);
    if (s.empty()) {
        cell.blank = true;
        return cell;
    }
    for (auto p : kPlaceholders) {
        if (cell.raw == p || s == p) {
            cell.blank = true;
            return cell;
        }
    }
    for (auto u : kUnits) {
        if (s.size() > u.size() && s.compare(s.size() - u.size(), u.size(), u) == 0) {
            cell.unit = std::string(u);
            s.resize(s.size() - u.size());
            break;
        }
    }
    auto unreadable = [&](std::string why) {
        cell.unreadable = true;
        cell.problem = std::move(why);
        return cell;
    };
    std::size_t i = 0;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        if (s[0] == '+' && !signed_ok) return unreadable("a count has no sign");
        ++i;
    }
    std::string digits;
    std::size_t int_digits = 0, frac_digits = 0;
    bool point = false;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            (point ? frac_digits : int_digits)++;
        } else if (c == '.' && !point) {
            point = true;
        } else if (c == ',' && !point && int_digits > 0) {
            continue;  // thousands separator
        } else {
            return unreadable("not a number");
        }
    }
    if (int_digits == 0) return unreadable("not a number");
    if (point && frac_digits == 0) return unreadable("not a number");
    if (point && !decimal_ok) return unreadable("a count must be a whole number");
    // Leading zeros add nothing (0000000002 is 2): they do not count against the 15 digits.
    std::size_t zeros = 0;
    while (zeros + 1 < int_digits && digits[zeros] == '0') ++zeros;
    digits.erase(0, zeros);
    int_digits -= zeros;
    if (int_digits > 15) return unreadable("number too large");
    // At most 15 digits: exact as an integer, so exactly what std::stod would give.
    std::uint64_t whole = 0;
    for (std::size_t k = 0; k < int_digits; ++k) whole = whole * 10 + static_cast<unsigned>(digits[k] - '0');
    double v = static_cast<double>(whole);
    if (frac_digits > 0) v += std::stod("0." + digits.substr(int_digits));
    cell.value = negative ? -v : v;
    return cell;
}

}  // namespace xxgk
