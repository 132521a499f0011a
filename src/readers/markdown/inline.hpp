#pragma once
// Inline Markdown inside one cell or one prose line, as OCR and converters write it:
// backslash escapes, <br>, HTML entities, emphasis markers. Internal to the Markdown reader.
#include <cstddef>
#include <string>
#include <string_view>

namespace xxgk::detail {

struct InlineText {
    std::string text;  // ASCII spaces trimmed at both ends and around each line break
    // Byte offset in the input of the first visible character of `text`, past markup and
    // past stray U+3000 / U+00A0 (npos when there is none), so a position points at the
    // text the user sees: `| **127** |` points at the 1.
    std::size_t first = std::string_view::npos;
};

// `\|` and other escaped ASCII punctuation → the character; `<br>`, `<br/>`, `<br />` → "\n";
// `&nbsp;` → U+00A0 (kept: the model treats it as a blank, a cell made of it stays blank),
// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&ensp;` `&emsp;` and `&#N;` / `&#xH;` decoded;
// matched `*`/`**`/`***`/`__` runs around text dropped. Anything else is kept as written.
InlineText render_inline(std::string_view raw);

}  // namespace xxgk::detail
