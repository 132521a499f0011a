#pragma once
// Building blocks of the SARIF 2.1.0 log (sarif.cpp assembles them).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "xxgk/document.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/reporters.hpp"

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

// tool.driver.rules: the registry's descriptors of the rules named in `used`, in registry
// order. Only those: a viewer needs the rules of the results it shows, and the log stays
// small (every descriptor carries its whole documentation page).
json sarif_rules(const std::vector<std::string>& used, Lang lang);
// The index of a rule in sarif_rules(used), -1 if it is not there.
int rule_index(const std::vector<std::string>& used, std::string_view rule_name);

}  // namespace xxgk::detail
