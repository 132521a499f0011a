// The input limits as options of check and extract: --max-size, --max-inflate, --max-pages.
#include <cctype>
#include <limits>
#include <string>

#include "commands.hpp"
#include "ui_lang.hpp"

namespace xxgk::cli {
namespace {

// "1048576", "512K", "64M", "1G" (binary multiples) → bytes, written back as digits.
std::string parse_size(std::string& text) {
    std::string digits = text;
    std::size_t multiplier = 1;
    if (!digits.empty() && std::isalpha(static_cast<unsigned char>(digits.back()))) {
        switch (std::toupper(static_cast<unsigned char>(digits.back()))) {
            case 'K': multiplier = std::size_t{1} << 10; break;
            case 'M': multiplier = std::size_t{1} << 20; break;
            case 'G': multiplier = std::size_t{1} << 30; break;
            default: return ui(Msg::usage_size, {text});
        }
        digits.pop_back();
    }
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) {
        return ui(Msg::usage_size, {text});
    }
    std::size_t value = 0;
    constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
    for (char c : digits) {
        std::size_t d = static_cast<std::size_t>(c - '0');
        if (value > (kMax - d) / 10) return ui(Msg::usage_size_too_large, {text});
        value = value * 10 + d;
    }
    if (value > kMax / multiplier) return ui(Msg::usage_size_too_large, {text});
    if (value == 0) return ui(Msg::usage_size_zero);
    text = std::to_string(value * multiplier);
    return "";
}

// The default as a user would type it ("64M"), for --help.
std::string size_name(std::size_t bytes) {
    for (const char* unit : {"G", "M", "K"}) {
        const std::size_t scale = std::size_t{1} << (*unit == 'G' ? 30 : *unit == 'M' ? 20 : 10);
        if (bytes % scale == 0) return std::to_string(bytes / scale) + unit;
    }
    return std::to_string(bytes);
}

void add_size_option(CLI::App& app, const char* name, std::size_t& target, const std::string& help) {
    app.add_option(name, target, help)
        ->transform(CLI::Validator(parse_size, "", "size"))
        ->type_name("BYTES[K|M|G]")
        ->default_str(size_name(target));
}

}  // namespace

void add_limit_options(CLI::App& app, std::size_t& max_size, std::size_t& max_inflate, int& max_pages) {
    add_size_option(app, "--max-size", max_size, ui(Msg::help_max_size));
    add_size_option(app, "--max-inflate", max_inflate, ui(Msg::help_max_inflate));
    app.add_option("--max-pages", max_pages, ui(Msg::help_max_pages))
        ->check(CLI::Range(1, 1000000))
        ->default_str(std::to_string(max_pages));
}

}  // namespace xxgk::cli
