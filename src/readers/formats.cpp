// The input formats: one line each, in the order --help lists them. Each format's entry
// (name, extensions, sniff, reader) is defined in its own folder, src/readers/<format>/.
#include "xxgk/readers.hpp"

namespace xxgk {

extern const FormatSpec kTextFormat, kFlatFormat, kMarkdownFormat, kHtmlFormat, kDocxFormat, kPdfFormat;

namespace {

constexpr const FormatSpec* kFormats[] = {
    &kTextFormat,
    &kFlatFormat,
    &kMarkdownFormat,
    &kHtmlFormat,
    &kDocxFormat,
    &kPdfFormat,
};

}  // namespace

std::span<const FormatSpec* const> input_formats() { return kFormats; }

const FormatSpec& format_spec(InputFormat f) {
    for (const FormatSpec* spec : kFormats)
        if (spec->format == f) return *spec;
    return kTextFormat;  // automatic: callers detect first
}

std::string_view format_name(InputFormat f) {
    if (f == InputFormat::automatic) return "auto";
    return format_spec(f).name;
}

InputFormat format_from_name(std::string_view name, bool* known) {
    if (known) *known = true;
    if (name == "auto") return InputFormat::automatic;
    for (const FormatSpec* spec : kFormats)
        if (spec->name == name) return spec->format;
    if (known) *known = false;
    return InputFormat::automatic;
}

}  // namespace xxgk
