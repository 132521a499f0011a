// The prose against the tables: clauses, and every file of samples/prose/ giving exactly what
// samples/prose/EXPECTED.md says (the clause, the cells, the stated and the table's value).
#include <vector>

#include "rules/prose/statements.hpp"
#include "support.hpp"

using namespace xxgk;

namespace {

std::vector<std::string> texts(const std::vector<detail::Clause>& clauses) {
    std::vector<std::string> out;
    for (const auto& c : clauses) out.push_back(c.text);
    return out;
}

struct Expected {
    std::string file, rule, clause;
    std::vector<std::string> cells;
    double stated, table_value;
};

const std::string kNew = "applications.new_received.";

std::vector<std::string> totals(std::initializer_list<const char*> rows) {
    std::vector<std::string> out;
    for (const char* r : rows) out.push_back(std::string("applications.") + r + ".total");
    return out;
}

const std::vector<Expected> kExpected = {
    {"mismatch-received-2021.txt", "narrative-mismatch", "共受理政府信息公开申请115件", {kNew + "total"}, 115, 105},
    {"mismatch-natural-person-2021.txt", "narrative-mismatch", "其中自然人申请80件", {kNew + "natural_person"}, 80, 83},
    {"mismatch-legal-person-2021.txt", "narrative-mismatch", "法人或其他组织申请24件",
     {kNew + "commercial_enterprise", kNew + "research_institution", kNew + "social_welfare_org",
      kNew + "legal_service_org", kNew + "other_org"},
     24, 22},
    {"mismatch-handled-2021.txt", "narrative-mismatch", "全年共办结96件", totals({"results_total"}), 96, 101},
    {"mismatch-carried-over-2021.txt", "narrative-mismatch", "含上年度结转申请7件", totals({"carried_over"}), 7, 6},
    {"mismatch-carried-forward-2021.txt", "narrative-mismatch", "结转下一年12件", totals({"carried_forward"}), 12, 10},
    {"mismatch-denied-2021.txt", "narrative-mismatch", "不予公开13件",
     totals({"denied.state_secret", "denied.prohibited_by_law", "denied.three_safeties_one_stability",
             "denied.third_party_rights", "denied.internal_affairs", "denied.process_information",
             "denied.enforcement_case_file", "denied.administrative_query"}),
     13, 12},
    {"mismatch-unable-2021.txt", "narrative-mismatch", "无法提供32件",
     totals({"unable.not_held", "unable.needs_creation", "unable.still_unclear"}), 32, 36},
    {"mismatch-not-processed-2021.txt", "narrative-mismatch", "不予处理11件",
     totals({"not_processed.petition_complaint", "not_processed.duplicate", "not_processed.publication",
             "not_processed.excessive_repeated", "not_processed.confirm_or_reissue"}),
     11, 8},
    {"mismatch-other-processing-2021.txt", "narrative-mismatch", "其他处理5件",
     totals({"other.overdue_correction", "other.unpaid_fee", "other.other"}), 5, 4},
    {"mismatch-review-2021.txt", "narrative-mismatch", "全年发生政府信息公开行政复议6件",
     {"review_litigation.review.total"}, 6, 5},
    {"mismatch-review-upheld-2021.txt", "narrative-mismatch", "其中结果维持2件", {"review_litigation.review.upheld"}, 2, 3},
    {"mismatch-litigation-2021.txt", "narrative-mismatch", "行政诉讼6件",
     {"review_litigation.litigation_direct.total", "review_litigation.litigation_after_review.total"}, 6, 4},
    {"mismatch-normative-documents-2021.txt", "narrative-mismatch", "本年制发规范性文件2件",
     {"active_disclosure.art20_1.normative_documents.issued"}, 2, 1},
    {"mismatch-granted-partial-one-cell-2021.txt", "narrative-mismatch", "其中予以公开及部分公开22件",
     totals({"granted", "partially_granted"}), 22, 41},
    {"mismatch-claim-all-upheld-2021.txt", "narrative-mismatch", "均获维持",
     {"review_litigation.review.corrected", "review_litigation.review.other", "review_litigation.review.pending"}, 0, 2},
    {"mismatch-claim-all-concluded-2021.txt", "narrative-mismatch", "均已结案",
     {"review_litigation.litigation_direct.pending", "review_litigation.litigation_after_review.pending"}, 0, 1},
    {"innocent-numbers-2021.txt", "narrative-narrower-scope", "区政务服务中心代表区政府受理申请77件", {kNew + "total"}, 77,
     88},
    {"received-includes-carried-over-2021.txt", "received-counts-carried-over", "共受理政府信息公开申请89件",
     {kNew + "total"}, 89, 84},
};

}  // namespace

TEST_CASE("prose: clauses split at 。；，and at 、 after a number · where each starts", "[prose]") {
    Paragraph p{"共受理申请12件，其中自然人10件；办理建议5件、提案3件。予以公开、部分公开", {}};
    p.pos.line = 7;
    p.pos.column = 1;
    const auto clauses = detail::clauses_of(p);
    CHECK(texts(clauses) == std::vector<std::string>{"共受理申请12件", "其中自然人10件", "办理建议5件", "提案3件",
                                                     "予以公开、部分公开"});
    CHECK(clauses[1].pos.line == 7);
    CHECK(clauses[1].pos.column == 10);  // 共受理申请12件， is 9 characters
    CHECK(clauses[0].sentence_start);
    CHECK_FALSE(clauses[1].sentence_start);
    CHECK(clauses[4].sentence_start);
}

TEST_CASE("prose: a clause of a .docx paragraph starts at its character · a line break is one", "[prose]") {
    // Indented by two ideographic spaces; a w:br (a line break in the paragraph) before 其中.
    Paragraph p{"\u3000\u3000共受理申请12件，\n其中自然人10件", {}};
    p.pos.paragraph = 4;
    const auto clauses = detail::clauses_of(p);
    REQUIRE(texts(clauses) == std::vector<std::string>{"共受理申请12件", "其中自然人10件"});
    CHECK(clauses[0].pos.paragraph == 4);
    CHECK(clauses[0].pos.column == 3);
    CHECK(clauses[1].pos.paragraph == 4);
    CHECK(clauses[1].pos.column == 13);
    CHECK(clauses[1].pos.line == 0);  // no line in a .docx, whatever the breaks
}

TEST_CASE("prose: every changed number gives exactly one finding naming the clause and the cells", "[prose]") {
    for (const Expected& e : kExpected) {
        INFO(e.file);
        const FileResult res = check_file(test::sample_path("prose/" + e.file), {}, {});
        REQUIRE(res.findings.size() == 1);
        const Finding& f = res.findings.front();
        CHECK(f.rule == e.rule);
        REQUIRE(f.statement);
        CHECK(f.statement->text == e.clause);
        CHECK(f.statement->cells == e.cells);
        CHECK(f.statement->stated == e.stated);
        CHECK(f.statement->table_value == e.table_value);
        CHECK(f.pos.line > 0);
        CHECK(f.message_zh.find(e.clause) != std::string::npos);
        CHECK(f.message_en.find(e.clause) != std::string::npos);
    }
}

TEST_CASE("prose: the statement equal to another cell of its group says so", "[prose]") {
    const FileResult res = check_file(test::sample_path("prose/mismatch-granted-partial-one-cell-2021.txt"), {}, {});
    REQUIRE(res.findings.size() == 1);
    CHECK(res.findings[0].message_en ==
          "the prose says 22 (\"其中予以公开及部分公开22件\"), but table 三, the totals of (一) granted and (二) partially "
          "granted is 41; 22 equals table 三 row \"（一）予以公开\", column \"natural person\"");
}

TEST_CASE("prose: what agrees gives nothing · innocent numbers bind nothing", "[prose]") {
    for (const char* file : {"prose/agree-2019.txt", "prose/agree-2021.txt"}) {
        INFO(file);
        CHECK(check_file(test::sample_path(file), {}, {}).findings.empty());
    }
}

TEST_CASE("prose: a blank 总计 is compared as the sum of its row", "[prose]") {
    // The 一、本年新收 总计 of agree-2021 left blank: 105 still agrees with the six columns.
    std::string text = test::slurp(test::sample_path("prose/agree-2021.txt"));
    const Report report = test::report_from_text(text);
    const CellValue* total = report.cell_at("applications.new_received.total");
    REQUIRE(total);
    std::size_t start = 0;
    for (int i = 1; i < total->pos.line; ++i) start = text.find('\n', start) + 1;
    text = text.substr(0, start) + "\t" + text.substr(text.find('\n', start));
    const auto statements = detail::prose_statements(test::report_from_text(text));
    const auto it = std::find_if(statements.begin(), statements.end(), [](const auto& s) {
        return s.statement.text == "共受理政府信息公开申请105件";
    });
    REQUIRE(it != statements.end());
    CHECK(it->verdict == detail::Verdict::agrees);
    CHECK(it->statement.table_value == 105);
}

TEST_CASE("prose: a dozen innocent numbers bind nothing · a number too long to be a count is none", "[prose]") {
    // innocent-numbers-2021 without its one statement of a narrower scope gives nothing at all.
    std::string text = test::slurp(test::sample_path("prose/innocent-numbers-2021.txt"));
    const std::string scope = "区政务服务中心代表区政府受理申请77件，占全部申请的87.5%。";
    const std::size_t at = text.find(scope);
    REQUIRE(at != std::string::npos);
    text.erase(at, scope.size());
    CHECK(check_report(test::report_from_text(text), {}).findings.empty());
    Paragraph p{"共受理申请" + std::string(400, '9') + "件", {}};
    CHECK(detail::clauses_of(p).size() == 1);
    Report report = test::report_from_text(test::slurp(test::sample_path("prose/agree-2021.txt")));
    report.sections.front().paragraphs.push_back(p);
    CHECK(detail::prose_statements(report).size() == 18);  // agree-2021's 18 statements, not this one
}

TEST_CASE("prose: a statement over an unreadable cell is not verified · over a missing table it is not said", "[prose]") {
    const auto verdicts = [](const Report& report) {
        std::vector<std::pair<std::string, detail::Verdict>> out;
        for (const auto& s : detail::prose_statements(report))
            if (s.verdict == detail::Verdict::not_verified) out.emplace_back(s.statement.text, s.verdict);
        return out;
    };
    Report report = test::report_from_text(test::slurp(test::sample_path("broken-prose-not-verified.txt")));
    CHECK(verdicts(report) == std::vector<std::pair<std::string, detail::Verdict>>{
                                  {"其中自然人申请83件", detail::Verdict::not_verified}});
    const auto fired = check_report(report, {}).findings;
    CHECK(std::count_if(fired.begin(), fired.end(), [](const Finding& f) { return f.rule == "prose-not-verified"; }) == 1);
    // Table 三 not found at all: table-missing says so, and none of its statements is repeated as unchecked.
    report.applications = {};
    CHECK(verdicts(report).empty());
}

TEST_CASE("prose: proposals handled (提案) are no applications handled", "[prose]") {
    // 办理 would bind （七）总计; a clause about 提案 counts something else.
    Report report = test::report_from_text(test::slurp(test::sample_path("prose/agree-2021.txt")));
    report.sections.front().paragraphs.push_back(Paragraph{"全年办理政协提案12件。", {}});
    CHECK(check_report(report, {}).findings.empty());
}

TEST_CASE("prose: the statements are found once per run of the rules · each report its own", "[prose]") {
    const Report agree = test::report_from_text(test::slurp(test::sample_path("prose/agree-2021.txt")));
    const Report other = test::report_from_text(test::slurp(test::sample_path("prose/innocent-numbers-2021.txt")));
    const std::size_t n = detail::prose_statements(agree).size();
    REQUIRE(n == 18);
    {
        const detail::StatementsOnce scope(agree);
        const detail::ProseStatement* first = detail::statements_once(agree).data();
        CHECK(detail::statements_once(agree).size() == n);
        CHECK(detail::statements_once(agree).data() == first);  // the same statements: not found again
        // Another report within the scope is read on its own and leaves the scope's alone.
        CHECK(detail::statements_once(other).size() == detail::prose_statements(other).size());
        CHECK(detail::statements_once(agree).data() == first);
        {
            const detail::StatementsOnce inner(other);
            CHECK(detail::statements_once(other).size() == detail::prose_statements(other).size());
        }
        CHECK(detail::statements_once(agree).data() == first);  // the outer scope is back
        CHECK(detail::statements_once(agree).size() == n);
    }
    // Outside a scope: found on every call, for whichever report is asked.
    CHECK(detail::statements_once(agree).size() == n);
    CHECK(detail::statements_once(other).size() == detail::prose_statements(other).size());
}
