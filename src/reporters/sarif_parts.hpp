#pragma once
// Building blocks of the SARIF 2.1.0 log (sarif.cpp assembles them).
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "xxgk/document.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/reporters.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail {

using json = nlohmann::ordered_json;

std::string_view sarif_level(Severity s);  // error, warning, note

// A path as a URI reference: relative paths stay relative (to the checkout), absolute ones
// become file:// URIs; every byte outside RFC 3986's unreserved set and '/' percent-encoded.
std::string artifact_uri(std::string_view path);

// {artifactLocation, region{startLine, startColumn}}; no region when the line is unknown.
json physical_location(const std::string& path, const Position& p);

// {table, row, cell, paragraph} of a .docx place (only the non-zero ones); empty otherwise.
json docx_properties(const Position& p);

// A rule's descriptor in tool.driver.rules, from the registry: summary, rationale, its whole
// documentation page as help.
json sarif_rule(const RuleInfo& rule, const ReportStyle& style);

// A JSON value as nlohmann's dump(2) prints it, its lines after the first indented by `indent`
// more spaces: how a streamed part of the log takes its place at that depth.
void write_indented(std::ostream& out, const json& value, int indent);

}  // namespace xxgk::detail
