#include "xxgk/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

#include "source/encoding.hpp"
#include "xxgk/messages.hpp"

namespace xxgk {

namespace {

using detail::kNoOffset;

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// What a known binary format is called, or nothing. Checked before the NUL scan so the
// message can name the format; a .doc or .docx is a likely mistake for report authors.
std::optional<Msg> binary_kind(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (starts_with(bytes, "\x7f" "ELF"sv)) return Msg::kind_elf;
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n"sv)) return Msg::kind_png;
    if (starts_with(bytes, "%PDF"sv)) return Msg::kind_pdf;
    if (starts_with(bytes, "\xff\xd8\xff"sv)) return Msg::kind_jpeg;
    if (starts_with(bytes, "GIF8"sv)) return Msg::kind_gif;
    return std::nullopt;
}

Error binary_error(Msg kind) { return error_of(Msg::binary_file, {kind}); }

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

Error invalid_byte(Msg what, std::string_view bytes, std::size_t offset, int line) {
    return error_of(Msg::invalid_byte, {what, hex_byte(static_cast<unsigned char>(bytes[offset])), line}, line);
}

// Finishes every successful decode the same way.
Result<SourceText> make_source(std::string path, std::string encoding, std::string_view text) {
    if (text.find('\0') != std::string_view::npos) return binary_error(Msg::kind_nul_bytes);
    if (is_blank(text)) return error_of(Msg::empty_file);
    return SourceText{std::move(path), std::move(encoding), detail::normalize_line_breaks(text)};
}

Result<SourceText> decode_utf16(std::string path, std::string_view bytes, const char* encoding) {
    auto conv = detail::convert_to_utf8(encoding, bytes.substr(2));
    if (!conv) return conv.error();
    if (conv->invalid_at != kNoOffset) {
        const int line = line_of(conv->text);
        return error_of(Msg::invalid_text, {encoding, line}, line);
    }
    return make_source(std::move(path), encoding, conv->text);
}

}  // namespace

Result<SourceText> decode_source(std::string path, const std::string& bytes,
                                 std::string_view declared_charset) {
    if (bytes.empty()) return error_of(Msg::empty_file);
    if (std::optional<Msg> kind = binary_kind(bytes)) return binary_error(*kind);
    // An old Office file (a Word 97-2003 .doc, an .xls) or a ZIP that is no .docx: what to do.
    if (starts_with(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
        return error_of(Msg::binary_file_advice, {Msg::kind_ole2, Msg::advice_ole2});
    if (starts_with(bytes, "PK\x03\x04")) return error_of(Msg::binary_file_advice, {Msg::kind_zip, Msg::advice_zip});
    // UTF-16 before the NUL scan: its ASCII characters are half NUL bytes.
    if (starts_with(bytes, "\xFF\xFE")) return decode_utf16(std::move(path), bytes, "UTF-16LE");
    if (starts_with(bytes, "\xFE\xFF")) return decode_utf16(std::move(path), bytes, "UTF-16BE");
    if (bytes.find('\0') != std::string::npos) return binary_error(Msg::kind_nul_bytes);

    const std::string_view all(bytes);
    if (starts_with(all, "\xEF\xBB\xBF")) {
        // A UTF-8 BOM is a declaration: no fallback to GB18030 after it.
        const std::string_view body = all.substr(3);
        const std::size_t bad = detail::find_invalid_utf8(body);
        if (bad != kNoOffset)
            return invalid_byte(Msg::not_utf8_despite_bom, body, bad,
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
    return invalid_byte(Msg::neither_utf8_nor_gb18030, all, bad, line_of(all.substr(0, bad)));
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

Error too_large(std::size_t max_size, bool side_file) {
    return error_of(side_file ? Msg::side_file_too_large : Msg::file_too_large, {max_size});
}

// What a file that is not a regular one is, for the message.
Msg kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return Msg::kind_directory;
    if (S_ISFIFO(mode)) return Msg::kind_fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode)) return Msg::kind_device;
    if (S_ISSOCK(mode)) return Msg::kind_socket;
    return Msg::kind_not_regular;
}

// Reads until EOF or until one byte past max_size, whichever comes first; the size is
// never trusted from stat since pipes and stdin report none. Read through a buffer, not into
// a resized string: that would zero a whole chunk for every read, the last one (EOF) included.
Result<std::string> read_limited(int fd, std::size_t max_size, std::size_t size_hint, bool side_file) {
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
            return error_of(Msg::cannot_read, {os_reason(errno)});
        }
        if (n == 0) break;
        bytes.append(chunk, static_cast<std::size_t>(n));
    }
    if (bytes.size() > max_size) return too_large(max_size, side_file);
    return bytes;
}

Result<std::string> read_file_impl(const std::string& path, std::size_t max_size, bool side_file) {
    Fd file;
    std::size_t size_hint = 0;
    if (path == "-" && !side_file) {
        // Closed (`<&-`), or held write-only by the CLI so that no file opened later takes
        // descriptor 0 and is read as stdin by mistake: either way there is no input.
        const int flags = ::fcntl(STDIN_FILENO, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_WRONLY)
            return error_of(Msg::stdin_closed);
        file.fd = STDIN_FILENO;
        return read_limited(file.fd, max_size, size_hint, side_file);
    }
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever; the type is
    // checked on the descriptor, so a path replaced in between is caught too.
    file.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (file.fd < 0) {
        const int err = errno;
        if (err == ENAMETOOLONG)
            return error_of(Msg::path_too_long, {path.size()});
        // A side file's reader names what it could not read ("cannot read the baseline: …").
        if (side_file) return error_of(Msg::os_error, {os_reason(err)});
        return error_of(Msg::cannot_open, {os_reason(err)});
    }
    file.owned = true;
    struct stat st {};
    if (::fstat(file.fd, &st) != 0) return error_of(Msg::cannot_open, {os_reason(errno)});
    if (S_ISDIR(st.st_mode)) return error_of(Msg::is_directory);
    if (!S_ISREG(st.st_mode)) return error_of(Msg::not_regular_file, {kind_of(st.st_mode)});
    // A regular file blocks on nothing: read it as usual.
    const int flags = ::fcntl(file.fd, F_GETFL);
    if (flags >= 0) ::fcntl(file.fd, F_SETFL, flags & ~O_NONBLOCK);
    if (static_cast<std::size_t>(st.st_size) > max_size) return too_large(max_size, side_file);
    size_hint = static_cast<std::size_t>(st.st_size);
    return read_limited(file.fd, max_size, size_hint, side_file);
}

}  // namespace

// The system's reasons in Chinese, for those a user meets; others keep the system's words.
std::string reason_zh(int err) {
    switch (err) {
        case ENOENT: return "文件不存在";
        case EACCES: case EPERM: return "没有读取权限";
        case ENOTDIR: return "路径中有一段不是文件夹";
        case ELOOP: return "符号链接循环或层数过多";
        case EISDIR: return "是文件夹，不是文件";
        case EIO: return "读写错误";
        case EMFILE: case ENFILE: return "打开的文件过多";
        case ENOMEM: return "内存不足";
        case ENAMETOOLONG: return "路径过长，超出系统上限";
        case ENOSPC: return "磁盘空间不足";
        case EROFS: return "文件系统只读";
        case EFBIG: return "文件过大（超出系统或进程的上限）";
        default: return std::string("系统错误：") + std::strerror(err);
    }
}


Result<std::string> read_bytes(const std::string& path, std::size_t max_size) {
    return read_file_impl(path, max_size, false);
}

Result<std::string> read_side_file(const std::string& path, std::size_t max_size) {
    return read_file_impl(path, max_size, true);
}

Result<SourceText> read_source(const std::string& path, std::size_t max_size) {
    auto bytes = read_bytes(path, max_size);
    if (!bytes) return bytes.error();
    return decode_source(path, bytes.value());
}

}  // namespace xxgk
