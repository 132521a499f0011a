#pragma once
// Checking many files: in parallel, results handed on in input order as soon as they are
// ready (so memory does not grow with the number of files), then the cross-report rules.
#include <functional>
#include <utility>
#include <vector>

#include "xxgk/check.hpp"
#include "xxgk/cross.hpp"

namespace xxgk {

struct BatchOptions {
    LoadOptions load;
    CheckOptions check;
    unsigned jobs = 1;                  // worker threads; 0 = all cores
    const IssuerMap* issuers = nullptr; // --issuer-map
    bool cross = true;                  // run the cross-report rules
};

// Checks every input of `in`; `emit` receives each result (with its index in input order), in
// input order, on the calling thread. Returns the cross-report findings as (index, finding),
// index being that of the result the finding belongs to.
std::vector<std::pair<std::size_t, Finding>> check_batch(
    const Collected& in, const BatchOptions& options,
    const std::function<void(std::size_t, FileResult&&)>& emit);

}  // namespace xxgk
