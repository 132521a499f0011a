// Label variants of real copies read like the template's own labels.
#include "support.hpp"
#include "xxgk/extract.hpp"

using namespace xxgk;

namespace {

// The values and keys of a report, without what legitimately differs between copies.
nlohmann::ordered_json values_only(const Report& r) {
    auto j = report_to_json(r);
    j.erase("source");
    j.erase("title");
    j.erase("sections");
    for (auto& [key, cells] : j["applications"]["rows"].items())
        for (auto& c : cells) c = c["value"];
    j["applications"].erase("labels");
    for (auto& item : j["active_disclosure"]["items"]) {
        item.erase("label");
        for (auto& col : item["columns"]) col.erase("label");
        for (auto& row : item["rows"]) {
            row.erase("label");
            for (auto& [k, c] : row["cells"].items()) c = c["value"];
        }
    }
    for (auto& [group, cells] : j["review_litigation"].items())
        if (cells.is_object())
            for (auto& [k, c] : cells.items()) c = c["value"];
    return j;
}

}  // namespace

TEST_CASE("labels: a traditional-script copy gives the same model", "[labels]") {
    Report trad = test::sample("labels/traditional-2021.txt");
    Report clean = test::sample("clean-2021.txt");
    CHECK(trad.issuer == clean.issuer);
    CHECK(values_only(trad) == values_only(clean));
    CHECK(run_rules(trad, {}).empty());
}

TEST_CASE("labels: spaces · ASCII quotes · half-width brackets · shortened and truncated labels",
          "[labels]") {
    Report noisy = test::sample("labels/label-noise-2021.txt");
    CHECK(values_only(noisy) == values_only(test::sample("clean-2021.txt")));
    CHECK(noisy.active.items[0].columns[2].key == "in_force");
    CHECK(noisy.applications.row("other.other") != nullptr);
    CHECK(run_rules(noisy, {}).empty());
}

TEST_CASE("labels: heading variants and typos still name the six sections", "[labels]") {
    Report r = test::sample("labels/heading-variants-2019.txt");
    REQUIRE(r.sections.size() == 6);
    CHECK(r.sections[0].heading == "一、2020年政务公开总体情况");
    CHECK(r.sections[3].key == "review_litigation");
    CHECK(run_rules(r, {}).empty());
}
