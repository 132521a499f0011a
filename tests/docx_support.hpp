#pragma once
// Shared by the DOCX tests: .docx bytes built in memory with libzip, and a Document printed
// whole (one line per paragraph, table, row and cell) so that a test asserts all of it.
#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "support.hpp"
#include "xxgk/readers.hpp"

namespace docx_test {

using namespace xxgk;

struct Entry {
    std::string name, data;
    bool deflate = true;
};

// An in-memory zip written by libzip (deflate level 1: fast even for the 80 MiB bomb).
inline std::string make_zip(const std::vector<Entry>& entries) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
    REQUIRE(src);
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
    REQUIRE(za);
    zip_source_keep(src);  // read the bytes back after zip_close
    for (const Entry& e : entries) {
        zip_source_t* s = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        REQUIRE(s);
        zip_int64_t i = zip_file_add(za, e.name.c_str(), s, ZIP_FL_ENC_UTF_8);
        REQUIRE(i >= 0);
        zip_set_file_compression(za, static_cast<zip_uint64_t>(i),
                                 e.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, e.deflate ? 1 : 0);
    }
    REQUIRE(zip_close(za) == 0);
    REQUIRE(zip_source_open(src) == 0);
    zip_source_seek(src, 0, SEEK_END);
    std::string out(static_cast<std::size_t>(zip_source_tell(src)), '\0');
    zip_source_seek(src, 0, SEEK_SET);
    REQUIRE(zip_source_read(src, out.data(), out.size()) == static_cast<zip_int64_t>(out.size()));
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&err);
    return out;
}

inline const std::string kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

inline std::string document_xml(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" +
           kW + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

inline std::string word_file(const std::string& body, std::vector<Entry> extra = {}) {
    extra.insert(extra.begin(), {{"[Content_Types].xml", "<Types/>"},
                                 {"word/document.xml", document_xml(body)}});
    return make_zip(extra);
}

inline std::string escaped(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
    return out;
}

inline std::string where(const Position& p) {
    std::string s = p.paragraph ? "p" + std::to_string(p.paragraph) : "";
    if (p.table) s += "t" + std::to_string(p.table);
    if (p.row) s += "r" + std::to_string(p.row);
    if (p.cell) s += "c" + std::to_string(p.cell);
    if (p.line || p.column) s += " LINE " + std::to_string(p.line) + ":" + std::to_string(p.column);
    return s;
}

// The whole Document, one line per paragraph, table, row and cell, so a test asserts all.
inline std::string dump(const Document& doc) {
    std::string out;
    for (const Block& b : doc.blocks) {
        if (b.kind == Block::Kind::paragraph) {
            out += where(b.paragraph.pos) + " \"" + escaped(b.paragraph.text) + "\"\n";
            continue;
        }
        out += where(b.table.pos) + "\n";
        for (const DocRow& r : b.table.rows) {
            out += "  " + where(r.pos) + "\n";
            for (const DocCell& c : r.cells) {
                out += "    " + where(c.pos) + " \"" + escaped(c.text) + "\"";
                if (c.rowspan != 1 || c.colspan != 1)
                    out += " " + std::to_string(c.rowspan) + "x" + std::to_string(c.colspan);
                out += "\n";
            }
        }
    }
    return out;
}

inline std::string read_ok(const std::string& bytes) {
    Result<Document> doc = read_docx(bytes);
    if (!doc) FAIL(doc.error().message);
    return dump(doc.value());
}

inline std::string read_error(const std::string& bytes) {
    Result<Document> doc = read_docx(bytes);
    REQUIRE(!doc.ok());
    CHECK(doc.error().line == 0);
    return doc.error().message;
}

// A run, a paragraph, a table cell (with its w:tcPr content).
inline std::string r(const std::string& text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
inline std::string p(const std::string& runs) { return "<w:p>" + runs + "</w:p>"; }
inline std::string tc(const std::string& content, const std::string& pr = "") {
    return "<w:tc>" + (pr.empty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + content + "</w:tc>";
}

}  // namespace docx_test
