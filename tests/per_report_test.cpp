// A view of a report made once per scope (run_rules opens one per report), each report its own;
// the diagnoses' system of equations is one such view.
#include "rules/diagnosis/system.hpp"
#include "rules/per_report.hpp"
#include "support.hpp"

using namespace xxgk;

namespace {

// A view that counts how often it was made.
struct Made {
    const Report* report;
    int serial;
};
int made = 0;
const Made& view(const Report& report) {
    return detail::PerReport<Made>::get(report, [&] { return Made{&report, ++made}; });
}

}  // namespace

TEST_CASE("per report: a view is made once within a scope · each report its own · scopes nest", "[rules]") {
    const Report a = test::report_from_text(test::slurp(test::sample_path("broken-applicant-total.txt")));
    const Report b = test::report_from_text(test::slurp(test::sample_path("broken-application-balance.txt")));
    made = 0;
    {
        const detail::PerReport<Made>::Scope scope(a);
        CHECK(view(a).serial == 1);
        CHECK(view(a).serial == 1);  // not made again
        CHECK(made == 1);
        // Another report within the scope is made on each call and leaves the scope's alone.
        CHECK(view(b).report == &b);
        CHECK(view(b).serial == 3);
        CHECK(view(a).serial == 1);
        {
            const detail::PerReport<Made>::Scope inner(b);
            CHECK(view(b).serial == 4);
            CHECK(view(b).serial == 4);
            CHECK(view(a).serial == 5);  // the outer report, outside its scope now
        }
        CHECK(view(a).serial == 1);  // the outer scope is back
    }
    // Outside any scope: made on every call.
    CHECK(view(a).serial == 6);
    CHECK(view(a).serial == 7);
    CHECK(made == 7);
}

TEST_CASE("per report: the diagnoses' system is built once per run · for the run's blank policy", "[rules][diagnosis]") {
    const Report report = test::report_from_text(test::slurp(test::sample_path("broken-blank-in-identity.txt")));
    const detail::SystemOnce scope(report);
    const detail::IdentitySystem& zero = detail::system_once(report, BlankPolicy::zero);
    CHECK(&detail::system_once(report, BlankPolicy::zero) == &zero);
    CHECK(zero.blank() == BlankPolicy::zero);
    // Another policy within the scope is built on its own, as a system without the scope would be.
    const detail::IdentitySystem& unknown = detail::system_once(report, BlankPolicy::unknown);
    CHECK(&unknown != &zero);
    CHECK(unknown.blank() == BlankPolicy::unknown);
    const detail::IdentitySystem fresh(report, BlankPolicy::unknown);
    CHECK(unknown.equations().size() == fresh.equations().size());
    CHECK(unknown.equations().size() < zero.equations().size());  // blanks left out of the identities
    CHECK(&detail::system_once(report, BlankPolicy::zero) == &zero);
}
