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
// title) in addition no ':' or ','. CR and other control characters are shown as escapes.
std::string escape_data(std::string_view s) {
    std::string out;
    // Line by line: the line breaks are ours (a message and its arithmetic); within a line,
    // what a file holds is made terminal-safe (GitHub's log renders escape sequences).
    for (std::size_t start = 0; start <= s.size();) {
        std::size_t end = s.find('\n', start);
        if (end == std::string_view::npos) end = s.size();
        for (char c : terminal_safe(s.substr(start, end - start))) {
            if (c == '%') out += "%25";
            else out += c;
        }
        if (end < s.size()) out += "%0A";
        start = end + 1;
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
        if (r.error)
            annotation(out_, command_for(r.error->severity), r.path, r.error->pos, title_for(*r.error),
                       r.error->message(style_.lang));
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
