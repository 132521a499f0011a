#pragma once
// The temporary files a signal must remove (src/reporters/interrupt.cpp).
#include <string>

namespace xxgk::detail {

// Until unregistered, `path` is removed if the process is stopped by SIGINT, SIGTERM or SIGHUP
// (once remove_outputs_on_interrupt() is in force). Returns the slot, or -1 when none is free.
int register_temporary(const std::string& path);
void unregister_temporary(int slot);

}  // namespace xxgk::detail
