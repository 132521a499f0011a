#pragma once
// The two layers of the DOCX reader, apart so that each can be tested on its own: the zip
// (hostile archives, zip bombs) and WordprocessingML (runs, merges, revisions).
#include <cstddef>
#include <string>
#include <string_view>

#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/readers.hpp"

namespace xxgk::docx {

// The inflated bytes of the entry called exactly `name` in the zip archive `zip` (held in
// memory). Refused when its header or its actual inflated data exceeds `limit` bytes.
Result<std::string> read_zip_entry(std::string_view zip, const char* name,
                                   std::size_t limit = kDefaultMaxInflate);

// word/document.xml to a Document; positions are table/row/cell and paragraph numbers.
Result<Document> parse_document_xml(std::string_view xml);

}  // namespace xxgk::docx
