#include <catch2/catch.hpp>

#include "model/parts.hpp"
#include "xxgk/model.hpp"

using namespace xxgk;

namespace {
CellValue count(const char* text) { return parse_cell(text, {3, 2}, false, false); }
}  // namespace

TEST_CASE("numbers: plain counts with stray spaces", "[number]") {
    for (const char* t : {"0", " 2", "2 ", "　2", "2　", "\xc2\xa0" "2"}) {
        CellValue c = count(t);
        INFO(t);
        REQUIRE(c.value);
        CHECK(!c.blank);
        CHECK(!c.unreadable);
    }
    CHECK(*count("　12").value == 12);
    CHECK(count("　12").raw == "12");
    CHECK(count("12").pos.line == 3);
}

TEST_CASE("numbers: blanks and placeholders keep their raw text", "[number]") {
    for (const char* t : {"", " ", "-", "—", "/", "无", "——", "－"}) {
        CellValue c = count(t);
        INFO(t);
        CHECK(c.blank);
        CHECK(!c.value);
        CHECK(!c.unreadable);
    }
    CHECK(count("无").raw == "无");
}

TEST_CASE("numbers: units are stripped and recorded", "[number]") {
    CellValue money = parse_cell("32.4142万元", {}, false, true);
    REQUIRE(money.value);
    CHECK(*money.value == Approx(32.4142));
    CHECK(money.unit == "万元");
    CellValue yuan = parse_cell("251000元", {}, false, true);
    CHECK(*yuan.value == 251000);
    CHECK(yuan.unit == "元");
    CHECK(*count("3件").value == 3);
    CHECK(count("3件").unit == "件");
}

TEST_CASE("numbers: signs where the column allows them", "[number]") {
    CellValue plus = parse_cell("+1036", {}, true, false);
    CHECK(*plus.value == 1036);
    CHECK(*parse_cell("-8", {}, true, false).value == -8);
    CHECK(*count("-1").value == -1);  // read, then reported by negative-count
    CHECK(count("+3").unreadable);
    CHECK(count("+3").problem == "a count has no sign");
}

TEST_CASE("numbers: full-width digits and thousands separators", "[number]") {
    CHECK(*count("１２").value == 12);
    CHECK(*count("1,036").value == 1036);
}

TEST_CASE("numbers: what is not a number is unreadable · with why", "[number]") {
    CHECK(count("约5").unreadable);
    CHECK(count("约5").problem == "not a number");
    CHECK(count("3件？").unreadable);
    CHECK(count("O").unreadable);
    CHECK(count("1.5").problem == "a count must be a whole number");
    CHECK(count("1234567890123456").problem == "number too large");
    CHECK(count(".5").unreadable);
    CHECK(count("5.").unreadable);
    CHECK(!count("约5").value);
}

TEST_CASE("numbers: text without a digit has no value", "[number]") {
    using xxgk::detail::may_have_value;
    for (const char* t : {"一、本年新收政府信息公开申请数量", "", "-", "无", "　"}) {
        INFO(t);
        CHECK_FALSE(may_have_value(t));
        CHECK_FALSE(parse_cell(t, {}, true, true).value);
    }
    // Every text with a value passes, full width and overlong digits included.
    for (const char* t : {"12", "（一）１２", "\xC0\xB1", "\xE0\x80\xB1", "\xF0\x80\x80\xB1", "\xF0\x8F\xBC\x91"}) {
        INFO(t);
        CHECK(may_have_value(t));
    }
    CHECK(*parse_cell("１２", {}, false, false).value == 12);
    CHECK(*parse_cell("\xC0\xB1", {}, false, false).value == 1);  // as the decoder reads it
}

TEST_CASE("numbers: fifteen digits at most", "[number]") {
    CHECK(*count(" 999999999999999　").value == 999999999999999.0);
    CHECK(count(" 999999999999999　").raw == "999999999999999");
    CHECK(*count("000000000000012").value == 12);
    // Leading zeros are not digits that count: 22 characters, the number 2.
    CHECK(*count("0000000000000012").value == 12);
    CHECK(*count("0000000000000000000002").value == 2);
    CHECK(*count("00000000000000000000").value == 0);
    CHECK(*parse_cell("000000000000000000001.5", {}, false, true).value == 1.5);
    CHECK(count("0001234567890123456").problem == "number too large");
    CHECK(count("1 2").problem == "");  // inner spaces are dropped: 12
    CHECK(*count("1 2").value == 12);
}
