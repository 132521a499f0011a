#pragma once
// What every fuzz target does once a reader has produced a Document: the model builder, the
// rules and the report digest, so an input that survives the reader is taken all the way.
#include <cstddef>
#include <cstdint>
#include <string>

#include "xxgk/check.hpp"
#include "xxgk/document.hpp"
#include "xxgk/model.hpp"
#include "xxgk/readers.hpp"
#include "xxgk/rules.hpp"
#include "xxgk/source.hpp"

namespace xxgk::fuzz {

inline std::string bytes_of(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

inline void model_and_rules(const Document& doc, const SourceText& source, const char* format) {
    Report report = build_report(doc, source, format);
    for (BlankPolicy blank : {BlankPolicy::zero, BlankPolicy::unknown}) {
        CheckOptions options;
        options.blank = blank;
        (void)run_rules(report, options);
    }
    (void)digest_report(report, source.path);
}

// Decodes like the source layer, then runs `read` and everything after it.
template <typename Reader>
void text_family(const std::uint8_t* data, std::size_t size, const char* path, const char* format,
                 Reader read) {
    Result<SourceText> source = decode_source(path, bytes_of(data, size));
    if (!source) return;
    Result<Document> doc = read(source.value());
    if (doc) model_and_rules(doc.value(), source.value(), format);
}

}  // namespace xxgk::fuzz
