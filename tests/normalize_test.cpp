#include <catch2/catch.hpp>

#include "xxgk/model.hpp"

using xxgk::normalize_label;

TEST_CASE("labels: width, spaces and quotes are folded", "[normalize]") {
    CHECK(normalize_label("（三） 不予公开") == "(三)不予公开");
    CHECK(normalize_label("(三)不予公开") == "(三)不予公开");
    CHECK(normalize_label("商业 企业") == "商业企业");
    CHECK(normalize_label("本年新\n制作数量") == "本年新制作数量");
    CHECK(normalize_label("3.危及“三安全一稳定”") == normalize_label("3.危及\"三安全一稳定\""));
    CHECK(normalize_label("规　章") == "规章");
}

TEST_CASE("labels: traditional script maps to the template's characters", "[normalize]") {
    CHECK(normalize_label("結轉下年度繼續辦理") == normalize_label("结转下年度繼續辦理"));
    CHECK(normalize_label("行政復議") == "行政复议");
    CHECK(normalize_label("總計") == "总计");
    CHECK(normalize_label("第二十條第（一）項") == "第二十条第(一)项");
}
