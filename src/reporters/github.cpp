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

void write_github(std::ostream& out, const Outcome& o, const ReportStyle& style) {
    const bool en = style.lang == "en";
    for (const FileResult& r : o.results) {
        if (r.status == FileResult::Status::error) {
            const Error e = r.error.value_or(Error{"unknown error", 0});
            annotation(out, "error", r.path, Position{e.line}, "read-error", e.message);
        } else if (r.status == FileResult::Status::skipped) {
            const std::string why = r.error ? r.error->message : "";
            annotation(out, "notice", r.path, {}, "not-a-report",
                       (en ? "skipped, not a report: " : "不是年报，已跳过：") + why);
        }
        for (const Finding& f : r.findings) {
            annotation(out, command_for(f.severity), r.path, f.pos, title_for(f),
                       detail::message_with_arithmetic(r.path, f, style.lang));
        }
    }
}

}  // namespace xxgk
