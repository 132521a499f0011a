#pragma once
// The WordprocessingML layer of the DOCX reader: w:body, element by element as libxml2's parser
// meets them, to a Document. xml.cpp gives it the bytes and says what a failure was.
#include <libxml/xmlreader.h>

#include <string_view>

#include "xxgk/document.hpp"

namespace xxgk::docx {

struct BodyWalk {
    enum class End {
        failed,   // the parser stopped on an error, or (read_body) met a DOCTYPE
        no_body,  // read to the end, and there is no w:document/w:body
        body,     // read to the end: `doc` is the body
    } end = End::failed;
    Document doc;
};

// Parses the bytes as xmlCtxtReadMemory does with `options`, its SAX2 events walked as they come
// (no tree is built: building and freeing one was most of a .docx's time).
BodyWalk read_body(std::string_view xml, int options);

// Walks a parsed tree (a reader from xmlReaderWalker) to its end: the same Document as
// read_body gives for the same bytes.
BodyWalk walk_body(xmlTextReaderPtr reader);

}  // namespace xxgk::docx
