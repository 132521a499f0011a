#pragma once
// The WordprocessingML layer of the DOCX reader: w:body, node by node from libxml2's
// streaming reader, to a Document. xml.cpp gives it the reader and says what a failure was.
#include <libxml/xmlreader.h>

#include "xxgk/document.hpp"

namespace xxgk::docx {

struct BodyWalk {
    enum class End {
        failed,   // the reader stopped on an error: `doc` is a part of the file, to be dropped
        no_body,  // read to the end, and there is no w:document/w:body
        body,     // read to the end: `doc` is the body
    } end = End::failed;
    Document doc;
};

// Reads `reader` to its end: a reader over the bytes (xmlReaderForMemory) or over a parsed
// tree (xmlReaderWalker) gives the same Document.
BodyWalk walk_body(xmlTextReaderPtr reader);

}  // namespace xxgk::docx
