// Baselines: matching on (path, fingerprint), stale entries, the file format, and the whole
// story through the CLI on a copy of the samples: written, clean next run, one number changed.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "reporter_fixture.hpp"
#include "support.hpp"
#include "xxgk/baseline.hpp"

using namespace xxgk;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

Baseline baseline_of(const std::vector<FileResult>& results, const fs::path& file) {
    write(file, baseline_json(results, file.string(), Lang::zh));
    Result<Baseline> b = read_baseline(file.string());
    REQUIRE(b.ok());
    return b.value();
}

struct Run {
    int code = -1;
    std::string out;
};

// Runs the xxgk binary in `dir` (a shell command line after "xxgk").
Run run_xxgk(const fs::path& dir, const std::string& args) {
    std::string command = "cd '" + dir.string() + "' && '" XXGK_BINARY "' " + args + " 2>/dev/null";
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
    int status = ::pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// Every finding of a JSON run as "path rule message".
std::vector<std::string> findings_of(const std::string& json_text) {
    std::vector<std::string> out;
    auto doc = nlohmann::json::parse(json_text);
    for (const auto& file : doc["files"])
        for (const auto& f : file["findings"])
            out.push_back(file["path"].get<std::string>() + " " + f["rule"].get<std::string>() + " " +
                          f["message"].get<std::string>());
    return out;
}

// Adds 1 to table 四 cell `index` of a plain-text report (one cell per line, after a TAB).
void bump_review_cell(const fs::path& file, std::size_t index) {
    Result<Report> report = load_report(file.string(), {});
    REQUIRE(report.ok());
    const CellValue& cell = report.value().review.cells[index];
    REQUIRE(cell.value);
    std::string text = test::slurp(file.string());
    std::size_t start = 0;
    for (int i = 1; i < cell.pos.line; ++i) start = text.find('\n', start) + 1;
    text.replace(start, text.find('\n', start) - start, "\t" + format_number(*cell.value + 1));
    write(file, text);
}

}  // namespace

TEST_CASE("baseline: an entry hides one equal finding — the rest are new — stale entries listed") {
    TempDir tmp;
    Finding a = fixture::section_missing();
    std::vector<FileResult> before = {fixture::file("a.txt", {a, fixture::odd_note()}), fixture::file("b.txt", {a})};
    Baseline baseline = baseline_of(before, tmp.path / "baseline.json");
    REQUIRE(baseline.entries.size() == 3);
    CHECK(baseline.entries[0].path == fs::current_path().lexically_relative(tmp.path).generic_string() + "/a.txt");

    Finding twice = a;  // the same fingerprint twice in a.txt: one entry hides only one
    std::vector<FileResult> now = {fixture::file("a.txt", {a, twice}), fixture::file("b.txt", {a}),
                                   fixture::file("c.txt", {a})};
    BaselineMatch m = apply_baseline(now, baseline);
    CHECK(m.suppressed == 2);
    CHECK(now[0].findings.size() == 1);
    CHECK(now[0].status == FileResult::Status::findings);
    CHECK(now[1].findings.empty());
    CHECK(now[1].status == FileResult::Status::ok);  // everything it had is accepted
    CHECK(now[2].findings.size() == 1);              // another file: its own path, not covered
    REQUIRE(m.stale.size() == 1);                    // the odd note no longer occurs
    CHECK(m.stale[0].fingerprint == "00000000000000c3");
    CHECK(m.stale[0].path == "a.txt");  // shown relative to the working directory again
    CHECK(m.stale[0].rule == "row-unknown");
}

TEST_CASE("baseline: entries of files not checked · or not readable · this time are not stale") {
    TempDir tmp;
    Baseline baseline = baseline_of({fixture::file("a.txt", {fixture::section_missing()}),
                                     fixture::file("b.txt", {fixture::section_missing()})},
                                    tmp.path / "b.json");
    std::vector<FileResult> only_b = {
        fixture::failed("b.txt", FileResult::Status::error, "no such file or directory")};
    BaselineMatch m = apply_baseline(only_b, baseline);
    CHECK(m.stale.empty());
    CHECK(m.suppressed == 0);
}

TEST_CASE("baseline: the file is versioned JSON — what is wrong with it is said") {
    TempDir tmp;
    const fs::path f = tmp.path / "b.json";
    CHECK(read_baseline((tmp.path / "none.json").string()).error().message ==
          "cannot read the baseline: No such file or directory");
    write(f, "not json");
    CHECK(read_baseline(f.string()).error().message == "the baseline is not a JSON object");
    write(f, R"({"version": 2, "entries": []})");
    CHECK(read_baseline(f.string()).error().message ==
          "the baseline is not version 1 (write it again with --write-baseline)");
    write(f, R"({"version": 1, "entries": [{"path": "a.txt"}]})");
    CHECK(read_baseline(f.string()).error().message == "a baseline entry needs a \"fingerprint\" and a \"path\"");
    write(f, R"({"version": 1, "entries": []})");
    CHECK(read_baseline(f.string()).ok());
}

TEST_CASE("baseline: written on the samples · the next check is clean — one changed number is one new finding",
          "[cli]") {
    TempDir tmp;
    fs::copy(test::sample_path(""), tmp.path / "samples", fs::copy_options::recursive);
    // Files no reader can read (on purpose, or not yet) end a run with exit 2 whatever the
    // baseline says; the baseline is about findings, so they are left out of this copy.
    const auto first = nlohmann::json::parse(run_xxgk(tmp.path, "check samples --format json").out);
    for (const auto& file : first["files"])
        if (file["status"] == "error") fs::remove(tmp.path / file["path"].get<std::string>());

    Run written = run_xxgk(tmp.path, "check samples --write-baseline .xxgk-baseline.json");
    CHECK(written.code == 0);
    const std::size_t entries = nlohmann::json::parse(test::slurp((tmp.path / ".xxgk-baseline.json").string()))["entries"].size();
    REQUIRE(entries > 10);

    Run clean = run_xxgk(tmp.path, "check samples --baseline .xxgk-baseline.json --format json");
    CHECK(clean.code == 0);
    CHECK(findings_of(clean.out).empty());
    CHECK(nlohmann::json::parse(clean.out)["baseline"]["suppressed"] == entries);
    // From another working directory, and after moving the folder that holds it all.
    CHECK(run_xxgk(tmp.path / "samples", "check . --baseline ../.xxgk-baseline.json").code == 0);
    fs::rename(tmp.path / "samples", tmp.path / "renamed");
    fs::create_directory(tmp.path / "moved");
    fs::rename(tmp.path / "renamed", tmp.path / "moved" / "samples");
    fs::rename(tmp.path / ".xxgk-baseline.json", tmp.path / "moved" / ".xxgk-baseline.json");
    const fs::path home = tmp.path / "moved";
    CHECK(run_xxgk(home, "check samples --baseline .xxgk-baseline.json").code == 0);

    // One number of a clean report: exactly the one identity it takes part in, the note on which
    // cells could fix it, and exit 1.
    bump_review_cell(home / "samples" / "clean-2019.txt", 0);  // 行政复议 结果维持
    Run one = run_xxgk(home, "check samples --baseline .xxgk-baseline.json --format json --lang en");
    CHECK(one.code == 1);
    REQUIRE(findings_of(one.out).size() == 2);
    CHECK(findings_of(one.out)[0].starts_with("samples/clean-2019.txt review-total "));
    CHECK(findings_of(one.out)[1].starts_with("samples/clean-2019.txt likely-wrong-cell cannot tell "));
    CHECK(nlohmann::json::parse(one.out)["baseline"]["stale"].empty());

    // A number of a finding already in the baseline: that finding and its note are new, their
    // old entries stale (clean-2019's two findings are still new).
    bump_review_cell(home / "samples" / "broken-review-total.txt", 4);  // 行政复议 总计 5 → 6
    Run two = run_xxgk(home, "check samples --baseline .xxgk-baseline.json --format json --lang en");
    CHECK(two.code == 1);
    auto found = findings_of(two.out);
    REQUIRE(found.size() == 4);
    CHECK(found[0] == "samples/broken-review-total.txt review-total administrative review: total ≠ upheld + "
                      "corrected + other + pending (6 ≠ 4, difference 2)");
    CHECK(found[1].starts_with("samples/broken-review-total.txt likely-wrong-cell cannot tell "));
    auto stale = nlohmann::json::parse(two.out)["baseline"]["stale"];
    REQUIRE(stale.size() == 2);
    CHECK(stale[0]["path"] == "samples/broken-review-total.txt");
    CHECK(stale[0]["message"].get<std::string>().find("（5 ≠ 4，差 1）") != std::string::npos);
    CHECK(stale[1]["rule"] == "likely-wrong-cell");
}
