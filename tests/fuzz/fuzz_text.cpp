// Fuzz target: the text reader (read_plain_text) on decoded input, then the model and the rules.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    xxgk::init_readers();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xxgk::fuzz::text_family(data, size, "report.txt", "text", xxgk::read_plain_text);
    return 0;
}
