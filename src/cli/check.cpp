// `xxgk check PATH...`: every file is checked, results in input order, then the exit code.
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "xxgk/check.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::cli {
namespace {

struct CheckArgs {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string lang = "zh";
    std::string color = "auto";
    std::string blank = "zero";
    std::string fail_on = "error";
    std::size_t max_size = kDefaultMaxSize;
    std::string input_format = "auto";
};

// "1048576", "512K", "64M", "1G" (binary multiples) → bytes, written back as digits.
std::string parse_size(std::string& text) {
    std::string digits = text;
    std::size_t multiplier = 1;
    if (!digits.empty() && std::isalpha(static_cast<unsigned char>(digits.back()))) {
        switch (std::toupper(static_cast<unsigned char>(digits.back()))) {
            case 'K': multiplier = std::size_t{1} << 10; break;
            case 'M': multiplier = std::size_t{1} << 20; break;
            case 'G': multiplier = std::size_t{1} << 30; break;
            default: return "'" + text + "' is not a size (BYTES, or a number with K, M or G)";
        }
        digits.pop_back();
    }
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) {
        return "'" + text + "' is not a size (BYTES, or a number with K, M or G)";
    }
    std::size_t value = 0;
    constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
    for (char c : digits) {
        std::size_t d = static_cast<std::size_t>(c - '0');
        if (value > (kMax - d) / 10) return "'" + text + "' is too large";
        value = value * 10 + d;
    }
    if (value > kMax / multiplier) return "'" + text + "' is too large";
    if (value == 0) return "the size limit must be at least 1 byte";
    text = std::to_string(value * multiplier);
    return "";
}

Severity threshold(const std::string& fail_on) {
    if (fail_on == "note") return Severity::note;
    if (fail_on == "warning") return Severity::warning;
    return Severity::error;
}

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // https://no-color.org: set and non-empty disables color.
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// Collected files and errors merged back into input order, each file checked.
std::vector<FileResult> check_all(const Collected& in, const LoadOptions& load,
                                  const CheckOptions& check) {
    std::vector<FileResult> results;
    std::size_t next_file = 0, next_error = 0;
    std::size_t total = in.files.size() + in.errors.size();
    for (std::size_t k = 0; k < total; ++k) {
        if (next_error < in.errors.size() && in.error_at[next_error] == k) {
            results.push_back(in.errors[next_error++]);
        } else if (next_file < in.files.size()) {
            results.push_back(check_file(in.files[next_file], load, check, in.named[next_file]));
            ++next_file;
        }
    }
    return results;
}

int exit_code(const std::vector<FileResult>& results, const std::string& fail_on) {
    bool unreadable = false, failing = false;
    for (const FileResult& r : results) {
        unreadable = unreadable || r.status == FileResult::Status::error;
        for (const Finding& f : r.findings) {
            failing = failing || (fail_on != "never" && f.severity >= threshold(fail_on));
        }
    }
    return unreadable ? kExitUnreadable : failing ? kExitFindings : kExitOk;
}

int run_check(const CheckArgs& args) {
    LoadOptions load;
    load.max_size = args.max_size;
    load.format = format_from_name(args.input_format);
    CheckOptions check;
    check.blank = args.blank == "unknown" ? BlankPolicy::unknown : BlankPolicy::zero;
    std::vector<FileResult> results = check_all(collect_inputs(args.paths), load, check);

    ReportStyle style;
    style.lang = args.lang;
    if (args.format == "json") {
        write_json(std::cout, results, style);
    } else {
        style.color = use_color(args.color);
        write_text(std::cout, results, style);
    }
    std::cout.flush();
    return exit_code(results, args.fail_on);
}

}  // namespace

Run setup_check(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    app.add_option("PATH", args->paths, "Report files or directories (walked for *.txt); - reads stdin")
        ->required();
    app.add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    app.add_option("--lang", args->lang, "Language of the messages")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    app.add_option("--color", args->color, "Colors: auto = on a terminal unless NO_COLOR is set")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_option("--blank", args->blank, "Blank cells in identities: read as 0, or not checkable")
        ->check(CLI::IsMember({"zero", "unknown"}))
        ->capture_default_str();
    app.add_option("--max-size", args->max_size, "Largest file to read, in bytes or with K/M/G")
        ->transform(CLI::Validator(parse_size, "", "size"))
        ->type_name("BYTES[K|M|G]")
        ->capture_default_str();
    add_input_format_option(app, args->input_format);
    app.add_option("--fail-on", args->fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "note", "never"}))
        ->capture_default_str();
    return [args] { return run_check(*args); };
}

}  // namespace xxgk::cli
