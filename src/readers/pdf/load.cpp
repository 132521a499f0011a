// The PDF reader as a module (module.hpp): xxgk-pdf.so is opened on the first PDF, once for the
// whole run (the batch reads files on several threads), and never closed: poppler's global
// state lives as long as the process, as it did when xxgk linked poppler, and LeakSanitizer
// sees it reachable.
#include <dlfcn.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "readers/pdf/module.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/readers.hpp"

#if !defined(XXGK_PDF_INTERFACE) || !defined(XXGK_PDF_MODULE_DIR)
#error "XXGK_PDF_INTERFACE and XXGK_PDF_MODULE_DIR come from cmake/pdf.cmake"
#endif

// The reader linked into the program itself: the test binary and the fuzz targets link the
// module's objects (the fuzzer sees the geometry instrumented; the unit tests need no module on
// disk). Weak, so that in xxgk, which links none, it is null and the module is loaded.
extern "C" __attribute__((weak)) void xxgk_pdf_read(std::string_view bytes, const xxgk::PdfOptions* options,
                                                    xxgk::Result<xxgk::Document>* out);

namespace xxgk {
namespace {

namespace fs = std::filesystem;

using ReadFn = void (*)(std::string_view, const PdfOptions*, Result<Document>*);

struct Module {
    ReadFn read = nullptr;
    Error error;  // why there is no reader
};

std::string joined(const std::vector<fs::path>& paths) {
    std::string out;
    for (const fs::path& p : paths) out += (out.empty() ? "" : ", ") + p.string();
    return out;
}

std::string dlerror_text() {
    const char* e = dlerror();
    return e ? e : "unknown error";
}

Module load() {
    std::error_code ec;
    const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {nullptr, error_of(Msg::pdf_module_no_binary, {os_reason(ec.value())})};
    const std::vector<fs::path> candidates = pdf::module_candidates(binary, XXGK_PDF_MODULE_DIR);
    for (const fs::path& path : candidates) {
        if (!fs::is_regular_file(path, ec)) continue;
        // RTLD_LOCAL: the module's symbols (and poppler's) stay out of the program's namespace.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) return {nullptr, error_of(Msg::pdf_module_unloadable, {path.string(), dlerror_text()})};
        const auto* interface = static_cast<const char*>(dlsym(handle, "xxgk_pdf_interface"));
        if (!interface) return {nullptr, error_of(Msg::pdf_module_unloadable, {path.string(), dlerror_text()})};
        if (std::string_view(interface) != XXGK_PDF_INTERFACE)
            return {nullptr, error_of(Msg::pdf_module_mismatch, {path.string(), std::string(interface), XXGK_PDF_INTERFACE})};
        auto read = reinterpret_cast<ReadFn>(dlsym(handle, "xxgk_pdf_read"));
        if (!read) return {nullptr, error_of(Msg::pdf_module_unloadable, {path.string(), dlerror_text()})};
        return {read, {}};
    }
    return {nullptr, error_of(Msg::pdf_module_missing, {joined(candidates)})};
}

}  // namespace

bool pdf_supported() { return true; }

Result<Document> read_pdf(std::string_view bytes, const PdfOptions& options) {
    // A static's initialisation runs once, the other threads waiting for it (as std::call_once).
    static const Module module = xxgk_pdf_read ? Module{xxgk_pdf_read, {}} : load();
    if (!module.read) return module.error;
    Result<Document> out = Error{};
    module.read(bytes, &options, &out);
    return out;
}

std::string pdf_module_missing() {
    if (xxgk_pdf_read) return {};
    std::error_code ec;
    const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return "/proc/self/exe: " + ec.message();
    const std::vector<fs::path> candidates = pdf::module_candidates(binary, XXGK_PDF_MODULE_DIR);
    for (const fs::path& path : candidates)
        if (fs::is_regular_file(path, ec)) return {};
    return joined(candidates);
}

}  // namespace xxgk
