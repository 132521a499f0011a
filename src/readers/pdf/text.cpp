#include "readers/pdf/text.hpp"

#include <algorithm>
#include <cmath>

#include "util/utf8.hpp"

namespace xxgk::pdf {
namespace {

char32_t first_cp(std::string_view s) {
    std::size_t i = 0;
    return s.empty() ? 0 : util::next_code_point(s, i);
}

char32_t last_cp(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return util::next_code_point(s, i);
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out += util::next_code_point(s, i);
    return out;
}

}  // namespace

bool is_wide(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
           (cp >= 0x2018 && cp <= 0x201F) || cp == 0x2014 || cp == 0x2026 || cp >= 0x20000;
}

std::vector<Line> lines_of(std::vector<const TextBox*> boxes) {
    std::sort(boxes.begin(), boxes.end(), [](const TextBox* a, const TextBox* b) {
        return a->cy() != b->cy() ? a->cy() < b->cy() : a->box.x0 < b->box.x0;
    });
    std::vector<Line> lines;
    for (const TextBox* b : boxes) {
        const double h = b->y1 - b->y0;
        // Same line: centres closer than a third of the smaller height (the boxes of the next
        // line are a whole line pitch away; a digit beside a taller ideograph is not).
        if (!lines.empty()) {
            Line& l = lines.back();
            const double lh = l.y1 - l.y0;
            const double lcy = (l.y0 + l.y1) / 2;
            if (std::abs(b->cy() - lcy) < 0.35 * std::min(h, lh) + 0.5) {
                l.boxes.push_back(b);
                l.x0 = std::min(l.x0, b->box.x0);
                l.x1 = std::max(l.x1, b->box.x1);
                continue;
            }
        }
        lines.push_back(Line{{b}, b->box.x0, b->box.x1, b->y0, b->y1, ""});
    }
    for (Line& l : lines) {
        std::sort(l.boxes.begin(), l.boxes.end(),
                  [](const TextBox* a, const TextBox* b) { return a->box.x0 < b->box.x0; });
        const TextBox* prev = nullptr;
        int length = 0;  // of l.text, in code points
        for (const TextBox* b : l.boxes) {
            if (prev && !l.text.empty() && !b->text.empty()) {
                const double gap = b->box.x0 - prev->box.x1;
                const double height = std::min(prev->y1 - prev->y0, b->y1 - b->y0);
                const bool wide = is_wide(last_cp(l.text)) || is_wide(first_cp(b->text));
                if (!wide && (prev->space_after || gap > 0.3 * height)) {
                    l.text += ' ';
                    ++length;
                }
            }
            l.starts.push_back(length);
            l.text += b->text;
            length += static_cast<int>(util::count_code_points(b->text));
            prev = b;
        }
    }
    return lines;
}

std::string join_lines(const std::vector<Line>& lines) {
    std::string out;
    for (const Line& l : lines) {
        if (!out.empty()) out += '\n';
        out += l.text;
    }
    return out;
}

bool starts_item(std::string_view text, bool numbers) {
    const std::u32string s = decode(text.substr(0, 24));
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == 0x3000)) ++i;
    if (i >= s.size()) return false;
    const char32_t c = s[i];
    if (is_digit(c)) {  // "2.重复申请", "186"
        if (numbers) return true;
        std::size_t j = i;
        while (j < s.size() && is_digit(s[j])) ++j;
        return j < s.size() && (s[j] == U'.' || s[j] == U'、' || s[j] == U'．') && j + 1 < s.size() && !is_digit(s[j + 1]);
    }
    if (c == U'-' || c == U'+') return numbers && i + 1 < s.size() && is_digit(s[i + 1]);
    if (kNumerals.find(c) != std::u32string::npos) {
        std::size_t j = i;
        while (j < s.size() && kNumerals.find(s[j]) != std::u32string::npos) ++j;
        return j < s.size() && (s[j] == U'、' || s[j] == U'.' || s[j] == U'．');
    }
    if (c == U'（' || c == U'(') {
        std::size_t j = i + 1;
        while (j < s.size() && (kNumerals.find(s[j]) != std::u32string::npos || is_digit(s[j]))) ++j;
        return j > i + 1 && j < s.size() && (s[j] == U'）' || s[j] == U')');
    }
    return false;
}

bool is_page_number(std::string_view text) {
    const std::u32string s = decode(text);
    if (s.empty() || s.size() > 24) return false;
    bool digit = false;
    for (char32_t c : s) {
        if (is_digit(c)) {
            digit = true;
            continue;
        }
        if (c == ' ' || c == 0x3000 || c == '-' || c == 0x2014 || c == 0x2013 || c == '/' || c == U'第' ||
            c == U'页' || c == U'共' || c == U'—' || c == U'－' || c == U'Ｐ' || c == 'P' || c == 'p' || c == 'a' ||
            c == 'g' || c == 'e' || c == '.')
            continue;
        return false;
    }
    return digit;
}

}  // namespace xxgk::pdf
