#pragma once
// What the diagnoses share: the identity findings they explain (by fingerprint), how a message
// names a cell and its value, and making the note.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "rules/diagnosis/system.hpp"
#include "rules/support.hpp"

namespace xxgk::detail {

// The identity findings of the first stage, looked up by their identity.
class FoundIdentities {
public:
    explicit FoundIdentities(std::span<const Finding> found);
    bool empty() const { return by_id_.empty(); }
    // The fingerprints of the findings of these equations (those whose rule ran), in order.
    std::vector<std::string> of(const IdentitySystem& system, const std::vector<int>& equations) const;

private:
    std::vector<std::pair<std::string, std::string>> by_id_;  // identity id, fingerprint
};

// "表三「（一）予以公开」行「自然人」列" / "table 三 row "…", column "…"".
std::string name_zh(const IdentitySystem::Cell& c);
std::string name_en(const IdentitySystem::Cell& c);
// The printed value: the number, or 空白 / blank; and as a message says it: 表中为 15 / holds 15.
std::string value_zh(const IdentitySystem::Cell& c);
std::string value_en(const IdentitySystem::Cell& c);
std::string held_zh(const IdentitySystem::Cell& c);
std::string held_en(const IdentitySystem::Cell& c);
// "全部 2 个不成立的等式" / "all 2 failing identities"; "the failing identity" for one.
std::string failing_zh(std::size_t n);
std::string failing_en(std::size_t n);

// Is `b` the whole number `a` with two neighbouring digits swapped (no leading zero)?
bool transposed(double a, double b);
// The fixes that turn a printed (not blank) value into its digits swapped.
std::vector<IdentitySystem::Change> transpositions(const IdentitySystem& system,
                                                   const std::vector<IdentitySystem::Change>& fixes);

// The note of a diagnosis at `pos`, placed logically at `cell_key`, explaining `explains`.
Finding& add_diagnosis(FindingSink& sink, std::string zh, std::string en, Position pos,
                       std::string_view cell_key, Diagnosis diagnosis);

// A change of several cells as the diagnosis lists it.
Diagnosis::Change change_of(const IdentitySystem& system, const IdentitySystem::Change& ch);

// The value of a cell of table 三 in `system` (a blank reads as 0); false when the cell is in no
// checkable identity.
bool application_value(const IdentitySystem& system, std::string_view row, std::string_view column,
                       int* index, double* value);

// The note of a cause behind a cluster of failures, when its changes make every identity of their
// table hold and the failures they fix were reported; `wording` says it in both languages given
// how many identities failed. Placed at the first changed cell. False: no note.
struct Wording {
    std::string zh, en;
};
bool add_cause(FindingSink& sink, const IdentitySystem& system, const FoundIdentities& found,
               std::vector<IdentitySystem::Change> changes, const std::function<Wording(std::size_t failing)>& wording);

}  // namespace xxgk::detail
