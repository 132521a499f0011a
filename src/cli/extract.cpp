// `xxgk extract PATH...`: the typed model — one report as JSON, or many as JSON Lines or as
// CSV (one row per cell) for analysis. Files that cannot be read are named on stderr and make
// the exit code 2; every other file is still exported.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ui_lang.hpp"
#include "xxgk/check.hpp"
#include "xxgk/extract.hpp"


namespace xxgk::cli {
namespace {

struct ExtractArgs {
    std::vector<std::string> paths;
    std::string format = "json";
    std::string input_format = "auto";
    std::size_t max_size = kDefaultMaxSize;
    std::size_t max_inflate = kDefaultMaxInflate;
    int max_pages = kDefaultMaxPages;
    ExtractOptions options;  // --wide, --excel
};

void report_error(const std::string& path, const Error& e) {
    std::cerr << path;
    if (e.line > 0) std::cerr << ':' << e.line;
    std::cerr << ": error: " << error_text(e, ui_lang()) << '\n';
}

int run_extract(const ExtractArgs& args) {
    Collected in = collect_inputs(args.paths);
    const ExtractFormat& format = *find_extract_format(args.format);
    if (format.one_report && in.files.size() + in.errors.size() != 1) {
        std::cerr << "xxgk: " << ui(Msg::cli_extract_one, {in.files.size() + in.errors.size()}) << '\n';
        return kExitUsage;
    }
    if (!format.tabular && (args.options.wide || args.options.excel)) {
        std::cerr << "xxgk: " << ui(Msg::cli_extract_wide) << '\n';
        return kExitUsage;
    }
    LoadOptions load;
    load.format = format_from_name(args.input_format);
    load.max_size = args.max_size;
    load.max_inflate = args.max_inflate;
    load.max_pages = args.max_pages;
    bool failed = !in.errors.empty();
    for (const FileResult& e : in.errors) report_error(e.path, Error{e.error->message_en, e.error->pos.line, e.error->message_zh});
    std::unique_ptr<ExtractWriter> writer = format.open(std::cout, args.options);
    for (std::size_t i = 0; i < in.files.size(); ++i) {
        const std::string& path = in.files[i];
        Result<Report> report = load_report(path, load);
        if (!report) {
            // A file found in a folder that is not a report is passed over, as `check` does.
            bool skip = !in.named[i] && report.error().message.starts_with("no report found");
            if (!skip) {
                report_error(path, report.error());
                failed = true;
            }
            continue;
        }
        // --wide counts the errors and warnings of the report's own rules (not the cross-report ones).
        const std::vector<Finding> findings = args.options.wide ? check_report(report.value(), CheckOptions{}).findings : std::vector<Finding>{};
        writer->report(report.value(), path, findings);
    }
    writer->end();
    std::cout.flush();
    return failed ? kExitUnreadable : kExitOk;
}

}  // namespace

void add_input_format_option(CLI::App& app, std::string& target) {
    std::vector<std::string> names = {"auto"};
    for (const FormatSpec* spec : input_formats()) names.emplace_back(spec->name);
    app.add_option("--input-format", target, ui(Msg::help_input_format))
        ->check(CLI::IsMember(names))
        ->capture_default_str();
}

Action setup_extract(CLI::App& app) {
    auto args = std::make_shared<ExtractArgs>();
    app.add_option("PATH", args->paths, ui(Msg::help_extract_paths))->required();
    std::vector<std::string> names;
    for (const ExtractFormat& f : extract_formats()) names.emplace_back(f.name);
    app.add_option("--format", args->format, ui(Msg::help_extract_format))->check(CLI::IsMember(names))->capture_default_str();
    app.add_flag("--wide", args->options.wide,
                 ui(Msg::help_extract_wide));
    app.add_flag("--excel", args->options.excel, ui(Msg::help_extract_excel));
    add_input_format_option(app, args->input_format);
    add_limit_options(app, args->max_size, args->max_inflate, args->max_pages);
    return [args] { return run_extract(*args); };
}

}  // namespace xxgk::cli
