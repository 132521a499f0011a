#include "support.hpp"
#include "xxgk/identity.hpp"

using namespace xxgk;

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
    for (const auto& d : identities_for(Template::t2021)) {
        if (d.rule != "results-total") continue;
        CHECK(d.rhs.size() == 21);  // （一）（二）, 8 + 3 + 5, and （六） in three rows
    }
    // Generated once per template, not per report.
    CHECK(&identities_for(Template::t2021) == &identities_for(Template::t2021));
    CHECK(&identities_for(Template::t2019) != &identities_for(Template::unknown));
}

TEST_CASE("identities: the evaluator keeps terms, sums and difference", "[identity]") {
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

TEST_CASE("identities: blanks read as 0, or make the identity not checkable", "[identity]") {
    Report r = test::sample("broken-blank-in-identity.txt");
    for (const auto& def : identities_for(r.layout)) {
        if (def.rule != "applicant-total" || def.subject != "denied.state_secret") continue;
        IdentityResult zero = evaluate_identity(def, r, false);
        CHECK(zero.status == IdentityStatus::holds);
        CHECK(zero.detail.blanks == 1);
        CHECK(zero.blank == std::vector<std::string>{"applications.denied.state_secret.total"});
        CHECK(evaluate_identity(def, r, true).status == IdentityStatus::not_checkable);
    }
}

TEST_CASE("identities: missing and unreadable cells are not checkable", "[identity]") {
    Report missing = test::sample("broken-row-missing.txt");
    Report unreadable = test::sample("broken-unreadable-cell.txt");
    for (const auto& def : identities_for(Template::t2019)) {
        if (def.rule != "results-total" || def.subject != "total") continue;
        IdentityResult res = evaluate_identity(def, missing, false);
        CHECK(res.status == IdentityStatus::not_checkable);
        CHECK(res.missing == std::vector<std::string>{"applications.not_processed.publication.total"});
    }
    for (const auto& def : identities_for(Template::t2021)) {
        if (def.rule != "results-total" || def.subject != "natural_person") continue;
        IdentityResult res = evaluate_identity(def, unreadable, false);
        CHECK(res.status == IdentityStatus::not_checkable);
        CHECK(res.unreadable ==
              std::vector<std::string>{"applications.denied.third_party_rights.natural_person"});
    }
}
