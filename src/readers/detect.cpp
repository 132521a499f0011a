// Which reader: from the content first (a zip, markup, pipe tables, TAB-led cells, digit
// runs), the file's extension only where the content does not decide.
#include <algorithm>
#include <array>
#include <cctype>

#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string extension(std::string_view path) {
    std::size_t slash = path.find_last_of('/');
    std::size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
    return lower_ascii(path.substr(dot + 1));
}

// ASCII case-insensitive; `lower_prefix` is in lower case.
bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + 32) : s[i];
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

// Searched at each '<' rather than in a lower-cased copy: this runs on every file.
bool looks_like_html(std::string_view head) {
    for (std::size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1))
        for (std::string_view tag : {"<html", "<!doctype html", "<table", "<body"})
            if (starts_with_ci(head.substr(at), tag)) return true;
    return false;
}

struct LineCounts {
    int pipe_rows = 0;  // lines that start and end with |
    int tab_cells = 0;  // lines that start with a TAB
};

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

// A table-三 row label immediately followed by digits: the tags between cells are gone.
// Scanned by hand: std::regex recurses per character of `\s*`, and a long run of spaces
// after the label would overflow the stack.
bool looks_flat(std::string_view text) {
    constexpr std::string_view label = "本年新收政府信息公开申请数量";
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
        std::size_t i = at + label.size();
        while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
        if (i < text.size() && text[i] >= '0' && text[i] <= '9') return true;
    }
    return false;
}

}  // namespace

std::string_view format_name(InputFormat f) {
    switch (f) {
        case InputFormat::text: return "text";
        case InputFormat::flat: return "flat";
        case InputFormat::markdown: return "markdown";
        case InputFormat::html: return "html";
        case InputFormat::docx: return "docx";
        case InputFormat::pdf: return "pdf";
        default: return "auto";
    }
}

InputFormat format_from_name(std::string_view name, bool* known) {
    static constexpr std::array<InputFormat, 7> all = {
        InputFormat::automatic, InputFormat::text, InputFormat::flat, InputFormat::markdown,
        InputFormat::html,      InputFormat::docx, InputFormat::pdf};
    for (InputFormat f : all) {
        if (format_name(f) == name) {
            if (known) *known = true;
            return f;
        }
    }
    if (known) *known = false;
    return InputFormat::automatic;
}

InputFormat detect_format(std::string_view path, std::string_view bytes) {
    // PDF readers accept the header anywhere in the first kilobyte (junk before it happens).
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::pdf;
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return InputFormat::docx;
    if (looks_like_html(bytes.substr(0, 64 * 1024))) return InputFormat::html;
    return detect_text_format(path, bytes);
}

InputFormat detect_text_format(std::string_view path, std::string_view text) {
    LineCounts lines = count_lines(text);
    if (lines.pipe_rows >= 3 && lines.pipe_rows > lines.tab_cells) return InputFormat::markdown;
    if (lines.tab_cells >= 5) return InputFormat::text;
    if (looks_flat(text)) return InputFormat::flat;
    const std::string ext = extension(path);
    if (ext == "md" || ext == "markdown") return InputFormat::markdown;
    if (ext == "html" || ext == "htm") return InputFormat::html;
    return InputFormat::text;
}

}  // namespace xxgk
