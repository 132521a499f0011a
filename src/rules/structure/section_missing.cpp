// section-missing: one of the six section headings not found, for a part that is not there
// either (sections 二, 三 and 四 are there when their tables are, heading or not).
#include <fmt/format.h>

#include <algorithm>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

// Sections 二, 三 and 四 are mostly their tables, found by their own anchors.
bool table_present(const Report& r, std::string_view section) {
    if (section == "active_disclosure") return r.active.present;
    if (section == "applications") return r.applications.present;
    if (section == "review_litigation") return r.review.present;
    return false;
}

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (detail::outside_templates(r)) return;  // its sections are the 2008 regulation's
    for (const SectionSpec& s : template_sections()) {
        const auto first = std::find_if(r.sections.begin(), r.sections.end(),
                                        [&](const Section& section) { return section.key == s.key; });
        if (first != r.sections.end() && first->pos.known()) continue;
        if (table_present(r, s.key)) continue;  // the part is there, only its heading is not
        sink.add(fmt::format("未找到第{}部分的标题「{}」", s.numeral, s.heading),
                 fmt::format("section heading \"{}\" ({}) not found", s.heading, s.name_en));
    }
}

}  // namespace

extern const Rule kSectionMissing = {
    {.code = "XG202",
     .name = "section-missing",
     .severity = Severity::warning,
     .summary_zh = "未找到六个部分标题之一（一、总体情况……六、其他需要报告的事项）",
     .summary_en = "One of the six section headings (1. overview ... 6. other matters) not found",
     .bad_example = "broken-section-missing.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
