// A run stopped by SIGINT, SIGTERM or SIGHUP leaves nothing behind: the temporary files of the
// outputs being written are removed by the signal handler, which then lets the signal end the
// process as it would have (the shell sees 128 + the signal's number). Everything the handler
// touches is async-signal-safe: flags, fixed buffers, unlink, signal and raise.
#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <climits>
#include <cstring>

#include "reporters/interrupt.hpp"

namespace xxgk::detail {
namespace {

enum : int { kFree, kFilling, kReady };
struct Slot {
    std::atomic<int> state{kFree};  // the handler reads `path` only when kReady
    char path[PATH_MAX];
};
// A run writes one output and perhaps a baseline at a time; a few slots are plenty.
std::array<Slot, 8> slots;

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries(int sig) {
    for (Slot& s : slots)
        if (s.state.load(std::memory_order_acquire) == kReady) ::unlink(s.path);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

}  // namespace

int register_temporary(const std::string& path) {
    if (path.size() >= PATH_MAX) return -1;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        int expected = kFree;
        // Claim the slot, fill it, then publish it to the handler.
        if (!slots[i].state.compare_exchange_strong(expected, kFilling, std::memory_order_acquire)) continue;
        std::memcpy(slots[i].path, path.c_str(), path.size() + 1);
        slots[i].state.store(kReady, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void unregister_temporary(int slot) {
    if (slot >= 0 && slot < static_cast<int>(slots.size())) slots[static_cast<std::size_t>(slot)].state.store(kFree, std::memory_order_release);
}

}  // namespace xxgk::detail

namespace xxgk {

void remove_outputs_on_interrupt() {
    struct sigaction action {};
    action.sa_handler = detail::remove_temporaries;
    sigemptyset(&action.sa_mask);
    for (int sig : detail::kSignals) {
        // A signal the parent ignores (nohup, a CI runner) stays ignored.
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        ::sigaction(sig, &action, nullptr);
    }
}

}  // namespace xxgk
