#include "readers/xml_errors.hpp"

#include <libxml/xmlerror.h>

#include <cstdarg>
#include <cstdio>

namespace xxgk {
namespace {

// The generic handler receives printf fragments of a message; a line ends a message.
extern "C" void collect_generic(void* ctx, const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    static_cast<XmlErrors*>(ctx)->add(buffer);
}

extern "C" void collect_structured(void* ctx, xmlErrorPtr error) {
    if (error && error->message) static_cast<XmlErrors*>(ctx)->add(std::string(error->message) + "\n");
}

}  // namespace

XmlErrors::XmlErrors() {
    xmlSetGenericErrorFunc(this, collect_generic);
    xmlSetStructuredErrorFunc(this, collect_structured);
}

XmlErrors::~XmlErrors() {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetGenericErrorFunc(nullptr, nullptr);  // back to libxml2's default
}

void XmlErrors::add(std::string text) {
    pending_ += text;
    std::size_t end;
    while ((end = pending_.find('\n')) != std::string::npos) {
        std::string line = pending_.substr(0, end);
        pending_.erase(0, end + 1);
        // "encoding error : input conversion failed…": the category and its spaced colon.
        if (const std::size_t colon = line.find(" : "); colon != std::string::npos && colon < 20)
            line = line.substr(0, colon) + ": " + line.substr(colon + 3);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (!line.empty() && messages_.size() < 20) messages_.push_back(std::move(line));
    }
}

}  // namespace xxgk
