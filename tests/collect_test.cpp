// Which paths `check` reads: directory walk order, extension filter, symlink loops, errors.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support.hpp"
#include "xxgk/check.hpp"

namespace fs = std::filesystem;
using xxgk::collect_inputs;

namespace {

using test::TempDir;

std::vector<std::string> relative(const TempDir& dir, const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const std::string& p : paths) out.push_back(fs::path(p).lexically_relative(dir.path).string());
    return out;
}

}  // namespace

TEST_CASE("collect: directories walked recursively · sorted · report extensions only · loops cut") {
    TempDir dir;
    dir.touch("b.txt");
    dir.touch("a.TXT");
    dir.touch("c.text");
    dir.touch("notes.md");
    dir.touch("page.HTM");
    dir.touch("image.png");
    dir.touch("data.csv");
    dir.touch("sub/z.txt");
    dir.touch("sub/deeper/y.txt");
    dir.touch("a-sub/x.txt");
    fs::create_directory_symlink(dir.path, dir.path / "sub" / "loop");  // back to the root
    fs::create_symlink(dir.path / "gone.txt", dir.path / "dangling.txt");

    xxgk::Collected c = collect_inputs({dir.path.string()});
    CHECK(relative(dir, c.files) ==
          std::vector<std::string>{"a-sub/x.txt", "a.TXT", "b.txt", "c.text", "notes.md",
                                   "page.HTM", "sub/deeper/y.txt", "sub/z.txt"});
    CHECK(c.named == std::vector<bool>(8, false));  // found, not named: non-reports are skipped
    // The dangling link is reported, not skipped; the image is named as a format not read; the
    // .csv is no report's format and is passed over.
    REQUIRE(c.errors.size() == 2);
    CHECK(c.errors[0].path == dir / "dangling.txt");
    CHECK(c.errors[0].status == xxgk::FileResult::Status::error);
    CHECK(c.errors[0].error->message_en == "broken symbolic link (to " + (dir.path / "gone.txt").string() + ")");
    CHECK(c.errors[1].path == dir / "image.png");
    CHECK(c.errors[1].status == xxgk::FileResult::Status::skipped);
    CHECK(c.errors[1].error->rule == "unsupported-format");
    CHECK(c.errors[1].error->message_en ==
          "skipped: .png is not supported; an image: run OCR first (e.g. tesseract IMAGE OUT -l chi_sim) and check its text");
    CHECK(c.error_at == std::vector<std::size_t>{4, 5});  // after a-sub/x.txt … c.text
}

TEST_CASE("collect: files as named · missing paths and stdin · in input order") {
    TempDir dir;
    dir.touch("report.html");
    xxgk::Collected c = collect_inputs({dir / "report.html", dir / "missing.txt", "-"});
    CHECK(c.files == std::vector<std::string>{dir / "report.html", "-"});
    CHECK(c.named == std::vector<bool>{true, true});
    REQUIRE(c.errors.size() == 1);
    CHECK(c.errors[0].path == dir / "missing.txt");
    CHECK(c.errors[0].error->message_en == "no such file or directory");
    CHECK(c.errors[0].error->pos.line == 0);
    CHECK(c.errors[0].error->rule == "read-error");
    CHECK(c.error_at == std::vector<std::size_t>{1});
}

TEST_CASE("collect: a directory named twice (or through a link) is walked once") {
    TempDir dir;
    dir.touch("d/r.txt");
    fs::create_directory_symlink(dir.path / "d", dir.path / "link");
    xxgk::Collected c = collect_inputs({dir / "d", dir / "link"});
    CHECK(c.files == std::vector<std::string>{dir / "d/r.txt"});
    CHECK(c.errors.empty());
}
