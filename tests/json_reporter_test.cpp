// The JSON output is a contract (schemas/findings.schema.json): assert the whole text.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "xxgk/rules.hpp"
#include "xxgk/reporters.hpp"

using namespace xxgk;

namespace {

std::string json_of(const std::vector<FileResult>& results, std::string lang = "zh") {
    std::ostringstream out;
    write_json(out, results, ReportStyle{*lang_from_name(lang), false});
    return out.str();
}

Finding review_finding() {
    Finding f;
    f.rule = "review-total";
    f.code = "XG104";
    f.message_zh = "行政复议：总计 ≠ 四项之和";
    f.message_en = "review: total != sum of the four results";
    f.pos = {380, 5};
    f.table = "review_litigation";
    f.row = "review";
    f.column = "total";
    f.fingerprint = "abc123";
    IdentityDetail id;
    id.id = "review-total/review";
    Term a{"review_litigation.review.upheld", "结果维持", 2, false, {377, 2}};
    Term b{"review_litigation.review.corrected", "结果纠正", std::nullopt, true, {378, 2}};
    Term c{"review_litigation.review.total", "总计", 2.5, false, {380, 5}};
    id.lhs.terms = {a, b};
    id.lhs.sum = 2;
    id.rhs.terms = {c};
    id.rhs.sum = 2.5;
    id.difference = -0.5;
    id.blanks = 1;
    f.identity = id;
    return f;
}

}  // namespace

TEST_CASE("json: files · findings with identity · errors · summary — keys in order") {
    FileResult found;
    found.path = "a.txt";
    found.status = FileResult::Status::findings;
    found.layout = Template::t2021;
    found.findings = {review_finding()};
    FileResult bad;
    bad.path = "b.txt";
    bad.status = FileResult::Status::error;
    bad.error = read_error(Error{"no such file or directory", 0});

    CHECK(json_of({found, bad}, "en") == R"({
  "tool": {
    "name": "xxgk",
    "version": "0.1.0"
  },
  "files": [
    {
      "path": "a.txt",
      "status": "findings",
      "template": "2021",
      "findings": [
        {
          "rule": "review-total",
          "code": "XG104",
          "severity": "error",
          "message": "review: total != sum of the four results",
          "location": {
            "line": 380,
            "column": 5,
            "table": "review_litigation",
            "row": "review",
            "column_key": "total"
          },
          "fingerprint": "abc123",
          "identity": {
            "id": "review-total/review",
            "lhs": {
              "terms": [
                {
                  "cell": "review_litigation.review.upheld",
                  "label": "结果维持",
                  "value": 2,
                  "line": 377,
                  "column": 2,
                  "blank": false
                },
                {
                  "cell": "review_litigation.review.corrected",
                  "label": "结果纠正",
                  "value": null,
                  "line": 378,
                  "column": 2,
                  "blank": true
                }
              ],
              "sum": 2
            },
            "rhs": {
              "terms": [
                {
                  "cell": "review_litigation.review.total",
                  "label": "总计",
                  "value": 2.5,
                  "line": 380,
                  "column": 5,
                  "blank": false
                }
              ],
              "sum": 2.5
            },
            "difference": -0.5,
            "blanks": 1
          }
        }
      ]
    },
    {
      "path": "b.txt",
      "status": "error",
      "template": "unknown",
      "findings": [],
      "error": {
        "rule": "read-error",
        "code": "XG001",
        "message": "no such file or directory",
        "line": 0
      }
    }
  ],
  "summary": {
    "files": 2,
    "clean": 0,
    "with_findings": 1,
    "unreadable": 1,
    "errors": 1,
    "warnings": 0,
    "notes": 0,
    "skipped": 0,
    "cells_not_verified": 0,
    "rules": [
      {
        "rule": "review-total",
        "findings": 1,
        "files": 1
      }
    ],
    "top_files": [
      {
        "path": "a.txt",
        "errors": 1
      }
    ]
  }
}
)");
}

TEST_CASE("json: message in the chosen language — no identity key without identity") {
    Finding f = review_finding();
    f.identity.reset();
    FileResult r;
    r.path = "a.txt";
    r.status = FileResult::Status::findings;
    r.findings = {f};
    std::string zh = json_of({r});
    CHECK(zh.find(R"("message": "行政复议：总计 ≠ 四项之和")") != std::string::npos);
    CHECK(zh.find("\"identity\"") == std::string::npos);
    CHECK(zh.find("\"error\":") == std::string::npos);
}

TEST_CASE("json: invalid UTF-8 in a path does not abort the output") {
    FileResult r;
    r.path = "bad\xff.txt";
    std::string out = json_of({r});
    CHECK(out.find("\"path\": \"bad\xEF\xBF\xBD.txt\"") != std::string::npos);  // U+FFFD
}

TEST_CASE("json: empty run") {
    CHECK(json_of({}).find(R"("files": [],)") != std::string::npos);
}

TEST_CASE("json: a .docx place adds table_index · row_index · cell_index or paragraph") {
    FileResult r;
    r.path = "a.docx";
    r.status = FileResult::Status::findings;
    Finding f = review_finding();
    f.pos = {0, 0, 3, 5, 2};
    f.identity->lhs.terms[0].pos = {0, 0, 3, 2, 2};
    Finding p = f;
    p.identity.reset();
    p.pos = {0, 0, 0, 0, 0, 12};
    r.findings = {f, p};
    auto doc = nlohmann::json::parse(json_of({r}));
    const auto& first = doc["files"][0]["findings"][0];
    CHECK(first["location"].dump() ==
          R"({"cell_index":2,"column":0,"column_key":"total","line":0,"row":"review","row_index":5,"table":"review_litigation","table_index":3})");
    CHECK(first["identity"]["lhs"]["terms"][0]["table_index"] == 3);
    CHECK(first["identity"]["lhs"]["terms"][0]["row_index"] == 2);
    CHECK(!first["identity"]["lhs"]["terms"][1].contains("table_index"));
    CHECK(doc["files"][0]["findings"][1]["location"]["paragraph"] == 12);
    CHECK(!doc["files"][0]["findings"][1]["location"].contains("table_index"));
    CHECK(!doc.contains("baseline"));
}

TEST_CASE("json: a clause of a .docx paragraph · its character is the column of line 0") {
    FileResult r;
    r.path = "a.docx";
    r.status = FileResult::Status::findings;
    Finding f = review_finding();
    f.identity.reset();
    f.rule = "narrative-mismatch";
    f.pos = {0, 53, 0, 0, 0, 9};
    f.statement = Statement{"不予处理11件", f.pos, 11, {"applications.not_processed.duplicate.total"}, 8};
    r.findings = {f};
    auto doc = nlohmann::json::parse(json_of({r}));
    const auto& j = doc["files"][0]["findings"][0];
    CHECK(j["location"].dump() ==
          R"({"column":53,"column_key":"total","line":0,"paragraph":9,"row":"review","table":"review_litigation"})");
    CHECK(j["statement"].dump() == R"({"column":53,"line":0,"paragraph":9,"text":"不予处理11件"})");
}

TEST_CASE("json: with a baseline · what it hid and its stale entries") {
    std::vector<FileResult> results;
    Outcome o{.results = results, .baseline = true, .suppressed = 2,
              .stale = {{"00000000000000ff", "review-total", "a.txt", "gone"}}};
    std::ostringstream out;
    write_json(out, o, ReportStyle{});
    auto doc = nlohmann::json::parse(out.str());
    CHECK(doc["baseline"].dump() ==
          R"({"stale":[{"fingerprint":"00000000000000ff","message":"gone","path":"a.txt","rule":"review-total"}],"suppressed":2})");
}

TEST_CASE("json: a note's cells · not verified · counted in the summary once") {
    FileResult r;
    r.path = "a.txt";
    r.status = FileResult::Status::findings;
    Finding note;
    note.rule = "blank-total-column";
    note.code = "XG108";
    note.severity = Severity::note;
    note.cells = {{"applications.granted.total", "（一）予以公开", "", {100, 2}},
                  {"applications.partially_granted.total", "（二）部分公开", "-", {111, 2}}};
    note.not_verified = true;
    r.findings = {note, note};
    const nlohmann::ordered_json out = nlohmann::ordered_json::parse(json_of({r}, "en"));
    const nlohmann::ordered_json& f = out["files"][0]["findings"][0];
    CHECK(f["cell_list"].dump() ==
          R"([{"cell":"applications.granted.total","label":"（一）予以公开","raw":"","line":100,"column":2},)"
          R"({"cell":"applications.partially_granted.total","label":"（二）部分公开","raw":"-","line":111,"column":2}])");
    CHECK(f["not_verified"] == true);
    CHECK(out["summary"]["cells_not_verified"] == 2);
}
