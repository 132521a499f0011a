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

namespace {

class GccWriter final : public ReportWriter {
public:
    GccWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        if (r.status == FileResult::Status::error) {
            const Error e = r.error.value_or(Error{"unknown error", 0});
            line(out_, detail::where(r.path, Position{e.line}, style_.lang), Severity::error, message_in(e, style_.lang),
                 "read-error");
        } else if (r.status == FileResult::Status::skipped) {
            const std::string why = r.error ? r.error->message : "";
            line(out_, r.path, Severity::note,
                 style_.lang == "en" ? "skipped, not a report: " + why : "不是年报，已跳过：" + why,
                 "not-a-report");
        }
        for (const Finding& f : r.findings)
            line(out_, detail::where(r.path, f.pos, style_.lang), f.severity, f.message(style_.lang), f.rule);
    }

    void end(const RunEnd&) override {}

private:
    std::ostream& out_;
    ReportStyle style_;
};

}  // namespace

std::unique_ptr<ReportWriter> open_gcc(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<GccWriter>(out, style);
}

}  // namespace xxgk
