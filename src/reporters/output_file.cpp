// Output files are written whole or not at all (DESIGN.md): a reader of the file — a CI step
// uploading SARIF, the next run reading a baseline — never sees half of one, even if xxgk is
// killed, the disk fills up, or the old file was being read at the time. The content streams
// into a temporary file as it is produced, so a long run holds none of it in memory.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "reporters/interrupt.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

Error system_error(Msg what, int errnum) { return error_of(what, {os_reason(errnum)}); }

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

// A buffer in front of the file descriptor; the first failed write is kept for commit().
class OutputFile::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : fd_(fd), data_(64 * 1024) { setp(data_.data(), data_.data() + data_.size()); }
    std::optional<Error> error;

    bool drain() {
        const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
        setp(data_.data(), data_.data() + data_.size());
        if (error || pending.empty()) return !error;
        if (!write_all(fd_, pending)) error = system_error(Msg::output_cannot_write, errno);
        return !error;
    }

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) sputc(traits_type::to_char_type(ch));
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    int fd_;
    std::vector<char> data_;
};

Result<std::unique_ptr<OutputFile>> OutputFile::open(const std::string& named) {
    namespace fs = std::filesystem;
    std::unique_ptr<OutputFile> out(new OutputFile);
    struct stat st {};
    if (::stat(named.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        // A device, a FIFO, /dev/stdout: there is no file to replace, and a temporary file
        // must not be made next to it (in /dev, as root, the rename would replace the
        // device). Written to as it is, like `cat > path`.
        if (S_ISDIR(st.st_mode)) return error_of(Msg::output_is_directory);
        out->fd_ = ::open(named.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (out->fd_ < 0) return system_error(Msg::cannot_open, errno);
    } else {
        // A symbolic link to a file: the file is replaced and the link kept.
        out->path_ = named;
        if (::lstat(named.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
            std::error_code ec;
            fs::path real = fs::canonical(named, ec);
            if (!ec) out->path_ = real.string();
        }
        const fs::path target(out->path_);
        if (target.filename().empty()) return error_of(Msg::output_not_a_name);
        // Same directory as the target, so rename() replaces it in one step.
        const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        out->temp_ = (dir / ("." + target.filename().string() + ".xxgk-XXXXXX")).string();
        out->fd_ = ::mkstemp(out->temp_.data());
        if (out->fd_ < 0) {
            out->temp_.clear();
            return error_of(Msg::output_cannot_create, {dir.string(), os_reason(errno)});
        }
        out->slot_ = detail::register_temporary(out->temp_);
        // mkstemp makes the file 0600; give it the mode a plain open() would (0666 minus umask).
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(out->fd_, 0666 & ~mask);
    }
    out->buffer_ = std::make_unique<Buffer>(out->fd_);
    out->stream_ = std::make_unique<std::ostream>(out->buffer_.get());
    return out;
}

OutputFile::~OutputFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
    detail::unregister_temporary(slot_);
}

std::optional<Error> OutputFile::commit() {
    buffer_->drain();
    std::optional<Error> error = buffer_->error;
    // A writer that could not make its output (a workbook that failed) says so on the stream.
    if (!error && stream_->fail()) error = error_of(Msg::output_write_failed);
    if (!error && !temp_.empty() && ::fsync(fd_) != 0) error = system_error(Msg::output_cannot_write, errno);
    if (::close(fd_) != 0 && !error) error = system_error(Msg::output_cannot_write, errno);
    fd_ = -1;
    if (!error && !temp_.empty()) {
        if (::rename(temp_.c_str(), path_.c_str()) != 0) return system_error(Msg::output_cannot_rename, errno);
        detail::unregister_temporary(slot_);
        slot_ = -1;
        temp_.clear();  // in place now: nothing to remove
    }
    return error;
}

std::optional<Error> write_file_atomically(const std::string& path, std::string_view content) {
    auto file = OutputFile::open(path);
    if (!file) return file.error();
    file.value()->stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    return file.value()->commit();
}

}  // namespace xxgk
