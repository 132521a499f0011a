#pragma once
// The two layers of the DOCX reader, apart so that each can be tested on its own: the zip
// (hostile archives, zip bombs) and WordprocessingML (runs, merges, revisions).
#include <cstddef>
#include <string>
#include <string_view>

#include "xxgk/document.hpp"
#include "xxgk/error.hpp"

namespace xxgk::docx {

// Bigger than any real report's document.xml (those are a few MB at most, styles included).
constexpr std::size_t kMaxEntrySize = std::size_t{64} << 20;

// The inflated bytes of the entry called exactly `name` in the zip archive `zip` (held in
// memory). Refused when its header or its actual inflated data exceeds `limit` bytes.
Result<std::string> read_zip_entry(std::string_view zip, const char* name,
                                   std::size_t limit = kMaxEntrySize);

// word/document.xml to a Document; positions are table/row/cell and paragraph numbers.
Result<Document> parse_document_xml(std::string_view xml);

}  // namespace xxgk::docx
