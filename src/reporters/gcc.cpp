// `--format gcc`: one line per finding, `file:line:col: severity: message [rule]`, the form
// editors (Vim's quickfix, Emacs' compilation mode, VS Code problem matchers) parse. Nothing
// else: no arithmetic, no summary, no colors.
#include "reporters/where.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

void line(std::ostream& out, const std::string& where, Severity s, std::string_view message,
          std::string_view rule) {
    out << where << ": " << severity_name(s) << ": " << message << " [" << rule << "]\n";
}

}  // namespace

void write_gcc(std::ostream& out, const Outcome& o, const ReportStyle& style) {
    const bool en = style.lang == "en";
    for (const FileResult& r : o.results) {
        if (r.status == FileResult::Status::error) {
            const Error e = r.error.value_or(Error{"unknown error", 0});
            line(out, detail::where(r.path, Position{e.line}, style.lang), Severity::error, e.message,
                 "read-error");
        } else if (r.status == FileResult::Status::skipped) {
            const std::string why = r.error ? r.error->message : "";
            line(out, r.path, Severity::note, en ? "skipped, not a report: " + why : "不是年报，已跳过：" + why,
                 "not-a-report");
        }
        for (const Finding& f : r.findings)
            line(out, detail::where(r.path, f.pos, style.lang), f.severity, f.message(style.lang), f.rule);
    }
}

}  // namespace xxgk
