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
#include "xxgk/batch.hpp"
#include "xxgk/check.hpp"
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
        std::cerr << (en_ ? fmt::format("\r{}/{} files, {} findings, {:.0f} files/s ", done, total_, findings, rate)
                          : fmt::format("\r已检查 {}/{} 个文件，问题 {} 处，每秒 {:.0f} 个 ", done, total_, findings, rate))
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
    CheckPlan plan;
    if (int stop = plan_check(args, plan); stop != kExitOk) return stop;
    // Walked before anything is read or written: an output that is one of the inputs stops the
    // run with nothing written.
    const Collected in = collect_inputs(args.paths, args.exclude);
    if (auto clobber = find_clobber({args.output, args.write_baseline}, in, {args.baseline, args.issuer_map})) {
        if (args.lang == "en")
            std::cerr << "xxgk: the output " << terminal_safe(clobber->output) << " is the input "
                      << terminal_safe(clobber->input) << ": refusing to overwrite it (choose another output path)\n";
        else
            std::cerr << "xxgk: 输出文件 " << terminal_safe(clobber->output) << " 就是要读取的文件 "
                      << terminal_safe(clobber->input) << "：拒绝覆盖（请换一个输出路径）\n";
        return kExitUsage;
    }
    if (int stop = open_side_files(args, plan); stop != kExitOk) return stop;
    std::optional<IssuerMap> issuers;
    if (!args.issuer_map.empty()) {
        Result<IssuerMap> map = read_issuer_map(args.issuer_map);
        if (!map) {
            std::cerr << args.issuer_map << (map.error().line ? ":" + std::to_string(map.error().line) : "")
                      << ": error: " << map.error().message << '\n';
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
                      << ": error: " << (args.lang == "en" || e.message_zh.empty() ? e.message : e.message_zh) << '\n';
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
    app.add_option("PATH", args->paths, "Report files or directories (walked for .txt .html .docx .md); - reads stdin")
        ->required();
    std::vector<std::string> formats;
    for (const Reporter& r : reporter_registry()) formats.emplace_back(r.name);
    app.add_option("--format", args->format,
                   "Output format; default: $XXGK_FORMAT, else text (plus annotations when "
                   "GITHUB_ACTIONS=true)")
        ->check(CLI::IsMember(formats));
    app.add_option("--output,-o", args->output, "Write the output to FILE (whole or not at all)")
        ->type_name("FILE");
    app.add_option("--lang", args->lang, "Language of the messages")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    app.add_option("--color", args->color, "Colors: auto = on a terminal unless NO_COLOR is set")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_option("--blank", args->blank, "Blank cells in identities: read as 0, or not checkable")
        ->check(CLI::IsMember({"zero", "unknown"}))
        ->capture_default_str();
    add_limit_options(app, args->max_size, args->max_inflate, args->max_pages);
    add_input_format_option(app, args->input_format);
    app.add_option("--fail-on", args->fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "note", "never"}))
        ->capture_default_str();
    app.add_option("--severity", args->severity,
                   "Lowest severity shown (the summary still counts the rest; --fail-on is apart)")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->capture_default_str();
    app.add_flag("--quiet,-q", args->quiet, "Show only the errors and the summary line");
    app.add_flag("--verbose", args->verbose, "List the cells of a note about many cells (blanks, cells not verified)");
    app.add_option("--select", args->select, "Report only these rules (names or codes, comma-separated)")
        ->delimiter(',')
        ->type_name("RULE,...");
    app.add_option("--ignore", args->ignore, "Do not report these rules (names or codes, comma-separated)")
        ->delimiter(',')
        ->type_name("RULE,...");
    app.add_option("--baseline", args->baseline,
                   "Report only findings not in this baseline; list its entries that no longer occur")
        ->type_name("FILE");
    app.add_option("--write-baseline", args->write_baseline,
                   "Record the current findings in FILE and exit 0 (2 if a file could not be read)")
        ->type_name("FILE");
    app.add_option("--jobs,-j", args->jobs, "Files checked at once; 0 = all cores")->capture_default_str();
    app.add_option("--exclude", args->exclude, "Leave out files found in folders that match GLOB")
        ->type_name("GLOB");
    app.add_option("--issuer-map", args->issuer_map,
                   "CSV `path,issuer[,year]` for files whose title names no issuer or year")
        ->type_name("FILE");
    app.add_option("--expect", args->expect,
                   "CSV `issuer,year[,parent][,aggregate]` of the reports expected: who is missing, who is "
                   "not on the list, whether aggregates are the sums of their children")
        ->type_name("FILE");
    app.add_flag("--cross", args->cross,
                 "Also compare the reports with each other (carry-over between years, copies, "
                 "two reports for one issuer and year)");
    app.add_option("--progress", args->progress, "Progress line on stderr: auto = on a terminal")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    return [args] { return run_check(*args); };
}

}  // namespace xxgk::cli
