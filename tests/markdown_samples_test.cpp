// samples/markdown/ end to end: each Markdown copy must give what its plain-text original
// gives (samples/markdown/README.md says which file shows what).
#include <algorithm>
#include <optional>
#include <tuple>

#include "support.hpp"
#include "util/utf8.hpp"
#include "xxgk/extract.hpp"

namespace {

using json = nlohmann::ordered_json;

std::string md_path(const std::string& name) { return test::sample_path("markdown/" + name); }

xxgk::Report load(const std::string& path) {
    auto report = xxgk::load_report(path, {});
    INFO(path);
    REQUIRE(report.ok());
    return report.value();
}

// The extract without what necessarily differs between two copies of one report: where
// things stand in the file, and the file itself.
json without_positions(json j) {
    if (j.is_object()) {
        json out = json::object();
        for (auto& [key, value] : j.items())
            if (key != "line" && key != "column" && key != "source")
                out[key] = without_positions(value);
        return out;
    }
    if (j.is_array())
        for (auto& v : j) v = without_positions(v);
    return j;
}

using FindingKey = std::tuple<std::string, std::string, std::string, std::string, std::string,
                              std::optional<double>>;

std::vector<FindingKey> findings(const xxgk::Report& report) {
    std::vector<FindingKey> out;
    for (const auto& f : xxgk::check_report(report, {}).findings)
        out.emplace_back(f.rule, f.message_zh, f.table, f.row, f.column,
                         f.identity ? std::optional(f.identity->difference) : std::nullopt);
    std::sort(out.begin(), out.end());
    return out;
}

// Every number of tables 二, 三 and 四 by key, labels and positions aside: what OCR shapes
// must preserve even where they change how labels are printed.
json values(const xxgk::Report& report) {
    json j = xxgk::report_to_json(report), out = json::object();
    if (j["applications"].is_object())
        for (auto& [row, cells] : j["applications"]["rows"].items())
            for (auto& c : cells) out["applications"][row].push_back(c["value"]);
    if (j["review_litigation"].is_object())
        for (auto& [group, cells] : j["review_litigation"].items())
            if (cells.is_object())
                for (auto& [cell, c] : cells.items()) out["review"][group][cell] = c["value"];
    if (j["active_disclosure"].is_object())
        for (auto& item : j["active_disclosure"]["items"])
            for (auto& row : item["rows"])
                for (auto& [col, c] : row["cells"].items())
                    if (col.rfind("col_", 0) != 0)  // unnamed columns must not appear (asserted below)
                        out["active"][item["key"].get<std::string>()][row["key"].dump()][col] = c["value"];
    return out;
}

void check_same_values(const std::string& md, const std::string& txt) {
    INFO(md);
    xxgk::Report m = load(md_path(md)), t = load(test::sample_path(txt));
    CHECK(m.format == "markdown");
    CHECK(findings(m).empty());
    CHECK(values(m).dump(1) == values(t).dump(1));
    CHECK(m.layout == t.layout);
}

}  // namespace

TEST_CASE("markdown samples: the converter shape gives the text copy's extract and findings",
          "[markdown][samples]") {
    for (std::string name : {"clean-2019", "clean-2021", "broken-results-total", "broken-applicant-total"}) {
        INFO(name);
        xxgk::Report m = load(md_path(name + ".md")), t = load(test::sample_path(name + ".txt"));
        CHECK(m.format == "markdown");
        CHECK(without_positions(xxgk::report_to_json(m)).dump(1) ==
              without_positions(xxgk::report_to_json(t)).dump(1));
        CHECK(findings(m) == findings(t));
        CHECK(findings(m).size() == (name.starts_with("clean") ? 0u : 2u));
    }
}

TEST_CASE("markdown samples: a finding points at the number in the .md file", "[markdown][samples]") {
    xxgk::Report report = load(md_path("broken-results-total.md"));
    std::string text = test::slurp(md_path("broken-results-total.md"));
    std::vector<std::string> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    auto at = [&](xxgk::Position p) {  // the text at a 1-based character column
        const std::string& line = lines.at(p.line - 1);
        std::size_t i = 0;
        for (int col = 1; col < p.column; ++col) xxgk::util::next_code_point(line, i);
        return line.substr(i);
    };
    auto found = xxgk::check_report(report, {}).findings;
    REQUIRE(found.size() == 2);
    for (const auto& f : found) {
        REQUIRE(f.identity);
        std::string lhs = xxgk::format_number(f.identity->lhs.sum);
        CHECK(at(f.pos).starts_with(lhs + " |"));
        for (const auto& side : {f.identity->lhs, f.identity->rhs})
            for (const auto& term : side.terms)
                CHECK(at(term.pos).starts_with(xxgk::format_number(*term.value)));
    }
}

TEST_CASE("markdown samples: OCR shapes keep every number", "[markdown][samples]") {
    check_same_values("ocr-grid-2019.md", "clean-2019.txt");
    check_same_values("ocr-split-groups-2021.md", "clean-2021.txt");
    check_same_values("ocr-dummy-tables-2021.md", "clean-2021.txt");
    check_same_values("ocr-table4-split-2019.md", "clean-2019.txt");
}

TEST_CASE("markdown samples: the OCR grid gives the text copy's extract", "[markdown][samples]") {
    xxgk::Report m = load(md_path("ocr-grid-2019.md")), t = load(test::sample_path("clean-2019.txt"));
    CHECK(without_positions(xxgk::report_to_json(m)).dump(1) ==
          without_positions(xxgk::report_to_json(t)).dump(1));
}

TEST_CASE("markdown samples: generic headers and a wrong header row", "[markdown][samples]") {
    check_same_values("ocr-generic-headers-2019.md", "clean-2019.txt");
}

TEST_CASE("markdown samples: table 四 as one flattened row", "[markdown][samples]") {
    check_same_values("ocr-table4-one-row-2021.md", "clean-2021.txt");
}

TEST_CASE("markdown samples: the README in the folder is skipped · not an error", "[markdown][samples]") {
    auto result = xxgk::check_file(md_path("README.md"), {}, {}, /*named=*/false);
    CHECK(result.status == xxgk::FileResult::Status::skipped);
}
