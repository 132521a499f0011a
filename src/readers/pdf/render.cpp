#include "readers/pdf/render.hpp"

#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <splash/SplashBitmap.h>

#include <cmath>

#include "readers/pdf/rulings.hpp"

namespace xxgk::pdf {
namespace {

// Points to pixels: 1 pixel per point finds half-point rules and keeps the rendering cheap
// (54 dpi loses rules of the samples).
constexpr double kDpi = 72;
// A rendering larger than this (a poster-sized page) is done at a lower resolution.
constexpr double kMaxPixels = 8e6;

}  // namespace

struct PageRenderer::Document {
    PDFDoc doc;
    explicit Document(std::string_view pdf)
        // PDFDoc owns the stream, the stream only points at the bytes.
        : doc(new MemStream(pdf.data(), 0, static_cast<Goffset>(pdf.size()), Object(objNull))) {}
};

PageRenderer::PageRenderer(std::string_view pdf) : pdf_(pdf) {}
PageRenderer::~PageRenderer() = default;

Rulings PageRenderer::rulings(int index, double width, double height, const std::vector<TextBox>& boxes) {
    if (!opened_) {
        opened_ = true;
        doc_ = std::make_unique<Document>(pdf_);
        if (!doc_->doc.isOk()) doc_.reset();
    }
    if (!doc_ || index < 0 || index >= doc_->doc.getNumPages()) return {};
    double dpi = kDpi;
    const double pixels = width * height * (dpi / 72) * (dpi / 72);
    if (pixels > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels);
    if (dpi < 18) return {};
    SplashColor paper;
    paper[0] = 255;
    SplashOutputDev out(splashModeMono8, 4, false, paper);
    // No antialiasing: a rule is dark pixels, not grey ones.
    out.setFontAntialias(false);
    out.setFreeTypeHinting(false, false);
    out.setVectorAntialias(false);
    out.setSkipText(true, true);  // horizontal and rotated: no glyph is drawn
    out.startDoc(&doc_->doc);
    doc_->doc.displayPageSlice(&out, index + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1);
    SplashBitmap* bitmap = out.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) return {};
    Raster raster{bitmap->getDataPtr(), bitmap->getWidth(), bitmap->getHeight(),
                  static_cast<std::size_t>(bitmap->getRowSize()), dpi / 72};
    // The glyphs are not drawn, but an underline or a box drawn around a word is: masked as before.
    mask_text(raster, boxes);
    return find_rulings(raster);
}

}  // namespace xxgk::pdf
