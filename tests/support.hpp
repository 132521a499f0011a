#pragma once
// Shared by the tests: samples by name, reports from in-memory text.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "xxgk/check.hpp"
#include "xxgk/readers.hpp"

namespace test {

inline std::string sample_path(const std::string& name) {
    return std::string(XXGK_SOURCE_DIR) + "/samples/" + name;
}

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline xxgk::Report report_from_text(const std::string& text, const std::string& name = "t.txt") {
    auto src = xxgk::decode_source(name, text);
    REQUIRE(src.ok());
    auto report = xxgk::report_from_source(src.value());
    REQUIRE(report.ok());
    return report.value();
}

inline xxgk::Report sample(const std::string& name) {
    auto report = xxgk::load_report(sample_path(name), {});
    REQUIRE(report.ok());
    return report.value();
}

// True when PDF support is built in. Built without it (-DXXGK_PDF=OFF), a case that needs a PDF
// checks instead that the sample is refused with the "built without PDF support" error, so it
// never passes unrun.
inline bool pdf_built(const std::string& sample_name) {
    if (xxgk::pdf_supported()) return true;
    auto report = xxgk::load_report(sample_path(sample_name), {});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message ==
          "this xxgk was built without PDF support (XXGK_PDF=OFF); convert the PDF to text first");
    return false;
}

// A fresh directory under the temp directory, removed when the test ends.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string templ = (std::filesystem::temp_directory_path() / "xxgk-test-XXXXXX").string();
        REQUIRE(::mkdtemp(templ.data()) != nullptr);
        path = templ;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string operator/(const std::string& rel) const { return (path / rel).string(); }
    void touch(const std::string& rel) const {
        std::filesystem::create_directories((path / rel).parent_path());
        std::ofstream(path / rel) << "x\n";
    }
};

}  // namespace test
