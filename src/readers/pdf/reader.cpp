// The poppler part of the PDF reader: text boxes per page (poppler-cpp), and the pages that hold a
// table drawn in grey at low resolution for their ruling lines (render.cpp). Everything after
// that is geometry (layout.cpp), which poppler never sees. Built into the module xxgk-pdf.so
// (module.hpp), which load.cpp opens on the first PDF.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cmath>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "readers/pdf/layout.hpp"
#include "readers/pdf/module.hpp"
#include "readers/pdf/render.hpp"

namespace xxgk {
namespace {

constexpr std::size_t kMaxBoxes = 2000000;

Error error(std::string en, std::string zh) { return Error{std::move(en), 0, std::move(zh)}; }

void quiet(const std::string&, void*) {}  // poppler's own warnings would go to stderr

bool is_number(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') return false;
    return true;
}

// A page holds a table when it has several number boxes or a table's header word; only those
// pages are rendered.
bool may_hold_table(const std::vector<pdf::TextBox>& boxes) {
    int numbers = 0;
    for (const auto& b : boxes) {
        numbers += is_number(b.text);
        for (const char* w : {"自然人", "信息内容", "结果维持", "第二十条"})
            if (b.text.find(w) != std::string::npos) return true;
    }
    return numbers >= 4;
}

// A page with ink and no text: a scan.
bool has_ink(const poppler::page& page) {
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image img = renderer.render_page(&page, 12, 12);
    if (!img.is_valid()) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(img.const_data());
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (p[static_cast<std::size_t>(y) * static_cast<std::size_t>(img.bytes_per_row()) + static_cast<std::size_t>(x)] < 200)
                return true;
    return false;
}

}  // namespace

Result<Document> pdf::read_document(std::string_view bytes, const PdfOptions& options) {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
    if (bytes.size() > INT_MAX) return error("the PDF is too large", "PDF 文件过大");
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) return error("damaged PDF: it cannot be opened", "PDF 文件已损坏，无法打开");
    if (doc->is_locked())
        return error("encrypted PDF: it needs a password to open; save a copy without the password",
                     "PDF 文件已加密，需要密码才能打开；请另存一份不加密的副本");
    const int pages = doc->pages();
    if (pages <= 0) return error("damaged PDF: it has no pages", "PDF 文件已损坏：没有页面");
    if (pages > options.max_pages)
        return error(fmt::format("the PDF has {} pages, more than --max-pages {}", pages, options.max_pages),
                     fmt::format("PDF 共 {} 页，超过 --max-pages {} 页的上限", pages, options.max_pages));
    std::vector<pdf::PageInput> inputs;
    pdf::PageRenderer renderer(bytes);
    std::size_t total = 0, chars = 0;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        pdf::PageInput in;
        if (!page) {
            inputs.push_back(std::move(in));
            continue;
        }
        const poppler::rectf rect = page->page_rect();
        in.width = rect.width();
        in.height = rect.height();
        for (poppler::text_box& b : page->text_list()) {
            const poppler::byte_array utf8 = b.text().to_utf8();
            std::string text(utf8.begin(), utf8.end());
            if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
            const poppler::rectf r = b.bbox();
            if (!std::isfinite(r.x()) || !std::isfinite(r.y()) || !std::isfinite(r.width()) || !std::isfinite(r.height()))
                continue;
            pdf::TextBox box;
            box.text = std::move(text);
            box.box = Box{r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
            box.page = i + 1;
            box.space_after = b.has_space_after();
            chars += box.text.size();
            in.boxes.push_back(std::move(box));
        }
        total += in.boxes.size();
        if (total > kMaxBoxes) return error("the PDF holds too much text for a report", "PDF 中的文字过多，不像是年度报告");
        if (may_hold_table(in.boxes)) in.rulings = renderer.rulings(i, in.width, in.height, in.boxes);
        inputs.push_back(std::move(in));
    }
    if (chars == 0) {
        std::unique_ptr<poppler::page> page(doc->create_page(0));
        if (page && has_ink(*page))
            return error("scanned PDF: its pages are images with no text layer; run OCR first (e.g. tesseract "
                         "page.png out -l chi_sim) and check the text it gives",
                         "扫描版 PDF：页面是图片，没有文字层；请先做文字识别（如 tesseract page.png out -l chi_sim），"
                         "再检查识别出的文本");
        return error("the PDF has no text", "PDF 中没有文字");
    }
    return pdf::layout_document(std::move(inputs));
}

}  // namespace xxgk
