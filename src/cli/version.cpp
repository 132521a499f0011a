// `xxgk --version`: what a bug report needs — the version, the commit built from, and the
// optional parts compiled in. Each optional part is a compile definition XXGK_WITH_<PART>
// (CMakeLists.txt sets it from the option XXGK_<PART>), so a new part is one line below.
#include "version.hpp"

#include <string>
#include <string_view>

#include "commit.hpp"  // generated at build time: XXGK_COMMIT
#include "xxgk/messages.hpp"
#include "xxgk/readers.hpp"

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
        // Built in, the PDF reader is a module beside the binary: a copy of xxgk without it
        // reads no PDF, and a bug report should say so.
        if (p.built && p.name == std::string_view("PDF")) {
            const std::string missing = pdf_module_missing();
            if (!missing.empty()) text += say(Msg::cli_version_module_missing, en ? Lang::en : Lang::zh, {missing});
        }
    }
    return text;
}

}  // namespace xxgk::cli
