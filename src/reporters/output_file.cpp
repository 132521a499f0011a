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

}  // namespace

std::optional<Error> write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
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
