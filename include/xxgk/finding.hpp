#pragma once
// A finding: what a rule says about one place of a report, with its data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.hpp"
#include "xxgk/lang.hpp"

namespace xxgk {

enum class Severity { note = 0, warning = 1, error = 2 };
std::string_view severity_name(Severity s);  // "note", "warning", "error"

struct Term {
    std::string cell;   // canonical key
    std::string label;  // printed label
    std::optional<double> value;  // null: blank (read as 0 when the policy says so)
    bool blank = false;
    Position pos;
};

struct Side {
    std::vector<Term> terms;
    double sum = 0;
};

struct IdentityDetail {
    std::string id;  // e.g. "application-balance/natural_person"
    Side lhs, rhs;
    double difference = 0;  // lhs.sum - rhs.sum
    int blanks = 0;         // terms that were blank and read as 0
};

// What a diagnosis says (likely-wrong-cell and the rules of a cluster's cause): the cell it
// names, by its canonical key path, and the value that would satisfy every identity; when the
// evidence cannot tell one cell from others, the candidates instead.
struct Diagnosis {
    std::string cell;  // "applications.granted.natural_person"; empty when only candidates
    std::optional<double> value;            // as printed
    std::optional<double> suggested_value;  // what would make every failing identity hold
    std::vector<std::string> explains;      // fingerprints of the findings it accounts for
    struct Alternative {
        std::string cell;
        double suggested_value = 0;
    };
    std::vector<Alternative> alternatives;
    // A cause behind a cluster of failures changes several cells at once (a column left blank, a
    // row shifted): each cell with its printed value and the one that fits. `cell` is then empty.
    struct Change {
        std::string cell;
        std::optional<double> value;
        double suggested_value = 0;
        std::string label;  // printed, for the text output
        Position pos;
    };
    std::vector<Change> changes;
};

// A sentence of the prose that restates a table (narrative-mismatch and its kin).
struct Statement {
    std::string text;  // the clause as printed
    Position pos;
    double stated = 0;
    std::vector<std::string> cells;  // the cells it binds to (their sum is the table's value)
    double table_value = 0;
};

// A cell a note is about (the blanks of blank-in-identity, the cells a limit of the input left
// unverified), each where it stands: JSON `cell_list`, the text output with --verbose.
struct NoteCell {
    std::string cell;   // canonical key path
    std::string label;  // printed label
    std::string raw;    // as printed
    Position pos;
};

struct Finding {
    std::string rule;  // kebab-case name
    std::string code;
    Severity severity = Severity::error;
    std::string message_zh;
    std::string message_en;
    Position pos;
    std::string table;   // logical location: table key
    std::string row;     //   row / group key
    std::string column;  //   column / cell key
    std::optional<IdentityDetail> identity;
    std::optional<Diagnosis> diagnosis;
    std::optional<Statement> statement;
    std::vector<NoteCell> cells;
    // `cells` could not be verified because of the input: the summary counts them, once each
    // whatever rules name them, as cells not verified (cells_not_verified).
    bool not_verified = false;
    std::string fingerprint;  // stable across runs and unrelated edits
    const std::string& message(Lang lang) const {
        return lang == Lang::en ? message_en : message_zh;
    }
};

// A number as findings print it: integral values without decimals, others with up to 4.
std::string format_number(double v);

// The finding's fingerprint: the same finding in the next run of an edited file keeps it.
std::string fingerprint_of(const Finding& f);

}  // namespace xxgk
