// Labels are compared after folding the differences that copies of one template show:
// full/half width, spaces inside labels, quotes, traditional script.
#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "labels/text.hpp"
#include "xxgk/labels.hpp"

namespace xxgk {
namespace {

// Traditional forms of the characters used in the template's labels and headings,
// sorted by code point (binary search).
constexpr std::array<std::pair<char32_t, char32_t>, 106> kTraditional = {{
    {U'來', U'来'}, {U'係', U'系'}, {U'個', U'个'}, {U'們', U'们'}, {U'內', U'内'}, {U'動', U'动'},
    {U'務', U'务'}, {U'區', U'区'}, {U'單', U'单'}, {U'國', U'国'}, {U'執', U'执'}, {U'報', U'报'},
    {U'實', U'实'}, {U'審', U'审'}, {U'對', U'对'}, {U'廢', U'废'}, {U'強', U'强'}, {U'後', U'后'},
    {U'從', U'从'}, {U'復', U'复'}, {U'態', U'态'}, {U'應', U'应'}, {U'採', U'采'}, {U'據', U'据'},
    {U'數', U'数'}, {U'條', U'条'}, {U'業', U'业'}, {U'構', U'构'}, {U'標', U'标'}, {U'機', U'机'},
    {U'檔', U'档'}, {U'權', U'权'}, {U'歸', U'归'}, {U'決', U'决'}, {U'沒', U'没'}, {U'況', U'况'},
    {U'減', U'减'}, {U'準', U'准'}, {U'為', U'为'}, {U'無', U'无'}, {U'獲', U'获'}, {U'現', U'现'},
    {U'產', U'产'}, {U'當', U'当'}, {U'發', U'发'}, {U'確', U'确'}, {U'穩', U'稳'}, {U'節', U'节'},
    {U'範', U'范'}, {U'糾', U'纠'}, {U'紀', U'纪'}, {U'納', U'纳'}, {U'結', U'结'}, {U'絕', U'绝'},
    {U'統', U'统'}, {U'經', U'经'}, {U'維', U'维'}, {U'網', U'网'}, {U'線', U'线'}, {U'總', U'总'},
    {U'織', U'织'}, {U'繳', U'缴'}, {U'繼', U'继'}, {U'續', U'续'}, {U'罰', U'罚'}, {U'職', U'职'},
    {U'與', U'与'}, {U'舉', U'举'}, {U'處', U'处'}, {U'補', U'补'}, {U'製', U'制'}, {U'複', U'复'},
    {U'覆', U'复'}, {U'規', U'规'}, {U'計', U'计'}, {U'訟', U'讼'}, {U'訪', U'访'}, {U'許', U'许'},
    {U'訴', U'诉'}, {U'詢', U'询'}, {U'認', U'认'}, {U'請', U'请'}, {U'諾', U'诺'}, {U'議', U'议'},
    {U'護', U'护'}, {U'變', U'变'}, {U'財', U'财'}, {U'費', U'费'}, {U'資', U'资'}, {U'購', U'购'},
    {U'轉', U'转'}, {U'這', U'这'}, {U'進', U'进'}, {U'過', U'过'}, {U'違', U'违'}, {U'開', U'开'},
    {U'間', U'间'}, {U'關', U'关'}, {U'際', U'际'}, {U'險', U'险'}, {U'項', U'项'}, {U'預', U'预'},
    {U'題', U'题'}, {U'額', U'额'}, {U'類', U'类'}, {U'體', U'体'},
}};

static_assert(std::is_sorted(kTraditional.begin(), kTraditional.end()));

// One bit per code point from the first traditional form to the last: most characters of a
// report are in that range without being one, and the bit says so without a binary search
// (whose branches cannot be predicted; it was most of the time spent normalizing).
constexpr char32_t kFirstTraditional = kTraditional.front().first;
constexpr char32_t kLastTraditional = kTraditional.back().first;
constexpr auto kIsTraditional = [] {
    std::array<std::uint64_t, (kLastTraditional - kFirstTraditional) / 64 + 1> bits{};
    for (auto [from, to] : kTraditional)
        bits[(from - kFirstTraditional) / 64] |= std::uint64_t{1} << ((from - kFirstTraditional) % 64);
    return bits;
}();

bool is_traditional(char32_t cp) {
    if (cp < kFirstTraditional || cp > kLastTraditional) return false;
    const char32_t bit = cp - kFirstTraditional;
    return kIsTraditional[bit / 64] >> (bit % 64) & 1;
}

char32_t fold(char32_t cp) {
    if (cp < 0x80) return cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // full-width ASCII, incl. （）
    switch (cp) {
        case 0x2212: case 0x2010: case 0x2011: return U'-';
        case U'〔': return U'[';
        case U'〕': return U']';
        default: break;
    }
    if (!is_traditional(cp)) return cp;
    auto it = std::lower_bound(kTraditional.begin(), kTraditional.end(), cp,
                               [](const auto& p, char32_t c) { return p.first < c; });
    if (it != kTraditional.end() && it->first == cp) return it->second;
    return cp;
}

bool is_quote(char32_t cp) {
    switch (cp) {
        case U'"': case U'\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019:
        case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x301D: case 0x301E:
            return true;
        default:
            return false;
    }
}

}  // namespace

namespace detail {

void append_normalized_label(std::string& out, std::string_view text, std::size_t limit) {
    // Text that stays as it is (most of it) is copied in runs, not character by character;
    // out.size() + (i - run) is the size `out` would have with the run copied.
    std::size_t run = 0, i = 0;
    while (i < text.size() && out.size() + (i - run) <= limit) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        // Most of a label: CJK ideographs already in simplified form (3 bytes, none of them a
        // space, a quote or a folded character).
        if (i - start == 3 && cp >= 0x4E00 && cp <= 0x9FFF && !is_traditional(cp)) continue;
        const char32_t folded = fold(cp);
        const bool keep = !is_space_code_point(cp) && !is_quote(folded);
        // Unchanged and well-formed (not an invalid byte, not overlong): part of the run.
        if (keep && folded == cp && i - start == util::utf8_length(cp)) continue;
        out.append(text.data() + run, start - run);
        if (keep) append_utf8(out, folded);
        run = i;
    }
    out.append(text.data() + run, i - run);
}

std::string normalize_label_prefix(std::string_view text, std::size_t max_bytes) {
    std::string out;
    out.reserve(std::min(text.size(), max_bytes + 4));
    append_normalized_label(out, text, max_bytes);
    return out;
}

}  // namespace detail

std::string normalize_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    detail::append_normalized_label(out, text);
    return out;
}

}  // namespace xxgk
