// What the input kept from being verified: the notes that list their cells, and the summary's
// count of cells not verified, each cell once (blanks read as unknown, cells run together, the
// rows of an ambiguous split, a 总计 column left blank), while every other identity is checked.
#include <algorithm>

#include "support.hpp"
#include "xxgk/reporters.hpp"

using namespace xxgk;

namespace {

FileResult checked(const std::string& sample, BlankPolicy blank = BlankPolicy::zero) {
    CheckOptions options;
    options.blank = blank;
    return check_file(test::sample_path(sample), {}, options);
}

FileResult checked_text(const std::string& text) {
    return check_report(test::report_from_text(text), {});
}

std::vector<std::string> rules_of(const FileResult& r) {
    std::vector<std::string> out;
    for (const Finding& f : r.findings) out.push_back(f.rule);
    return out;
}

int not_verified(const FileResult& r) { return summarize(std::span(&r, 1)).cells_not_verified; }

NoteCell at(std::string key, int line) { return {std::move(key), "", "", {line, 2}}; }

}  // namespace

TEST_CASE("cells not verified · each cell once whatever rules name it · blanks read as 0 not counted") {
    Finding a, b, zero;
    a.not_verified = b.not_verified = true;
    a.cells = {at("applications.granted.total", 3), at("applications.denied.state_secret.total", 4)};
    b.cells = {at("applications.granted.total", 3)};
    zero.cells = {at("applications.granted.natural_person", 3)};  // read as 0: its identities were checked
    CHECK(cells_not_verified(std::vector<Finding>{a, b, zero}) == 2);
    // Two rows the template does not know share the key "unknown", not the place.
    b.cells = {at("applications.unknown.total", 9), at("applications.unknown.total", 10)};
    CHECK(cells_not_verified(std::vector<Finding>{b}) == 2);
    CHECK(cells_not_verified(std::vector<Finding>{zero}) == 0);
}

TEST_CASE("blank-total-column · a 总计 column left blank · one note · no error · 19 cells not verified") {
    const FileResult r = checked("layouts/html-blank-total-column-2019.html");
    REQUIRE(rules_of(r) == std::vector<std::string>{"blank-total-column"});
    const Finding& f = r.findings[0];
    CHECK(f.message_zh ==
          "表三（一）至（六）各行的「总计」列都是空白，只填了（七）总计（有的地方按此填报）："
          "这 19 个行总计没有填，未核对；表三其余等式照常核对");
    CHECK(f.message_en ==
          "table 三's total column is blank in every result row (一)–(六), only (七) is filled (a convention "
          "some offices follow): these 19 row totals were not printed and not verified; every other identity "
          "of table 三 was checked");
    REQUIRE(f.cells.size() == 19);
    CHECK(f.cells.front().cell == "applications.granted.total");
    CHECK(f.pos.line == f.cells.front().pos.line);
    CHECK(f.not_verified);
    CHECK(not_verified(r) == 19);
    // --blank unknown: the same note, and no blank note repeats those cells.
    const FileResult unknown = checked("layouts/html-blank-total-column-2019.html", BlankPolicy::unknown);
    CHECK(rules_of(unknown) == std::vector<std::string>{"blank-total-column"});
    CHECK(not_verified(unknown) == 19);
}

TEST_CASE("blank-total-column · every other identity of table 三 is still checked") {
    // （七）总计 自然人 140 → 141 (line 324): its column and its row fail, and are said so.
    std::string text = test::slurp(test::sample_path("broken-blank-total-column.txt"));
    const std::size_t line = text.find("\t（七）总计\n\t140\n");
    REQUIRE(line != std::string::npos);
    text.replace(line, std::string("\t（七）总计\n\t140\n").size(), "\t（七）总计\n\t141\n");
    const FileResult r = checked_text(text);
    CHECK(rules_of(r) == std::vector<std::string>{"blank-total-column", "application-balance", "likely-wrong-cell",
                                            "results-total", "applicant-total"});
    // The unchanged sample: the note alone.
    CHECK(rules_of(checked("broken-blank-total-column.txt")) == std::vector<std::string>{"blank-total-column"});
}

TEST_CASE("blank-total-column · one result total filled · not the convention · its blanks read as 0") {
    // （一）予以公开's total (line 100, blank) filled with 80: the column is no longer left blank.
    std::string text = test::slurp(test::sample_path("broken-blank-total-column.txt"));
    std::size_t start = 0;
    for (int i = 1; i < 100; ++i) start = text.find('\n', start) + 1;
    REQUIRE(text.compare(start, 2, "\t\n") == 0);
    text.insert(start + 1, "80");
    const std::vector<std::string> rules = rules_of(checked_text(text));
    CHECK(std::count(rules.begin(), rules.end(), "blank-total-column") == 0);
    const FileResult r = checked_text(text);
    CHECK(not_verified(r) == 0);
}

TEST_CASE("row-split-ambiguous · two rows with two readings each · named once · the rest checked") {
    const FileResult r = checked("flat/ambiguous-row-2019.txt");
    REQUIRE(r.status == FileResult::Status::findings);
    const Finding* note = nullptr;
    for (const Finding& f : r.findings) {
        CHECK(f.severity == Severity::note);
        if (f.rule == "row-split-ambiguous") note = &f;
    }
    REQUIRE(note);
    CHECK(note->message_zh ==
          "表三有 2 行的连写数字不止一种拆法满足全部等式，无法确定：「（三）不予公开 4.保护第三方合法权益」"
          "“121000013”可读作 1|2|10|0|0|0|13 或 12|1|0|0|0|0|13；「（四）无法提供 2.没有现成信息需要另行制作」"
          "“121000013”可读作 1|2|10|0|0|0|13 或 12|1|0|0|0|0|13；这 14 个单元格未核对，表三其余等式照常核对");
    CHECK(note->message_en ==
          "table 三: the digit runs of 2 rows can be split in more than one way that satisfies every identity: "
          "row \"（三）不予公开 4.保护第三方合法权益\" \"121000013\" reads 1|2|10|0|0|0|13 or 12|1|0|0|0|0|13; "
          "row \"（四）无法提供 2.没有现成信息需要另行制作\" \"121000013\" reads 1|2|10|0|0|0|13 or "
          "12|1|0|0|0|0|13; these 14 cells were not verified, every other identity was checked");
    REQUIRE(note->cells.size() == 14);
    CHECK(note->cells.front().cell == "applications.denied.third_party_rights.natural_person");
    CHECK(note->cells.back().cell == "applications.unable.needs_creation.total");
    CHECK(note->pos.line == 5);
    CHECK(not_verified(r) == 14);
    // Not also one cells-run-together note per row.
    const std::vector<std::string> rules = rules_of(r);
    CHECK(std::count(rules.begin(), rules.end(), "cells-run-together") == 0);
}
