// `xxgk --version`: what a bug report needs — the version, the commit built from, and the
// optional parts compiled in. Each optional part is a compile definition XXGK_WITH_<PART>
// (CMakeLists.txt sets it from the option XXGK_<PART>), so a new part is one line below.
#include "version.hpp"

#include <string>

#include "commit.hpp"  // generated at build time: XXGK_COMMIT

#ifndef XXGK_VERSION
#define XXGK_VERSION "0.1.0"
#endif

namespace xxgk::cli {
namespace {

struct Part {
    const char* name;
    bool built;
};

constexpr Part kParts[] = {
#ifdef XXGK_WITH_PDF
    {"PDF", true},
#else
    {"PDF", false},
#endif
#ifdef XXGK_WITH_XLSX
    {"xlsx", true},
#else
    {"xlsx", false},
#endif
};

}  // namespace

std::string version_text(bool en) {
    std::string text = "xxgk " XXGK_VERSION "\n";
    text += en ? "commit: " : "提交：";
    text += XXGK_COMMIT[0] != '\0' ? XXGK_COMMIT : (en ? "unknown" : "未知");
    text += en ? "\noptional parts:" : "\n可选部分：";
    for (std::size_t i = 0; i < std::size(kParts); ++i) {
        const Part& p = kParts[i];
        text += en ? (i ? ", " : " ") : (i ? "，" : "");
        text += p.name;
        text += p.built ? (en ? " yes" : " 有") : (en ? " no" : " 无");
    }
    return text;
}

}  // namespace xxgk::cli
