// Document to Report. Tables are found by their internal anchors, not by headings, and rows
// are assigned to tables as one stream, so a table split in two (or two tables merged into
// one block) still lands where it belongs.
#include "model/parts.hpp"
#include "model/text_util.hpp"
#include "xxgk/model.hpp"

namespace xxgk {
namespace {

enum class Which { none, active, applications, review };

Which anchor_of(const DocRow& row) {
    std::string text;
    for (const auto& c : row.cells) text += normalize_label(c.text);
    using detail::contains;
    if (contains(text, "第二十条第")) return Which::active;
    if (contains(text, "勾稽关系") || contains(text, "申请人情况")) return Which::applications;
    if (contains(text, "未经复议直接起诉") || contains(text, "复议后起诉") ||
        (contains(text, "行政复议") && contains(text, "行政诉讼")))
        return Which::review;
    return Which::none;
}

// Without an anchor row, the first data row still tells which table it is.
Which fallback_anchor(const DocRow& row) {
    std::string text;
    for (const auto& c : row.cells) text += normalize_label(c.text);
    if (detail::contains(text, "本年新收")) return Which::applications;
    if (detail::contains(text, "结果维持")) return Which::review;
    return Which::none;
}

}  // namespace

Report build_report(const Document& doc, const SourceText& source, std::string format) {
    Report report;
    report.path = source.path;
    report.encoding = source.encoding;
    report.format = std::move(format);
    detail::build_sections(doc, report);

    detail::Rows active, applications, review;
    Which current = Which::none;
    for (const auto& block : doc.blocks) {
        if (block.kind == Block::Kind::paragraph) {
            // A section heading ends the table before it.
            if (!detail::section_key(normalize_label(block.paragraph.text), nullptr).empty())
                current = Which::none;
            continue;
        }
        for (const auto& row : block.table.rows) {
            Which w = anchor_of(row);
            if (w == Which::none && current == Which::none) w = fallback_anchor(row);
            if (w != Which::none) current = w;
            switch (current) {
                case Which::active: active.push_back(&row); break;
                case Which::applications: applications.push_back(&row); break;
                case Which::review: review.push_back(&row); break;
                case Which::none: break;
            }
        }
    }
    detail::build_active(active, report.active);
    detail::build_applications(applications, report.applications);
    detail::build_review(review, report.review);
    report.layout = report.applications.layout != Template::unknown ? report.applications.layout
                                                                     : report.active.layout;
    return report;
}

}  // namespace xxgk
