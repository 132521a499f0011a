#include <catch2/catch.hpp>

#include "labels/text.hpp"
#include "xxgk/labels.hpp"

using xxgk::normalize_label;

TEST_CASE("labels: width · spaces and quotes are folded", "[normalize]") {
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
    // 2019 labels in a traditional copy: 本年增/減, 政府集中採購, 屬於國家秘密, 總體情況, 對外 …
    CHECK(normalize_label("體對減採國沒獲繼據複覆") == "体对减采国没获继据复复");
}

TEST_CASE("labels: odd bytes fold as the decoder reads them", "[normalize]") {
    CHECK(normalize_label("ＡＢ〔1〕") == "AB[1]");
    CHECK(normalize_label("a\xFF" "b") == "a\xEF\xBF\xBD" "b");  // an invalid byte: U+FFFD
    CHECK(normalize_label("a\xC1\x81") == "aA");                  // overlong 'A', encoded again
    CHECK(normalize_label("中\xC0\xA0文") == "中文");              // overlong space: a space
    CHECK(normalize_label("中\xE4\x41") == "中\xEF\xBF\xBD" "A");  // a sequence cut short
}

TEST_CASE("labels: a normalized prefix", "[normalize]") {
    using xxgk::detail::normalize_label_prefix;
    const std::string label = "一、总体情况 （略）";
    CHECK(normalize_label_prefix(label, 90) == normalize_label(label));  // short: whole
    CHECK(normalize_label_prefix(label, 3) == "一、");                    // just over 3 bytes
    CHECK(normalize_label_prefix(label, 0) == "一");
    CHECK(normalize_label_prefix("  a b c", 1) == "ab");
    std::string out = "x";
    xxgk::detail::append_normalized_label(out, "商業 企業");
    CHECK(out == "x商业企业");
}

TEST_CASE("labels: trim and printed labels", "[normalize]") {
    using xxgk::detail::printed_label;
    using xxgk::detail::trim;
    CHECK(trim("\xE3\x80\x80 中 \xC2\xA0\t") == "中");
    CHECK(trim(" \xE3\x80\x80 ").empty());
    CHECK(trim("中\xC0\xA0") == "中");              // overlong space at the end: trimmed
    CHECK(trim("中\x80") == "中\x80");              // a stray continuation byte is text
    CHECK(trim("中\xE3\x80") == "中\xE3\x80");      // U+3000 cut short is text
    CHECK(trim("\x80 ") == "\x80");
    CHECK(printed_label(" 本年新\n 制作数量 ") == "本年新制作数量");
    CHECK(printed_label("\xE3\x80\x80" "12 ") == "12");
}
