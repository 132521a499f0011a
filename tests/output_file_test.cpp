// --output files: streamed into a temporary file next to the target, put in place whole by
// commit(), and nothing left behind otherwise.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "support.hpp"
#include "xxgk/reporters.hpp"

using namespace xxgk;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("output files are written whole or not at all") {
    TempDir tmp;
    const fs::path f = tmp.path / "out.json";
    CHECK(!write_file_atomically(f.string(), "one"));
    CHECK(!write_file_atomically(f.string(), "two"));  // replaces
    CHECK(test::slurp(f.string()) == "two");
    auto error = write_file_atomically((tmp.path / "no dir" / "x").string(), "x");
    REQUIRE(error);
    CHECK(error->message.starts_with("cannot create a file in "));
    CHECK(entries(tmp.path) == 1);  // no leftovers
    CHECK((fs::status(f).permissions() & fs::perms::owner_read) != fs::perms::none);
    CHECK(write_file_atomically(tmp.path.string(), "x")->message == "is a directory");
}

TEST_CASE("output files: the content streams in · the old file stays until commit") {
    TempDir tmp;
    const fs::path f = tmp.path / "out.txt";
    std::ofstream(f) << "old";
    auto file = OutputFile::open(f.string());
    REQUIRE(file.ok());
    // More than the file's buffer, written in pieces: it goes to the temporary file.
    const std::string line(1000, 'x');
    for (int i = 0; i < 300; ++i) file.value()->stream() << line << '\n';
    CHECK(test::slurp(f.string()) == "old");
    CHECK(entries(tmp.path) == 2);
    REQUIRE_FALSE(file.value()->commit());
    CHECK(fs::file_size(f) == 300 * 1001);
    CHECK(entries(tmp.path) == 1);
}

TEST_CASE("output files: not committed · nothing is left and the old file is kept") {
    TempDir tmp;
    const fs::path f = tmp.path / "out.txt";
    std::ofstream(f) << "old";
    {
        auto file = OutputFile::open(f.string());
        REQUIRE(file.ok());
        file.value()->stream() << "half of it";
    }
    CHECK(test::slurp(f.string()) == "old");
    CHECK(entries(tmp.path) == 1);
}

TEST_CASE("output files: a write error is the commit's error") {
    auto file = OutputFile::open("/dev/full");  // a device: written in place
    REQUIRE(file.ok());
    file.value()->stream() << std::string(100 * 1024, 'x');
    auto error = file.value()->commit();
    REQUIRE(error);
    CHECK(error->message == "cannot write: No space left on device");
}
