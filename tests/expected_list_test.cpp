// The --expect list: how it is read, what it refuses (one line naming the line), and how a run
// measures up to it.
#include <sys/stat.h>

#include <fstream>
#include <set>

#include "support.hpp"
#include "xxgk/batch.hpp"
#include "xxgk/expected.hpp"

using namespace xxgk;

namespace {

Result<ExpectedReports> read_text(const test::TempDir& dir, const std::string& text) {
    const std::string path = dir / "expect.csv";
    std::ofstream(path, std::ios::binary) << text;
    return read_expected_reports(path);
}

std::string error_of(const std::string& text) {
    test::TempDir dir;
    Result<ExpectedReports> list = read_text(dir, text);
    REQUIRE_FALSE(list.ok());
    return std::to_string(list.error().line) + ": " + list.error().message + " | " + list.error().message_zh;
}

}  // namespace

TEST_CASE("expect list: columns in any order · years and * · parents · aggregates · comments", "[expect]") {
    test::TempDir dir;
    Result<ExpectedReports> list = read_text(dir,
                                             "# the city\n"
                                             "Year,Issuer,Aggregate,Parent\n"
                                             "*,\"蓝溪区人民政府\",yes,\n"
                                             "2023, 蓝溪区教育局 ,,蓝溪区人民政府\n"
                                             "\n"
                                             "2022,财政局\n");
    REQUIRE(list.ok());
    const auto& e = list.value().entries;
    REQUIRE(e.size() == 3);
    CHECK(e[0].issuer == "蓝溪区人民政府");
    CHECK_FALSE(e[0].year.has_value());
    CHECK(e[0].aggregate);
    CHECK(e[1].issuer == "蓝溪区教育局");
    CHECK(e[1].year == 2023);
    CHECK(e[1].parent_key == e[0].key);
    CHECK(e[1].line == 4);
    CHECK(e[2].year == 2022);
    CHECK(e[2].parent_key.empty());
    CHECK(list.value().is_aggregate(e[0].key, 2031));
    CHECK(list.value().has_aggregate_parent(e[1].key));
    CHECK_FALSE(list.value().has_aggregate_parent(e[2].key));
}

TEST_CASE("expect list: GB18030 as a spreadsheet saves it on a Chinese Windows", "[expect]") {
    test::TempDir dir;
    // "issuer,year\n财政局,*\n" in GB18030.
    Result<ExpectedReports> list = read_text(dir, "issuer,year\n\xb2\xc6\xd5\xfe\xbe\xd6,*\n");
    REQUIRE(list.ok());
    CHECK(list.value().entries.at(0).issuer == "财政局");
}

TEST_CASE("expect list: each mistake is one error naming its line", "[expect]") {
    CHECK(error_of("issuer,yaer\n") ==
          "1: unknown column \"yaer\" (the header is issuer,year[,parent][,aggregate]); did you mean \"year\"? | "
          "未知的列 \"yaer\"（表头应为 issuer,year[,parent][,aggregate]），是否想写 \"year\"？");
    CHECK(error_of("issuer\n") == "1: the header must name the columns issuer and year (issuer,year[,parent][,aggregate]) | "
                                  "表头必须有 issuer 和 year 两列（issuer,year[,parent][,aggregate]）");
    CHECK(error_of("issuer,year\n财政局,23\n") ==
          "2: the year \"23\" is neither a year such as 2023 nor * | 年度 \"23\" 既不是 2023 这样的年份，也不是 *");
    CHECK(error_of("issuer,year\n财政局,*\n财政局,2023\n") ==
          "3: 财政局 (2023) is on the list already, on line 2 (*) | 财政局（2023）已在名单第 2 行（*）");
    CHECK(error_of("issuer,year,parent\n教育局,*,区政府办\n区政府,*,\n") ==
          "2: the parent \"区政府办\" is not an issuer of the list; did you mean \"区政府\"? | "
          "上级 \"区政府办\" 不在名单的发布机关中，是否想写 \"区政府\"？");
    CHECK(error_of("issuer,year,aggregate\n区政府,*,yes\n") ==
          "2: 区政府 is an aggregate, but no issuer of the list names it as parent | "
          "区政府 标为汇总（aggregate），但名单中没有以它为上级的机关");
    CHECK(error_of("issuer,year,aggregate\n区政府,*,maybe\n") ==
          "2: aggregate is \"maybe\": write yes, or leave it empty | aggregate 列为 \"maybe\"：应写 yes，或留空");
    CHECK(error_of("issuer,year\n\"财政局,*\n") == "2: a quoted field is not closed on this line | 引号没有在本行闭合");
    CHECK(error_of("issuer,year\n财政局,*,x\n") == "2: 3 fields, but the header has 2 columns | 有 3 个字段，而表头只有 2 列");
    CHECK(error_of("") == "1: no header: the first line must be issuer,year[,parent][,aggregate] | "
                          "没有表头：第一行应为 issuer,year[,parent][,aggregate]");
}

TEST_CASE("expect list: a FIFO is refused at once · never read", "[expect]") {
    test::TempDir dir;
    const std::string fifo = dir / "expect.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    Result<ExpectedReports> list = read_expected_reports(fifo);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message == "cannot read the expect list: not a regular file: a named pipe (FIFO)");
    CHECK(list.error().message_zh == "无法读取名单文件：不是普通文件：命名管道（FIFO）");
}

TEST_CASE("expect list: the city's coverage · * stands for every year of the run", "[expect]") {
    Result<ExpectedReports> list = read_expected_reports(test::sample_path("city/expect.csv"));
    REQUIRE(list.ok());
    BatchOptions options;
    options.cross = false;
    options.expected = &list.value();
    BatchEnd end = check_batch(collect_inputs({test::sample_path("city")}), options, [](std::size_t, FileResult&&) {});
    REQUIRE(end.coverage.has_value());
    const Coverage& c = *end.coverage;
    CHECK(c.years == std::vector<int>{2022, 2023});
    CHECK(c.expected == 16);
    CHECK(c.present == 14);
    CHECK(c.unexpected == 1);
    REQUIRE(c.missing.size() == 2);
    CHECK(c.missing[0].issuer == "霁川市自然资源局");
    CHECK(c.missing[0].year == 2023);
    CHECK(c.missing[0].line == 8);
    CHECK(c.missing[1].issuer == "霁川市市场监督管理局");
    // Without --cross the rules over the list still run, the comparing ones do not.
    std::set<std::string> rules;
    for (const auto& [index, f] : end.cross) rules.insert(f.rule);
    CHECK(rules == std::set<std::string>{"aggregate-sum", "report-missing", "report-unexpected"});
}
