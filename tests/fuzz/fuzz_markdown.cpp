// Fuzz target: the markdown reader (read_markdown) on decoded input, then the model and the rules.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    xxgk::init_readers();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xxgk::fuzz::text_family(data, size, "report.md", "markdown", xxgk::read_markdown);
    return 0;
}
