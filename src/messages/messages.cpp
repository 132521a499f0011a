#include "xxgk/messages.hpp"

#include "xxgk/source.hpp"

#include <cstring>

#include <fmt/args.h>
#include <fmt/format.h>

namespace xxgk {
namespace {

constexpr MessageEntry kCatalogue[] = {
#define XXGK_MESSAGE(id, zh, en) {#id, zh, en},
#include "xxgk/messages.def"
#undef XXGK_MESSAGE
};

}  // namespace

std::span<const MessageEntry> message_catalogue() { return kCatalogue; }

std::string_view message_text(Msg id, Lang lang) {
    const MessageEntry& e = kCatalogue[static_cast<std::size_t>(id)];
    return lang == Lang::en ? e.en : e.zh;
}

std::string MessageArg::in(Lang lang) const {
    if (const Msg* id = std::get_if<Msg>(&v_)) return std::string(message_text(*id, lang));
    if (const Both* both = std::get_if<Both>(&v_)) return lang == Lang::en ? both->en : both->zh;
    return std::get<std::string>(v_);
}

std::string say(Msg id, Lang lang, std::initializer_list<MessageArg> args) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const MessageArg& a : args) store.push_back(a.in(lang));
    return fmt::vformat(message_text(id, lang), store);
}

MessageArg os_reason(int err) { return MessageArg::both(reason_zh(err), std::strerror(err)); }

Error error_of(Msg id, std::initializer_list<MessageArg> args, int line) {
    return Error{say(id, Lang::en, args), line, say(id, Lang::zh, args)};
}

}  // namespace xxgk
