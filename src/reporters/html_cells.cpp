// A drawn cell or header and its mark. A mark is an outline whose style says how the findings
// point at the place, a glyph (so it does not rest on colour), words for screen readers, and a
// tooltip with the findings about it that opens on hover and on focus (a tap), without script.
#include "reporters/html_cells.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "reporters/html_page.hpp"

namespace xxgk::detail::html {
namespace {

struct KindWords {
    std::string_view css, glyph, zh, en;
};
constexpr KindWords kKinds[] = {
    {"m-likely", "×", "最可能有误", "likely wrong"},
    {"m-candidate", "?", "可能有误", "may be wrong"},
    {"m-term", "!", "参与不成立的等式", "in a failing identity"},
    {"m-stated", "¶", "与报告文字不符", "contradicted by the text"},
    {"m-at", "*", "此处有检查结果", "a finding here"},
};
const KindWords& words(MarkKind kind) { return kKinds[static_cast<int>(kind)]; }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

std::string side_text(const Side& side, std::string_view cell, Lang lang) {
    std::vector<std::string> parts;
    for (const Term& t : side.terms) {
        std::string v = t.blank ? "0" : t.value ? format_number(*t.value) : "?";
        if (t.blank) v += pick(lang, "（空白）", " (blank)");
        parts.push_back(t.cell == cell ? "<b>" + v + "</b>" : v);
    }
    if (parts.size() == 1) return parts.front();
    return join(parts, " + ") + " = " + format_number(side.sum);
}

bool names(const Diagnosis& d, std::string_view key) {
    return d.cell == key || std::any_of(d.alternatives.begin(), d.alternatives.end(),
                                        [&](const Diagnosis::Alternative& a) { return a.cell == key; });
}

// The findings about a place, each in the words of the text output, with what it says of this
// place: the arithmetic, the value a diagnosis suggests, the clause a statement quotes.
void write_tip(std::ostream& out, const Context& ctx, const Mark& mark, std::string_view key, const std::string& id) {
    const Lang lang = ctx.lang;
    out << "<div class=\"tip\" role=\"tooltip\" id=\"" << attr(id) << "\">";
    for (std::size_t i : mark.findings) {
        const Finding& f = ctx.findings[i];
        out << "<p><span class=\"sev-" << severity_class(f.severity) << "\">" << severity_name(f.severity) << "</span> "
            << text(f.message(lang)) << " [" << text(f.rule) << "] <a href=\"#" << attr(ctx.id_prefix) << 'f' << i + 1
            << "\">" << pick(lang, "详见", "more") << "</a></p>";
        if (f.identity) out << "<p class=\"ar\">" << arithmetic_line(*f.identity, key, lang) << "</p>";
        if (f.diagnosis && names(*f.diagnosis, key)) {
            const Diagnosis& d = *f.diagnosis;
            std::optional<double> to = d.cell == key ? d.suggested_value : std::nullopt;
            for (const auto& a : d.alternatives)
                if (!to && a.cell == key) to = a.suggested_value;
            if (to)
                out << "<p>"
                    << (d.cell == key ? pick(lang, "最可能是这一格有误，改为 ", "Likely the wrong cell: ")
                                      : pick(lang, "可能有误的单元格之一，改为 ", "One of the cells that may be wrong: "))
                    << format_number(*to)
                    << pick(lang, " 可使各等式成立。", " would make every identity hold.") << "</p>";
        }
        if (f.statement && std::find(f.statement->cells.begin(), f.statement->cells.end(), key) != f.statement->cells.end())
            out << "<p>"
                << (lang == Lang::en ? fmt::format("The text says {}, the tables give {}: ", format_number(f.statement->stated),
                                                   format_number(f.statement->table_value))
                                     : fmt::format("报告文字称 {}，表中为 {}：", format_number(f.statement->stated),
                                                   format_number(f.statement->table_value)))
                << "“" << text(f.statement->text) << "”</p>";
    }
    out << "</div>";
}

// The attributes and the visible and spoken parts of a marked place.
void open_marked(std::ostream& out, Context& ctx, const Mark& mark, std::string_view element, std::string_view extra,
                 std::string classes, std::string_view data_name, std::string_view key) {
    const std::string id = ctx.id_of(key);
    const std::string tip = ctx.id_prefix + "tip" + std::to_string(++ctx.tips);
    ctx.drawn.emplace(key);
    classes += (classes.empty() ? "" : " ") + fmt::format("m {} sev-{}", words(mark.kind).css, severity_class(mark.severity));
    out << '<' << element << extra << " class=\"" << classes << "\" id=\"" << attr(id) << "\" " << data_name << "=\""
        << attr(key) << "\" data-rules=\"" << attr(join(mark.rules, " ")) << "\" tabindex=\"0\" aria-describedby=\""
        << attr(tip) << "\">";
}

void close_marked(std::ostream& out, const Context& ctx, const Mark& mark, std::string_view key, std::string_view element,
                  std::string_view also = {}) {
    const KindWords& w = words(mark.kind);
    const bool en = ctx.lang == Lang::en;
    std::string spoken = std::string(en ? w.en : w.zh);
    if (!also.empty()) spoken += (en ? ", " : "，") + std::string(also);
    out << "<span class=\"g\" aria-hidden=\"true\">" << w.glyph << "</span><span class=\"sr\">"
        << (en ? " (" : "（") << spoken << (en ? ")" : "）") << "</span>";
    if (mark.suggested) out << "<span class=\"sug\">→ " << format_number(*mark.suggested) << "</span>";
    write_tip(out, ctx, mark, key, ctx.id_prefix + "tip" + std::to_string(ctx.tips));
    out << "</" << element << '>';
}

}  // namespace

std::string arithmetic_line(const IdentityDetail& id, std::string_view cell, Lang lang) {
    return side_text(id.lhs, cell, lang) + (id.difference != 0 ? " ≠ " : " = ") + side_text(id.rhs, cell, lang);
}

void write_cell(std::ostream& out, Context& ctx, const CellValue* cell, std::string_view key,
                std::string_view attributes) {
    const std::string extra = attributes.empty() ? std::string() : " " + std::string(attributes);
    std::string classes;
    std::string_view title;
    if (!cell) {
        classes = "missing";
        title = pick(ctx.lang, "报告中没有这一格", "not in the report");
    } else if (cell->blank) {
        classes = "blank";
        title = pick(ctx.lang, "空白", "blank");
    } else if (cell->unreadable) {
        classes = "unreadable";
    }
    const std::string shown = cell ? text(cell->raw) : std::string();
    const Mark* mark = ctx.marks.find(key);
    if (!mark) {
        out << "<td" << extra;
        if (!classes.empty()) out << " class=\"" << classes << '"';
        if (!title.empty()) out << " title=\"" << title << '"';
        out << '>' << shown << "</td>";
        return;
    }
    open_marked(out, ctx, *mark, "td", extra, classes, "data-cell", key);
    out << "<span class=\"v\">" << shown << "</span>";
    close_marked(out, ctx, *mark, key, "td", title);
}

void write_header(std::ostream& out, Context& ctx, std::string_view attributes, std::string_view classes,
                  std::string_view label_html, std::string_view key, std::string_view own) {
    const Mark* mark = key.empty() ? nullptr : ctx.marks.find(key);
    std::string extra = attributes.empty() ? std::string() : " " + std::string(attributes);
    if (!own.empty()) extra += " data-key=\"" + attr(own) + '"';
    if (!mark) {
        out << "<th" << extra;
        if (!classes.empty()) out << " class=\"" << classes << '"';
        out << '>' << label_html << "</th>";
        return;
    }
    open_marked(out, ctx, *mark, "th", extra, std::string(classes), "data-row", key);
    out << label_html;
    close_marked(out, ctx, *mark, key, "th");
}

}  // namespace xxgk::detail::html
