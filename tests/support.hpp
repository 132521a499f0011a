#pragma once
// Shared by the tests: samples by name, reports from in-memory text.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "xxgk/check.hpp"

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
