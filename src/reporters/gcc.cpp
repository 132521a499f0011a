// `--format gcc`: one line per finding, `file:line:col: severity: message [rule]`, the form
// editors (Vim's quickfix, Emacs' compilation mode, VS Code problem matchers) parse. Nothing
// else: no arithmetic, no summary, no colors.
#include "reporters/where.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

void line(std::ostream& out, const std::string& where, Severity s, std::string_view message,
          std::string_view rule) {
    out << where << ": " << severity_name(s) << ": " << terminal_safe(message) << " [" << rule << "]\n";
}

}  // namespace

namespace {

class GccWriter final : public ReportWriter {
public:
    GccWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        auto write = [&](const Finding& f) {
            line(out_, detail::where(r.path, f.pos, style_.lang), f.severity, f.message(style_.lang), f.rule);
        };
        if (r.error) write(*r.error);
        for (const Finding& f : r.findings) write(f);
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
