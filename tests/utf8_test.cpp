#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "util/utf8.hpp"

namespace {

std::vector<char32_t> decode(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) out.push_back(xxgk::util::next_code_point(s, i));
    return out;
}

}  // namespace

TEST_CASE("utf8: decoding · invalid bytes one at a time", "[utf8]") {
    using V = std::vector<char32_t>;
    CHECK(decode("a中\xC2\xA0\xF0\x9F\x98\x80") == V{U'a', U'中', 0xA0, 0x1F600});
    CHECK(decode("\xE4\xB8") == V{0xFFFD, 0xFFFD});               // cut short at the end
    CHECK(decode("\xE4\x41\xAD") == V{0xFFFD, U'A', 0xFFFD});     // cut short by ASCII
    CHECK(decode("\xE4\xB8\x41") == V{0xFFFD, 0xFFFD, U'A'});
    CHECK(decode("\xFF\x80") == V{0xFFFD, 0xFFFD});
    CHECK(decode("\xE0\x80\xA0") == V{0x20});                     // overlong: decoded as is
}

TEST_CASE("utf8: encoding and its length", "[utf8]") {
    for (char32_t cp : {char32_t{0x41}, char32_t{0xA0}, char32_t{0x4E2D}, char32_t{0x1F600}}) {
        std::string s;
        xxgk::util::append_utf8(s, cp);
        CHECK(s.size() == xxgk::util::utf8_length(cp));
        std::size_t i = 0;
        CHECK(xxgk::util::next_code_point(s, i) == cp);
        CHECK(i == s.size());
    }
}
