// `xxgk check PATH...`: the options, then the library checks every file and runs the check;
// check_output.cpp picks the outputs.
#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "check_args.hpp"
#include "commands.hpp"
#include "ui_lang.hpp"
#include "xxgk/batch.hpp"
#include "xxgk/check.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::cli {
namespace {

// A progress line on stderr for runs longer than a moment, on a terminal only (never in pipes
// or CI logs unless asked): files done / total, findings so far, rate.
class Progress {
public:
    Progress(const std::string& mode, std::size_t total, const std::string& lang)
        : on_(mode == "always" || (mode == "auto" && isatty(STDERR_FILENO))), total_(total), en_(lang == "en") {}
    void update(std::size_t done, std::size_t findings) {
        if (!on_) return;
        auto now = Clock::now();
        if (now - start_ < std::chrono::milliseconds(500) || now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        double secs = std::chrono::duration<double>(now - start_).count();
        const double rate = done / secs;
        std::cerr << '\r'
                  << say(Msg::cli_progress, en_ ? Lang::en : Lang::zh, {done, total_, findings, fmt::format("{:.0f}", rate)})
                  << std::flush;
        shown_ = true;
    }
    ~Progress() {
        if (shown_) std::cerr << "\r\033[K" << std::flush;  // leave the terminal clean
    }

private:
    using Clock = std::chrono::steady_clock;
    bool on_, shown_ = false;
    std::size_t total_;
    bool en_;
    Clock::time_point start_ = Clock::now(), last_ = start_;
};

int run_check(const CheckArgs& args) {
    const Lang lang = lang_from_name(args.lang).value_or(Lang::zh);
    CheckPlan plan;
    if (int stop = plan_check(args, plan); stop != kExitOk) return stop;
    // Walked before anything is read or written: an output that is one of the inputs stops the
    // run with nothing written.
    const Collected in = collect_inputs(args.paths, args.exclude);
    if (auto clobber = find_clobber({args.output, args.write_baseline}, in, {args.baseline, args.issuer_map})) {
        std::cerr << "xxgk: "
                  << say(Msg::cli_clobber, lang, {terminal_safe(clobber->output), terminal_safe(clobber->input)})
                  << '\n';
        return kExitUsage;
    }
    if (int stop = open_side_files(args, plan); stop != kExitOk) return stop;
    std::optional<IssuerMap> issuers;
    if (!args.issuer_map.empty()) {
        Result<IssuerMap> map = read_issuer_map(args.issuer_map);
        if (!map) {
            std::cerr << args.issuer_map << (map.error().line ? ":" + std::to_string(map.error().line) : "")
                      << ": error: " << error_text(map.error(), lang) << '\n';
            return kExitUnreadable;
        }
        issuers = std::move(map.value());
    }
    std::optional<ExpectedReports> expected;
    if (!args.expect.empty()) {
        Result<ExpectedReports> list = read_expected_reports(args.expect);
        if (!list) {
            const Error& e = list.error();
            std::cerr << args.expect << (e.line ? ":" + std::to_string(e.line) : "")
                      << ": error: " << error_text(e, lang) << '\n';
            return kExitUnreadable;
        }
        expected = std::move(list.value());
    }
    BatchOptions batch;
    batch.load.max_size = args.max_size;
    batch.load.max_inflate = args.max_inflate;
    batch.load.max_pages = args.max_pages;
    batch.load.format = format_from_name(args.input_format);
    batch.check.blank = args.blank == "unknown" ? BlankPolicy::unknown : BlankPolicy::zero;
    batch.check.rules = plan.filter;
    batch.jobs = args.jobs;
    batch.issuers = issuers ? &*issuers : nullptr;
    batch.cross = args.cross;
    batch.expected = expected ? &*expected : nullptr;

    Progress progress(args.progress, in.files.size() + in.errors.size(), args.lang);
    CheckOutput output = open_output(args, plan);
    batch.load.keep_report = output.needs_report;
    RunOptions options;
    options.fail_on = output.style.fail_on;
    // --quiet shows errors only, whatever --severity says.
    options.show = args.quiet ? Severity::error : severity_from_name(args.severity).value_or(Severity::note);
    options.baseline = plan.baseline ? &*plan.baseline : nullptr;
    options.write_baseline = !args.write_baseline.empty();
    options.cross = args.cross || expected;  // findings about the run come at its end
    options.keep_results = output.step_summary;
    Run run(options, output.writers());
    std::size_t done = 0, findings = 0;
    BatchEnd end = check_batch(in, batch, [&](std::size_t index, FileResult&& r) {
        findings += r.findings.size();
        run.add(index, std::move(r));
        progress.update(++done, findings);
    });
    return finish_check(args, plan, output, run, std::move(end));
}

}  // namespace

Action setup_check(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    args->lang = lang_name(ui_lang());  // `xxgk --lang en check` as `xxgk check --lang en`
    app.add_option("PATH", args->paths, ui(Msg::help_check_paths))
        ->required();
    std::vector<std::string> formats;
    for (const Reporter& r : reporter_registry()) formats.emplace_back(r.name);
    app.add_option("--format", args->format,
                   ui(Msg::help_check_format))
        ->check(CLI::IsMember(formats));
    app.add_option("--output,-o", args->output, ui(Msg::help_check_output))
        ->type_name("FILE");
    app.add_option("--lang", args->lang, ui(Msg::help_lang))
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    app.add_option("--color", args->color, ui(Msg::help_check_color))
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_option("--blank", args->blank, ui(Msg::help_check_blank))
        ->check(CLI::IsMember({"zero", "unknown"}))
        ->capture_default_str();
    add_limit_options(app, args->max_size, args->max_inflate, args->max_pages);
    add_input_format_option(app, args->input_format);
    app.add_option("--fail-on", args->fail_on, ui(Msg::help_check_fail_on))
        ->check(CLI::IsMember({"error", "warning", "note", "never"}))
        ->capture_default_str();
    app.add_option("--severity", args->severity,
                   ui(Msg::help_check_severity))
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->capture_default_str();
    app.add_flag("--quiet,-q", args->quiet, ui(Msg::help_check_quiet));
    app.add_flag("--verbose", args->verbose, ui(Msg::help_check_verbose));
    app.add_option("--select", args->select, ui(Msg::help_check_select))
        ->delimiter(',')
        ->type_name("RULE,...");
    app.add_option("--ignore", args->ignore, ui(Msg::help_check_ignore))
        ->delimiter(',')
        ->type_name("RULE,...");
    app.add_option("--baseline", args->baseline,
                   ui(Msg::help_check_baseline))
        ->type_name("FILE");
    app.add_option("--write-baseline", args->write_baseline,
                   ui(Msg::help_check_write_baseline))
        ->type_name("FILE");
    app.add_option("--jobs,-j", args->jobs, ui(Msg::help_check_jobs))->capture_default_str();
    app.add_option("--exclude", args->exclude, ui(Msg::help_check_exclude))
        ->type_name("GLOB");
    app.add_option("--issuer-map", args->issuer_map,
                   ui(Msg::help_check_issuer_map))
        ->type_name("FILE");
    app.add_option("--expect", args->expect,
                   ui(Msg::help_check_expect))
        ->type_name("FILE");
    app.add_flag("--cross", args->cross,
                 ui(Msg::help_check_cross));
    app.add_option("--progress", args->progress, ui(Msg::help_check_progress))
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    return [args] { return run_check(*args); };
}

}  // namespace xxgk::cli
