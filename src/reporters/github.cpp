// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,col=…,title=…::message`), shown on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "reporters/text.hpp"
#include "reporters/where.hpp"

namespace xxgk {
namespace {

// Workflow-command escaping: data may not hold a raw %, CR or LF; property values (file,
// title) in addition no ':' or ','.
std::string escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += c;
        }
    }
    return out;
}

std::string escape_property(std::string_view s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

void annotation(std::ostream& out, std::string_view command, const std::string& path, const Position& p,
                std::string_view title, std::string_view message) {
    out << "::" << command << " file=" << escape_property(path);
    if (p.line > 0) {
        out << ",line=" << p.line;
        if (p.column > 0) out << ",col=" << p.column;
    }
    out << ",title=" << escape_property(title) << "::" << escape_data(message) << '\n';
}

std::string_view command_for(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "notice";
    }
    return "error";
}

std::string title_for(const Finding& f) {
    return f.code.empty() ? f.rule : fmt::format("{} ({})", f.rule, f.code);
}

}  // namespace

namespace {

class GithubWriter final : public ReportWriter {
public:
    GithubWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        if (r.status == FileResult::Status::error) {
            const Error e = r.error.value_or(Error{"unknown error", 0});
            annotation(out_, "error", r.path, Position{e.line}, "read-error", message_in(e, style_.lang));
        } else if (r.status == FileResult::Status::skipped) {
            const std::string why = r.error ? r.error->message : "";
            annotation(out_, "notice", r.path, {}, "not-a-report",
                       (style_.lang == "en" ? "skipped, not a report: " : "不是年报，已跳过：") + why);
        }
        for (const Finding& f : r.findings) {
            annotation(out_, command_for(f.severity), r.path, f.pos, title_for(f),
                       detail::message_with_arithmetic(r.path, f, style_.lang));
        }
    }

    void end(const RunEnd&) override {}

private:
    std::ostream& out_;
    ReportStyle style_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_github(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<GithubWriter>(out, style);
}

}  // namespace xxgk
