// Files that change between collect_inputs and check_batch (deleted, replaced by a directory or
// by a dangling link): each becomes an error result naming it; every other file is checked.
// A CLI run cannot time this; tests/hostile/run.sh covers what a CLI run can.
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support.hpp"
#include "xxgk/batch.hpp"

namespace fs = std::filesystem;
using namespace xxgk;

namespace {

struct Batch {
    fs::path dir = fs::temp_directory_path() / ("xxgk-vanishing-" + std::to_string(::getpid()));
    Batch() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"})
            fs::copy_file(test::sample_path("clean-2021.txt"), dir / name);
    }
    ~Batch() { fs::remove_all(dir); }
};

std::vector<FileResult> run(const Collected& in, unsigned jobs) {
    BatchOptions options;
    options.jobs = jobs;
    std::vector<FileResult> results;
    check_batch(in, options, [&](std::size_t, FileResult&& r) { results.push_back(std::move(r)); });
    return results;
}

}  // namespace

TEST_CASE("batch: files gone or changed after collecting are errors · the rest is checked",
          "[check][hostile]") {
    for (unsigned jobs : {1u, 4u}) {
        Batch b;
        const Collected in = collect_inputs({b.dir.string()});
        REQUIRE(in.files.size() == 5);
        REQUIRE(in.errors.empty());
        fs::remove(b.dir / "b.txt");
        fs::remove(b.dir / "c.txt");
        fs::create_directory(b.dir / "c.txt");
        fs::remove(b.dir / "d.txt");
        fs::create_symlink(b.dir / "nowhere.txt", b.dir / "d.txt");

        const std::vector<FileResult> r = run(in, jobs);
        REQUIRE(r.size() == 5);
        auto error_of = [&](std::size_t i) {
            CHECK(r[i].status == FileResult::Status::error);
            REQUIRE(r[i].error);
            return r[i].error->message;
        };
        CHECK(r[0].path == (b.dir / "a.txt").string());
        CHECK(r[0].status == FileResult::Status::ok);
        CHECK(r[1].path == (b.dir / "b.txt").string());
        CHECK(error_of(1) == "cannot open: No such file or directory");
        CHECK(r[2].path == (b.dir / "c.txt").string());
        CHECK(error_of(2) == "is a directory, not a file");
        CHECK(r[3].path == (b.dir / "d.txt").string());
        CHECK(error_of(3) == "cannot open: No such file or directory");
        CHECK(r[4].path == (b.dir / "e.txt").string());
        CHECK(r[4].status == FileResult::Status::ok);
    }
}
