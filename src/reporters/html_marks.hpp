#pragma once
// What the findings of one report say about its cells, rows and tables, by canonical key path:
// which findings point there and how strongly. The HTML page draws the marks from this.
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/finding.hpp"

namespace xxgk::detail::html {

// How a place is marked, strongest first: the cell a diagnosis names, one of its candidates, a
// term of a failing identity, a cell a statement of the prose binds to, or the logical location
// of another finding.
enum class MarkKind { likely, candidate, term, stated, at };

struct Mark {
    MarkKind kind = MarkKind::at;
    Severity severity = Severity::note;   // the highest of its findings
    std::vector<std::size_t> findings;    // indices into the report's findings, in order, once each
    std::vector<std::string> rules;       // their rule names, in order of first appearance, once each
    std::optional<double> suggested;      // likely or candidate: the value that would fit
};

// The canonical key path of a finding's logical location ("applications.granted.natural_person",
// "applications.granted", "review_litigation"); empty when it has none.
std::string location_key(const Finding& f);

class Marks {
public:
    explicit Marks(std::span<const Finding> findings);
    const Mark* find(std::string_view key) const;
    bool empty() const { return marks_.empty(); }

private:
    void add(const std::string& key, std::size_t finding, const Finding& f, MarkKind kind,
             std::optional<double> suggested = std::nullopt);
    std::map<std::string, Mark, std::less<>> marks_;
};

}  // namespace xxgk::detail::html
