#pragma once
// The text of `xxgk --version`.
#include <string>

namespace xxgk::cli {

// "xxgk 0.1.0", the commit, the optional parts (PDF, xlsx) built in, and whether the PDF module
// is where xxgk looks for it; no final newline.
std::string version_text(bool en);

}  // namespace xxgk::cli
