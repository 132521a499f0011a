#include "source/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "xxgk/messages.hpp"

namespace xxgk::detail {

namespace {

bool is_continuation(unsigned char c) { return c >= 0x80 && c <= 0xBF; }

// Whether the eight bytes at p are all ASCII (none has its high bit set).
bool all_ascii8(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ull) == 0;
}

// Length of the well-formed sequence at bytes[i], or 0. The ranges are Table 3-7 of the
// Unicode Standard: the narrowed second-byte ranges are what exclude overlongs (E0, F0),
// surrogates (ED) and code points above U+10FFFF (F4).
std::size_t sequence_length(std::string_view bytes, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
    const std::size_t left = bytes.size() - i;
    const unsigned char c = at(0);
    if (c < 0x80) return 1;
    unsigned char lo = 0x80, hi = 0xBF;
    std::size_t len = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;  // 80..C1 (continuation or overlong lead) and F5..FF never start a sequence
    }
    if (left < len) return 0;
    if (at(1) < lo || at(1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (!is_continuation(at(k))) return 0;
    return len;
}

// Owns an iconv descriptor so every path closes it.
class Iconv {
public:
    Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)), open_errno_(errno) {}
    ~Iconv() {
        if (ok()) iconv_close(cd_);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;
    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return cd_; }
    int open_errno() const { return open_errno_; }  // meaningful only when !ok()

private:
    iconv_t cd_;
    int open_errno_;
};

}  // namespace

std::size_t find_invalid_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        // ASCII, eight bytes at a time: most of a page is markup.
        while (i + 8 <= bytes.size() && all_ascii8(bytes.data() + i)) i += 8;
        if (i == bytes.size()) break;
        // Chinese text is mostly three-byte sequences with the full continuation range (not
        // E0 or ED, whose second byte is narrower: those take sequence_length).
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < bytes.size() &&
            is_continuation(static_cast<unsigned char>(bytes[i + 1])) &&
            is_continuation(static_cast<unsigned char>(bytes[i + 2]))) {
            i += 3;
            continue;
        }
        const std::size_t len = sequence_length(bytes, i);
        if (len == 0) return i;
        i += len;
    }
    return kNoOffset;
}

Result<Conversion> convert_to_utf8(const char* from, std::string_view bytes) {
    Iconv cd("UTF-8", from);
    if (!cd.ok())
        return error_of(Msg::cannot_convert, {from, os_reason(cd.open_errno())});

    Conversion result;
    // Two input bytes never need more than four output bytes (GB18030, UTF-16 alike), so
    // this rarely grows; E2BIG still handles the rest.
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());  // POSIX iconv takes char** but does not write
    std::size_t in_left = bytes.size();
    std::size_t used = 0;
    bool flushing = false;  // second phase: in == nullptr resets the shift state
    for (;;) {
        char* out_ptr = out.data() + used;
        std::size_t out_left = out.size() - used;
        const std::size_t rc = flushing ? iconv(cd.get(), nullptr, nullptr, &out_ptr, &out_left)
                                        : iconv(cd.get(), &in, &in_left, &out_ptr, &out_left);
        const int err = errno;
        used = static_cast<std::size_t>(out_ptr - out.data());
        if (rc != static_cast<std::size_t>(-1)) {
            if (flushing) break;
            flushing = true;
            continue;
        }
        if (err == E2BIG) {
            out.resize(out.size() * 2);
        } else if (err == EILSEQ || err == EINVAL) {
            // EINVAL: truncated sequence at the end of the input, just as invalid for us.
            result.invalid_at = static_cast<std::size_t>(in - bytes.data());
            break;
        } else {
            return error_of(Msg::cannot_convert, {from, os_reason(err)});
        }
    }
    out.resize(used);
    result.text = std::move(out);
    return result;
}

std::size_t count_line_breaks(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++n;
        } else if (text[i] == '\r') {
            ++n;
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        }
    }
    return n;
}

std::string normalize_line_breaks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t from = 0;
    for (std::size_t cr; (cr = text.find('\r', from)) != std::string_view::npos;) {
        out.append(text.substr(from, cr - from));
        out += '\n';
        from = cr + 1 < text.size() && text[cr + 1] == '\n' ? cr + 2 : cr + 1;
    }
    out.append(text.substr(from));
    return out;
}

bool is_gb_charset(std::string_view charset) {
    std::string lower;
    for (char c : charset) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return lower == "gb2312" || lower == "gbk" || lower == "gb18030" || lower == "x-gbk" ||
           lower == "cp936" || lower == "euc-cn";
}

}  // namespace xxgk::detail
