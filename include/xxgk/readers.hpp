#pragma once
// Readers turn an input into a Document. They know markup, not reports (the flattened-text
// reader is the exception: cell boundaries are gone, and only the template can restore them).
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/source.hpp"

namespace xxgk {

enum class InputFormat { automatic, text, flat, markdown, html, docx, pdf };

// Bigger than any real report's word/document.xml (a few MB at most, styles included); a
// zip bomb states a small size and inflates to gigabytes.
inline constexpr std::size_t kDefaultMaxInflate = std::size_t{64} << 20;

// A PDF has at most this many pages by default (--max-pages): a real report has a few dozen.
inline constexpr int kDefaultMaxPages = 500;

struct ReadLimits {
    std::size_t max_inflate = kDefaultMaxInflate;  // a .docx's word/document.xml, inflated
    int max_pages = kDefaultMaxPages;              // a PDF's pages
};

// What a reader is given: the bytes as read, and for text formats the text they decode to.
struct ReaderInput {
    std::string_view path;
    std::string_view bytes;
    const SourceText* text = nullptr;  // null for binary formats
    ReadLimits limits;
};

// The content being sniffed (src/readers/sniff.hpp).
class Content;

// One input format: adding a format is a folder under src/readers/ and one entry of the table.
struct FormatSpec {
    InputFormat format;
    std::string_view name;                         // --input-format, extract's "format"
    std::span<const std::string_view> extensions;  // walked folders pick files by them (lower case)
    bool binary = false;                           // read from the bytes, not from decoded text
    std::string_view encoding;                     // what a binary format reports as its encoding
    // From the content, in ascending `sniff_order` (0: never sniffed); `on_bytes` sniffs run on
    // the raw bytes before any text sniff, so text decoded already skips them.
    int sniff_order = 0;
    bool on_bytes = false;
    bool (*sniff)(const Content& content) = nullptr;
    // The charset the bytes declare (HTML's <meta charset>), or empty; null when none can.
    std::string (*declared_charset)(std::string_view bytes) = nullptr;
    Result<Document> (*read)(const ReaderInput& input) = nullptr;
};

// Every input format, in the order --help lists them.
std::span<const FormatSpec* const> input_formats();
const FormatSpec& format_spec(InputFormat f);  // f != automatic
// "auto", "text", "flat", "markdown", "html", "docx", "pdf".
std::string_view format_name(InputFormat f);
// The inverse of format_name; automatic for an unknown name.
InputFormat format_from_name(std::string_view name, bool* known = nullptr);
// Whether a file found in a folder is one to check, by its extension.
bool is_report_file(std::string_view path);

// What the raw bytes are, from their content, with the file's extension as a hint when the
// content does not decide: pdf (%PDF-), docx (a zip), html, markdown (pipe tables), text (TAB-led cells),
// flat (table rows as digit runs).
InputFormat detect_format(std::string_view path, std::string_view bytes);
// The same for text already decoded (detect_format without the sniffs of raw bytes).
InputFormat detect_text_format(std::string_view path, std::string_view text);

// The charset an HTML document declares in <meta charset> or <meta http-equiv> (lower
// case), or empty.
std::string sniff_html_charset(std::string_view bytes);

// Initialises the parsing libraries once, before readers run on several threads.
void init_readers();

// Plain text in the one-cell-per-line layout: table rows are blank-line separated blocks of
// TAB-led lines; a line without TAB right after a cell line continues that cell.
Result<Document> read_plain_text(const SourceText& source);
// Text whose tags were stripped with no separator: table rows as runs of digits.
Result<Document> read_flat_text(const SourceText& source);
// Markdown / pipe tables, OCR output included.
Result<Document> read_markdown(const SourceText& source);
// HTML as published (Word-exported markup included), via libxml2's HTML parser.
Result<Document> read_html(const SourceText& source);
// A .docx (zip) file's bytes; positions are table/row/cell and paragraph numbers. Refused
// when word/document.xml inflates to more than `max_inflate` bytes.
Result<Document> read_docx(std::string_view bytes, std::size_t max_inflate = kDefaultMaxInflate);

// Whether this build reads PDF (CMake option XXGK_PDF: poppler, GPL-2.0-or-later).
bool pdf_supported();
// Built with PDF support, the reader is a module, xxgk-pdf.so, loaded on the first PDF (next to
// the binary, or in the install layout's <libdir>/xxgk/). When it is in neither place, where it
// was looked for; else (or linked in, or not built) empty. Looks only: loads nothing.
std::string pdf_module_missing();

struct PdfOptions {
    int max_pages = kDefaultMaxPages;
};

// A PDF's text layer, with tables rebuilt from their ruling lines; positions are pages and
// boxes. Errors (in English and Chinese) for a PDF that has no text layer (scanned), needs a
// password, is damaged, has more than max_pages pages, or when built without PDF support.
Result<Document> read_pdf(std::string_view bytes, const PdfOptions& options = {});

}  // namespace xxgk
