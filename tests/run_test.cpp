// The library's run, without the CLI: what reporters receive and in which order, cross-report
// findings placed with their file, baselines, and the exit status.
#include <catch2/catch.hpp>

#include "finding_support.hpp"
#include "xxgk/run.hpp"

using namespace xxgk;

namespace {

// Records what a reporter is given.
class Recorder final : public ReportWriter {
public:
    void file(const FileResult& r) override {
        std::string line = r.path + (r.late ? " (late):" : ":");
        for (const Finding& f : r.findings) line += " " + f.rule;
        files.push_back(line);
    }
    void end(const RunEnd& e) override { ends.push_back(e); }
    std::vector<std::string> files;
    std::vector<RunEnd> ends;
};

FileResult result(std::string path, std::vector<Finding> findings = {},
                  FileResult::Status status = FileResult::Status::findings) {
    FileResult r;
    r.path = std::move(path);
    r.status = findings.empty() && status == FileResult::Status::findings ? FileResult::Status::ok : status;
    r.findings = std::move(findings);
    return r;
}

Finding of(std::string_view rule, std::string fingerprint = "f") {
    Finding f = test::finding(rule, "zh", "en", {1, 1});
    f.fingerprint = std::move(fingerprint);
    return f;
}

struct Seen {
    std::vector<std::string> files;
    RunEnd end;
    int exit = -1;
};

Seen run(RunOptions options, std::vector<FileResult> results, CrossFindings cross = {},
            bool whole_run = false) {
    Recorder recorder;
    Run r(options, {{&recorder, whole_run}});
    for (std::size_t i = 0; i < results.size(); ++i) r.add(i, std::move(results[i]));
    Seen o;
    o.end = r.finish(std::move(cross));
    o.exit = r.exit_code();
    o.files = recorder.files;
    REQUIRE(recorder.ends.size() == 1);
    return o;
}

}  // namespace

TEST_CASE("run: the exit status follows the findings · --fail-on · unreadable files", "[run]") {
    CHECK(run({}, {result("a.txt")}).exit == kExitOk);
    CHECK(run({}, {result("a.txt", {of("review-total")})}).exit == kExitFindings);
    CHECK(run({}, {result("a.txt", {of("row-unknown")})}).exit == kExitOk);  // a note
    CHECK(run({.fail_on = Severity::note}, {result("a.txt", {of("row-unknown")})}).exit == kExitFindings);
    CHECK(run({.fail_on = std::nullopt}, {result("a.txt", {of("review-total")})}).exit == kExitOk);
    FileResult unreadable = result("b.txt", {}, FileResult::Status::error);
    unreadable.error = read_error(Error{"no such file or directory", 0});
    CHECK(run({}, {result("a.txt", {of("review-total")}), unreadable}).exit == kExitUnreadable);
    // Nothing checked is no success.
    FileResult skipped = result("README.md", {}, FileResult::Status::skipped);
    skipped.error = not_a_report(Error{"no report found", 0});
    const Seen none = run({}, {skipped});
    CHECK(none.exit == kExitUnreadable);
    CHECK(none.end.summary.files == 0);
    CHECK(none.end.summary.skipped == 1);
    // A baseline just written accepts the findings; an unreadable file still fails.
    CHECK(run({.write_baseline = true}, {result("a.txt", {of("review-total")})}).exit == kExitOk);
    CHECK(run({.write_baseline = true}, {unreadable}).exit == kExitUnreadable);
}

TEST_CASE("run: results in input order · cross-report findings after them or inside their file", "[run]") {
    const std::vector<FileResult> files = {result("a.txt", {of("review-total")}), result("b.txt")};
    CrossFindings cross = {{1, of("duplicate-report")}, {0, of("carry-over-continuity")}};
    // Line-oriented reporters: each file as it comes, then the late findings, file by file.
    CHECK(run({.cross = true}, files, cross).files ==
          std::vector<std::string>{"a.txt: review-total", "b.txt:", "a.txt (late): carry-over-continuity",
                                   "b.txt (late): duplicate-report"});
    // A reporter with one entry per file gets each file once, its late findings inside.
    const Seen whole = run({.cross = true}, files, cross, true);
    CHECK(whole.files == std::vector<std::string>{"a.txt: review-total carry-over-continuity", "b.txt: duplicate-report"});
    CHECK(whole.end.summary.with_findings == 2);
    CHECK(whole.end.summary.clean == 0);
    // Without --cross nothing needs the whole run.
    CHECK(run({}, files, {}, true).files == std::vector<std::string>{"a.txt: review-total", "b.txt:"});
}

TEST_CASE("run: a baseline hides what it has · what is written is every finding before it", "[run]") {
    Baseline baseline;
    baseline.file = "baseline.json";  // entry paths are relative to its folder
    baseline.entries.push_back({"old", "review-total", "a.txt", "accepted"});
    baseline.entries.push_back({"gone", "row-unknown", "a.txt", "no longer there"});
    Recorder recorder;
    Run r({.baseline = &baseline, .write_baseline = true}, {{&recorder, false}});
    r.add(0, result("a.txt", {of("review-total", "old"), of("review-total", "new")}));
    const RunEnd& end = r.finish({});
    CHECK(recorder.files == std::vector<std::string>{"a.txt: review-total"});
    CHECK(end.suppressed == 1);
    REQUIRE(end.stale.size() == 1);
    CHECK(end.stale[0].fingerprint == "gone");
    REQUIRE(r.for_baseline().size() == 1);
    CHECK(r.for_baseline()[0].findings.size() == 2);
}

TEST_CASE("run: results kept when asked · for a step summary", "[run]") {
    Recorder recorder;
    Run r({.keep_results = true}, {{&recorder, false}});
    r.add(0, result("a.txt", {of("review-total")}));
    r.add(1, result("b.txt"));
    r.finish({});
    REQUIRE(r.results().size() == 2);
    CHECK(r.results()[1].path == "b.txt");
    CHECK(recorder.files.size() == 2);
}

TEST_CASE("run: severity names parse into severities", "[run]") {
    CHECK(severity_from_name("note") == Severity::note);
    CHECK(severity_from_name("warning") == Severity::warning);
    CHECK(severity_from_name("error") == Severity::error);
    CHECK_FALSE(severity_from_name("never"));
    CHECK_FALSE(severity_from_name("Error"));
}

TEST_CASE("run: --severity hides findings below it from reporters · not from the summary · the rest of the result kept",
          "[run]") {
    Finding note = of("printed-twice", "n");
    note.severity = Severity::note;
    FileResult r = result("a.txt", {of("review-total", "e"), note});
    r.report = std::make_shared<const Report>();  // a reporter drawing tables needs it still
    r.digest = std::make_shared<ReportDigest>();

    class Keeper final : public ReportWriter {
    public:
        void file(const FileResult& got) override { seen.push_back(got); }
        void end(const RunEnd& e) override { hidden = e.summary.hidden; }
        std::vector<FileResult> seen;
        int hidden = -1;
    } keeper;
    RunOptions options;
    options.show = Severity::warning;
    options.fail_on = Severity::note;
    Run run(options, {{&keeper, false}});
    run.add(0, std::move(r));
    run.finish({});
    REQUIRE(keeper.seen.size() == 1);
    REQUIRE(keeper.seen[0].findings.size() == 1);
    CHECK(keeper.seen[0].findings[0].rule == "review-total");
    CHECK(keeper.seen[0].report != nullptr);
    CHECK(keeper.seen[0].digest != nullptr);
    CHECK(keeper.hidden == 1);
    CHECK(run.exit_code() == kExitFindings);  // the hidden note still fails --fail-on note
}
