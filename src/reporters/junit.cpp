// `--format junit`: JUnit XML as GitLab's test reports and Jenkins' junit step read it.
// One <testsuite> per file, and one for the findings across reports (--cross, --expect); one
// <testcase> per rule that has findings in the file (name = rule name, classname = path),
// failing when a finding reaches --fail-on, so the CI's red matches the exit code; the body
// carries the same text as the text output. A clean file is one passing case named "xxgk", so
// every checked file shows up; an unreadable file is an <error>.
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
};

bool fails(const Finding& f, const ReportStyle& style) {
    return style.fail_on && f.severity >= *style.fail_on;
}

std::vector<Case> cases_of(const FileResult& r, const ReportStyle& style) {
    if (r.error && r.status == FileResult::Status::error) {
        const Finding& e = *r.error;
        std::string line = e.pos.line > 0 ? fmt::format("{}:{}", r.path, e.pos.line) : r.path;
        return {{e.rule, "error", e.message(style.lang), fmt::format("{}: error: {}\n", line, e.message(style.lang))}};
    }
    if (r.error) return {{"xxgk", "skipped", r.error->message(style.lang), ""}};
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

void write_suite_start(std::ostream& out, std::string_view name, const Counts& counts) {
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
                       attr(name), counts.tests, counts.failures, counts.errors, counts.skipped);
}

// It streams: each file's suite is written as its result comes. So the root element carries no
// totals (they are known only at the end; JUnit readers add up the suites), and the findings
// across reports, which come after every file, are held for a last suite of their own.
class JunitWriter final : public ReportWriter {
public:
    JunitWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        start();
        std::vector<Case> cases = cases_of(r, style_);
        if (r.late) {
            for (const Case& c : cases) {
                late_counts_.add(c);
                write_case(late_, r.path, c, c.name);
            }
            return;
        }
        Counts counts;
        for (const Case& c : cases) counts.add(c);
        write_suite_start(out_, r.path, counts);
        for (const Case& c : cases) write_case(out_, r.path, c, c.element == "error" ? "read-error" : c.name);
        out_ << "  </testsuite>\n";
    }

    void end(const RunEnd&) override {
        start();
        if (late_counts_.tests > 0) {
            write_suite_start(out_, style_.lang == Lang::en ? "Findings across reports" : "跨报告的问题", late_counts_);
            out_ << late_.str() << "  </testsuite>\n";
        }
        out_ << "</testsuites>\n";
        out_.flush();
    }

private:
    void start() {
        if (started_) return;
        started_ = true;
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"xxgk\">\n";
    }

    std::ostream& out_;
    ReportStyle style_;
    bool started_ = false;
    std::ostringstream late_;  // the cases of the last suite
    Counts late_counts_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_junit(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<JunitWriter>(out, style);
}

}  // namespace xxgk
