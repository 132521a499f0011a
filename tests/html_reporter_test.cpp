// `--format html` as a whole: a sound page for every kind of result, escaping, the marks and
// their attributes, the findings list in the text output's words, the index, cross-report
// findings linking both reports, and streaming.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "html_support.hpp"
#include "reporter_fixture.hpp"
#include "reporters/html_section.hpp"
#include "support.hpp"
#include "xxgk/check.hpp"

using namespace xxgk;

namespace {

FileResult checked(const std::string& path) {
    LoadOptions load;
    load.keep_report = true;
    return check_file(path, load, CheckOptions{});
}

// Every link inside the page names an element of the page, and ids are unique.
void require_links_resolve(const test::Page& page) {
    const std::vector<std::string> all_ids = page.all("//@id");
    const std::set<std::string> ids(all_ids.begin(), all_ids.end());
    CHECK(ids.size() == all_ids.size());
    for (const std::string& href : page.all("//a/@href")) {
        INFO(href);
        REQUIRE(href.starts_with("#"));
        CHECK(ids.count(href.substr(1)) == 1);
    }
    for (const std::string& tip : page.all("//@aria-describedby")) CHECK(ids.count(tip) == 1);
}

std::string first_line_of_text_output(const std::string& path, const Finding& f, Lang lang = Lang::zh) {
    std::ostringstream out;
    ReportStyle style;
    style.lang = lang;
    write_text(out, std::vector<FileResult>{fixture::file(path, {f})}, style);
    const std::string all = out.str();
    return all.substr(0, all.find('\n'));
}

const std::string kBrokenTotal = "samples/broken-results-total.txt";

}  // namespace

TEST_CASE("html · every kind of result gives a sound page in both languages") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string html = test::html_of(fixture::results(), lang);
        CHECK(test::html_problems(html) == std::vector<std::string>{});
        const test::Page page(html);
        require_links_resolve(page);
        CHECK(page.one("/html/@lang") == (lang == Lang::en ? "en" : "zh-CN"));
        CHECK(page.count("//section[@class='report']") == 6);
        CHECK(page.count("//script") == 1);
        // The index, written last and shown first, is reached first by a reader in file order.
        CHECK(page.one("//header/a[@class='skip']/@href") == "#index");
        // Nothing loads from elsewhere.
        CHECK(page.count("//*[@src] | //link | //*[@href][not(starts-with(@href, '#'))]") == 0);
    }
    CHECK(test::html_problems(test::html_of({})) == std::vector<std::string>{});
}

TEST_CASE("html · the page of every sample but the PDFs is sound in both languages") {
    // Tables with rows missing, rows the template lacks, unreadable and blank cells, every
    // reader's layouts: each drawn into a page that both libxml2 parsers read without a word.
    // (The PDFs take most of a second each; tests/browser loads them all.)
    std::vector<FileResult> results;
    for (const auto& entry : std::filesystem::recursive_directory_iterator("samples")) {
        const std::string path = entry.path().string();
        if (entry.is_regular_file() && !path.ends_with(".pdf") && !path.ends_with("README.md"))
            results.push_back(checked(path));
    }
    std::sort(results.begin(), results.end(), [](const FileResult& a, const FileResult& b) { return a.path < b.path; });
    REQUIRE(results.size() > 100);
    for (Lang lang : {Lang::zh, Lang::en}) {
        const test::Page page(test::html_of(results, lang));
        require_links_resolve(page);
        CHECK(page.count("//section[@class='report']") == results.size());
    }
}

TEST_CASE("html · a broken tag is caught without a browser") {
    const std::string html = test::html_of(fixture::results());
    std::string broken = html;
    broken.replace(broken.find("</h2>"), 5, "</h3>");
    CHECK_FALSE(test::html_problems(broken).empty());
    std::string unclosed = html;
    unclosed.erase(unclosed.find("</section>"), 10);
    CHECK_FALSE(test::html_problems(unclosed).empty());
}

TEST_CASE("html · nothing from a report or a file name reaches the page unescaped") {
    auto report = std::make_shared<Report>();
    report->title = "<script>alert(1)</script>年度报告\u202e";
    report->issuer = "A&B \"局\" 'x'";
    report->year = 2022;
    FileResult r = fixture::file("dir/<b>&\"'\x01.txt", {fixture::odd_note()});
    r.report = report;
    const std::string html = test::html_of({r});
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<b>&") == std::string::npos);
    const test::Page page(html);
    CHECK(page.count("//script") == 1);
    // Controls and a bidirectional override shown as the text output shows them.
    CHECK(page.one("//section[@id='r1']/h2") == "有问题<script>alert(1)</script>年度报告\\u202e");
    CHECK(page.one("//section[@id='r1']//dt[.='发布机关']/following-sibling::dd") == "A&B \"局\" 'x'");
    CHECK(page.one("//section[@id='r1']//dt[.='文件']/following-sibling::dd") == "dir/<b>&\"'\\x01.txt");
    CHECK(page.one("//nav[@id='index']//tbody/tr/td[1]/a") == "dir/<b>&\"'\\x01.txt");
}

TEST_CASE("html · the cells of a failing identity carry their key path and rules") {
    const test::Page page(test::html_of({checked(kBrokenTotal)}));
    require_links_resolve(page);
    // Two identities (自然人 and 总计 columns) of 22 terms each: （七）总计 and 21 result rows.
    CHECK(page.count("//td[@data-cell]") == 44);
    CHECK(page.count("//td[@data-cell][@data-rules='results-total']") == 44);
    CHECK(page.count("//td[@data-cell][contains(@class, 'm-term')][contains(@class, 'sev-error')]") == 44);
    const std::string cell = "//td[@data-cell='applications.granted.natural_person']";
    CHECK(page.one(cell + "/parent::tr/th[@scope='row']") == "（一）予以公开");
    CHECK(page.count(cell + "/preceding-sibling::td") == 0);
    CHECK(page.one(cell + "/span[@class='v']") == "63");
    CHECK(page.one(cell + "/@id") == "r1-applications.granted.natural_person");
    CHECK(page.one(cell + "/span[@class='g']") == "!");
    CHECK(page.one(cell + "/span[@class='sr']") == "（参与不成立的等式）");
    // The findings about it, with the arithmetic and its own term in bold.
    const std::string tip = cell + "/div[@role='tooltip']";
    CHECK(page.one(tip + "/@id") == page.one(cell + "/@aria-describedby"));
    CHECK(page.one(tip + "/p[1]/span") == "error");
    CHECK(page.one(tip + "/p[2]/b") == "63");
    CHECK(page.one(tip + "/p[2]").starts_with("140 ≠ 63 + 14 + 1 + 0 + "));
    CHECK(page.one(tip + "/p[2]").ends_with(" = 142"));
    const std::string total = "//td[@data-cell='applications.results_total.total']";
    CHECK(page.one(total + "/parent::tr/th[@scope='row']") == "（七）总计");
    CHECK(page.count(total + "/following-sibling::td") == 0);
}

TEST_CASE("html · the findings are listed in the words of the text output and link to their cell") {
    const FileResult r = checked(kBrokenTotal);
    REQUIRE(r.findings.size() == 2);
    for (Lang lang : {Lang::zh, Lang::en}) {
        const test::Page page(test::html_of({r}, lang));
        const auto items = page.all("//section[@id='r1']/ol[@class='findings']/li/p[@class='f-head']");
        REQUIRE(items.size() == 2);
        CHECK(items[0] == first_line_of_text_output(kBrokenTotal, r.findings[0], lang));
        CHECK(page.one("//li[@id='r1-f1']/p/a/@href") == "#r1-applications.results_total.natural_person");
        CHECK(page.one("//li[@id='r1-f2']/p/a/@href") == "#r1-applications.results_total.total");
        CHECK(page.one("//li[@id='r1-f1']/pre").starts_with("    140  （七）总计"));
    }
}

TEST_CASE("html · the likely wrong cell is marked strongest with its suggested value") {
    FileResult r = checked(kBrokenTotal);
    Finding likely = test::finding("likely-wrong-cell", "「（一）予以公开」「自然人」可能有误：应为 61",
                                   "\"granted\", \"natural person\" is likely wrong: 61 would fit");
    likely.table = "applications";
    likely.row = "granted";
    likely.column = "natural_person";
    Diagnosis d;
    d.cell = "applications.granted.natural_person";
    d.value = 63;
    d.suggested_value = 61;
    d.alternatives = {{"applications.partially_granted.natural_person", 12}};
    likely.diagnosis = d;
    r.findings.push_back(likely);
    const test::Page page(test::html_of({r}));
    require_links_resolve(page);
    const std::string cell = "//td[@data-cell='applications.granted.natural_person']";
    CHECK(page.one(cell + "/@class") == "m m-likely sev-error");
    CHECK(page.one(cell + "/@data-rules") == "results-total likely-wrong-cell");
    CHECK(page.one(cell + "/span[@class='sug']") == "→ 61");
    CHECK(page.one(cell + "/span[@class='g']") == "×");
    CHECK(page.one(cell + "/div/p[last()]") == "最可能是这一格有误，改为 61 可使各等式成立。");
    const std::string other = "//td[@data-cell='applications.partially_granted.natural_person']";
    CHECK(page.one(other + "/@class") == "m m-candidate sev-error");
    CHECK(page.one(other + "/span[@class='sug']") == "→ 12");
    CHECK(page.one(other + "/span[@class='g']") == "?");
    // Its line in the list links to the cell it names.
    CHECK(page.one("//li[@id='r1-f3']/p/a/@href") == "#r1-applications.granted.natural_person");
}

TEST_CASE("html · a statement of the prose is quoted with the cells it contradicts") {
    FileResult r = checked("samples/clean-2021.txt");
    Finding said = test::finding("narrative-mismatch", "文字所述申请数与表三不符", "the text's count differs from table 三");
    said.severity = Severity::warning;
    Statement st;
    st.text = "共受理政府信息公开申请<150>件";
    st.pos = {5, 3};
    st.stated = 150;
    st.cells = {"applications.new_received.total", "applications.carried_over.total"};
    st.table_value = 199;
    said.statement = st;
    r.findings.push_back(said);
    r.status = FileResult::Status::findings;
    for (Lang lang : {Lang::zh, Lang::en}) {
        const test::Page page(test::html_of({r}, lang));
        require_links_resolve(page);
        CHECK(page.one("//div[@id='r1-s1']/blockquote") == "共受理政府信息公开申请<150>件");
        CHECK(page.all("//div[@id='r1-s1']/p/a/@href") ==
              std::vector<std::string>{"#r1-applications.new_received.total", "#r1-applications.carried_over.total",
                                       "#r1-f1"});
        CHECK(page.one("//td[@data-cell='applications.new_received.total']/@class") == "m m-stated sev-warning");
        CHECK(page.one("//td[@data-cell='applications.new_received.total']/span[@class='g']") == "¶");
        if (lang == Lang::zh)
            CHECK(page.one("//div[@id='r1-s1']/p") ==
                  "samples/clean-2021.txt:5:3：文字称 150，表中为 199 = 表三「一、本年新收政府信息公开申请数量」「总计」 186"
                  " + 表三「二、上年结转政府信息公开申请数量」「总计」 13 详见");
        else
            CHECK(page.one("//div[@id='r1-s1']/p") ==
                  "samples/clean-2021.txt:5:3: the text says 150, the tables give 199 = table 三 "
                  "\"一、本年新收政府信息公开申请数量\", \"total\" 186 + table 三 \"二、上年结转政府信息公开申请数量\", \"total\" 13 more");
    }
}

TEST_CASE("html · the index has a row per file with its counts and a link to its section") {
    const test::Page page(test::html_of(fixture::results()));
    const std::string rows = "//nav[@id='index']//table[@class='files']/tbody/tr";
    CHECK(page.count(rows) == 6);
    CHECK(page.all(rows + "/@data-status") ==
          std::vector<std::string>{"findings", "findings", "ok", "error", "error", "skipped"});
    CHECK(page.all(rows + "/td[1]/a/@href") == std::vector<std::string>{"#r1", "#r2", "#r3", "#r4", "#r5", "#r6"});
    CHECK(page.all(rows + "[1]/td") ==
          std::vector<std::string>{"a.txt", "", "", "2019", "1", "1", "1", "有问题"});
    CHECK(page.one("//nav[@id='index']/p[@class='summary']") ==
          "共检查 5 个文件：1 个无问题，2 个有问题，2 个无法读取；错误 2，警告 2，提示 1；跳过 1 个非年报文件。");
    CHECK(page.all("//nav[@id='index']//table[@class='rules']/tbody/tr/th") ==
          std::vector<std::string>{"application-balance", "row-unknown", "section-missing", "template-year-mismatch"});
    CHECK(page.all("//div[@class='filters']//input/@value") == std::vector<std::string>{"all", "findings", "error", "ok", "skipped"});
    // The sections' statuses for the filter.
    CHECK(page.all("//section[@class='report']/@data-status") ==
          std::vector<std::string>{"findings", "findings", "ok", "error", "error", "skipped"});
}

TEST_CASE("html · cross-report findings link both reports and count with their file") {
    const std::string a = "samples/broken-carry-over-continuity/2021.txt", b = "samples/broken-carry-over-continuity/2022.txt";
    Finding cross = test::finding("carry-over-continuity",
                                  "申请人「自然人」列：本年「二、上年结转」为 10，而 2021 年报告 " + a + ":333 的「四、结转下年度继续办理」为 9（差 1）",
                                  "carried over 10, but the 2021 report " + a + ":333 carried forward 9", {84, 2});
    FileResult late;
    late.path = b;
    late.status = FileResult::Status::findings;
    late.findings = {cross};
    const std::vector<FileResult> results = {checked(a), checked(b), late};
    REQUIRE(results[1].status == FileResult::Status::ok);
    const test::Page page(test::html_of(results));
    require_links_resolve(page);
    CHECK(page.count("//section[@class='report']") == 2);
    const std::string item = "//section[@id='cross']/ol/li[@id='x1']";
    CHECK(page.one(item + "/@class") == "sev-warning");
    CHECK(page.all(item + "/p/a") == std::vector<std::string>{b, a});
    CHECK(page.all(item + "/p/a/@href") == std::vector<std::string>{"#r2", "#r1"});
    CHECK(page.one(item + "/p") == first_line_of_text_output(b, cross));
    // The index counts it with 2022's report, whose section was written clean.
    const std::string row = "//nav[@id='index']//tbody/tr[2]";
    CHECK(page.one(row + "/@data-status") == "findings");
    CHECK(page.one(row + "/@data-ref") == "r2");
    CHECK(page.one(row + "/td[6]") == "1");
    CHECK(page.one("//section[@id='r2']/@data-status") == "ok");
}

TEST_CASE("html · paths in a message are found whole and only where a file's name can stand") {
    const detail::html::SectionOf known = [](std::string_view p) -> std::string {
        return p == "a/2021.txt" ? "r1" : p == "b/a/2021.txt" ? "r2" : p == "报告 2023.docx" ? "r3" : "";
    };
    using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(detail::html::find_paths("b/a/2021.txt:3: see a/2021.txt（第 2 页）", known) == Spans{{0, 12}, {20, 30}});
    CHECK(detail::html::find_paths("xa/2021.txt and a/2021.txtx", known) == Spans{});
    CHECK(detail::html::find_paths("identical to 报告 2023.docx (x, 2021)", known) == Spans{{13, 29}});
}

TEST_CASE("html · each file's section is written as its result comes") {
    std::ostringstream out;
    ReportStyle style;
    auto writer = open_html(out, style);
    writer->file(checked(kBrokenTotal));
    const std::string after_one = out.str();
    CHECK(after_one.find("<section class=\"report\" id=\"r1\"") != std::string::npos);
    CHECK(after_one.find("</section>") != std::string::npos);
    CHECK(after_one.find("id=\"index\"") == std::string::npos);
    writer->file(fixture::file("clean.txt", {}));
    CHECK(out.str().find("id=\"r2\"") != std::string::npos);
    writer->end(RunEnd{});
    CHECK(out.str().ends_with("</html>\n"));
    CHECK(test::html_problems(out.str()) == std::vector<std::string>{});
}

TEST_CASE("html · the html format draws reports: it asks for them and needs no whole run") {
    const Reporter* html = find_reporter("html");
    REQUIRE(html);
    CHECK(html->needs_report);
    CHECK_FALSE(html->needs_whole_run);
}
