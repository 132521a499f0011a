// The national templates as data (format-spec §2–4): the counts and lookups everything else
// relies on.
#include <catch2/catch.hpp>

#include <set>

#include "xxgk/template.hpp"

using namespace xxgk;

TEST_CASE("template: table 三 rows · 23 in 2019 · 25 in 2021 · results 19 and 21", "[template]") {
    CHECK(application_row_keys(Template::t2019).size() == 23);
    CHECK(application_row_keys(Template::t2021).size() == 25);
    CHECK(application_row_keys(Template::unknown) == application_row_keys(Template::t2019));
    CHECK(result_row_keys(Template::t2019).size() == 19);
    CHECK(result_row_keys(Template::t2021).size() == 21);
    CHECK(result_row_keys(Template::t2019).back() == "other");
    CHECK(result_row_keys(Template::t2021).back() == "other.other");
    CHECK(application_row_keys(Template::t2021).front() == "new_received");
    CHECK(application_row_keys(Template::t2021).back() == "carried_forward");
    const ApplicationRowSpec* spec = application_row_spec("denied.three_safeties_one_stability");
    REQUIRE(spec);
    CHECK(spec->label == "（三）不予公开 3.危及“三安全一稳定”");
    CHECK(spec->role == RowRole::result);
    CHECK(application_row_spec("results_total")->role == RowRole::results_total);
    CHECK(application_row_spec("no_such_row") == nullptr);
    CHECK(new_received_label() == "本年新收政府信息公开申请数量");
}

TEST_CASE("template: every row a fragment names exists · every row but the total rows has one", "[template]") {
    std::set<std::string_view> named;
    for (const LabelFragment& f : application_row_fragments()) {
        INFO(f.fragment);
        CHECK(application_row_spec(f.key) != nullptr);
        named.insert(f.key);
        CHECK(application_row_fragment(f.key) == f.fragment);
    }
    for (const ApplicationRowSpec& row : application_row_specs()) {
        INFO(row.key);
        // （六）3.其他 is named by its number within （六）, not by a fragment.
        CHECK((named.contains(row.key) || row.key == "other.other"));
    }
    CHECK(application_row_fragment("new_received") == "本年新收");
}

TEST_CASE("template: sections · columns · table 四 · table 二's items per template", "[template]") {
    REQUIRE(template_sections().size() == 6);
    CHECK(template_sections()[0].numeral == "一");
    CHECK(template_sections()[3].key == "review_litigation");
    CHECK(applicant_column_label("other_org") == "其他");
    CHECK(applicant_column_label_en("social_welfare_org") == "social welfare organisation");
    CHECK(applicant_column_label("nonsense") == "nonsense");
    REQUIRE(review_group_specs().size() == 3);
    CHECK(review_group_specs()[2].name_zh == "行政诉讼（复议后起诉）");
    CHECK(review_cell_labels()[4] == "总计");
    CHECK(active_items(Template::t2019).size() == 5);
    CHECK(active_items(Template::t2021).size() == 4);
    CHECK(active_items(Template::t2021)[0]->rows(Template::t2021)[1].second == "行政规范性文件");
    CHECK(active_items(Template::t2019)[0]->rows(Template::t2019)[1].second == "规范性文件");
    REQUIRE(active_column_spec("change"));
    CHECK(active_column_spec("change")->is_signed);
    CHECK(active_column_spec("fee_amount")->money);
    CHECK_FALSE(active_column_spec("issued")->money);
    CHECK(active_column_spec("no_such_column") == nullptr);
    CHECK(template_name(Template::t2021) == "2021");
}
