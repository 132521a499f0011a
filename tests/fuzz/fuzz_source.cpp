// Fuzz target: the source layer — encoding detection and conversion, the charset an HTML
// document declares, the format sniffer — on arbitrary bytes.
#include <cstring>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = xxgk::fuzz::bytes_of(data, size);
    const std::string charset = xxgk::sniff_html_charset(bytes);
    for (std::string_view declared : {std::string_view(charset), std::string_view("gbk"),
                                      std::string_view("utf-8"), std::string_view()}) {
        xxgk::Result<xxgk::SourceText> source = xxgk::decode_source("input", bytes, declared);
        if (!source) continue;
        // The converted text is UTF-8 whatever came in: the readers rely on it.
        (void)xxgk::detect_text_format("input", source.value().text);
    }
    (void)xxgk::detect_format("input.txt", bytes);
    (void)xxgk::detect_format("input.docx", bytes);
    return 0;
}
