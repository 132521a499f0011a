#pragma once
// The message catalogue: every fixed text a user can see outside the findings of rules (read
// errors, skipped files, usage errors, --help), once, in Chinese and in English. A message is
// an id; its texts are fmt format strings whose arguments ({0}, {1}: the same in both
// languages) are filled in the language asked for.
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "xxgk/error.hpp"
#include "xxgk/lang.hpp"

namespace xxgk {

enum class Msg {
#define XXGK_MESSAGE(id, zh, en) id,
#include "xxgk/messages.def"
#undef XXGK_MESSAGE
};

struct MessageEntry {
    std::string_view id, zh, en;
};

// Every message, in the order of messages.def (the index is the Msg's value).
std::span<const MessageEntry> message_catalogue();
std::string_view message_text(Msg id, Lang lang);

// An argument of a message: a text or number as given, or a message said in the same language
// (the kind of a binary file, the name of a table).
class MessageArg {
public:
    MessageArg(std::string text) : v_(std::move(text)) {}
    MessageArg(std::string_view text) : v_(std::string(text)) {}
    MessageArg(const char* text) : v_(std::string(text)) {}
    MessageArg(int n) : v_(std::to_string(n)) {}
    MessageArg(long n) : v_(std::to_string(n)) {}
    MessageArg(unsigned long n) : v_(std::to_string(n)) {}
    MessageArg(unsigned long long n) : v_(std::to_string(n)) {}
    MessageArg(Msg id) : v_(id) {}
    // A text the caller has in both languages (a system error's reason).
    static MessageArg both(std::string zh, std::string en) { return MessageArg(Both{std::move(zh), std::move(en)}); }
    std::string in(Lang lang) const;

private:
    struct Both {
        std::string zh, en;
    };
    explicit MessageArg(Both both) : v_(std::move(both)) {}
    std::variant<std::string, Msg, Both> v_;
};

// The message in `lang`, its arguments filled in.
std::string say(Msg id, Lang lang, std::initializer_list<MessageArg> args = {});
// An Error holding the message in both languages (message: English, message_zh: Chinese).
Error error_of(Msg id, std::initializer_list<MessageArg> args = {}, int line = 0);
// A system error (errno) in both languages: reason_zh and strerror.
MessageArg os_reason(int err);
// The Error's text in `lang` (an Error said in English only stands in both).
inline const std::string& error_text(const Error& e, Lang lang) {
    return lang == Lang::zh && !e.message_zh.empty() ? e.message_zh : e.message;
}

}  // namespace xxgk
