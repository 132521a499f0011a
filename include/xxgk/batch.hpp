#pragma once
// Checking many files: in parallel, results handed on in input order as soon as they are
// ready (so memory does not grow with the number of files), then the cross-report rules.
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "xxgk/check.hpp"
#include "xxgk/cross.hpp"
#include "xxgk/expected.hpp"

namespace xxgk {

struct BatchOptions {
    LoadOptions load;
    CheckOptions check;
    unsigned jobs = 1;                  // worker threads; 0 = all cores
    const IssuerMap* issuers = nullptr; // --issuer-map
    bool cross = true;                  // run the cross-report rules
    const ExpectedReports* expected = nullptr;  // --expect: the rules over the list run too
};

// What a batch ends with: the cross-report findings as (index, finding), index being that of
// the result the finding belongs to, and with --expect how the run measures up to the list.
struct BatchEnd {
    std::vector<std::pair<std::size_t, Finding>> cross;
    std::optional<Coverage> coverage;
};

// Checks every input of `in`; `emit` receives each result (with its index in input order), in
// input order, on the calling thread. With --expect, one more result follows the inputs: the
// list itself (FileResult::side_file), which the findings about reports it expects and the run
// lacks belong to.
BatchEnd check_batch(const Collected& in, const BatchOptions& options,
                     const std::function<void(std::size_t, FileResult&&)>& emit);

}  // namespace xxgk
