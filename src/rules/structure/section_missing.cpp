// section-missing: one of the six section headings not found.
#include <fmt/format.h>

#include <algorithm>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    for (const SectionSpec& s : template_sections()) {
        const auto first = std::find_if(r.sections.begin(), r.sections.end(),
                                        [&](const Section& section) { return section.key == s.key; });
        if (first != r.sections.end() && first->pos.known()) continue;
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
