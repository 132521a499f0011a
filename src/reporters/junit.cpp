// `--format junit`: JUnit XML as GitLab's test reports and Jenkins' junit step read it.
// One <testsuite> per file; one <testcase> per rule that has findings in the file (name = rule
// name, classname = path), failing when a finding reaches --fail-on, so the CI's red matches
// the exit code; the body carries the same text as the text output. A clean file is one
// passing case named "xxgk", so every checked file shows up; an unreadable file is an <error>.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "reporters/text.hpp"
#include "reporters/xml.hpp"

namespace xxgk {
namespace {

std::string attr(std::string_view s) { return detail::xml_escape(s, true); }
std::string body(std::string_view s) { return detail::xml_escape(s, false); }

struct Case {
    std::string name;
    std::string element;  // "", "failure", "error" or "skipped"
    std::string message;  // the element's message attribute
    std::string text;     // the element's body (or <system-out> of a passing case)
};

struct Counts {
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    void add(const Case& c) {
        ++tests;
        failures += c.element == "failure";
        errors += c.element == "error";
        skipped += c.element == "skipped";
    }
    void add(const Counts& c) {
        tests += c.tests, failures += c.failures, errors += c.errors, skipped += c.skipped;
    }
};

bool fails(const Finding& f, const ReportStyle& style) {
    return style.fail_on && f.severity >= *style.fail_on;
}

std::vector<Case> cases_of(const FileResult& r, const ReportStyle& style) {
    const bool en = style.lang == "en";
    if (r.status == FileResult::Status::error) {
        const Error e = r.error.value_or(Error{"unknown error", 0});
        std::string line = e.line > 0 ? fmt::format("{}:{}", r.path, e.line) : r.path;
        const std::string& message = message_in(e, style.lang);
        return {{"read-error", "error", message, fmt::format("{}: error: {}\n", line, message)}};
    }
    if (r.status == FileResult::Status::skipped) {
        std::string why = r.error ? r.error->message : "";
        return {{"xxgk", "skipped", (en ? "skipped, not a report: " : "不是年报，已跳过：") + why, ""}};
    }
    if (r.findings.empty()) return {{"xxgk", "", "", ""}};
    // One case per rule, in the order the rules first appear in the file.
    std::vector<Case> cases;
    ReportStyle plain = style;
    plain.color = false;
    for (const Finding& f : r.findings) {
        auto it = std::find_if(cases.begin(), cases.end(), [&](const Case& c) { return c.name == f.rule; });
        if (it == cases.end()) {
            cases.push_back({f.rule, "", f.message(style.lang), ""});
            it = cases.end() - 1;
        }
        if (fails(f, style) && it->element.empty()) {
            it->element = "failure";
            it->message = f.message(style.lang);  // the first finding that fails the case
        }
        std::ostringstream text;
        detail::write_text_finding(text, r.path, f, plain);
        it->text += text.str();
    }
    return cases;
}

void write_case(std::ostream& out, const std::string& path, const Case& c, const std::string& type) {
    out << "    <testcase name=\"" << attr(c.name) << "\" classname=\"" << attr(path) << "\" file=\""
        << attr(path) << "\"";
    if (c.element.empty() && c.text.empty()) {
        out << "/>\n";
        return;
    }
    out << ">\n";
    if (c.element == "skipped") {
        out << "      <skipped message=\"" << attr(c.message) << "\"/>\n";
    } else if (!c.element.empty()) {
        out << "      <" << c.element << " message=\"" << attr(c.message) << "\" type=\"" << attr(type)
            << "\">" << body(c.text) << "</" << c.element << ">\n";
    } else {
        // Findings below --fail-on: the case passes, and still says what was found.
        out << "      <system-out>" << body(c.text) << "</system-out>\n";
    }
    out << "    </testcase>\n";
}

// The root element carries the totals, so the suites are kept as text until the end.
class JunitWriter final : public ReportWriter {
public:
    JunitWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        std::vector<Case> cases = cases_of(r, style_);
        Counts counts;
        for (const Case& c : cases) counts.add(c);
        total_.add(counts);
        suites_ << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
                               attr(r.path), counts.tests, counts.failures, counts.errors, counts.skipped);
        for (const Case& c : cases) write_case(suites_, r.path, c, c.element == "error" ? "read-error" : c.name);
        suites_ << "  </testsuite>\n";
    }

    void end(const RunEnd&) override {
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << fmt::format("<testsuites name=\"xxgk\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
                            total_.tests, total_.failures, total_.errors, total_.skipped)
             << suites_.str() << "</testsuites>\n";
    }

private:
    std::ostream& out_;
    ReportStyle style_;
    std::ostringstream suites_;
    Counts total_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_junit(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<JunitWriter>(out, style);
}

}  // namespace xxgk
