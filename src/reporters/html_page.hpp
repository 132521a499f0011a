#pragma once
// What the parts of the HTML page share: escaping, the two languages, and the frame of the page
// (head with its style sheet, the script at the end). The page is written so that both an HTML
// parser and an XML parser read it without an error: every element closed, every attribute
// quoted and given a value, the style and the script in CDATA sections that HTML reads as
// comments.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/finding.hpp"
#include "xxgk/lang.hpp"
#include "xxgk/result.hpp"

namespace xxgk::detail::html {

// Text from a report or a file name, for element content and for attribute values: control
// characters, invalid bytes and bidirectional overrides shown as escapes, as the text output
// shows them, then escaped for HTML.
std::string text(std::string_view s);
std::string attr(std::string_view s);

inline std::string_view pick(Lang lang, std::string_view zh, std::string_view en) {
    return lang == Lang::en ? en : zh;
}

// "error", "warning", "note", as the text output prints them.
std::string_view severity_class(Severity s);
// 无问题 / clean, 有问题 / findings, 无法读取 / unreadable, 已跳过 / skipped.
std::string_view status_word(FileResult::Status s, Lang lang);

// A file's findings by severity, as the index and its section count them.
struct Counts {
    int errors = 0, warnings = 0, notes = 0;
    void add(const std::vector<Finding>& findings);
    Severity highest() const;
};
// "错误 2，警告 0，提示 1" / "2 errors, 0 warnings, 1 note".
std::string counts_text(const Counts& c, Lang lang);

// <!DOCTYPE html> to the opening of the page's container; the legend of the marks.
void write_head(std::ostream& out, Lang lang);
// The script (sorting and filtering the index) and the closing tags.
void write_foot(std::ostream& out);

}  // namespace xxgk::detail::html
