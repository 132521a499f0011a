// The cross-report rules over folders of samples, and the batch that feeds them.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"
#include "xxgk/batch.hpp"

using namespace xxgk;

namespace {

struct Run {
    std::vector<FileResult> results;
    std::vector<std::pair<std::size_t, Finding>> cross;
};

Run batch(const std::vector<std::string>& paths, unsigned jobs = 1, const IssuerMap* map = nullptr) {
    Run run;
    BatchOptions options;
    options.jobs = jobs;
    options.issuers = map;
    run.cross = check_batch(collect_inputs(paths), options, [&](std::size_t index, FileResult&& r) {
        CHECK(index == run.results.size());
        run.results.push_back(std::move(r));
    }).cross;
    return run;
}

std::string file_of(const Run& run, std::size_t index) {
    return std::filesystem::path(run.results[index].path).filename().string();
}

}  // namespace

TEST_CASE("cross: consistent years of one issuer give nothing", "[cross]") {
    Run run = batch({test::sample_path("batch-continuity")});
    CHECK(run.results.size() == 2);
    CHECK(run.cross.empty());
}

TEST_CASE("cross: carry-over-continuity per column · on the later year", "[cross]") {
    Run run = batch({test::sample_path("broken-carry-over-continuity")});
    REQUIRE(run.cross.size() == 2);
    for (const auto& [index, f] : run.cross) {
        CHECK(file_of(run, index) == "2022.txt");
        CHECK(f.rule == "carry-over-continuity");
        CHECK(f.severity == Severity::warning);
        CHECK(f.row == "carried_over");
        CHECK(f.pos.line > 0);
        CHECK(f.message_zh.find("2021.txt:") != std::string::npos);
        CHECK(f.message_zh.find("（差 1）") != std::string::npos);
        CHECK(f.fingerprint.size() == 16);
    }
    CHECK(run.cross[0].second.column == "natural_person");
    CHECK(run.cross[1].second.column == "total");
}

TEST_CASE("cross: a year read from the signature places the report like one from its title", "[cross]") {
    test::TempDir dir;
    std::filesystem::copy_file(test::sample_path("broken-carry-over-continuity/2021.txt"), dir / "2021.txt");
    std::string text = test::slurp(test::sample_path("broken-carry-over-continuity/2022.txt"));
    const std::string title = "临溪县市场监督管理局2022年政府信息公开工作年度报告", opening = "2022年，";
    text.replace(text.find(title), title.size(), "政府信息公开工作年度报告");
    text.replace(text.find(opening), opening.size(), "本年度，");
    std::ofstream(dir / "2022.txt") << text << "\n临溪县市场监督管理局\n2023年1月20日\n";
    Run run = batch({dir.path.string()});
    REQUIRE(run.cross.size() == 2);
    for (const auto& [index, f] : run.cross) {
        CHECK(file_of(run, index) == "2022.txt");
        CHECK(f.rule == "carry-over-continuity");
    }
    for (const FileResult& r : run.results) CHECK(r.findings.empty());  // no year-unknown
}

TEST_CASE("cross: active-documents-continuity on the 2021 template", "[cross]") {
    Run run = batch({test::sample_path("broken-active-documents-continuity")});
    REQUIRE(run.cross.size() == 1);
    const Finding& f = run.cross[0].second;
    CHECK(f.rule == "active-documents-continuity");
    CHECK(f.row == "art20_1.normative_documents");
    CHECK(file_of(run, run.cross[0].first) == "2022.txt");
    CHECK(f.message_en.find("(difference -2)") != std::string::npos);
}

TEST_CASE("cross: active-documents-continuity only when both years are on the 2021 template", "[cross]") {
    // Documents in force 10, then 10 + 3 issued - 1 repealed = 12 expected, 15 printed.
    auto digest = [](int year, Template layout, double issued, double repealed, double in_force) {
        ReportDigest d;
        d.path = std::to_string(year) + ".txt";
        d.issuer = "某局";
        d.year = year;
        d.layout = layout;
        d.documents[1] = {{issued, {}}, {repealed, {}}, {in_force, {}}};
        return d;
    };
    const ReportDigest last = digest(2021, Template::t2021, 0, 0, 10);
    const ReportDigest now = digest(2022, Template::t2021, 3, 1, 15);
    const auto both = check_across({last, now});
    REQUIRE(both.size() == 1);
    CHECK(both[0].first == 1);
    CHECK(both[0].second.rule == "active-documents-continuity");
    CHECK(both[0].second.message_en.find("= 12 (difference 3)") != std::string::npos);
    // Either year on the 2019 template (its table 二 has other columns, even where a report
    // borrowed the 2021 ones): not compared.
    CHECK(check_across({digest(2021, Template::t2019, 0, 0, 10), now}).empty());
    CHECK(check_across({last, digest(2022, Template::t2019, 3, 1, 15)}).empty());
}

TEST_CASE("cross: duplicate-report names the other file", "[cross]") {
    Run run = batch({test::sample_path("broken-duplicate-report")});
    REQUIRE(run.cross.size() == 1);
    CHECK(run.cross[0].second.rule == "duplicate-report");
    CHECK(file_of(run, run.cross[0].first) == "柳岸县.txt");
    CHECK(run.cross[0].second.message_zh.find("临溪县.txt") != std::string::npos);
}

TEST_CASE("cross: duplicate-issuer-year only when the tables differ", "[cross]") {
    Run two_versions = batch({test::sample_path("broken-duplicate-issuer-year")});
    REQUIRE(two_versions.cross.size() == 1);
    CHECK(two_versions.cross[0].second.rule == "duplicate-issuer-year");
    const std::string copy = test::sample_path("broken-duplicate-issuer-year/定稿.txt");
    Run same_twice = batch({copy, copy});  // a page and its attachment: one report
    CHECK(same_twice.cross.empty());
}

TEST_CASE("cross: an issuer map names files whose titles do not", "[cross]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("xxgk-cross-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* year : {"2021", "2022"}) {
        std::string text = test::slurp(test::sample_path(std::string("broken-carry-over-continuity/") + year + ".txt"));
        text = text.substr(text.find('\n'));  // no title: neither issuer nor year
        std::ofstream(dir / (std::string("r") + year + ".txt")) << text;
    }
    std::ofstream(dir / "map.csv") << "path,issuer,year\nr2021.txt,某局,2021\nr2022.txt,某局,2022\n";
    auto map = read_issuer_map((dir / "map.csv").string());
    REQUIRE(map.ok());
    CHECK(batch({dir.string()}).cross.empty());  // nothing to compare without issuers
    CHECK(batch({dir.string()}, 1, &map.value()).cross.size() == 2);
    std::ofstream(dir / "bad.csv") << "only-one-field\n";
    auto bad = read_issuer_map((dir / "bad.csv").string());
    REQUIRE(!bad.ok());
    CHECK(bad.error().line == 1);
    fs::remove_all(dir);
}

TEST_CASE("cross: a year the issuer map gives is no longer unknown", "[cross]") {
    test::TempDir dir;
    std::filesystem::copy_file(test::sample_path("broken-year-unknown.txt"), dir / "r.txt");
    auto rules_of = [](const Run& run) {
        std::vector<std::string> out;
        for (const Finding& f : run.results.at(0).findings) out.push_back(f.rule);
        return out;
    };
    CHECK(rules_of(batch({dir / "r.txt"})) == std::vector<std::string>{"year-unknown"});
    std::ofstream(dir / "map.csv") << "path,issuer,year\nr.txt,某局,2022\n";
    auto map = read_issuer_map(dir / "map.csv");
    REQUIRE(map.ok());
    const Run mapped = batch({dir / "r.txt"}, 1, &map.value());
    CHECK(rules_of(mapped).empty());
    CHECK(mapped.results.at(0).status == FileResult::Status::ok);
    // A map that names the issuer only leaves the year unknown.
    std::ofstream(dir / "issuer.csv") << "path,issuer\nr.txt,某局\n";
    auto issuer_only = read_issuer_map(dir / "issuer.csv");
    REQUIRE(issuer_only.ok());
    CHECK(rules_of(batch({dir / "r.txt"}, 1, &issuer_only.value())) == std::vector<std::string>{"year-unknown"});
}

TEST_CASE("batch: the same results in the same order whatever the number of jobs", "[cross]") {
    const std::vector<std::string> paths = {test::sample_path(""), "/nonexistent.txt"};
    Run one = batch(paths, 1);
    Run four = batch(paths, 4);
    REQUIRE(one.results.size() == four.results.size());
    for (std::size_t i = 0; i < one.results.size(); ++i) {
        CHECK(one.results[i].path == four.results[i].path);
        CHECK(one.results[i].status == four.results[i].status);
        CHECK(one.results[i].findings.size() == four.results[i].findings.size());
    }
    CHECK(one.cross.size() == four.cross.size());
    CHECK(one.results.back().status == FileResult::Status::error);
}
