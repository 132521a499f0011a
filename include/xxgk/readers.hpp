#pragma once
// Readers turn an input into a Document. They know markup, not reports (the flattened-text
// reader is the exception: cell boundaries are gone, and only the template can restore them).
#include <cstddef>
#include <string>
#include <string_view>

#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/source.hpp"

namespace xxgk {

enum class InputFormat { automatic, text, flat, markdown, html, docx, pdf };

// "auto", "text", "flat", "markdown", "html", "docx", "pdf".
std::string_view format_name(InputFormat f);
// The inverse of format_name; automatic for an unknown name.
InputFormat format_from_name(std::string_view name, bool* known = nullptr);

// What the raw bytes are, from their content, with the file's extension as a hint when the
// content does not decide: pdf (%PDF-), docx (a zip), html, markdown (pipe tables), text (TAB-led cells),
// flat (table rows as digit runs).
InputFormat detect_format(std::string_view path, std::string_view bytes);
// The same for text already decoded (detect_format's second half).
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
// Bigger than any real report's word/document.xml (a few MB at most, styles included); a
// zip bomb states a small size and inflates to gigabytes.
inline constexpr std::size_t kDefaultMaxInflate = std::size_t{64} << 20;

// A .docx (zip) file's bytes; positions are table/row/cell and paragraph numbers. Refused
// when word/document.xml inflates to more than `max_inflate` bytes.
Result<Document> read_docx(const std::string& bytes, std::size_t max_inflate = kDefaultMaxInflate);

// Whether this build reads PDF (CMake option XXGK_PDF: poppler, GPL-2.0-or-later).
bool pdf_supported();

// A PDF has at most this many pages by default (--max-pages): a real report has a few dozen.
inline constexpr int kDefaultMaxPages = 500;

struct PdfOptions {
    int max_pages = kDefaultMaxPages;
};

// A PDF's text layer, with tables rebuilt from their ruling lines; positions are pages and
// boxes. Errors (in English and Chinese) for a PDF that has no text layer (scanned), needs a
// password, is damaged, has more than max_pages pages, or when built without PDF support.
Result<Document> read_pdf(const std::string& bytes, const PdfOptions& options = {});

}  // namespace xxgk
