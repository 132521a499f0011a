// Output files are written whole or not at all (DESIGN.md): a reader of the file — a CI step
// uploading SARIF, the next run reading a baseline — never sees half of one, even if xxgk is
// killed, the disk fills up, or the old file was being read at the time.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

Error system_error(std::string what) {
    return Error{what + ": " + std::strerror(errno), 0};
}

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// A device, a FIFO, /dev/stdout: there is no file to replace, and a temporary file must not
// be made next to it (in /dev, as root, the rename would replace the device). Written to as
// it is, like `cat > path`.
std::optional<Error> write_in_place(const std::string& path, std::string_view content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return system_error("cannot open");
    std::optional<Error> error;
    if (!write_all(fd, content)) error = system_error("cannot write");
    if (::close(fd) != 0 && !error) error = system_error("cannot write");
    return error;
}

}  // namespace

std::optional<Error> write_file_atomically(const std::string& named, std::string_view content) {
    namespace fs = std::filesystem;
    struct stat st {};
    if (::stat(named.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) return Error{"is a directory", 0};
        return write_in_place(named, content);
    }
    // A symbolic link to a file: the file is replaced and the link kept.
    std::string path = named;
    if (::lstat(named.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        std::error_code ec;
        fs::path real = fs::canonical(named, ec);
        if (!ec) path = real.string();
    }
    const fs::path target(path);
    if (target.filename().empty()) return Error{"not a file name", 0};
    // Same directory as the target, so rename() replaces it in one step (no cross-device move).
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string temp = (dir / ("." + target.filename().string() + ".xxgk-XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return system_error("cannot create a file in " + dir.string());

    // mkstemp makes the file 0600; give it the mode a plain open() would (0666 minus umask).
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);

    std::optional<Error> error;
    if (!write_all(fd, content)) error = system_error("cannot write");
    else if (::fsync(fd) != 0) error = system_error("cannot write");
    if (::close(fd) != 0 && !error) error = system_error("cannot write");
    if (!error && ::rename(temp.c_str(), path.c_str()) != 0) error = system_error("cannot replace it");
    if (error) ::unlink(temp.c_str());
    return error;
}

}  // namespace xxgk
