// How findings mark the places of a report: identity terms, a diagnosis's cell and candidates,
// a statement's cells, every finding's logical location; the strongest kind wins.
#include <catch2/catch.hpp>

#include "reporter_fixture.hpp"
#include "reporters/html_marks.hpp"

using namespace xxgk;
using namespace xxgk::detail::html;

namespace {

Finding diagnosis(std::string cell, double suggested, std::vector<Diagnosis::Alternative> alternatives = {}) {
    Finding f = test::finding("likely-wrong-cell", "可能有误的单元格", "likely wrong cell");
    Diagnosis d;
    d.cell = std::move(cell);
    d.value = 3;
    d.suggested_value = suggested;
    d.alternatives = std::move(alternatives);
    f.diagnosis = d;
    return f;
}

Finding statement(std::vector<std::string> cells) {
    Finding f = test::finding("narrative-mismatch", "文字与表格不符", "text contradicts table");
    f.severity = Severity::warning;
    Statement s;
    s.text = "共受理申请 150 件";
    s.stated = 150;
    s.table_value = 186;
    s.cells = std::move(cells);
    f.statement = s;
    return f;
}

constexpr const char* kCarriedOver = "applications.carried_over.natural_person";
constexpr const char* kNewReceived = "applications.new_received.natural_person";

}  // namespace

TEST_CASE("html marks · an identity marks each of its terms") {
    const std::vector<Finding> findings = {fixture::balance()};
    const Marks marks(findings);
    for (const char* key : {kNewReceived, kCarriedOver, "applications.results_total.natural_person",
                            "applications.carried_forward.natural_person"}) {
        INFO(key);
        const Mark* m = marks.find(key);
        REQUIRE(m);
        CHECK(m->kind == MarkKind::term);
        CHECK(m->severity == Severity::error);
        CHECK(m->findings == std::vector<std::size_t>{0});
        CHECK(m->rules == std::vector<std::string>{"application-balance"});
        CHECK_FALSE(m->suggested);
    }
    CHECK(marks.find("applications.granted.natural_person") == nullptr);
    // The finding's own place is a row of table 三 with its column: a term already.
    CHECK(marks.find("applications.results_total") == nullptr);
}

TEST_CASE("html marks · a diagnosis marks its cell strongest and its candidates next") {
    const std::vector<Finding> findings = {fixture::balance(), diagnosis(kCarriedOver, 2, {{kNewReceived, 57}})};
    const Marks marks(findings);
    const Mark* likely = marks.find(kCarriedOver);
    REQUIRE(likely);
    CHECK(likely->kind == MarkKind::likely);
    CHECK(likely->suggested == 2);
    CHECK(likely->findings == std::vector<std::size_t>{0, 1});
    CHECK(likely->rules == std::vector<std::string>{"application-balance", "likely-wrong-cell"});
    const Mark* candidate = marks.find(kNewReceived);
    REQUIRE(candidate);
    CHECK(candidate->kind == MarkKind::candidate);
    CHECK(candidate->suggested == 57);
    CHECK(marks.find("applications.results_total.natural_person")->kind == MarkKind::term);
}

TEST_CASE("html marks · the strongest kind wins whatever the order of the findings") {
    const std::vector<Finding> findings = {diagnosis(kCarriedOver, 2), fixture::balance()};
    const Marks marks(findings);
    CHECK(marks.find(kCarriedOver)->kind == MarkKind::likely);
    CHECK(marks.find(kCarriedOver)->suggested == 2);
    CHECK(marks.find(kCarriedOver)->rules == std::vector<std::string>{"likely-wrong-cell", "application-balance"});
}

TEST_CASE("html marks · a statement marks the cells it binds to") {
    const std::vector<Finding> findings = {statement({"applications.granted.total", "applications.partially_granted.total"})};
    const Marks marks(findings);
    for (const char* key : {"applications.granted.total", "applications.partially_granted.total"}) {
        const Mark* m = marks.find(key);
        REQUIRE(m);
        CHECK(m->kind == MarkKind::stated);
        CHECK(m->severity == Severity::warning);
    }
}

TEST_CASE("html marks · a finding's place marks a cell or a row or a table") {
    Finding cell = test::finding("negative-count", "负数", "negative");
    cell.severity = Severity::warning;
    cell.table = "applications";
    cell.row = "denied.state_secret";
    cell.column = "total";
    Finding row = test::finding("row-missing", "缺行", "row missing");
    row.table = "applications";
    row.row = "not_processed.publication";
    Finding table = test::finding("columns-by-position", "按位置", "by position");
    table.severity = Severity::note;
    table.table = "review_litigation";
    Finding nowhere = test::finding("section-missing", "缺部分", "section missing");

    CHECK(location_key(cell) == "applications.denied.state_secret.total");
    CHECK(location_key(row) == "applications.not_processed.publication");
    CHECK(location_key(table) == "review_litigation");
    CHECK(location_key(nowhere).empty());

    const std::vector<Finding> findings = {cell, row, table, nowhere};
    const Marks marks(findings);
    CHECK(marks.find("applications.denied.state_secret.total")->kind == MarkKind::at);
    CHECK(marks.find("applications.denied.state_secret.total")->severity == Severity::warning);
    CHECK(marks.find("applications.not_processed.publication")->findings == std::vector<std::size_t>{1});
    CHECK(marks.find("review_litigation")->severity == Severity::note);
    CHECK(marks.find("") == nullptr);
}

TEST_CASE("html marks · a place takes the highest severity of its findings") {
    Finding note = test::finding("blank-in-identity", "空白", "blank");
    note.severity = Severity::note;
    note.table = "applications";
    note.row = "carried_over";
    note.column = "natural_person";
    const std::vector<Finding> findings = {note, fixture::balance()};
    const Marks marks(findings);
    const Mark* m = marks.find(kCarriedOver);
    CHECK(m->severity == Severity::error);
    CHECK(m->kind == MarkKind::term);
    CHECK(m->rules == std::vector<std::string>{"blank-in-identity", "application-balance"});
}

TEST_CASE("html marks · each cell a note lists is marked at its place") {
    Finding note = test::finding("blank-in-identity", "空白", "blank");
    note.severity = Severity::note;
    note.table = "applications";
    note.cells = {{"applications.granted.total", "（一）予以公开", "", {}},
                  {"applications.carried_over.natural_person", "二、上年结转政府信息公开申请数量", "-", {}}};
    const std::vector<Finding> findings = {note};
    const Marks marks(findings);
    for (const char* key : {"applications.granted.total", "applications.carried_over.natural_person"}) {
        INFO(key);
        const Mark* m = marks.find(key);
        REQUIRE(m);
        CHECK(m->kind == MarkKind::at);
        CHECK(m->rules == std::vector<std::string>{"blank-in-identity"});
    }
}
