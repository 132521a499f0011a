// An output must never be one of the inputs: compared as the files they are (device and inode,
// through symbolic links), not as names.
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <utility>

#include "xxgk/check.hpp"

namespace xxgk {
namespace {

using FileId = std::pair<dev_t, ino_t>;

std::optional<FileId> id_of(const std::string& path) {
    struct stat st {};
    if (path == "-") {
        if (::fstat(STDIN_FILENO, &st) != 0) return std::nullopt;
    } else if (::stat(path.c_str(), &st) != 0) {
        return std::nullopt;
    }
    // Only files can be clobbered: a terminal or /dev/null may be both stdin and the output.
    if (!S_ISREG(st.st_mode)) return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

}  // namespace

std::optional<Clobber> find_clobber(const std::vector<std::string>& outputs, const Collected& inputs,
                                    const std::vector<std::string>& side_files) {
    std::map<FileId, std::string> read;
    for (const std::string& path : inputs.files)
        if (auto id = id_of(path)) read.emplace(*id, path);
    for (const std::string& path : side_files)
        if (!path.empty())
            if (auto id = id_of(path)) read.emplace(*id, path);
    for (const std::string& out : outputs) {
        if (out.empty() || out == "-") continue;
        if (auto id = id_of(out))
            if (auto it = read.find(*id); it != read.end()) return Clobber{out, it->second};
    }
    return std::nullopt;
}

}  // namespace xxgk
