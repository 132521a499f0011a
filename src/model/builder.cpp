// Document to Report. Tables are found by their internal anchors, not by headings, and rows
// are assigned to tables as one stream, so a table split in two (or two tables merged into
// one block) still lands where it belongs.
#include <deque>

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk {
namespace {

enum class Which { none, active, applications, review };

// A row's cells normalized once, for all the anchor tests below.
struct RowLabels {
    std::string first;  // the first cell that is not empty once normalized
    std::string all;    // every cell, concatenated
};

RowLabels labels_of(const DocRow& row) {
    RowLabels out;
    for (const auto& c : row.cells) {
        const std::size_t before = out.all.size();
        detail::append_normalized_label(out.all, c.text);
        if (out.first.empty()) out.first = out.all.substr(before);
    }
    return out;
}

// A row labelled as a row of table 三 (一、… to 四、…, （一）…（七）) with seven
// values belongs to table 三, whatever header from another table stood above it.
bool is_applications_row(const DocRow& row, const RowLabels& labels) {
    if (row.cells.size() < 8) return false;
    const std::string& first = labels.first;
    using detail::starts_with;
    for (std::string_view p : application_row_openers())
        if (starts_with(first, p)) return true;
    return starts_with(first, "(") && first.size() > 4 && detail::contains(first.substr(0, 5), ")");
}

Which anchor_of(const DocRow& row, const RowLabels& labels) {
    if (is_applications_row(row, labels)) return Which::applications;
    const std::string& text = labels.all;
    using detail::contains;
    if (contains(text, kActiveCaptionPrefix)) return Which::active;
    if (contains(text, "勾稽关系") || contains(text, "申请人情况")) return Which::applications;
    if (contains(text, "未经复议直接起诉") || contains(text, "复议后起诉") ||
        (contains(text, "行政复议") && contains(text, "行政诉讼")) ||
        (contains(text, "结果维持") && contains(text, "尚未审结")) || text == "行政复议")
        return Which::review;
    return Which::none;
}

// Without an anchor row, the first data row still tells which table it is.
Which fallback_anchor(const RowLabels& labels) {
    if (detail::contains(labels.all, application_row_fragment("new_received"))) return Which::applications;
    if (detail::contains(labels.all, "结果维持")) return Which::review;
    return Which::none;
}

Which table_of_section(std::string_view key) {
    if (key == "active_disclosure") return Which::active;
    if (key == "applications") return Which::applications;
    if (key == "review_litigation") return Which::review;
    return Which::none;
}

// A table 二 caption printed as a line of its own (a Markdown heading `### 第二十条第（一）项`,
// a plain line above a pipe table) rather than as the table's first row. Only a short line
// that begins with the caption: prose citing 第二十条 is longer.
bool is_active_caption(std::string_view paragraph) {
    std::string_view text = detail::trim(paragraph);
    if (text.empty() || text.size() > detail::kMaxHeadingBytes) return false;
    return detail::starts_with(normalize_label(text), kActiveCaptionPrefix);
}

}  // namespace

Report build_report(const Document& doc, const SourceText& source, std::string format) {
    Report report;
    report.path = source.path;
    report.encoding = source.encoding;
    report.format = std::move(format);
    detail::build_sections(doc, report);

    detail::Rows active, applications, review;
    std::deque<DocRow> captions;  // caption lines made into caption rows (a deque keeps their addresses)
    // Rows that reached table 三 only because a heading named it are held until one of the
    // table's own anchors (勾稽关系, 申请人情况, 一、本年新收…) confirms it, and dropped at the end
    // of their table otherwise: a report's own table under a heading about applications (a 2018
    // report's 申请情况统计表) is not table 三.
    detail::Rows unconfirmed;
    bool confirmed = true;
    bool by_position[4] = {};  // per Which: a row came from a PDF table placed by position
    Which current = Which::none;
    for (const auto& block : doc.blocks) {
        if (block.kind == Block::Kind::paragraph) {
            if (is_active_caption(block.paragraph.text)) {
                // It opens the item whose rows follow, as a caption row would.
                const Paragraph& p = block.paragraph;
                captions.push_back(DocRow{{DocCell{std::string(detail::trim(p.text)), p.pos}}, p.pos});
                active.push_back(&captions.back());
                current = Which::active;
                continue;
            }
            // A section heading ends the table before it and names the one that follows, for
            // tables printed without their anchor rows.
            std::string key = detail::section_key(
                detail::normalize_label_prefix(block.paragraph.text, detail::kMaxHeadingBytes), nullptr);
            if (!key.empty()) current = table_of_section(key);
            if (current == Which::applications) confirmed = false;
            continue;
        }
        for (const auto& row : block.table.rows) {
            const RowLabels labels = labels_of(row);
            Which w = anchor_of(row, labels);
            const Which f = fallback_anchor(labels);
            // Table 三's first data row (一, new applications) is its own anchor wherever it stands.
            if (w == Which::none && current != Which::applications &&
                (f == Which::applications || current == Which::none))
                w = f;
            if (w == Which::applications || f == Which::applications) {
                confirmed = true;
                applications.insert(applications.end(), unconfirmed.begin(), unconfirmed.end());
                unconfirmed.clear();
            }
            if (w != Which::none) current = w;
            by_position[static_cast<int>(current)] |= block.table.by_position;
            switch (current) {
                case Which::active: active.push_back(&row); break;
                case Which::applications: (confirmed ? applications : unconfirmed).push_back(&row); break;
                case Which::review: review.push_back(&row); break;
                case Which::none: break;
            }
        }
        unconfirmed.clear();
    }
    detail::build_active(active, report.active);
    detail::build_applications(applications, report.applications);
    detail::build_review(review, report.review);
    report.active.by_position = report.active.present && by_position[static_cast<int>(Which::active)];
    report.applications.by_position = report.applications.present && by_position[static_cast<int>(Which::applications)];
    report.review.by_position = report.review.present && by_position[static_cast<int>(Which::review)];
    report.layout = report.applications.layout != Template::unknown ? report.applications.layout
                                                                     : report.active.layout;
    return report;
}

}  // namespace xxgk
