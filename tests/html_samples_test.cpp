// End to end: the HTML samples, each the copy of a text sample, give that sample's report.
#include <fmt/format.h>

#include "support.hpp"
#include "xxgk/extract.hpp"
#include "xxgk/rules.hpp"

using namespace xxgk;
using json = nlohmann::ordered_json;

namespace {

// What may differ between two copies of one report: where things stand, and the source.
void strip_positions(json& j) {
    if (j.is_object()) {
        for (const char* key : {"line", "column", "table_index", "row_index", "cell_index"}) j.erase(key);
    }
    if (j.is_object() || j.is_array())
        for (auto& item : j.items()) strip_positions(item.value());
}

json comparable(const Report& report) {
    json j = report_to_json(report);
    j.erase("source");
    strip_positions(j);
    return j;
}

// A finding without its position: rule, message, logical location and identity difference.
std::vector<std::string> findings_of(const Report& report) {
    std::vector<std::string> out;
    for (const Finding& f : run_rules(report, CheckOptions{}))
        out.push_back(fmt::format("{} | {} | {}/{}/{} | {}", f.rule, f.message_zh, f.table, f.row, f.column,
                                  f.identity ? format_number(f.identity->difference) : "-"));
    return out;
}

std::vector<std::string> rules_of(const Report& report) {
    std::vector<std::string> out;
    for (const Finding& f : run_rules(report, CheckOptions{})) out.push_back(f.rule);
    return out;
}

struct Case {
    const char* html;
    const char* txt;  // the text sample it was written from (samples/html/make_html.py)
    const char* layout;
    int year;
    std::vector<std::string> rules;
};

const Case kSame[] = {
    {"clean-2021.html", "clean-2021.txt", "2021", 2022, {}},
    {"broken-results-total.html", "broken-results-total.txt", "2021", 2022, {"results-total", "results-total"}},
    {"broken-applicant-total.html", "broken-applicant-total.txt", "2019", 2020,
     {"applicant-total", "applicant-total"}},
    {"split-table-2021.html", "clean-2021.txt", "2021", 2022, {}},
    {"colspan-mismatch-2019.html", "clean-2019.txt", "2019", 2020, {}},
    {"gbk-meta-2021.html", "clean-2021-gbk.txt", "2021", 2023, {}},
};

}  // namespace

TEST_CASE("html samples: the same report · values and findings as their text sample", "[html][samples]") {
    for (const Case& c : kSame) {
        INFO(c.html);
        Report html = test::sample(std::string("html/") + c.html);
        Report txt = test::sample(c.txt);
        CHECK(html.format == "html");
        CHECK(template_name(html.layout) == c.layout);
        CHECK(html.year == c.year);
        CHECK(rules_of(html) == c.rules);
        CHECK(comparable(html) == comparable(txt));
        CHECK(findings_of(html) == findings_of(txt));
    }
}

TEST_CASE("html samples: GBK pages are decoded by their declared charset", "[html][samples]") {
    CHECK(test::sample("html/clean-2019.html").encoding == "GB18030");
    CHECK(test::sample("html/gbk-meta-2021.html").encoding == "GB18030");
    CHECK(test::sample("html/clean-2021.html").encoding == "UTF-8");
}

TEST_CASE("html samples: a Word page with 300 KB of styles and page chrome", "[html][samples]") {
    Report html = test::sample("html/clean-2019.html");
    Report txt = test::sample("clean-2019.txt");
    CHECK(template_name(html.layout) == "2019");
    CHECK(html.year == 2020);
    CHECK(findings_of(html).empty());
    // The breadcrumb before the title and the download link after section 六 are page chrome:
    // the model leaves them out, so everything equals the text sample's.
    CHECK(comparable(html) == comparable(txt));
}

TEST_CASE("html samples: the breadcrumb is not the title", "[html][samples]") {
    Report html = test::sample("html/clean-2019.html");
    CHECK(html.title == "青禾县自然资源和规划局2020年政府信息公开工作年度报告");
    CHECK(html.issuer == std::optional<std::string>("青禾县自然资源和规划局"));
}

TEST_CASE("html samples: blank &nbsp totals are blanks · and said so", "[html][samples]") {
    Report html = test::sample("html/blank-nbsp-2019.html");
    CHECK(rules_of(html) == std::vector<std::string>{"blank-in-identity"});  // one note for its 5 blanks
    json h = comparable(html), t = comparable(test::sample("clean-2019.txt"));
    for (const char* row : {"denied.state_secret", "denied.prohibited_by_law", "denied.internal_affairs",
                            "not_processed.publication", "not_processed.excessive_repeated"}) {
        INFO(row);
        json& total = h["applications"]["rows"][row][6];
        CHECK(total["value"].is_null());
        CHECK(total["blank"] == true);
        CHECK(total["raw"] == "");
        total = t["applications"]["rows"][row][6];  // the text sample has 0 there
    }
    CHECK(h == t);
}

TEST_CASE("html samples: table 二 without its heading is found by its anchor", "[html][samples]") {
    Report html = test::sample("html/no-heading-2019.html");
    // Its part is there, only the heading is not: no section-missing (issue 14).
    CHECK(rules_of(html).empty());
    json h = comparable(html), t = comparable(test::sample("clean-2019.txt"));
    CHECK(h["active_disclosure"] == t["active_disclosure"]);
    CHECK(h["applications"] == t["applications"]);
    CHECK(h["sections"].size() == 5);
}

TEST_CASE("html samples: cells point at their text in the HTML file", "[html][samples]") {
    Report r = test::sample("html/broken-applicant-total.html");
    const ApplicationRow* row = r.applications.row("new_received");
    REQUIRE(row);
    std::string file = test::slurp(test::sample_path("html/broken-applicant-total.html"));
    std::vector<std::string> lines;
    for (std::size_t start = 0, nl; start < file.size(); start = nl + 1) {
        nl = file.find('\n', start);
        if (nl == std::string::npos) nl = file.size();
        lines.push_back(file.substr(start, nl - start));
    }
    for (const CellValue& cell : row->cells) {
        INFO(cell.raw);
        REQUIRE(cell.pos.line > 0);
        REQUIRE(cell.pos.column > 0);
        const std::string& line = lines.at(cell.pos.line - 1);
        std::size_t byte = 0;  // columns count characters: find the byte of the column
        for (int col = 1; col < cell.pos.column; ++col)
            for (++byte; byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80;) ++byte;
        CHECK(line.substr(byte, cell.raw.size()) == cell.raw);
    }
}
