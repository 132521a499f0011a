// The splitter alone: readings of one run of glued digits, and the choice between the
// readings of several table-三 rows by the column identities.
#include <catch2/catch.hpp>

#include "readers/flat/split.hpp"

using namespace xxgk::flat;

namespace {

std::vector<double> values(const Reading& r) {
    std::vector<double> out;
    for (const auto& n : r) out.push_back(n.value);
    return out;
}

std::vector<std::string> texts(const Reading& r) {
    std::vector<std::string> out;
    for (const auto& n : r) out.push_back(n.text);
    return out;
}

Reading reading(std::vector<double> v) {
    Reading r;
    for (double x : v) r.push_back({std::to_string(int(x)), 0, x});
    return r;
}

const SplitRules kRow{7, 7, {}};     // a table-三 row: six applicants, then their total
const SplitRules kFormat{7, 0, {}};  // seven numbers, the format alone

}  // namespace

TEST_CASE("flat split: a row with one reading whose total adds up", "[flat]") {
    Split s = split_run("713000074", kRow);
    REQUIRE(s.count == 1);
    CHECK(values(s.readings[0]) == std::vector<double>{71, 3, 0, 0, 0, 0, 74});
    CHECK(s.readings[0][6].offset == 7);
    CHECK_FALSE(s.forced[0]);  // 7,13,0,0,0,0,74 is a reading too, sums aside: the sum decided
    CHECK_FALSE(s.exhausted);
}

TEST_CASE("flat split: seven single digits are forced · and their sum is a real check", "[flat]") {
    Split s = split_run("1000001", kRow);
    REQUIRE(s.count == 1);
    CHECK(s.forced[0]);
    Split broken = split_run("10000001", kRow);  // only 10,0,0,0,0,0,1 is a number format
    CHECK(broken.count == 0);
    Split format = split_run("10000001", kFormat);
    REQUIRE(format.count == 1);
    CHECK(format.forced[0]);
    CHECK(values(format.readings[0]) == std::vector<double>{10, 0, 0, 0, 0, 0, 1});
}

TEST_CASE("flat split: whitespace is a forced cut", "[flat]") {
    // 230 000023: 23,0 | 0,0,0,0,23 — no cut may cross the space.
    Split s = split_run("230 000023", kRow);
    REQUIRE(s.count == 1);
    CHECK(values(s.readings[0]) == std::vector<double>{23, 0, 0, 0, 0, 0, 23});
    CHECK(s.readings[0][2].offset == 4);  // after the space
    CHECK(split_run("230000023", kRow).count == 1);
    CHECK(split_run("2 3", {1, 0, {}}).count == 0);
    // U+3000 and U+00A0 cut as well, and every cell separated makes the row forced.
    Split spaced = split_run("96\u300021\u00a02 1 4 3 127", kRow);
    REQUIRE(spaced.count == 1);
    CHECK(spaced.forced[0]);
}

TEST_CASE("flat split: no number starts with 0 but 0 itself", "[flat]") {
    Split s = split_run("0108", {4, 0, {}});
    REQUIRE(s.count == 1);
    CHECK(texts(s.readings[0]) == std::vector<std::string>{"0", "1", "0", "8"});
    CHECK(split_run("0108", {3, 0, {}}).count == 1);  // 0,10,8
    CHECK(split_run("01", {1, 0, {}}).count == 0);
}

TEST_CASE("flat split: several readings add up · the row alone cannot tell", "[flat]") {
    Split s = split_run("96212143127", kRow);
    REQUIRE(s.count == 2);
    CHECK(values(s.readings[0]) == std::vector<double>{96, 2, 1, 21, 4, 3, 127});
    CHECK(values(s.readings[1]) == std::vector<double>{96, 21, 2, 1, 4, 3, 127});
}

TEST_CASE("flat split: a sign starts a number · glued or not", "[flat]") {
    Split s = split_run("2648-18 538", {3, 0, {}});
    REQUIRE(s.count == 1);
    CHECK(texts(s.readings[0]) == std::vector<std::string>{"2648", "-18", "538"});
    CHECK(values(s.readings[0]) == std::vector<double>{2648, -18, 538});
    CHECK(s.readings[0][1].offset == 4);  // at the sign
    CHECK(texts(split_run("58+3 1264", {3, 0, {}}).readings[0]) ==
          std::vector<std::string>{"58", "+3", "1264"});
    CHECK(split_run("2648-18538", {3, 0, {}}).count > 1);  // the sign alone cuts once
    // In a row, a negative count still adds up (the model then reports it).
    Split row = split_run("10-10000", kRow);
    REQUIRE(row.count == 1);
    CHECK(values(row.readings[0]) == std::vector<double>{1, 0, -1, 0, 0, 0, 0});
}

TEST_CASE("flat split: decimals and units only where the column takes money", "[flat]") {
    Split s = split_run("17 286.5万元", {2, 0, {false, true}});
    REQUIRE(s.count == 1);
    CHECK(texts(s.readings[0]) == std::vector<std::string>{"17", "286.5万元"});
    CHECK(split_run("17 286.5", {2, 0, {}}).count == 0);
    CHECK(split_run("12.35", {1, 0, {true}}).count == 1);
    CHECK(split_run("0.86", {1, 0, {true}}).count == 1);
    CHECK(split_run("1.2.3", {1, 0, {true}}).count == 0);
}

TEST_CASE("flat split: anything but digits · signs · points · units and spaces reads nothing", "[flat]") {
    CHECK(split_run("12a34", {2, 0, {}}).count == 0);
    CHECK(split_run("12-", {1, 0, {}}).count == 0);
    CHECK(split_run("", {1, 0, {}}).count == 0);
    CHECK(split_run("123", {0, 0, {}}).count == 0);
}

TEST_CASE("flat split: table 四 · fifteen numbers in three groups of five", "[flat]") {
    Split single = split_run("210141100210012", {15, 5, {}});
    REQUIRE(single.count == 1);
    CHECK(single.forced == std::vector<bool>{true, true, true});

    // 12,0,0,1,13 needs the first group's sum; the other two are then cut by the format.
    Split s = split_run("12001130101200000", {15, 5, {}});
    REQUIRE(s.count == 1);
    CHECK(values(s.readings[0]) == std::vector<double>{12, 0, 0, 1, 13, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0});
    CHECK(s.forced == std::vector<bool>{false, true, true});

    CHECK(split_run("1200114 0101200000", {15, 5, {}}).count == 0);  // no group-1 reading adds up
}

TEST_CASE("flat split: the work is bounded", "[flat]") {
    const std::string long_run(60, '1');
    Split s = split_run(long_run, {7, 0, {}}, 1'000'000, 10'000);
    CHECK(s.exhausted);
    CHECK_FALSE(s.forced[0]);  // not known: not claimed
    // Counting stops past max_readings.
    Split capped = split_run(long_run, {7, 0, {}}, 64);
    CHECK(capped.count == 65);
    CHECK(capped.readings.size() == 64);
    CHECK_FALSE(capped.exhausted);
    // A row with a long run: its total is fixed first, and the rest must add up to it.
    Split row = split_run("14069 8123 56 2 734 11", {7, 7, {}}, 1000, 200'000);
    CHECK_FALSE(row.exhausted);
    CHECK(s.steps == 10'000);
}

TEST_CASE("flat split: the bound covers the whole call · telling forced numbers apart included", "[flat]") {
    Split full = split_run("96 21 2 1 4 3 127", kRow);
    REQUIRE(full.count == 1);
    CHECK(full.forced[0]);
    CHECK(full.steps > 1);
    // One step short: either the readings or the forced check runs out, and nothing is claimed.
    Split short_of = split_run("96 21 2 1 4 3 127", kRow, 64, full.steps - 1);
    CHECK(short_of.steps <= full.steps - 1);
    CHECK((short_of.exhausted || !short_of.forced[0]));
    // Every bound short of the whole work: a group is called forced only if it is, also where
    // the readings were all found and only telling forced numbers apart ran out (a partial
    // search that saw one way to cut a group has not shown there is no other).
    int readings_found_forced_unknown = 0;
    const std::pair<std::string, SplitRules> runs[] = {
        {"96 21 2 1 4 3 127", kRow}, {"713000074", kRow}, {"1 0 0 0 1 2 0 0 0 2 0 0 0 0 0", {15, 5, {}}}};
    for (const auto& [run, rules] : runs) {
        const Split whole = split_run(run, rules, 64, 1'000'000);
        REQUIRE_FALSE(whole.exhausted);
        REQUIRE(whole.forced.size() == rules.count / rules.group);
        for (std::size_t bound = 1; bound < whole.steps; ++bound) {
            INFO(run << " with max_steps " << bound);
            Split s = split_run(run, rules, 64, bound);
            for (std::size_t g = 0; g < s.forced.size(); ++g) CHECK((!s.forced[g] || whole.forced[g]));
            if (!s.exhausted && s.count == whole.count) ++readings_found_forced_unknown;
        }
    }
    CHECK(readings_found_forced_unknown > 0);
}

TEST_CASE("flat choose: rows with one candidate need no choice", "[flat]") {
    Choice c = choose_readings({{reading({1, 0, 0, 0, 0, 0, 1})}, {reading({2, 0, 0, 0, 0, 0, 2})}}, {});
    CHECK(c.status == Choice::Status::unique);
    CHECK(c.pick == std::vector<std::size_t>{0, 0});
}

TEST_CASE("flat choose: the column identities pick between readings", "[flat]") {
    // a + b = total, per column; a has two readings that add up, only one balances the columns.
    const std::vector<std::vector<Reading>> rows = {
        split_run("96212143127", kRow).readings,
        {reading({5, 2, 0, 0, 1, 0, 8})},
        {reading({101, 23, 2, 1, 5, 3, 135})},
    };
    Choice c = choose_readings(rows, {{1, 1, -1}});
    REQUIRE(c.status == Choice::Status::unique);
    CHECK(values(rows[0][c.pick[0]]) == std::vector<double>{96, 21, 2, 1, 4, 3, 127});
}

TEST_CASE("flat choose: two readings every identity allows are ambiguous", "[flat]") {
    // Two rows printed 121000013: (12,1,0,0,0,0,13) and (1,2,10,0,0,0,13), in either order,
    // give the same column sums.
    const Reading a = reading({12, 1, 0, 0, 0, 0, 13}), b = reading({1, 2, 10, 0, 0, 0, 13});
    Choice c = choose_readings({{a, b}, {a, b}, {reading({13, 3, 10, 0, 0, 0, 26})}}, {{1, 1, -1}});
    CHECK(c.status == Choice::Status::ambiguous);
    CHECK(c.row == 0);
    CHECK(c.readings == 2);
    // Both readings of both rows are left; the third row is fixed.
    CHECK(c.kept == std::vector<std::vector<std::size_t>>{{0, 1}, {0, 1}, {}});
    // Without any identity, a row with two readings is ambiguous as well.
    CHECK(choose_readings({{a, b}}, {}).status == Choice::Status::ambiguous);
}

TEST_CASE("flat choose: an identity broken whatever the choice does not block it", "[flat]") {
    // Column 0 says 25 where a + a give 24 (a data error, for the rules to report): it fails
    // whatever the choice, and the other columns still tell the readings apart.
    const Reading a = reading({12, 1, 0, 0, 0, 0, 13}), b = reading({1, 2, 10, 0, 0, 0, 13});
    Choice c = choose_readings({{a, b}, {a}, {reading({25, 2, 0, 0, 0, 0, 26})}}, {{1, 1, -1}});
    REQUIRE(c.status == Choice::Status::unique);
    CHECK(c.pick[0] == 0);
}

TEST_CASE("flat choose: no combination fits · or too many to try", "[flat]") {
    const Reading a = reading({12, 1, 0, 0, 0, 0, 13}), b = reading({1, 2, 10, 0, 0, 0, 13});
    // Column 0 fails for a only, columns 1 and 2 for b only: every combination fails an
    // identity that another combination satisfies.
    Choice none = choose_readings(
        {{a, b}, {reading({0, 0, 0, 0, 0, 0, 0})}, {reading({1, 1, 0, 0, 0, 0, 13})}}, {{1, 1, -1}});
    CHECK(none.status == Choice::Status::inconsistent);
    CHECK(none.row == 0);

    std::vector<std::vector<Reading>> many(20, {a, b});
    Choice too_many = choose_readings(many, {std::vector<int>(20, 1)}, 100'000);
    CHECK(too_many.status == Choice::Status::too_many);
}
