#pragma once
// Shared by the flattened-text reader's files: the source with a normalized copy to find the
// template's words, and the cutting of a table's text into labels and digit runs.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/flat/split.hpp"
#include "util/utf8.hpp"
#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/labels.hpp"
#include "xxgk/template.hpp"

namespace xxgk::flat {

constexpr std::size_t npos = std::string_view::npos;

inline bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || cp == 0x3000;
}
inline bool is_digit(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }
inline bool is_sign(char32_t cp) { return cp == '+' || cp == '-' || cp == 0x2212; }
inline bool is_item_mark(char32_t cp) { return cp == '.' || cp == 0xFF0E || cp == 0x3001; }
inline bool contains(std::string_view s, std::string_view part) { return s.find(part) != npos; }
inline char32_t at(std::string_view s, std::size_t i) {
    return i < s.size() ? util::next_code_point(s, i) : 0;
}
inline std::size_t next(std::string_view s, std::size_t i) {
    return i < s.size() ? (util::next_code_point(s, i), i) : i + 1;
}

// The source and a normalized copy (normalize_label per code point) to find the template's
// words whatever their width, spacing or quotes; offsets are the source's.
class Text {
public:
    explicit Text(std::string_view s) : src(s) {
        // Normalized text is about as long as the source: reserved once, not regrown.
        norm_.reserve(s.size());
        begin_.reserve(s.size() + 1);
        end_.reserve(s.size());
        // ASCII (digit runs, most of a long file) from a table made once.
        static const std::array<std::string, 128> ascii = [] {
            std::array<std::string, 128> out;
            for (int c = 0; c < 128; ++c) out[c] = normalize_label(std::string(1, static_cast<char>(c)));
            return out;
        }();
        std::string other;
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t from = i;
            util::next_code_point(s, i);
            if (s[from] == '\n') lines_.push_back(i);
            const auto byte = static_cast<unsigned char>(s[from]);
            if (byte >= 0x80) other = normalize_label(s.substr(from, i - from));
            for (char c : byte < 0x80 ? ascii[byte] : other) {
                norm_ += c;
                begin_.push_back(from);
                end_.push_back(i);
            }
        }
        begin_.push_back(s.size());
    }
    // Where `word` first starts in [from, to), or npos.
    std::size_t find(std::string_view word, std::size_t from, std::size_t to = npos) const {
        std::size_t k = norm_.find(word, index(from));
        return k == npos || begin_[k] >= to ? npos : begin_[k];
    }
    // Where the last `word` starting in [from, before) starts, or npos.
    std::size_t rfind(std::string_view word, std::size_t from, std::size_t before) const {
        std::size_t k = index(before);
        if (k == 0 || (k = norm_.rfind(word, k - 1)) == npos || begin_[k] < from) return npos;
        return begin_[k];
    }
    std::string norm(std::size_t from, std::size_t to) const {
        return norm_.substr(index(from), index(to) - index(from));
    }
    // The source offset where norm(from, …)[k] starts, and where it ends.
    std::size_t begin_at(std::size_t from, std::size_t k) const { return begin_[index(from) + k]; }
    std::size_t end_at(std::size_t from, std::size_t k) const { return end_[index(from) + k]; }
    Position pos(std::size_t offset) const {
        auto line = std::upper_bound(lines_.begin(), lines_.end(), offset);
        int column = 1;
        for (std::size_t i = *(line - 1); i < offset; i = next(src, i)) ++column;
        return {int(line - lines_.begin()), column};
    }
    std::string_view src;
    // Search steps left for splitting this document's digit runs (see split below).
    mutable std::size_t split_steps = kDocumentSplitSteps;
    static constexpr std::size_t kRunSplitSteps = 200'000, kDocumentSplitSteps = 300'000;

private:
    std::size_t index(std::size_t offset) const {
        return std::lower_bound(begin_.begin(), begin_.end() - 1, offset) - begin_.begin();
    }
    std::string norm_;
    std::vector<std::size_t> begin_, end_, lines_{0};
};

// A table row in flat text: a label [label, run), then a run of digits [run, end).
struct Pair {
    std::size_t label = 0, run = 0, end = 0;
};
using Range = std::pair<std::size_t, std::size_t>;

// Cuts [from, to) into labels and runs. A digit right before '.' or '、' and a non-digit is
// the next label's item number (`…0000502.没有现成…`: `2.` starts the next label).
// `money`: a run may hold decimals and units (table 二). Text after the last run: a Pair
// whose run is empty.
std::vector<Pair> pairs(const Text& t, std::size_t from, std::size_t to, bool money);
// A label path cut into cells before each of the template's item marks: 三、 （一） 1.
std::vector<Range> pieces(const Text& t, std::size_t from, std::size_t to);

std::string_view trimmed(std::string_view s, std::size_t* lead = nullptr);
std::string one_line(std::string_view s);  // whitespace runs as one space, long text cut, for messages
DocCell cell(const Text& t, std::size_t from, std::size_t to);
// A run that cannot be cut: `count` cells holding it, which the model reports unreadable.
std::vector<DocCell> unreadable_cells(const Text& t, const Pair& p, std::size_t count);
std::vector<DocCell> number_cells(const Text& t, const Pair& p, const Reading& reading);
void push_table(DocTable table, Document& doc);

// split_run within the document's bound: each run gets at most Text::kRunSplitSteps of the
// steps left, so a file of many long runs costs little more than a file of one.
Split split(const Text& t, std::string_view run, const SplitRules& rules, std::size_t max_readings);
// Why an exhausted split stopped, after "its digit run \"…\"": the run itself, or the runs
// before it.
std::string_view unsplit_because(const Split& split);
std::string_view unsplit_because_zh(const Split& split);  // the same, in Chinese

// Each table in [from, to) into `doc`; returns where the text stops being the table.
std::size_t read_active(const Text& t, std::size_t from, std::size_t to, Document& doc);
Result<std::size_t> read_applications(const Text& t, std::size_t from, std::size_t to, Document& doc);
Result<std::size_t> read_review(const Text& t, std::size_t from, std::size_t to, Document& doc);

}  // namespace xxgk::flat
