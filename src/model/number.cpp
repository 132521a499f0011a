// A numeric cell as printed: blanks and placeholders, units, signs, decimals.
#include <array>
#include <cmath>
#include <string>

#include "model/text_util.hpp"
#include "xxgk/model.hpp"

namespace xxgk {
namespace {

constexpr std::array<std::string_view, 9> kPlaceholders = {
    "-", "--", "—", "——", "–", "/", "无", "－", "／"};
constexpr std::array<std::string_view, 5> kUnits = {"万元", "元", "件", "个", "项"};

// Width-folds digits, signs and the decimal point; drops inner spaces.
std::string fold_number(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = detail::next_code_point(text, i);
        if (detail::is_space_code_point(cp)) continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        if (cp == 0x2212) cp = U'-';
        detail::append_utf8(out, cp);
    }
    return out;
}

}  // namespace

CellValue parse_cell(std::string_view text, Position pos, bool signed_ok, bool decimal_ok) {
    CellValue cell;
    cell.pos = pos;
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
    if (int_digits > 15) return unreadable("number too large");
    double v = std::stod(digits.substr(0, int_digits));
    if (frac_digits > 0) v += std::stod("0." + digits.substr(int_digits));
    cell.value = negative ? -v : v;
    return cell;
}

}  // namespace xxgk
