// Choosing one reading per table-三 row where several add up: every combination of the open
// rows is tried against the column identities, within a bound on the work, and a choice is
// made only when exactly one combination is left.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "readers/flat/split.hpp"

namespace xxgk::flat {

Choice choose_readings(const std::vector<std::vector<Reading>>& candidates,
                       const std::vector<Identity>& identities, std::size_t max_combinations) {
    Choice choice;
    choice.pick.assign(candidates.size(), 0);
    std::vector<std::size_t> open;
    double combinations = 1;
    for (std::size_t r = 0; r < candidates.size(); ++r) {
        if (candidates[r].size() <= 1) continue;
        open.push_back(r);
        combinations *= double(candidates[r].size());
    }
    if (open.empty()) return choice;
    if (combinations > double(max_combinations)) {
        choice.status = Choice::Status::too_many;
        choice.row = open.front();
        choice.readings = candidates[open.front()].size();
        return choice;
    }
    std::size_t width = 0;
    for (const auto& c : candidates)
        if (!c.empty()) width = std::max(width, c.front().size());
    const std::size_t checks = std::min<std::size_t>(identities.size() * width, 64);
    auto value = [&](std::size_t r, std::size_t pick, std::size_t col) {
        const Reading& reading = candidates[r][pick];
        return col < reading.size() ? reading[col].value : 0.0;
    };
    // What the fixed rows contribute to each identity in each column.
    std::vector<double> fixed(checks, 0.0);
    for (std::size_t b = 0; b < checks; ++b) {
        const Identity& id = identities[b / width];
        for (std::size_t r = 0; r < candidates.size() && r < id.size(); ++r)
            if (candidates[r].size() == 1 && id[r] != 0) fixed[b] += id[r] * value(r, 0, b % width);
    }
    const std::size_t total = static_cast<std::size_t>(combinations);
    std::vector<std::uint64_t> failed(total, 0);  // per combination: the checks that fail
    std::vector<std::size_t> pick(open.size());
    auto decode = [&](std::size_t n) {
        for (std::size_t o = 0; o < open.size(); ++o) {
            pick[o] = n % candidates[open[o]].size();
            n /= candidates[open[o]].size();
        }
    };
    std::uint64_t always = ~std::uint64_t{0};
    for (std::size_t n = 0; n < total; ++n) {
        decode(n);
        for (std::size_t b = 0; b < checks; ++b) {
            const Identity& id = identities[b / width];
            double sum = fixed[b];
            for (std::size_t o = 0; o < open.size(); ++o)
                if (open[o] < id.size() && id[open[o]] != 0)
                    sum += id[open[o]] * value(open[o], pick[o], b % width);
            if (std::fabs(sum) > 1e-9) failed[n] |= std::uint64_t{1} << b;
        }
        always &= failed[n];
    }
    std::vector<std::size_t> survivors;
    for (std::size_t n = 0; n < total; ++n)
        if (failed[n] == always) survivors.push_back(n);
    if (survivors.size() == 1) {
        decode(survivors.front());
        for (std::size_t o = 0; o < open.size(); ++o) choice.pick[open[o]] = pick[o];
        return choice;
    }
    choice.row = open.front();
    if (survivors.empty()) {
        choice.status = Choice::Status::inconsistent;
        return choice;
    }
    choice.status = Choice::Status::ambiguous;
    choice.kept.resize(candidates.size());
    bool first = true;
    for (std::size_t o = 0; o < open.size(); ++o) {
        std::vector<bool> kept(candidates[open[o]].size(), false);
        for (std::size_t n : survivors) {
            decode(n);
            kept[pick[o]] = true;
        }
        std::vector<std::size_t> readings;
        for (std::size_t k = 0; k < kept.size(); ++k)
            if (kept[k]) readings.push_back(k);
        if (readings.size() == 1) {
            choice.pick[open[o]] = readings.front();  // every combination left agrees on this row
            continue;
        }
        if (first) {
            choice.row = open[o];
            choice.readings = readings.size();
            first = false;
        }
        choice.kept[open[o]] = std::move(readings);
    }
    return choice;
}

}  // namespace xxgk::flat
