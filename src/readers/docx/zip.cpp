// The zip layer of the DOCX reader: one fixed entry out of an archive held in memory.
// Every archive is hostile until read: sizes in headers are claims, not facts (a zip bomb
// states a small size and inflates to gigabytes), so the inflated bytes are counted as they
// come. Only the one entry name we ask for is looked up; other entry names ("../../evil",
// "/etc/passwd") are never used for anything, and nothing is written anywhere.
#include <zip.h>

#include <memory>

#include "readers/docx/parts.hpp"
#include "xxgk/messages.hpp"

namespace xxgk::docx {
namespace {

struct ArchiveCloser {
    // Read-only: nothing to write back, so discard rather than close.
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct SourceFreer {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct ZipError {
    zip_error_t e;
    ZipError() { zip_error_init(&e); }
    ~ZipError() { zip_error_fini(&e); }
    ZipError(const ZipError&) = delete;
    ZipError& operator=(const ZipError&) = delete;
};

Error not_a_zip(const char* why) {
    return error_of(Msg::docx_not_zip, {why});
}

std::string size_text(std::size_t bytes) {
    constexpr std::size_t MiB = std::size_t{1} << 20;
    return bytes % MiB == 0 ? std::to_string(bytes / MiB) + " MiB"
                            : std::to_string(bytes) + " bytes";
}

Error too_big(const char* name, std::size_t limit) {
    return error_of(Msg::docx_too_big, {name, size_text(limit)});
}

}  // namespace

Result<std::string> read_zip_entry(std::string_view zip, const char* name, std::size_t limit) {
    // libzip opens zero bytes as an empty archive; for us it is no archive at all.
    if (zip.empty()) return not_a_zip("empty file");
    ZipError err;
    std::unique_ptr<zip_source_t, SourceFreer> source(
        zip_source_buffer_create(zip.data(), zip.size(), 0, &err.e));
    if (!source) return not_a_zip(zip_error_strerror(&err.e));
    // CHECKCONS: a truncated or doctored archive (central directory and local headers
    // disagreeing) is refused at open rather than half-read.
    std::unique_ptr<zip_t, ArchiveCloser> archive(
        zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &err.e));
    if (!archive) return not_a_zip(zip_error_strerror(&err.e));
    source.release();  // the archive owns it now, and frees it with itself

    zip_int64_t index = zip_name_locate(archive.get(), name, 0);
    if (index < 0) return error_of(Msg::docx_no_entry, {name});
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0)
        return not_a_zip(zip_strerror(archive.get()));
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) return too_big(name, limit);

    std::unique_ptr<zip_file_t, FileCloser> file(
        zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) return not_a_zip(zip_strerror(archive.get()));
    std::string out;
    if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));
    char chunk[64 * 1024];
    for (;;) {
        zip_int64_t n = zip_fread(file.get(), chunk, sizeof chunk);
        if (n < 0) return not_a_zip(zip_file_strerror(file.get()));
        if (n == 0) break;
        // The header said it fits; the data says otherwise. Stop inflating now.
        if (out.size() + static_cast<std::size_t>(n) > limit) return too_big(name, limit);
        out.append(chunk, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace xxgk::docx
