// The outputs of `xxgk check`: which reporter (--format, XXGK_FORMAT, GitHub Actions), colors,
// --output, the baseline file, $GITHUB_STEP_SUMMARY, and the exit code of the library's run.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "check_args.hpp"
#include "commands.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::cli {
namespace {

Lang lang_of(const CheckArgs& args) { return lang_from_name(args.lang).value_or(Lang::zh); }

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The reporter to use, and whether GitHub annotations (and the step summary) come with it.
struct Choice {
    const Reporter* reporter = nullptr;
    bool annotations = false;  // in addition to the reporter's output, on stdout
    bool step_summary = false;
    std::string error;         // XXGK_FORMAT names no format
};

Choice choose(const CheckArgs& args) {
    Choice c;
    std::string name = args.format.empty() ? env("XXGK_FORMAT") : args.format;
    if (name.empty()) {
        // A plain `xxgk check` in a GitHub workflow: the log as usual, and the findings on
        // the pull request.
        c.annotations = c.step_summary = env("GITHUB_ACTIONS") == "true";
        name = "text";
    }
    c.reporter = find_reporter(name);
    if (c.reporter == nullptr) {
        std::string names;
        for (const Reporter& r : reporter_registry()) names += (names.empty() ? "" : ", ") + std::string(r.name);
        c.error = say(Msg::cli_env_format, lang_of(args), {name, names});
    }
    c.step_summary = c.step_summary || name == "github";
    return c;
}

bool use_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // https://no-color.org: set and non-empty disables color.
    return to_terminal && isatty(STDOUT_FILENO) && env("NO_COLOR").empty();
}

// Appends to $GITHUB_STEP_SUMMARY. A summary that cannot be written costs the summary, not
// the check: a warning, and the exit code stays what the findings say.
void append_step_summary(const Outcome& outcome, const ReportStyle& style) {
    const std::string path = env("GITHUB_STEP_SUMMARY");
    if (path.empty()) return;
    std::ofstream file(path, std::ios::app | std::ios::binary);
    if (file) write_github_summary(file, outcome, style);
    if (!file) std::cerr << "xxgk: " << say(Msg::cli_step_summary, style.lang, {path}) << '\n';
}

}  // namespace

int plan_check(const CheckArgs& args, CheckPlan& plan) {
    if (Choice c = choose(args); !c.error.empty()) {
        std::cerr << "xxgk: " << c.error << '\n';
        return kExitUsage;
    }
    // A workbook is bytes for a file, not for a terminal.
    if (choose(args).reporter->name == "xlsx" && (args.output.empty() || args.output == "-") &&
        isatty(STDOUT_FILENO)) {
        std::cerr << "xxgk: " << say(Msg::cli_xlsx_terminal, lang_of(args)) << '\n';
        return kExitUsage;
    }
    Result<RuleFilter> filter = make_rule_filter(args.select, args.ignore);
    if (!filter) {
        std::cerr << "xxgk: " << error_text(filter.error(), lang_of(args)) << '\n';
        return kExitUsage;
    }
    plan.filter = filter.value();
    return kExitOk;
}

int open_side_files(const CheckArgs& args, CheckPlan& plan) {
    if (!args.baseline.empty()) {
        Result<Baseline> baseline = read_baseline(args.baseline);
        if (!baseline) {
            std::cerr << "xxgk: " << args.baseline << ": " << error_text(baseline.error(), lang_of(args)) << '\n';
            return kExitUnreadable;
        }
        plan.baseline = std::move(baseline.value());
    }
    // Opened before any file is checked: a path that cannot be written stops the run at once.
    if (!args.output.empty() && args.output != "-") {
        auto output = OutputFile::open(args.output);
        if (!output) {
            std::cerr << "xxgk: " << args.output << ": " << error_text(output.error(), lang_of(args)) << '\n';
            return kExitUnreadable;
        }
        plan.output = std::move(output.value());
    }
    return kExitOk;
}

CheckOutput open_output(const CheckArgs& args, CheckPlan& plan) {
    const Choice choice = choose(args);
    CheckOutput o;
    const bool to_stdout = !plan.output;
    o.style.lang = lang_from_name(args.lang).value_or(Lang::zh);
    o.style.fail_on = severity_from_name(args.fail_on);
    o.style.color = choice.reporter->name == "text" && use_color(args.color, to_stdout);
    o.style.baseline = plan.baseline.has_value();
    o.style.quiet = args.quiet;
    o.style.verbose = args.verbose;
    if (const char* docs = std::getenv("XXGK_RULE_DOCS_URL")) o.style.rule_docs_url = docs;
    o.step_summary = choice.step_summary;
    o.needs_whole_run = choice.reporter->needs_whole_run;
    o.needs_report = choice.reporter->needs_report;
    o.writer = choice.reporter->open(to_stdout ? std::cout : plan.output->stream(), o.style);
    if (choice.annotations) {
        ReportStyle plain = o.style;
        plain.color = false;
        o.annotations = open_github(std::cout, plain);
    }
    return o;
}

std::vector<RunWriter> CheckOutput::writers() const {
    std::vector<RunWriter> out = {{writer.get(), needs_whole_run}};
    if (annotations) out.push_back({annotations.get(), false});
    return out;
}

int finish_check(const CheckArgs& args, CheckPlan& plan, const CheckOutput& output, Run& run, BatchEnd batch) {
    const RunEnd& end = run.finish(std::move(batch.cross), std::move(batch.coverage));
    if (!args.write_baseline.empty()) {
        std::string text = baseline_json(run.for_baseline(), args.write_baseline, output.style.lang);
        if (auto error = write_file_atomically(args.write_baseline, text)) {
            std::cerr << "xxgk: " << args.write_baseline << ": " << error_text(*error, output.style.lang) << '\n';
            return kExitUnreadable;
        }
        int entries = 0;
        for (const FileResult& r : run.for_baseline()) entries += static_cast<int>(r.findings.size());
        std::cerr << "xxgk: "
                  << (entries == 1 ? say(Msg::cli_wrote_baseline_one, output.style.lang, {args.write_baseline})
                                   : say(Msg::cli_wrote_baseline, output.style.lang, {entries, args.write_baseline}))
                  << '\n';
    }
    if (plan.output) {
        if (auto error = plan.output->commit()) {
            std::cerr << "xxgk: " << args.output << ": " << error_text(*error, output.style.lang) << '\n';
            return kExitUnreadable;
        }
    }
    std::cout.flush();
    if (output.step_summary) {
        Outcome outcome{.results = run.results(), .baseline = output.style.baseline, .suppressed = end.suppressed,
                        .stale = end.stale};
        append_step_summary(outcome, output.style);
    }
    if (end.summary.files == 0) {
        const int skipped = end.summary.skipped;
        const Lang lang = output.style.lang;
        std::cerr << "xxgk: "
                  << (skipped == 0   ? say(Msg::cli_no_report, lang)
                      : skipped == 1 ? say(Msg::cli_no_report_skipped_one, lang)
                                     : say(Msg::cli_no_report_skipped, lang, {skipped}))
                  << '\n';
    }
    return run.exit_code();
}

}  // namespace xxgk::cli
