#pragma once
// libxml2 reports some errors (a failed encoding conversion, an I/O error) through its
// per-thread error handlers, which print to stderr unless told otherwise. XmlErrors catches
// them for the length of one parse, so they reach the file's finding instead of the terminal,
// attributed, whatever thread parses.
#include <string>
#include <vector>

namespace xxgk {

class XmlErrors {
public:
    XmlErrors();   // from here on, this thread's libxml2 messages are collected
    ~XmlErrors();  // libxml2's handlers as they were
    XmlErrors(const XmlErrors&) = delete;
    XmlErrors& operator=(const XmlErrors&) = delete;

    // The messages, one line each, without libxml2's "encoding error : " prefixes' spacing.
    const std::vector<std::string>& messages() const { return messages_; }
    // The first message, or "" when there was none.
    std::string first() const { return messages_.empty() ? std::string() : messages_.front(); }

    void add(std::string text);  // for the handlers

private:
    std::vector<std::string> messages_;
    std::string pending_;  // the generic handler's fragments until a newline
};

}  // namespace xxgk
