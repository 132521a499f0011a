// The standard streams as a CLI that runs unattended must treat them: closed descriptors held
// so that no file takes their number, SIGPIPE ignored, and a failed write to stdout reported
// (a full disk, a closed pipe) instead of a silent exit 0 or a death by signal.
#include "std_streams.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>

#include "commands.hpp"
#include "ui_lang.hpp"

namespace xxgk::cli {
namespace {

// std::cout's buffer: written with write(2), keeping the first error's errno (which stdio
// loses by the time anyone asks). After an error the rest is dropped: no use writing on.
class StdoutBuffer : public std::streambuf {
public:
    StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* p = pbase();
        std::size_t n = static_cast<std::size_t>(pptr() - pbase());
        while (n > 0 && error_ == 0) {
            const ssize_t written = ::write(STDOUT_FILENO, p, n);
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) {
                error_ = written < 0 ? errno : EIO;
                break;
            }
            p += written;
            n -= static_cast<std::size_t>(written);
        }
        setp(buffer_, buffer_ + sizeof buffer_);
        return error_ == 0;
    }

    char buffer_[64 * 1024];
    int error_ = 0;
};

// Never destroyed: std::cout is flushed at exit, after function-local statics are gone.
StdoutBuffer* stdout_buffer = nullptr;

}  // namespace

void prepare_standard_streams() {
    // A closed 0, 1 or 2 would be the next descriptor open() returns: a report read by a
    // worker would then be read as stdin, or our output written into it. Held on /dev/null
    // in the direction that fails: reading "stdin" then says it is closed (read_bytes),
    // writing "stdout" fails with EBADF and is reported by finish_stdout.
    const int modes[3] = {O_WRONLY, O_RDONLY, O_RDONLY};
    for (int fd = 0; fd < 3; ++fd) {
        if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
        const int held = ::open("/dev/null", modes[fd]);
        if (held >= 0 && held != fd) {
            ::dup2(held, fd);
            ::close(held);
        }
    }
    // `xxgk check … | head`: a write to the closed pipe fails with EPIPE, which
    // finish_stdout reports, rather than killing the process with a misleading status.
    std::signal(SIGPIPE, SIG_IGN);
    stdout_buffer = new StdoutBuffer;
    std::cout.rdbuf(stdout_buffer);
    // A terminal shows each line as it is written, as stdio would.
    if (::isatty(STDOUT_FILENO)) std::cout.setf(std::ios::unitbuf);
}

int finish_stdout(int code) {
    std::cout.flush();
    const int error = stdout_buffer ? stdout_buffer->error() : 0;
    if (error == 0 && std::cout) return code;
    const MessageArg why = error == EBADF ? MessageArg(Msg::cli_stdout_closed)
                           : error != 0   ? os_reason(error)
                                          : MessageArg(Msg::cli_stdout_write_error);
    std::cerr << "xxgk: " << ui(Msg::cli_stdout_failed, {why}) << '\n';
    return kExitUnreadable;
}

}  // namespace xxgk::cli
