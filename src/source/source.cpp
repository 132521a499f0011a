#include "xxgk/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "source/encoding.hpp"

namespace xxgk {

namespace {

using detail::kNoOffset;

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// What a known binary format is called, or nullptr. Checked before the NUL scan so the
// message can name the format; a .doc or .docx is a likely mistake for report authors.
const char* binary_kind(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (starts_with(bytes, "\x7f" "ELF"sv)) return "ELF executable";
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n"sv)) return "PNG image";
    if (starts_with(bytes, "%PDF"sv)) return "PDF document";
    if (starts_with(bytes, "\xff\xd8\xff"sv)) return "JPEG image";
    if (starts_with(bytes, "GIF8"sv)) return "GIF image";
    if (starts_with(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"sv)) return "OLE2 document (DOC/XLS?)";
    return nullptr;
}

Error binary_error(std::string_view what) {
    return Error{"binary file (" + std::string(what) + "), not a text report"};
}

// Whitespace-only text counts as empty; U+3000 is the ideographic space of Chinese text.
bool is_blank(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
        if (text.substr(i, 3) == "\xE3\x80\x80") {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

int line_of(std::string_view text_before) {
    return static_cast<int>(detail::count_line_breaks(text_before)) + 1;
}

std::string hex_byte(unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", c);
    return buf;
}

Error invalid_byte(std::string_view what, std::string_view bytes, std::size_t offset, int line) {
    return Error{std::string(what) + ": invalid byte " +
                     hex_byte(static_cast<unsigned char>(bytes[offset])) + " on line " +
                     std::to_string(line),
                 line};
}

// Finishes every successful decode the same way.
Result<SourceText> make_source(std::string path, std::string encoding, std::string_view text) {
    if (text.find('\0') != std::string_view::npos) return binary_error("contains NUL bytes");
    if (is_blank(text)) return Error{"empty file"};
    return SourceText{std::move(path), std::move(encoding), detail::normalize_line_breaks(text)};
}

Result<SourceText> decode_utf16(std::string path, std::string_view bytes, const char* encoding) {
    auto conv = detail::convert_to_utf8(encoding, bytes.substr(2));
    if (!conv) return conv.error();
    if (conv->invalid_at != kNoOffset) {
        const int line = line_of(conv->text);
        return Error{"invalid " + std::string(encoding) + " text on line " + std::to_string(line),
                     line};
    }
    return make_source(std::move(path), encoding, conv->text);
}

}  // namespace

Result<SourceText> decode_source(std::string path, const std::string& bytes,
                                 std::string_view declared_charset) {
    if (bytes.empty()) return Error{"empty file"};
    if (const char* kind = binary_kind(bytes)) return binary_error(kind);
    if (starts_with(bytes, "PK\x03\x04"))
        return Error{"binary file (ZIP archive), not a text report: "
                     "a ZIP archive (DOCX?) is not supported yet"};
    // UTF-16 before the NUL scan: its ASCII characters are half NUL bytes.
    if (starts_with(bytes, "\xFF\xFE")) return decode_utf16(std::move(path), bytes, "UTF-16LE");
    if (starts_with(bytes, "\xFE\xFF")) return decode_utf16(std::move(path), bytes, "UTF-16BE");
    if (bytes.find('\0') != std::string::npos) return binary_error("contains NUL bytes");

    const std::string_view all(bytes);
    if (starts_with(all, "\xEF\xBB\xBF")) {
        // A UTF-8 BOM is a declaration: no fallback to GB18030 after it.
        const std::string_view body = all.substr(3);
        const std::size_t bad = detail::find_invalid_utf8(body);
        if (bad != kNoOffset)
            return invalid_byte("not valid UTF-8 despite the UTF-8 BOM", body, bad,
                                line_of(body.substr(0, bad)));
        return make_source(std::move(path), "UTF-8 (BOM)", body);
    }

    // A page that declares a GB charset is decoded as GB18030 even where its bytes happen to
    // be valid UTF-8 (short GBK sequences can be).
    if (detail::is_gb_charset(declared_charset)) {
        auto gb = detail::convert_to_utf8("GB18030", all);
        if (!gb) return gb.error();
        if (gb->invalid_at == kNoOffset) return make_source(std::move(path), "GB18030", gb->text);
    }

    const std::size_t utf8_bad = detail::find_invalid_utf8(all);
    if (utf8_bad == kNoOffset) return make_source(std::move(path), "UTF-8", all);

    auto conv = detail::convert_to_utf8("GB18030", all);
    if (!conv) return conv.error();
    if (conv->invalid_at == kNoOffset) return make_source(std::move(path), "GB18030", conv->text);

    // Neither decodes. Report where the decoder that got further stopped: that is the
    // file's likely encoding, and the other one may trip over valid text long before
    // (UTF-8 Chinese read as GB18030 goes wrong on the first line).
    const std::size_t bad = std::max(utf8_bad, conv->invalid_at);
    // Line breaks are ASCII in both encodings (GB18030 trail bytes are >= 0x30), so the
    // raw prefix counts lines correctly whichever decoder stopped.
    return invalid_byte("neither valid UTF-8 nor GB18030", all, bad, line_of(all.substr(0, bad)));
}

namespace {

// Closes the descriptor on every path; stdin is borrowed, not owned.
struct Fd {
    int fd = -1;
    bool owned = false;
    ~Fd() {
        if (owned && fd >= 0) ::close(fd);
    }
};

std::string os_error(const char* what, int err) {
    return std::string(what) + ": " + std::strerror(err);
}

Error too_large(std::size_t max_size) {
    return Error{"file is larger than the limit of " + std::to_string(max_size) +
                 " bytes (--max-size)"};
}

// Reads until EOF or until one byte past max_size, whichever comes first; the size is
// never trusted from stat since pipes and stdin report none. Read through a buffer, not into
// a resized string: that would zero a whole chunk for every read, the last one (EOF) included.
Result<std::string> read_limited(int fd, std::size_t max_size, std::size_t size_hint) {
    const std::size_t limit = max_size == static_cast<std::size_t>(-1) ? max_size : max_size + 1;
    constexpr std::size_t kChunk = 64 * 1024;
    char chunk[kChunk];
    std::string bytes;
    bytes.reserve(std::min(size_hint, limit));
    while (bytes.size() < limit) {
        const std::size_t want = std::min(kChunk, limit - bytes.size());
        const ssize_t n = ::read(fd, chunk, want);
        if (n < 0) {
            if (errno == EINTR) continue;
            return Error{os_error("cannot read", errno)};
        }
        if (n == 0) break;
        bytes.append(chunk, static_cast<std::size_t>(n));
    }
    if (bytes.size() > max_size) return too_large(max_size);
    return bytes;
}

}  // namespace

Result<std::string> read_bytes(const std::string& path, std::size_t max_size) {
    Fd file;
    std::size_t size_hint = 0;
    if (path == "-") {
        // Closed (`<&-`), or held write-only by the CLI so that no file opened later takes
        // descriptor 0 and is read as stdin by mistake: either way there is no input.
        const int flags = ::fcntl(STDIN_FILENO, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_WRONLY)
            return Error{"cannot read standard input: it is closed"};
        file.fd = STDIN_FILENO;
    } else {
        // stat before open: opening a FIFO would block until someone writes to it.
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) return Error{os_error("cannot open", errno)};
        if (S_ISDIR(st.st_mode)) return Error{"is a directory, not a file"};
        if (!S_ISREG(st.st_mode)) return Error{"not a regular file"};
        file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (file.fd < 0) return Error{os_error("cannot open", errno)};
        file.owned = true;
        // Check again on the descriptor: the path may have been replaced in between.
        if (::fstat(file.fd, &st) != 0) return Error{os_error("cannot open", errno)};
        if (!S_ISREG(st.st_mode)) return Error{"not a regular file"};
        if (static_cast<std::size_t>(st.st_size) > max_size) return too_large(max_size);
        size_hint = static_cast<std::size_t>(st.st_size);
    }
    return read_limited(file.fd, max_size, size_hint);
}

Result<SourceText> read_source(const std::string& path, std::size_t max_size) {
    auto bytes = read_bytes(path, max_size);
    if (!bytes) return bytes.error();
    return decode_source(path, bytes.value());
}

}  // namespace xxgk
