// The message catalogue: every message exists in both languages, each in its own language, with
// the same arguments, and fills them in the language asked for.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>

#include "util/utf8.hpp"
#include "xxgk/messages.hpp"

namespace {

using namespace xxgk;

bool is_cjk(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// The CJK characters of `text`, but the names of the template's tables, which English cites
// as printed (table 三).
std::u32string cjk_in(std::string_view text, std::u32string_view allowed = U"") {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = util::next_code_point(text, i);
        if (is_cjk(c) && allowed.find(c) == std::u32string_view::npos) out += c;
    }
    return out;
}

// The placeholders of a format string ({0}, {1}…), as a set.
std::multiset<std::string> placeholders(std::string_view text) {
    std::multiset<std::string> out;
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        const std::size_t end = text.find('}', i);
        if (end == std::string_view::npos) break;
        out.insert(std::string(text.substr(i, end - i + 1)));
    }
    return out;
}

// A text made of placeholders only (a system error's reason, given in each language).
bool only_placeholders(std::string_view text) {
    std::string rest(text);
    for (const std::string& p : placeholders(text)) rest.erase(rest.find(p), p.size());
    return rest.empty();
}

}  // namespace

TEST_CASE("every message is in Chinese and in English") {
    REQUIRE(message_catalogue().size() > 50);
    std::set<std::string_view> ids;
    for (const MessageEntry& m : message_catalogue()) {
        INFO(m.id);
        CHECK(ids.insert(m.id).second);
        CHECK_FALSE(m.zh.empty());
        CHECK_FALSE(m.en.empty());
        CHECK(placeholders(m.zh) == placeholders(m.en));
        if (!only_placeholders(m.zh)) CHECK_FALSE(cjk_in(m.zh).empty());
        CHECK(cjk_in(m.en, U"二三四").empty());
        if (!only_placeholders(m.zh)) CHECK(m.zh != m.en);
    }
}

TEST_CASE("every message formats with its arguments in both languages") {
    for (const MessageEntry& m : message_catalogue()) {
        INFO(m.id);
        const auto id = static_cast<Msg>(&m - message_catalogue().data());
        const std::multiset<std::string> used = placeholders(m.en);
        const std::set<std::string> named(used.begin(), used.end());
        const std::size_t n = named.size();
        // Arguments named once each: {0}…{n-1}, every one used.
        for (std::size_t i = 0; i < n; ++i) CHECK(placeholders(m.en).count("{" + std::to_string(i) + "}") > 0);
        const std::string zh = say(id, Lang::zh, {"A", "B", "C", "D"});
        const std::string en = say(id, Lang::en, {"A", "B", "C", "D"});
        CHECK(zh.find('{') == std::string::npos);
        CHECK(en.find('{') == std::string::npos);
    }
}

TEST_CASE("a message fills its arguments in the language asked for") {
    CHECK(say(Msg::binary_file, Lang::zh, {Msg::kind_pdf}) == "二进制文件（PDF 文档），不是文本年报");
    CHECK(say(Msg::binary_file, Lang::en, {Msg::kind_pdf}) == "binary file (PDF document), not a text report");
    CHECK(say(Msg::cannot_open, Lang::zh, {MessageArg::both("没有读取权限", "Permission denied")}) ==
          "无法打开：没有读取权限");
    CHECK(say(Msg::cannot_open, Lang::en, {MessageArg::both("没有读取权限", "Permission denied")}) ==
          "cannot open: Permission denied");
    const Error e = error_of(Msg::issuer_map_year, {"x"}, 7);
    CHECK(e.line == 7);
    CHECK(e.message == "the year 'x' is not a number");
    CHECK(e.message_zh == "年份 'x' 不是数字");
    CHECK(error_text(e, Lang::zh) == "年份 'x' 不是数字");
    CHECK(error_text(Error{"only English", 0}, Lang::zh) == "only English");
}
