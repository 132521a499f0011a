// Fuzz target: the whole `check` path on arbitrary bytes — format sniffing, source layer,
// whichever reader the content picks, model, rules — and the JSON and text reporters.
#include <sstream>

#include "fuzz_support.hpp"
#include "xxgk/reporters.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    xxgk::init_readers();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = xxgk::fuzz::bytes_of(data, size);
    xxgk::Result<xxgk::Report> report = xxgk::report_from_bytes("report", bytes, xxgk::LoadOptions{});
    std::vector<xxgk::FileResult> results(1);
    if (report) {
        results[0] = xxgk::check_report(report.value(), xxgk::CheckOptions{});
    } else {
        results[0].path = "report";
        results[0].status = xxgk::FileResult::Status::error;
        results[0].error = xxgk::read_error(report.error());
    }
    std::ostringstream out;
    xxgk::write_json(out, results, xxgk::ReportStyle{});
    xxgk::write_text(out, results, xxgk::ReportStyle{.lang = xxgk::Lang::en});
    return 0;
}
