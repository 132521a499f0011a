// What the PDF reader cannot read, it says in one line (English and Chinese), never a crash.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "support.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {

// A PDF of `pages` empty pages, written by hand (the reader needs no real content to count).
std::string empty_pages(int pages) {
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += fmt::format("{} 0 obj\n{}\nendobj\n", offsets.size(), body);
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (int i = 0; i < pages; ++i) kids += fmt::format("{} 0 R ", 3 + i);
    object(fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, pages));
    for (int i = 0; i < pages; ++i) object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    const std::size_t xref = pdf.size();
    pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", offsets.size() + 1);
    for (std::size_t o : offsets) pdf += fmt::format("{:010} 00000 n \n", o);
    pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", offsets.size() + 1, xref);
    return pdf;
}

Error error_of(const std::string& bytes, PdfOptions options = {}) {
    Result<Document> doc = read_pdf(bytes, options);
    REQUIRE_FALSE(doc.ok());
    return doc.error();
}

}  // namespace

TEST_CASE("pdf errors: encrypted, scanned, damaged, too many pages, no text", "[pdf]") {
    if (!pdf_supported()) {
        CHECK(error_of("%PDF-1.4").message ==
              "this xxgk was built without PDF support (XXGK_PDF=OFF); convert the PDF to text first");
        return;
    }
    Error e = error_of(test::slurp(test::sample_path("pdf/encrypted-2021.pdf")));
    CHECK(e.message == "encrypted PDF: it needs a password to open; save a copy without the password");
    CHECK(e.message_zh == "PDF 文件已加密，需要密码才能打开；请另存一份不加密的副本");

    e = error_of(test::slurp(test::sample_path("pdf/scanned-2021.pdf")));
    CHECK(e.message ==
          "scanned PDF: its pages are images with no text layer; run OCR first (e.g. tesseract page.png out "
          "-l chi_sim) and check the text it gives");
    CHECK(e.message_zh ==
          "扫描版 PDF：页面是图片，没有文字层；请先做文字识别（如 tesseract page.png out -l chi_sim），再检查识别出的文本");

    CHECK(error_of("%PDF-1.4\n1 0 obj\n<< /Type /Cat").message == "damaged PDF: it cannot be opened");
    const std::string whole = test::slurp(test::sample_path("pdf/office-clean-2021.pdf"));
    CHECK(error_of(whole.substr(0, 600)).message == "damaged PDF: it cannot be opened");

    e = error_of(empty_pages(2000));
    CHECK(e.message == "the PDF has 2000 pages, more than --max-pages 500");
    CHECK(e.message_zh == "PDF 共 2000 页，超过 --max-pages 500 页的上限");
    CHECK(error_of(empty_pages(3), PdfOptions{2}).message == "the PDF has 3 pages, more than --max-pages 2");
    CHECK(error_of(empty_pages(3)).message == "the PDF has no text");
}

TEST_CASE("pdf errors: a batch goes on after a PDF it cannot read", "[pdf]") {
    if (!test::pdf_built("pdf/office-clean-2019.pdf")) return;
    test::TempDir dir;
    std::filesystem::copy_file(test::sample_path("pdf/encrypted-2021.pdf"), dir / "a-encrypted.pdf");
    std::filesystem::copy_file(test::sample_path("pdf/office-clean-2019.pdf"), dir / "b-report.pdf");
    std::filesystem::copy_file(test::sample_path("clean-2021.txt"), dir / "c-report.txt");
    std::filesystem::copy_file(test::sample_path("html/clean-2021.html"), dir / "d-report.html");
    std::filesystem::copy_file(test::sample_path("docx/clean-2019.docx"), dir / "e-report.docx");
    Collected in = collect_inputs({dir.path.string()});
    REQUIRE(in.files.size() == 5);
    std::vector<FileResult::Status> status;
    for (std::size_t i = 0; i < in.files.size(); ++i) status.push_back(check_file(in.files[i], {}, {}, false).status);
    CHECK(status[0] == FileResult::Status::error);
    CHECK(status[1] == FileResult::Status::ok);
    CHECK(status[2] == FileResult::Status::ok);
    CHECK(status[3] == FileResult::Status::ok);
    CHECK(status[4] == FileResult::Status::ok);
}
