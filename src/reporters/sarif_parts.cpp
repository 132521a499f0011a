// SARIF pieces that do not depend on a finding: the rule descriptors taken from the registry,
// artifact URIs and physical locations.
#include "reporters/sarif_parts.hpp"

#include <fmt/format.h>

#include "reporters/where.hpp"

namespace xxgk::detail {

std::string_view sarif_level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

std::string artifact_uri(std::string_view path) {
    // "./samples/a.txt" and "samples/a.txt" are one file to a SARIF viewer.
    while (path.starts_with("./")) path.remove_prefix(2);
    std::string out = path.starts_with('/') ? "file://" : "";
    for (unsigned char c : path) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) out += static_cast<char>(c);
        else out += fmt::format("%{:02X}", c);  // UTF-8 bytes of 年报.txt too (RFC 3986)
    }
    return out;
}

json physical_location(const std::string& path, const Position& p) {
    json artifact = {{"uri", artifact_uri(path)}};
    // A relative URI is relative to the checkout; %SRCROOT% is the conventional name for it.
    if (!path.starts_with('/')) artifact["uriBaseId"] = "%SRCROOT%";
    json loc = {{"artifactLocation", std::move(artifact)}};
    // No line (a .docx, a missing section): the whole file, without a region.
    if (p.line > 0) {
        json region = {{"startLine", p.line}};
        if (p.column > 0) region["startColumn"] = p.column;
        loc["region"] = std::move(region);
    }
    return loc;
}

json docx_properties(const Position& p) {
    json props = json::object();
    if (!is_docx_place(p)) return props;
    if (p.table > 0) props["table"] = p.table;
    if (p.row > 0) props["row"] = p.row;
    if (p.cell > 0) props["cell"] = p.cell;
    if (p.paragraph > 0) props["paragraph"] = p.paragraph;
    // A clause of a paragraph: the character it starts at ("column" would read as a table's).
    if (p.paragraph > 0 && p.column > 0) props["character"] = p.column;
    // A PDF has no lines: a page is no startLine (a viewer would open line 4 of a binary file).
    // The page and the box on it are properties; the cell is the result's logical location.
    if (p.page > 0) {
        props["page"] = p.page;
        props["bbox"] = {p.box.x0, p.box.y0, p.box.x1, p.box.y1};
    }
    return props;
}

json sarif_rule(const RuleInfo& r, const ReportStyle& style) {
    const bool en = style.lang == Lang::en;
    // The rule page is Markdown that reads well as text too.
    const std::string help(rule_doc(r.name));
    json rule = {{"id", r.code},
                 {"name", r.name},
                 {"shortDescription", {{"text", std::string(en ? r.summary_en : r.summary_zh)}}},
                 {"fullDescription", {{"text", rule_rationale(r.name, style.lang)}}},
                 {"help", {{"text", help}, {"markdown", help}}}};
    if (std::string uri = rule_help_uri(style.rule_docs_url, r.name); !uri.empty()) rule["helpUri"] = std::move(uri);
    rule["defaultConfiguration"] = {{"level", sarif_level(r.severity)}};
    return rule;
}

void write_indented(std::ostream& out, const json& value, int indent) {
    // Strings are dumped with their line breaks escaped: every '\n' is the printer's.
    const std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    std::size_t from = 0;
    for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
        out << std::string_view(text).substr(from, nl + 1 - from) << pad;
    out << std::string_view(text).substr(from);
}

}  // namespace xxgk::detail
