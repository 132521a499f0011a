#include <catch2/catch.hpp>
#include <fcntl.h>
#include <iconv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "source/encoding.hpp"
#include "xxgk/source.hpp"

using namespace std::string_literals;
using xxgk::decode_source;
using xxgk::read_source;

namespace {

// UTF-8 to another encoding, to build test input without binary fixtures.
std::string from_utf8(const char* to, const std::string& text) {
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv_open");
    std::string out(text.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(text.data());
    std::size_t in_left = text.size();
    char* o = out.data();
    std::size_t o_left = out.size();
    const std::size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1)) throw std::runtime_error("iconv");
    out.resize(out.size() - o_left);
    return out;
}

const std::string kText = "第二十条第（一）项\n规章\n";

// A file under the temp directory, removed when the test ends.
struct TempFile {
    std::filesystem::path path;
    explicit TempFile(const std::string& bytes) {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               ("xxgk_source_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { std::filesystem::remove_all(path); }
};

// Runs read_source("-") with fd 0 replaced by `fd`.
xxgk::Result<xxgk::SourceText> read_stdin_from(int fd, std::size_t max_size) {
    const int saved = ::dup(STDIN_FILENO);
    ::dup2(fd, STDIN_FILENO);
    auto result = read_source("-", max_size);
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    return result;
}

}  // namespace

TEST_CASE("UTF-8 with and without BOM", "[source]") {
    auto plain = decode_source("a.txt", kText);
    REQUIRE(plain.ok());
    CHECK(plain->path == "a.txt");
    CHECK(plain->encoding == "UTF-8");
    CHECK(plain->text == kText);

    auto bom = decode_source("a.txt", "\xEF\xBB\xBF" + kText);
    REQUIRE(bom.ok());
    CHECK(bom->encoding == "UTF-8 (BOM)");
    CHECK(bom->text == kText);

    // The BOM declares UTF-8, so there is no GB18030 fallback after it.
    auto bad = decode_source("a.txt", "\xEF\xBB\xBF" "ok\n\xC4\xE3\n"s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message ==
          "not valid UTF-8 despite the UTF-8 BOM: invalid byte 0xC4 on line 2");
    CHECK(bad.error().line == 2);
}

TEST_CASE("GB18030 is converted to the same UTF-8", "[source]") {
    const std::string gb = from_utf8("GB18030", kText);
    REQUIRE(gb != kText);
    auto r = decode_source("gb.txt", gb);
    REQUIRE(r.ok());
    CHECK(r->encoding == "GB18030");
    CHECK(r->text == kText);

    auto gbk = decode_source("gbk.txt", "\xC4\xE3\xBA\xC3\r\n");  // 你好 in GBK, by hand
    REQUIRE(gbk.ok());
    CHECK(gbk->encoding == "GB18030");
    CHECK(gbk->text == "你好\n");
}

TEST_CASE("a declared GB charset decides even for bytes that are valid UTF-8", "[source]") {
    // E4 BD A0 E5 A5 BD: 你好 as UTF-8, and 浣犲ソ as GBK. A page declaring a GB charset means
    // the second.
    const std::string both = "\xE4\xBD\xA0\xE5\xA5\xBD\n";
    for (const char* charset : {"gb2312", "GB2312", "gbk", "GBK", "gb18030", "x-gbk", "cp936", "EUC-CN"}) {
        INFO(charset);
        auto r = decode_source("page.html", both, charset);
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == "浣犲ソ\n");
    }
    for (const char* charset : {"", "utf-8", "big5", "gb"}) {
        INFO(charset);
        auto r = decode_source("page.html", both, charset);
        REQUIRE(r.ok());
        CHECK(r->encoding == "UTF-8");
        CHECK(r->text == "你好\n");
    }
}

TEST_CASE("UTF-16LE and UTF-16BE with BOM", "[source]") {
    SECTION("hand-built LE") {
        auto r = decode_source("le.txt", "\xFF\xFE\x2D\x4E\x0A\x00"s);  // BOM 中 LF
        REQUIRE(r.ok());
        CHECK(r->encoding == "UTF-16LE");
        CHECK(r->text == "中\n");
    }
    SECTION("LE via iconv") {
        auto r = decode_source("le.txt", "\xFF\xFE" + from_utf8("UTF-16LE", kText));
        REQUIRE(r.ok());
        CHECK(r->encoding == "UTF-16LE");
        CHECK(r->text == kText);
    }
    SECTION("BE via iconv, CRLF normalised") {
        auto r = decode_source("be.txt", "\xFE\xFF" + from_utf8("UTF-16BE", "甲\r\n乙\r\n"));
        REQUIRE(r.ok());
        CHECK(r->encoding == "UTF-16BE");
        CHECK(r->text == "甲\n乙\n");
    }
    SECTION("odd byte count is an error with its line") {
        auto r = decode_source("le.txt", "\xFF\xFE" + from_utf8("UTF-16LE", "a\nb\n") + "x");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "invalid UTF-16LE text on line 3");
        CHECK(r.error().line == 3);
    }
    SECTION("a NUL character inside UTF-16 is binary") {
        auto r = decode_source("le.txt", "\xFF\xFE" "a\0\0\0"s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "binary file (contains NUL bytes), not a text report");
    }
}

TEST_CASE("CRLF and lone CR become LF · keeping the line count", "[source]") {
    auto r = decode_source("a.txt", "一\r\n二\r三\n\r\n四");
    REQUIRE(r.ok());
    CHECK(r->text == "一\n二\n三\n\n四");
    CHECK(xxgk::detail::count_line_breaks("一\r\n二\r三\n\r\n四") == 4);
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030", "[source]") {
    SECTION("0xFF on line 3") {
        auto r = decode_source("bad.txt", "line one\nline two\n\xff\xff\xff\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "neither valid UTF-8 nor GB18030: invalid byte 0xFF on line 3");
        CHECK(r.error().line == 3);
    }
    SECTION("UTF-8 text with a stray byte reports the UTF-8 position") {
        // As GB18030 this fails on line 1 already; as UTF-8 only on line 3.
        auto r = decode_source("bad.txt", "中\r\n文\r\nx\xff\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 3);
    }
    SECTION("a sequence cut off at the end of the file") {
        auto r = decode_source("bad.txt", "\xC4\xE3\n\n\xC4");  // 你, then half a character
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "neither valid UTF-8 nor GB18030: invalid byte 0xC4 on line 3");
        CHECK(r.error().line == 3);
    }
}

TEST_CASE("strict UTF-8 validation", "[source]") {
    using xxgk::detail::find_invalid_utf8;
    using xxgk::detail::kNoOffset;
    CHECK(find_invalid_utf8("") == kNoOffset);
    // U+1F600 and U+10FFFF, the highest code point
    CHECK(find_invalid_utf8("a中\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF") == kNoOffset);
    CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);          // overlong '/'
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);        // overlong, 3 bytes
    CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0);    // overlong, 4 bytes
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // surrogate U+D800
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // U+110000
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);
    CHECK(find_invalid_utf8("a\x80") == 1);               // lone continuation
    CHECK(find_invalid_utf8("ab\xE4\xB8") == 2);          // truncated at the end
    CHECK(find_invalid_utf8("\xE4\xB8x") == 0);           // truncated mid-text
    // Past the fast paths: ASCII runs of eight and more, runs of three-byte characters.
    CHECK(find_invalid_utf8(std::string(19, 'a') + "\x80") == 19);
    CHECK(find_invalid_utf8(std::string(16, 'a') + "中文" + std::string(9, 'b')) == kNoOffset);
    CHECK(find_invalid_utf8("中文\xE4\xB8") == 6);
    CHECK(find_invalid_utf8("中文\xE4\x41\x41") == 6);
    CHECK(find_invalid_utf8("中文\xED\xA0\x80") == 6);     // surrogate after fast-path text
    CHECK(find_invalid_utf8("中文\xE0\x9F\xBF") == 6);     // overlong after fast-path text
    CHECK(find_invalid_utf8("\xEF\xBF\xBD\xE1\x80\x80") == kNoOffset);
}

TEST_CASE("line breaks become LF", "[source]") {
    using xxgk::detail::normalize_line_breaks;
    CHECK(normalize_line_breaks("") == "");
    CHECK(normalize_line_breaks("a\nb") == "a\nb");
    CHECK(normalize_line_breaks("a\r\nb\rc\n\r\n\r") == "a\nb\nc\n\n\n");
    CHECK(normalize_line_breaks("\r\r\n") == "\n\n");
}

TEST_CASE("binary files are rejected", "[source]") {
    const auto message = [](const std::string& bytes) {
        auto r = decode_source("b", bytes);
        return r.ok() ? "<ok>"s : r.error().message;
    };
    CHECK(message("text\0more"s) == "binary file (contains NUL bytes), not a text report");
    CHECK(message("\x7f" "ELF\x02\x01\x01"s) == "binary file (ELF executable), not a text report");
    CHECK(message("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR"s) ==
          "binary file (PNG image), not a text report");
    CHECK(message("%PDF-1.7\n") == "binary file (PDF document), not a text report");
    CHECK(message("PK\x03\x04\x14\0\x06\0"s) ==
          "binary file (ZIP archive), not a text report: a ZIP archive other than a Word document is not supported");
    CHECK(message("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"s) ==
          "binary file (OLE2 document: an old Word .doc or Excel .xls), not a text report: not supported yet; save it "
          "as .docx (a spreadsheet: check the whole report)");
}

TEST_CASE("binary files are rejected in Chinese too", "[source]") {
    const auto message_zh = [](const std::string& bytes) {
        auto r = decode_source("b", bytes);
        return r.ok() ? "<ok>"s : r.error().message_zh;
    };
    CHECK(message_zh("text\0more"s) == "二进制文件（含有 NUL 字节），不是文本年报");
    CHECK(message_zh("%PDF-1.7\n") == "二进制文件（PDF 文档），不是文本年报");
    CHECK(message_zh("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"s) ==
          "二进制文件（Word 97-2003 .doc 或 Excel .xls 等旧版 Office 文档），不是文本年报："
          "暂不支持此格式，请另存为 .docx（表格文件请检查年报全文）");
    CHECK(message_zh(""s) == "空文件");
}

TEST_CASE("empty input", "[source]") {
    for (const std::string& bytes : {""s, "\xEF\xBB\xBF"s, " \r\n\t\n"s, "\xEF\xBB\xBF\n"s,
                                    "\xE3\x80\x80\n"s, "\xFF\xFE"s, "\xFF\xFE\x20\x00"s}) {
        auto r = decode_source("e", bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "empty file");
        CHECK(r.error().line == 0);
    }
}

TEST_CASE("read_source on files", "[source]") {
    SECTION("reads and decodes") {
        TempFile f(from_utf8("GB18030", kText));
        auto r = read_source(f.path.string());
        REQUIRE(r.ok());
        CHECK(r->path == f.path.string());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == kText);
    }
    SECTION("missing file") {
        auto r = read_source("/nonexistent/xxgk/report.txt");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "cannot open: No such file or directory");
    }
    SECTION("directory") {
        auto r = read_source(std::filesystem::temp_directory_path().string());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "is a directory, not a file");
    }
    SECTION("not a regular file") {
        auto r = read_source("/dev/null");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "not a regular file: a device");
    }
    SECTION("decode errors pass through with their line") {
        TempFile f("a\nb\n\xff\xff\xff\n");
        auto r = read_source(f.path.string());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 3);
    }
    SECTION("size limit") {
        TempFile f(std::string(100, 'a'));
        auto over = read_source(f.path.string(), 10);
        REQUIRE_FALSE(over.ok());
        CHECK(over.error().message == "file is larger than the limit of 10 bytes (--max-size)");
        auto exact = read_source(f.path.string(), 100);
        REQUIRE(exact.ok());
        CHECK(exact->text == std::string(100, 'a'));
    }
    SECTION("a file of several read chunks") {
        std::string text;
        for (int i = 0; text.size() < 300 * 1024; ++i) text += "第" + std::to_string(i) + "行\n";
        TempFile f(text);
        auto r = read_source(f.path.string());
        REQUIRE(r.ok());
        CHECK(r->text == text);
        CHECK_FALSE(read_source(f.path.string(), text.size() - 1).ok());
        CHECK(read_source(f.path.string(), text.size()).ok());
    }
}

TEST_CASE("read_source reads stdin for \"-\"", "[source]") {
    SECTION("from a file") {
        TempFile f("\xEF\xBB\xBF" + kText);
        const int fd = ::open(f.path.c_str(), O_RDONLY);
        REQUIRE(fd >= 0);
        auto r = read_stdin_from(fd, xxgk::kDefaultMaxSize);
        ::close(fd);
        REQUIRE(r.ok());
        CHECK(r->path == "-");
        CHECK(r->encoding == "UTF-8 (BOM)");
        CHECK(r->text == kText);
    }
    SECTION("the limit holds for a pipe, where stat knows no size") {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const std::string data(100, 'x');
        REQUIRE(::write(fds[1], data.data(), data.size()) == 100);
        ::close(fds[1]);
        auto r = read_stdin_from(fds[0], 10);
        ::close(fds[0]);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "file is larger than the limit of 10 bytes (--max-size)");
    }
}
