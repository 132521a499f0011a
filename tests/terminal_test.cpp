// Nothing a report or a file name holds drives the terminal: every control character, C1
// control, invalid byte and bidirectional override is printed as a visible escape.
#include <catch2/catch.hpp>

#include "xxgk/reporters.hpp"

using xxgk::terminal_safe;

TEST_CASE("terminal: control characters and overrides become visible escapes", "[terminal]") {
    CHECK(terminal_safe("report.txt") == "report.txt");
    CHECK(terminal_safe("表三「自然人」 100%") == "表三「自然人」 100%");
    CHECK(terminal_safe("a\tb") == "a\tb");  // a tab moves the cursor, nothing more
    CHECK(terminal_safe("\x1b[2Jclear") == "\\x1b[2Jclear");
    CHECK(terminal_safe("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
    CHECK(terminal_safe("line\rover") == "line\\rover");
    CHECK(terminal_safe("two\nlines") == "two\\nlines");
    CHECK(terminal_safe("del\x7f") == "del\\x7f");
    CHECK(terminal_safe("\xc2\x9b" "31m") == "\\u009b31m");  // C1 CSI, as UTF-8
    CHECK(terminal_safe("\x9b" "31m") == "\\x9b31m");        // a lone byte, invalid UTF-8
    CHECK(terminal_safe("evil\xe2\x80\xaetxt.exe") == "evil\\u202etxt.exe");  // right-to-left override
    CHECK(terminal_safe("\xe2\x81\xa6x") == "\\u2066x");                     // left-to-right isolate
    CHECK(terminal_safe("\xef\xbf\xbd") == "\xef\xbf\xbd");  // U+FFFD itself is harmless text
    CHECK(terminal_safe("\xc0\xaf") == "\\xc0\\xaf");         // an overlong form
}
