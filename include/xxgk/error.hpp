#pragma once
// Errors are values: a message and, where it applies, the line it concerns.
#include <string>
#include <utility>
#include <variant>

namespace xxgk {

struct Error {
    std::string message;  // one line, without the path (callers prefix it)
    int line = 0;         // 1-based, 0 when the error is not about a line
    std::string message_zh;  // the same in Chinese, where the reader says it in both (read-error
                             // shows it; else the English one stands in both languages)
};

// Minimal expected<T, Error> (std::expected is C++23).
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(v_); }
    const T& value() const { return std::get<T>(v_); }
    const Error& error() const { return std::get<Error>(v_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> v_;
};

}  // namespace xxgk
