// Which reader: from the content first, in the formats' sniff order (a zip, markup, pipe
// tables, TAB-led cells, digit runs), the file's extension only where the content does not
// decide, and plain text when nothing does.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "readers/sniff.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

LineCounts count_lines(std::string_view text) {
    LineCounts c;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.front() == '\t') ++c.tab_cells;
        std::size_t a = line.find_first_not_of(" \r");
        std::size_t b = line.find_last_not_of(" \r");
        // A pipe row starts with |; OCR output sometimes drops the closing one.
        if (a != std::string_view::npos && line[a] == '|' && b > a && line.find('|', a + 1) != std::string_view::npos)
            ++c.pipe_rows;
    }
    return c;
}

// The formats that sniff, in their order.
std::vector<const FormatSpec*> sniffers() {
    std::vector<const FormatSpec*> out;
    for (const FormatSpec* spec : input_formats())
        if (spec->sniff && spec->sniff_order > 0) out.push_back(spec);
    std::stable_sort(out.begin(), out.end(),
                     [](const FormatSpec* a, const FormatSpec* b) { return a->sniff_order < b->sniff_order; });
    return out;
}

InputFormat detect(const Content& content, bool raw_bytes) {
    static const std::vector<const FormatSpec*> order = sniffers();
    if (raw_bytes)
        for (const FormatSpec* spec : order)
            if (spec->on_bytes && spec->sniff(content)) return spec->format;
    for (const FormatSpec* spec : order)
        if (!spec->on_bytes && spec->sniff(content)) return spec->format;
    // The extension is a hint for the text formats only: a binary format is its magic bytes.
    const std::string ext = content.extension();
    for (const FormatSpec* spec : input_formats())
        if (!spec->binary && std::ranges::find(spec->extensions, ext) != spec->extensions.end()) return spec->format;
    return InputFormat::text;
}

}  // namespace

const LineCounts& Content::lines() const {
    if (!lines_) lines_ = count_lines(data);
    return *lines_;
}

std::string Content::extension() const {
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + 32) : s[i];
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

InputFormat detect_format(std::string_view path, std::string_view bytes) {
    return detect(Content(path, bytes), true);
}

InputFormat detect_text_format(std::string_view path, std::string_view text) {
    return detect(Content(path, text), false);
}

bool is_report_file(std::string_view path) {
    // As the file system names extensions: a dot file (".txt") has none.
    std::string ext = std::filesystem::path(path).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext.empty()) return false;
    for (const FormatSpec* spec : input_formats())
        if (std::ranges::find(spec->extensions, ext) != spec->extensions.end()) return true;
    return false;
}

}  // namespace xxgk
