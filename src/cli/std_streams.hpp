#pragma once
// Standard streams: held when closed, SIGPIPE ignored, write errors on stdout reported.

namespace xxgk::cli {

// First thing in main(), before any file is opened or any thread started.
void prepare_standard_streams();

// Last thing before exit: flushes stdout. `code` when everything was written; otherwise one
// line on stderr ("xxgk: cannot write to standard output: No space left on device") and 2.
int finish_stdout(int code);

}  // namespace xxgk::cli
