#pragma once
// Several rules read the same costly view of one report: the prose rules its statements, the
// diagnoses its identities as equations. A run of the rules over a report (run_rules) opens a
// PerReport<T>::Scope for it; within the scope, get(report, make) makes the view on the first
// call and returns the same one after. Outside a scope of that report, get makes it on every call
// into a per-thread slot, valid until the next call on the thread. The report must not change
// within the scope; scopes nest (the outer one is back when the inner one closes).
#include <optional>
#include <utility>

#include "xxgk/report.hpp"

namespace xxgk::detail {

template <class T>
class PerReport {
    struct State {
        const Report* report = nullptr;
        std::optional<T> view;
    };
    static State& state() {
        static thread_local State s;
        return s;
    }

public:
    class Scope {
    public:
        explicit Scope(const Report& report) : outer_(std::move(state())) { state() = State{&report, std::nullopt}; }
        ~Scope() { state() = std::move(outer_); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        State outer_;
    };

    template <class Make>
    static const T& get(const Report& report, Make&& make) {
        State& s = state();
        if (s.report == &report) {
            if (!s.view) s.view.emplace(make());
            return *s.view;
        }
        static thread_local std::optional<T> unscoped;
        unscoped.reset();
        unscoped.emplace(make());
        return *unscoped;
    }
};

}  // namespace xxgk::detail
