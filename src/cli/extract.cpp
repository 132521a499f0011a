// `xxgk extract FILE`: the typed model as JSON, for other tools and for debugging the model.
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "xxgk/check.hpp"
#include "xxgk/extract.hpp"

namespace xxgk::cli {
namespace {

struct ExtractArgs {
    std::string file;
    std::string format = "json";
    std::string input_format = "auto";
};

int run_extract(const ExtractArgs& args) {
    LoadOptions load;
    load.format = format_from_name(args.input_format);
    Result<Report> report = load_report(args.file, load);
    if (!report) {
        const Error& e = report.error();
        std::cerr << args.file;
        if (e.line > 0) std::cerr << ':' << e.line;
        std::cerr << ": error: " << e.message << '\n';
        return kExitUnreadable;
    }
    // Labels come from the user's file: a stray byte is replaced rather than aborting.
    std::cout << report_to_json(report.value()).dump(2, ' ', false,
                                                     nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    return kExitOk;
}

}  // namespace

void add_input_format_option(CLI::App& app, std::string& target) {
    app.add_option("--input-format", target, "Input format; auto = sniffed from the content")
        ->check(CLI::IsMember({"auto", "text", "flat", "markdown", "html", "docx"}))
        ->capture_default_str();
}

Run setup_extract(CLI::App& app) {
    auto args = std::make_shared<ExtractArgs>();
    app.add_option("FILE", args->file, "Report file; - reads stdin")->required();
    app.add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"json"}))
        ->capture_default_str();
    add_input_format_option(app, args->input_format);
    return [args] { return run_extract(*args); };
}

}  // namespace xxgk::cli
