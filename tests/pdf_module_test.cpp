// The PDF reader as a module (src/readers/pdf/module.hpp): where xxgk looks for xxgk-pdf.so.
// Loading it is the CLI's (tests/ship/run.sh, case pdf_module): this binary links the reader.
#include <catch2/catch.hpp>

#include <filesystem>
#include <vector>

#include "readers/pdf/module.hpp"
#include "xxgk/readers.hpp"

namespace {

using Paths = std::vector<std::filesystem::path>;

}  // namespace

TEST_CASE("the PDF module is looked for next to the binary then in the install layout") {
    CHECK(xxgk::pdf::module_candidates("/work/build/xxgk", "../lib/xxgk") ==
          Paths{"/work/build/xxgk-pdf.so", "/work/lib/xxgk/xxgk-pdf.so"});
    CHECK(xxgk::pdf::module_candidates("/usr/bin/xxgk", "../lib/x86_64-linux-gnu/xxgk") ==
          Paths{"/usr/bin/xxgk-pdf.so", "/usr/lib/x86_64-linux-gnu/xxgk/xxgk-pdf.so"});
}

TEST_CASE("a binary that links the PDF reader misses no module") {
    // The reader linked in (or PDF not built): nothing to load, nothing for --version to report.
    CHECK(xxgk::pdf_module_missing().empty());
}
