// HTML: a tag that only HTML has, near the start of the raw bytes.
#include "readers/sniff.hpp"

namespace xxgk {
namespace {

constexpr std::string_view kExtensions[] = {"html", "htm"};

// Searched at each '<' rather than in a lower-cased copy: this runs on every file.
bool sniff(const Content& c) {
    const std::string_view head = c.data.substr(0, 64 * 1024);
    for (std::size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1))
        for (std::string_view tag : {"<html", "<!doctype html", "<table", "<body"})
            if (starts_with_ci(head.substr(at), tag)) return true;
    return false;
}

Result<Document> read(const ReaderInput& in) { return read_html(*in.text); }

}  // namespace

extern const FormatSpec kHtmlFormat = {
    .format = InputFormat::html, .name = "html", .extensions = kExtensions,
    .sniff_order = 2, .on_bytes = true, .sniff = sniff, .declared_charset = sniff_html_charset, .read = read};

}  // namespace xxgk
