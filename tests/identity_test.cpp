#include <algorithm>

#include "support.hpp"
#include "xxgk/identity.hpp"

using namespace xxgk;

namespace {

// The one identity of `rule` about `subject`; the test stops when there is none.
const IdentityDef& identity(Template t, std::string_view rule, std::string_view subject) {
    const auto& defs = identities_for(t);
    const auto it = std::find_if(defs.begin(), defs.end(),
                                 [&](const IdentityDef& d) { return d.rule == rule && d.subject == subject; });
    REQUIRE(it != defs.end());
    REQUIRE(std::count_if(defs.begin(), defs.end(),
                          [&](const IdentityDef& d) { return d.rule == rule && d.subject == subject; }) == 1);
    return *it;
}

}  // namespace

TEST_CASE("identities: generated from the template's structure", "[identity]") {
    auto count = [](Template t, std::string_view rule) {
        int n = 0;
        for (const auto& d : identities_for(t)) n += d.rule == rule;
        return n;
    };
    CHECK(count(Template::t2019, "application-balance") == 7);
    CHECK(count(Template::t2019, "results-total") == 7);
    CHECK(count(Template::t2019, "applicant-total") == 23);
    CHECK(count(Template::t2021, "applicant-total") == 25);
    CHECK(count(Template::t2021, "review-total") == 1);
    CHECK(count(Template::unknown, "results-total") == 0);
    CHECK(count(Template::unknown, "applicant-total") == 22);
    int results_totals = 0;
    for (const auto& d : identities_for(Template::t2021)) {
        if (d.rule != "results-total") continue;
        CHECK(d.rhs.size() == 21);  // （一）（二）, 8 + 3 + 5, and （六） in three rows
        ++results_totals;
    }
    CHECK(results_totals == 7);
    CHECK(identity(Template::t2019, "results-total", "total").rhs.size() == 19);
    CHECK(identity(Template::t2021, "results-total", "total").rhs.back() ==
          "applications.other.other.total");
    // Generated once per template, not per report.
    CHECK(&identities_for(Template::t2021) == &identities_for(Template::t2021));
    CHECK(&identities_for(Template::t2019) != &identities_for(Template::unknown));
}

TEST_CASE("identities: the evaluator keeps terms · sums and difference", "[identity]") {
    Report r = test::sample("broken-application-balance.txt");
    IdentityDef def = identities_for(Template::t2019)[0];
    REQUIRE(def.subject == "natural_person");
    IdentityResult res = evaluate_identity(def, r, false);
    CHECK(res.status == IdentityStatus::fails);
    REQUIRE(res.detail.lhs.terms.size() == 2);
    CHECK(res.detail.lhs.terms[0].label == "一、本年新收政府信息公开申请数量");
    CHECK(res.detail.lhs.terms[0].cell == "applications.new_received.natural_person");
    CHECK(res.detail.lhs.sum == 102);
    CHECK(res.detail.rhs.sum == 101);
    CHECK(res.detail.difference == 1);
    CHECK(res.detail.id == "application-balance/natural_person");
}

TEST_CASE("identities: blanks read as 0 · or make the identity not checkable", "[identity]") {
    Report r = test::sample("broken-blank-in-identity.txt");
    const IdentityDef& def = identity(r.layout, "applicant-total", "denied.state_secret");
    IdentityResult zero = evaluate_identity(def, r, false);
    CHECK(zero.status == IdentityStatus::holds);
    CHECK(zero.detail.blanks == 1);
    CHECK(zero.blank == std::vector<std::string>{"applications.denied.state_secret.total"});
    CHECK(evaluate_identity(def, r, true).status == IdentityStatus::not_checkable);
}

TEST_CASE("identities: a 总计 column left blank in the result rows is not printed · whatever the blanks", "[identity]") {
    Report r = test::sample("broken-blank-total-column.txt");
    const std::vector<std::string> unprinted = unprinted_totals(r);
    REQUIRE(unprinted.size() == 21);  // the 2021 template's result rows
    CHECK(unprinted.front() == "applications.granted.total");
    for (bool unknown : {false, true}) {
        IdentityResult res = evaluate_identity(identity(r.layout, "applicant-total", "granted"), r, unknown);
        CHECK(res.status == IdentityStatus::not_checkable);
        CHECK(res.unprinted == std::vector<std::string>{"applications.granted.total"});
        CHECK(res.blank.empty());
        CHECK(res.detail.blanks == 0);
    }
    // The column's balance does not involve them: checked, and it holds.
    CHECK(evaluate_identity(identity(r.layout, "application-balance", "total"), r, false).status ==
          IdentityStatus::holds);
    // Every other report: none (clean-2019 has no blank total).
    CHECK(unprinted_totals(test::sample("clean-2019.txt")).empty());
    CHECK(unprinted_totals(test::sample("broken-blank-in-identity.txt")).empty());
}

TEST_CASE("identities: missing and unreadable cells are not checkable", "[identity]") {
    Report missing = test::sample("broken-row-missing.txt");
    Report unreadable = test::sample("broken-unreadable-cell.txt");
    IdentityResult res = evaluate_identity(identity(Template::t2019, "results-total", "total"), missing, false);
    CHECK(res.status == IdentityStatus::not_checkable);
    CHECK(res.missing == std::vector<std::string>{"applications.not_processed.publication.total"});
    res = evaluate_identity(identity(Template::t2021, "results-total", "natural_person"), unreadable, false);
    CHECK(res.status == IdentityStatus::not_checkable);
    CHECK(res.unreadable == std::vector<std::string>{"applications.denied.third_party_rights.natural_person"});
}
