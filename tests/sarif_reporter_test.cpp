// SARIF 2.1.0: no schema file offline, so the schema's required properties and value rules for
// every object xxgk emits are checked here by hand, on the shared fixture and on every sample.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "finding_support.hpp"
#include "reporter_fixture.hpp"
#include "reporters/sarif_parts.hpp"
#include "support.hpp"
#include "xxgk/rules.hpp"

using namespace xxgk;
using json = nlohmann::json;

namespace {

const std::set<std::string> kLevels = {"none", "note", "warning", "error"};

// RFC 3986 URI reference: ASCII only, no spaces, every % followed by two hex digits.
bool is_uri_reference(const std::string& s) {
    static const std::regex re(R"(^([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$)");
    return std::regex_match(s, re);
}

void check_message(const json& m) {
    REQUIRE(m.is_object());
    CHECK((m.contains("text") || m.contains("id")));  // message: anyOf text, id
    if (m.contains("text")) CHECK(m["text"].is_string());
}

void check_location(const json& loc) {
    REQUIRE(loc.is_object());
    if (loc.contains("id")) CHECK(loc["id"].get<int>() >= -1);
    if (loc.contains("physicalLocation")) {
        const json& p = loc["physicalLocation"];
        REQUIRE(p.contains("artifactLocation"));  // physicalLocation: anyOf address, artifactLocation
        const json& a = p["artifactLocation"];
        REQUIRE(a["uri"].is_string());  // GitHub needs the uri
        CHECK(is_uri_reference(a["uri"]));
        if (p.contains("region")) {
            CHECK(p["region"]["startLine"].get<int>() >= 1);
            if (p["region"].contains("startColumn")) CHECK(p["region"]["startColumn"].get<int>() >= 1);
        }
    }
    for (const json& l : loc.value("logicalLocations", json::array())) {
        CHECK(l["fullyQualifiedName"].is_string());
        CHECK(l["name"].is_string());
    }
    if (loc.contains("message")) check_message(loc["message"]);
    if (loc.contains("properties")) CHECK(loc["properties"].is_object());
}

// The required properties and constrained values of sarif-schema-2.1.0.json for what we emit.
void check_sarif(const json& log) {
    REQUIRE(log.is_object());
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"].get<std::string>().starts_with("https://"));
    REQUIRE(log["runs"].is_array());
    REQUIRE(log["runs"].size() == 1);
    const json& run = log["runs"][0];
    const json& driver = run["tool"]["driver"];  // run → tool → driver → name
    CHECK(driver["name"] == "xxgk");
    CHECK(!driver.contains("informationUri"));  // xxgk has no home page to name
    CHECK(run["columnKind"] == "unicodeCodePoints");
    const json& rules = driver["rules"];
    std::set<std::string> ids;
    for (const json& r : rules) {
        CHECK(ids.insert(r["id"].get<std::string>()).second);  // reportingDescriptor: id
        CHECK(r["shortDescription"]["text"].is_string());       // multiformatMessageString: text
        CHECK(r["fullDescription"]["text"].is_string());
        CHECK(r["help"]["text"].is_string());
        if (r.contains("helpUri")) CHECK(r["helpUri"].get<std::string>().starts_with("https://"));  // an absolute URI
        CHECK(kLevels.contains(r["defaultConfiguration"]["level"]));
    }
    REQUIRE(run["invocations"].size() == 1);
    const json& invocation = run["invocations"][0];
    CHECK(invocation["executionSuccessful"].is_boolean());  // invocation: executionSuccessful
    for (const json& n : invocation.value("toolExecutionNotifications", json::array())) {
        check_message(n["message"]);  // notification: message
        CHECK(kLevels.contains(n["level"]));
        for (const json& loc : n["locations"]) check_location(loc);
    }
    for (const json& r : run["results"]) {
        check_message(r["message"]);  // result: message
        CHECK(kLevels.contains(r["level"]));
        REQUIRE(r["ruleIndex"].is_number_integer());
        REQUIRE(r["ruleIndex"].get<std::size_t>() < rules.size());
        CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
        REQUIRE(r["locations"].size() == 1);
        check_location(r["locations"][0]);
        REQUIRE(r["partialFingerprints"].is_object());
        for (const auto& [key, value] : r["partialFingerprints"].items()) CHECK(value.is_string());
        std::set<int> related_ids;
        for (const json& rel : r.value("relatedLocations", json::array())) {
            check_location(rel);
            CHECK(related_ids.insert(rel["id"].get<int>()).second);  // uniqueItems
        }
        if (r.contains("baselineState")) CHECK(r["baselineState"] == "new");
    }
}

json sarif_of(const Outcome& o, std::string lang = "zh") {
    return json::parse(fixture::render(write_sarif, o, std::move(lang)));
}

}  // namespace

TEST_CASE("sarif: the shared fixture has SARIF 2.1.0's required structure") {
    const std::vector<FileResult> results = fixture::results();
    json log = sarif_of(Outcome{.results = results});
    check_sarif(log);
    const json& run = log["runs"][0];
    CHECK(run["results"].size() == 5);
    CHECK(run["tool"]["driver"]["rules"].size() == 4);  // only the rules of the results

    const json& balance = run["results"][0];
    CHECK(balance["ruleId"] == "XG101");
    CHECK(balance["level"] == "error");
    CHECK(balance["partialFingerprints"]["xxgk/v1"] == "00000000000000a1");
    const json& loc = balance["locations"][0];
    CHECK(loc["physicalLocation"]["artifactLocation"]["uri"] == "a.txt");
    CHECK(loc["physicalLocation"]["region"] == json{{"startLine", 329}, {"startColumn", 2}});
    CHECK(loc["logicalLocations"][0]["fullyQualifiedName"] == "applications/results_total/natural_person");
    REQUIRE(balance["relatedLocations"].size() == 4);
    CHECK(balance["relatedLocations"][0]["message"]["text"] == "一、本年新收政府信息公开申请数量 = 58");
    CHECK(balance["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 104);
    CHECK(balance["message"]["text"].get<std::string>().find("\n     58  一、本年新收") != std::string::npos);

    const json& missing = run["results"][1];  // no line: the whole file
    CHECK(!missing["locations"][0]["physicalLocation"].contains("region"));
    CHECK(!missing["locations"][0].contains("logicalLocations"));

    const json& docx = run["results"][3];
    CHECK(docx["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/%E6%8A%A5%E5%91%8A%202023.docx");
    CHECK(!docx["locations"][0]["physicalLocation"].contains("region"));
    CHECK(docx["locations"][0]["properties"] == json{{"table", 2}, {"row", 11}, {"cell", 2}});
    CHECK(docx["message"]["text"].get<std::string>().starts_with(
        "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1）（第 2 个表格，第 11 行，第 2 格）\n"));
    CHECK(docx["relatedLocations"][1]["properties"] == json{{"table", 2}, {"row", 5}, {"cell", 2}});
    CHECK(run["results"][4]["locations"][0]["properties"] == json{{"paragraph", 12}});

    const json& invocation = run["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    REQUIRE(invocation["toolExecutionNotifications"].size() == 3);
    CHECK(invocation["toolExecutionNotifications"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 7);
    CHECK(invocation["toolExecutionNotifications"][2]["level"] == "note");
}

TEST_CASE("sarif: a clause of a .docx paragraph · its character in the properties and the message") {
    Position at;
    at.paragraph = 9;
    at.column = 53;
    Finding f = test::finding("narrative-mismatch", "正文「不予处理11件」与表格不符", "the prose says 11", at);
    std::vector<FileResult> results = {fixture::file("a.docx", {f})};
    json log = sarif_of(Outcome{.results = results});
    check_sarif(log);
    const json& r = log["runs"][0]["results"][0];
    CHECK(!r["locations"][0]["physicalLocation"].contains("region"));
    CHECK(r["locations"][0]["properties"] == json{{"paragraph", 9}, {"character", 53}});
    CHECK(r["message"]["text"] == "正文「不予处理11件」与表格不符（第 9 段，第 53 字）");
    results = {fixture::file("a.docx", {f})};
    CHECK(sarif_of(Outcome{.results = results}, "en")["runs"][0]["results"][0]["message"]["text"] ==
          "the prose says 11 (paragraph 9, character 53)");
}

TEST_CASE("sarif: every rule's descriptor comes from the registry") {
    for (const RuleInfo& rule : rule_registry()) {
        Finding f = test::finding(rule.name, "消息", "message", {3, 1});
        std::vector<FileResult> results = {fixture::file("a.txt", {f})};
        for (std::string lang : {"zh", "en"}) {
            json d = sarif_of(Outcome{.results = results}, lang)["runs"][0]["tool"]["driver"]["rules"][0];
            INFO(rule.name << " " << lang);
            CHECK(d["id"] == rule.code);
            CHECK(d["name"] == rule.name);
            CHECK(d["shortDescription"]["text"] == (lang == "en" ? rule.summary_en : rule.summary_zh));
            CHECK(d["fullDescription"]["text"] == rule_rationale(rule.name, *lang_from_name(lang)));
            CHECK(!d.contains("helpUri"));  // no published home unless one is given (below)
            CHECK(d["defaultConfiguration"]["level"] == severity_name(rule.severity));
            if (!rule_doc(rule.name).empty()) CHECK(d["help"]["markdown"] == rule_doc(rule.name));
        }
    }
}

TEST_CASE("sarif: helpUri is the rule's page where the pages are published · no informationUri") {
    std::vector<FileResult> results = {fixture::file("a.txt", {fixture::section_missing()})};
    ReportStyle style;
    style.rule_docs_url = "https://example.org/xxgk/blob/0123abc/docs/rules/";
    std::ostringstream out;
    write_sarif(out, Outcome{.results = results}, style);
    const json log = json::parse(out.str());
    check_sarif(log);
    const json& driver = log["runs"][0]["tool"]["driver"];
    CHECK(driver["rules"][0]["helpUri"] == "https://example.org/xxgk/blob/0123abc/docs/rules/section-missing.md");
    CHECK(!sarif_of(Outcome{.results = results})["runs"][0]["tool"]["driver"]["rules"][0].contains("helpUri"));
}

TEST_CASE("sarif: artifact URIs are escaped URI references") {
    CHECK(detail::artifact_uri("./a b/年.txt") == "a%20b/%E5%B9%B4.txt");
    CHECK(detail::artifact_uri("/srv/100%.txt") == "file:///srv/100%25.txt");
    CHECK(detail::artifact_uri("reports/2023/x#1.html") == "reports/2023/x%231.html");
}

TEST_CASE("sarif: an empty run · a clean run · a baseline") {
    json empty = sarif_of(Outcome{});
    check_sarif(empty);
    CHECK(empty["runs"][0]["results"].empty());
    CHECK(empty["runs"][0]["invocations"][0]["executionSuccessful"] == true);
    std::vector<FileResult> results = {fixture::file("a.txt", {fixture::section_missing()})};
    json with_baseline = sarif_of(Outcome{.results = results, .baseline = true});
    check_sarif(with_baseline);
    CHECK(with_baseline["runs"][0]["results"][0]["baselineState"] == "new");
}

TEST_CASE("sarif: every sample's findings have the required structure") {
    std::vector<FileResult> results;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::sample_path(""))) {
        std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".txt" && ext != ".md" && ext != ".html" && ext != ".docx")) continue;
        results.push_back(check_file(entry.path().string(), {}, {}, false));
    }
    REQUIRE(results.size() > 10);
    json log = json::parse(fixture::render(write_sarif, results));
    check_sarif(log);
    CHECK(log["runs"][0]["results"].size() > 10);
}

TEST_CASE("sarif: each result is written as its file comes · rules listed in the order first used") {
    std::ostringstream out;
    std::unique_ptr<ReportWriter> writer = open_sarif(out, ReportStyle{});
    writer->file(fixture::file("a.txt", {fixture::odd_note()}));
    const std::string first = out.str();
    CHECK(first.find("\"ruleId\": \"XG204\"") != std::string::npos);  // before the run ends
    writer->file(fixture::file("b.txt", {fixture::balance(), fixture::odd_note()}));
    FileResult late = fixture::file("a.txt", {fixture::section_missing()});
    late.late = true;  // findings across reports: results like any other
    writer->file(late);
    writer->end(RunEnd{});
    CHECK(out.str().starts_with(first));

    const json log = json::parse(out.str());
    check_sarif(log);
    const json& run = log["runs"][0];
    const json& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 3);
    CHECK(rules[0]["name"] == "row-unknown");
    CHECK(rules[1]["name"] == "application-balance");
    CHECK(rules[2]["name"] == "section-missing");
    REQUIRE(run["results"].size() == 4);
    for (std::size_t i = 0; i < 4; ++i) CHECK(run["results"][i]["ruleIndex"] == std::vector{0, 1, 0, 2}[i]);
    CHECK(run["results"][3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.txt");
    CHECK(run["invocations"][0]["executionSuccessful"] == true);
}
