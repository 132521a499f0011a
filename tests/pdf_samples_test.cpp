// Every PDF sample reads as the sample it was made from: the same model (extract JSON, places
// aside) and the same findings (places aside). See samples/pdf/README.md.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"
#include "xxgk/extract.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;
using json = nlohmann::ordered_json;

namespace {

// PDF sample, the sample (under samples/) it was made from.
const std::vector<std::pair<std::string, std::string>> kMadeFrom = {
    {"pdf/office-clean-2019.pdf", "clean-2019.txt"},
    {"pdf/office-clean-2021.pdf", "clean-2021.txt"},
    {"pdf/office-broken-application-balance.pdf", "broken-application-balance.txt"},
    {"pdf/office-broken-results-total.pdf", "broken-results-total.txt"},
    {"pdf/office-broken-applicant-total.pdf", "broken-applicant-total.txt"},
    {"pdf/office-broken-review-total.pdf", "broken-review-total.txt"},
    {"pdf/office-broken-litigation-direct-total.pdf", "broken-litigation-direct-total.txt"},
    {"pdf/office-broken-litigation-after-review-total.pdf", "broken-litigation-after-review-total.txt"},
    {"pdf/office-misspelt-label-2021.pdf", "broken-row-named-by-position.txt"},
    {"pdf/web-clean-2019.pdf", "clean-2019.txt"},
    {"pdf/web-clean-2021.pdf", "clean-2021.txt"},
    {"pdf/web-broken-results-total.pdf", "broken-results-total.txt"},
    {"pdf/web-blank-cells-2019.pdf", "pdf/from/blank-cells-2019.txt"},
    {"pdf/web-clipped-2021.pdf", "clean-2021.txt"},
    {"pdf/office-prose-mismatch-not-processed-2021.pdf", "prose/mismatch-not-processed-2021.txt"},
    {"pdf/web-prose-mismatch-not-processed-2021.pdf", "prose/mismatch-not-processed-2021.txt"},
};

// The keys that say where, not what.
bool is_place(const std::string& key) {
    static const std::vector<std::string> places = {"line", "column", "table_index", "row_index", "cell_index",
                                                    "paragraph", "page", "bbox", "source"};
    return std::find(places.begin(), places.end(), key) != places.end();
}

json without_places(const json& j) {
    if (j.is_object()) {
        json out = json::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!is_place(it.key())) out[it.key()] = without_places(it.value());
        return out;
    }
    if (j.is_array()) {
        json out = json::array();
        for (const auto& v : j) out.push_back(without_places(v));
        return out;
    }
    return j;
}

// A finding as the user reads it, without where it stands.
std::string what(const Finding& f) {
    std::string s = f.rule + " " + f.code + " " + std::string(severity_name(f.severity)) + " " + f.message_zh + " | " +
                    f.message_en + " | " + f.table + "." + f.row + "." + f.column;
    if (f.identity) {
        for (const Side* side : {&f.identity->lhs, &f.identity->rhs})
            for (const Term& t : side->terms)
                s += " " + t.cell + "=" + (t.value ? format_number(*t.value) : "null") + (t.blank ? "(blank)" : "");
        s += " diff " + format_number(f.identity->difference);
    }
    return s;
}

std::vector<std::string> findings_of(const Report& r) {
    std::vector<std::string> out;
    for (const Finding& f : run_rules(r, {})) out.push_back(what(f));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("pdf samples: the same model and findings as the sample each was made from", "[pdf]") {
    if (!test::pdf_built("pdf/office-clean-2021.pdf")) return;
    for (const auto& [pdf, source] : kMadeFrom) {
        INFO(pdf << " made from " << source);
        const Report from_pdf = test::sample(pdf);
        const Report original = test::sample(source);
        CHECK(from_pdf.format == "pdf");
        CHECK(without_places(report_to_json(from_pdf)).dump(1) == without_places(report_to_json(original)).dump(1));
        CHECK(findings_of(from_pdf) == findings_of(original));
    }
}

TEST_CASE("pdf samples: a table without rulings reads the same, its columns said to be placed by position", "[pdf]") {
    if (!test::pdf_built("pdf/web-no-rulings-2021.pdf")) return;
    const Report from_pdf = test::sample("pdf/web-no-rulings-2021.pdf");
    const Report original = test::sample("clean-2021.txt");
    CHECK(without_places(report_to_json(from_pdf)).dump(1) == without_places(report_to_json(original)).dump(1));
    std::vector<std::string> notes;
    for (const Finding& f : run_rules(from_pdf, {})) notes.push_back(f.rule + " " + f.table + " " + f.message_en);
    CHECK(notes == std::vector<std::string>{
                       "columns-by-position active_disclosure table 二 in the PDF has no ruling lines: its columns "
                       "were placed by the positions of its header words, so which column a number is in was "
                       "inferred; compare with the original",
                       "columns-by-position applications table 三 in the PDF has no ruling lines: its columns were "
                       "placed by the positions of its header words, so which column a number is in was inferred; "
                       "compare with the original",
                       "columns-by-position review_litigation table 四 in the PDF has no ruling lines: its columns "
                       "were placed by the positions of its header words, so which column a number is in was "
                       "inferred; compare with the original"});
    CHECK(findings_of(original).empty());
}

TEST_CASE("pdf samples: every cell keeps its page and its box", "[pdf]") {
    if (!test::pdf_built("pdf/office-clean-2021.pdf")) return;
    const Report r = test::sample("pdf/office-clean-2021.pdf");
    const ApplicationRow* row = r.applications.row("new_received");
    REQUIRE(row);
    const Position& p = row->cells[0].pos;  // 142, 自然人
    CHECK(p.page == 1);
    CHECK(p.line == 0);
    CHECK(p.box.x1 - p.box.x0 == Approx(42.5).margin(1.5));  // the ruled cell, one grid column
    CHECK(p.box.y0 > 500);
    CHECK(p.box.y1 > p.box.y0);
    // Table 三 crosses from page 1 to 3 (page 2 in the middle); its last row is on page 3.
    CHECK(r.applications.row("carried_forward")->cells[6].pos.page == 3);
    CHECK(r.review.cells[0].pos.page == 4);
    for (const Section& s : r.sections) CHECK(s.pos.page > 0);
}
