// unsupported-format: a file found in a folder in a format xxgk cannot read yet (.doc, .wps,
// .xls, .ofd, an image): named, with what to do, and counted, never passed over in silence.
#include <string>
#include <utility>

#include "xxgk/rules.hpp"

namespace xxgk {
namespace rules {

extern const RuleInfo kUnsupportedFormat = {
    .code = "XG003",
    .name = "unsupported-format",
    .severity = Severity::note,
    .summary_zh = "文件夹中找到的文件格式暂不支持（.doc、.wps、.xls、.ofd、图片等），已跳过并说明如何转换",
    .summary_en = "A file found in a folder in a format xxgk cannot read yet (.doc, .wps, .xls, .ofd, images): "
                  "skipped, with what to convert it to",
    .status = RuleStatus::preview,
    .bad_example = "broken-unsupported-format/",
    .good_example = "clean-2019.txt"};

}  // namespace rules

namespace {

struct Advice {
    std::string_view zh, en;
};
constexpr Advice kSaveAsDocx{"请另存为 .docx", "save it as .docx"};
constexpr Advice kWholeReport{"表格文件只含部分内容，请检查年报全文（.docx、PDF 或网页）",
                              "a spreadsheet holds part of a report: check the whole report (.docx, PDF or web page)"};
constexpr Advice kExportPdf{"请导出为 PDF", "export it as PDF"};
constexpr Advice kOcrFirst{"图片请先做文字识别（如 tesseract 图片 输出 -l chi_sim），再检查识别结果",
                           "an image: run OCR first (e.g. tesseract IMAGE OUT -l chi_sim) and check its text"};

// Each format xxgk does not read, and what to turn it into.
constexpr std::pair<std::string_view, const Advice*> kFormats[] = {
    {"doc", &kSaveAsDocx},  {"wps", &kSaveAsDocx},  {"rtf", &kSaveAsDocx},  {"odt", &kSaveAsDocx},
    {"xls", &kWholeReport}, {"xlsx", &kWholeReport}, {"et", &kWholeReport}, {"ofd", &kExportPdf},
    {"png", &kOcrFirst},    {"jpg", &kOcrFirst},    {"jpeg", &kOcrFirst},   {"tif", &kOcrFirst},
    {"tiff", &kOcrFirst},   {"bmp", &kOcrFirst},    {"gif", &kOcrFirst},    {"webp", &kOcrFirst},
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

const Advice* advice_for(std::string_view path) {
    const std::size_t dot = path.rfind('.'), slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return nullptr;
    const std::string ext = lower(path.substr(dot + 1));
    for (const auto& [extension, advice] : kFormats)
        if (extension == ext) return advice;
    return nullptr;
}

}  // namespace

std::optional<Finding> unsupported_format(std::string_view path) {
    const Advice* a = advice_for(path);
    if (!a) return std::nullopt;
    const std::string ext = lower(path.substr(path.rfind('.')));
    return make_finding(rules::kUnsupportedFormat, "暂不支持 " + ext + " 文件，已跳过：" + std::string(a->zh),
                        "skipped: " + ext + " is not supported; " + std::string(a->en));
}

}  // namespace xxgk
