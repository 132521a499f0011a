#pragma once
// The source layer: bytes of a file (or stdin) to UTF-8 text.
#include <cstddef>
#include <string>
#include <string_view>

#include "xxgk/error.hpp"

namespace xxgk {

inline constexpr std::size_t kDefaultMaxSize = 64u * 1024u * 1024u;

struct SourceText {
    std::string path;      // as the user named it; "-" for stdin
    std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE"
    std::string text;      // UTF-8, BOM removed, line breaks as in the original
};

// Detects the encoding of `bytes` (BOM; a charset the document declares, such as an HTML
// <meta charset>; valid UTF-8; else GB18030) and converts to UTF-8. Line breaks become LF;
// every line is kept, so line N of the result is line N of the original and columns
// counted in characters are the same in both.
Result<SourceText> decode_source(std::string path, const std::string& bytes,
                                 std::string_view declared_charset = {});

// The bytes of a report ("-" = stdin), at most max_size of them. Every file xxgk reads goes
// through here or read_side_file: regular files only (a FIFO, a device, a socket or a folder is
// a clear error, never a read that blocks), within a size limit.
Result<std::string> read_bytes(const std::string& path, std::size_t max_size = kDefaultMaxSize);

// Side files (a baseline, an issuer map, an expect list, a config file) are small: 16 MiB is far
// beyond any real one, and /dev/zero named by mistake stops there.
inline constexpr std::size_t kMaxSideFileSize = std::size_t{16} << 20;
Result<std::string> read_side_file(const std::string& path, std::size_t max_size = kMaxSideFileSize);

// A system error (errno) in Chinese, for those a user meets; others keep the system's words.
std::string reason_zh(int err);

// read_bytes, then decode_source.
Result<SourceText> read_source(const std::string& path, std::size_t max_size = kDefaultMaxSize);

}  // namespace xxgk
