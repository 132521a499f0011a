// Readings of a run of glued digits, enumerated depth first with a bound on the work. The
// number format prunes (a cut wherever whitespace or a sign stands, never inside "0…" or
// around '.'), and so do the sums: a table-三 row's total is its last number, so it is fixed
// first and the numbers before it must add up to it, which bounds each of them.
#include "readers/flat/split.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

#include "util/utf8.hpp"

namespace xxgk::flat {
namespace {

struct Atom {
    char ch = '0';            // a digit or '.'
    std::size_t offset = 0;   // where its text starts in the run (at its sign, if any)
    bool cut_before = false;  // whitespace, a sign or a unit stands before it
    std::string sign;         // printed before it
    std::string unit;         // printed after it
};

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || cp == 0x3000;
}

bool is_sign(char32_t cp) { return cp == '+' || cp == '-' || cp == 0x2212 || cp == 0xFF0D; }

// The most atoms one number takes (digits and '.'); a longer number is no count or amount.
constexpr std::size_t kMaxNumberAtoms = 16;

// False when no reading can exist: a character other than those above, or more atoms than
// `max_atoms` (then some number would be longer than kMaxNumberAtoms; stopping here keeps a
// megabyte of glued digits from costing memory and time).
bool parse_atoms(std::string_view run, std::vector<Atom>& atoms, std::size_t max_atoms) {
    bool cut = true;
    std::string sign;
    std::size_t sign_at = 0;
    for (std::size_t i = 0; i < run.size();) {
        const std::size_t at = i;
        const char32_t cp = util::next_code_point(run, i);
        if (is_space(cp) && sign.empty()) {
            cut = true;
        } else if (is_sign(cp) && sign.empty()) {
            sign = std::string(run.substr(at, i - at));
            sign_at = at;
            cut = true;
        } else if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
                   (cp == '.' && !cut && !atoms.empty() && atoms.back().ch != '.')) {
            if (atoms.size() == max_atoms) return false;
            const char ch = cp >= 0xFF10 ? char('0' + (cp - 0xFF10)) : char(cp);  // full width: as ASCII
            atoms.push_back({ch, sign.empty() ? at : sign_at, cut, sign, ""});
            cut = false;
            sign.clear();
        } else {
            bool unit = false;
            for (std::string_view u : {"万元", "元", "件"}) {
                if (run.substr(at, u.size()) != u || cut || atoms.empty() || atoms.back().ch == '.') continue;
                atoms.back().unit = std::string(u);
                i = at + u.size();
                cut = unit = true;
                break;
            }
            if (!unit) return false;
        }
    }
    return sign.empty() && !atoms.empty() && atoms.back().ch != '.';
}

// Every cut of the atoms into rules.count numbers that the format allows and, for each group
// whose sum is a rule, where the last number is the sum of the others.
class Enumerator {
public:
    using Visit = std::function<bool(const Reading&)>;  // false: stop

    // sums[g]: the sum of group g is a rule (a group whose sum is not one is cut by the
    // format alone).
    Enumerator(const std::vector<Atom>& atoms, const SplitRules& rules, std::vector<bool> sums,
               std::size_t max_steps)
        : atoms_(atoms),
          rules_(rules),
          sums_(std::move(sums)),
          max_steps_(max_steps),
          cuts_(atoms.size() + 1, 0),
          dead_((atoms.size() + 1) * (rules.count + 1), false) {
        for (std::size_t m = 0; m < atoms.size(); ++m)
            cuts_[m + 1] = cuts_[m] + (atoms[m].cut_before ? 1 : 0);
        for (const Atom& a : atoms) negatives_ = negatives_ || (!a.sign.empty() && a.sign != "+");
    }

    void run(const Visit& visit) {
        visit_ = &visit;
        const std::size_t n = atoms_.size();
        if (rules_.group != rules_.count || !sums_[0] || negatives_) {
            end_ = n;
            go(0, 0);
            return;
        }
        // One group (a table-三 row): its total is the run's last number. Try each, longest
        // last, and cut what comes before it into numbers that add up to it.
        for (std::size_t s = n; s-- > 0;) {
            if (Number last; number(s, n, rules_.count - 1, last)) {
                end_ = s;
                last_ = {s, n, last.value};
                if (!go(0, 0)) return;
            }
            if (atoms_[s].cut_before) break;
        }
    }
    bool exhausted() const { return exhausted_; }
    std::size_t steps() const { return std::min(steps_, max_steps_); }

private:
    // Atoms [i, j) as number k of the reading, if the format allows it there.
    bool number(std::size_t i, std::size_t j, std::size_t k, Number& out) const {
        const bool decimal_ok = k < rules_.decimal_ok.size() && rules_.decimal_ok[k];
        double v = 0, scale = 0;
        std::string text = atoms_[i].sign;
        for (std::size_t m = i; m < j; ++m) {
            const char c = atoms_[m].ch;
            if (m > i && atoms_[m].cut_before) return false;
            if (c == '.' && (!decimal_ok || scale > 0 || m == i || m + 1 == j)) return false;
            if (c == '.')
                scale = 1;
            else if (scale > 0)
                v += (c - '0') * (scale /= 10);
            else
                v = v * 10 + (c - '0');
            text += c;
        }
        const bool zero_led = j - i > 1 && atoms_[i].ch == '0' && atoms_[i + 1].ch != '.';
        if (zero_led || j - i > kMaxNumberAtoms || (j < atoms_.size() && atoms_[j].ch == '.')) return false;
        out = {text + atoms_[j - 1].unit, atoms_[i].offset,
               atoms_[i].sign.empty() || atoms_[i].sign == "+" ? v : -v};
        return true;
    }

    static double power_of_ten(std::size_t e) {
        static const std::array<double, 24> powers = [] {
            std::array<double, 24> p{};
            p[0] = 1;
            for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
            return p;
        }();
        return e < powers.size() ? powers[e] : HUGE_VAL;
    }

    // spans_ as numbers, with their printed text.
    const Reading& reading() {
        reading_.resize(spans_.size());
        for (std::size_t k = 0; k < spans_.size(); ++k) {
            const auto [i, j, value] = spans_[k];
            Number& n = reading_[k];
            n.text = atoms_[i].sign;
            for (std::size_t m = i; m < j; ++m) n.text += atoms_[m].ch;
            n.text += atoms_[j - 1].unit;
            n.offset = atoms_[i].offset;
            n.value = value;
        }
        return reading_;
    }

    // Cuts atoms [i, end_) into the numbers from spans_.size() on; `partial`: the sum of
    // the current group so far. False: stop everything.
    bool go(std::size_t i, double partial) {
        if (++steps_ > max_steps_) {
            exhausted_ = true;
            return false;
        }
        const bool fixed_last = end_ < atoms_.size();
        const std::size_t k = spans_.size(), count = rules_.count - (fixed_last ? 1 : 0);
        if (k == count) {
            if (i != end_ || (fixed_last && std::fabs(partial - last_.value) > 1e-9)) return true;
            if (fixed_last) spans_.push_back(last_);
            const bool go_on = (*visit_)(reading());
            if (fixed_last) spans_.pop_back();
            ++found_;
            return go_on;
        }
        const std::size_t group = rules_.group > 0 ? rules_.group : rules_.count;
        const bool group_start = k % group == 0, sums = rules_.group > 0 && sums_[k / group];
        const bool is_total = sums && k % group == group - 1;
        // Where the rest depends on (i, k) alone, a dead end is remembered: at a group's start
        // (its partial sum is 0) or inside a group whose sum is no rule.
        const bool memo = !fixed_last && (group_start || !sums);
        const std::size_t state = i * (rules_.count + 1) + k, found_before = found_;
        if (memo && dead_[state]) return true;
        const bool decimal_ok = k < rules_.decimal_ok.size() && rules_.decimal_ok[k];
        const bool negative = !atoms_[i].sign.empty() && atoms_[i].sign != "+";
        double magnitude = 0, scale = 0;
        for (std::size_t j = i + 1; j <= end_; ++j) {
            const Atom& a = atoms_[j - 1];
            if (j - 1 > i &&
                (a.cut_before || (atoms_[i].ch == '0' && a.ch != '.' && atoms_[i + 1].ch != '.')))
                break;
            if (j - i > kMaxNumberAtoms) break;
            if (a.ch == '.') {
                if (!decimal_ok || scale > 0) break;
                scale = 1;
                continue;  // never cut right after '.'
            }
            magnitude = scale > 0 ? magnitude + (a.ch - '0') * (scale /= 10) : magnitude * 10 + (a.ch - '0');
            if (j < end_ && atoms_[j].ch == '.') continue;  // nor right before it
            const std::size_t rest = count - k - 1;
            const std::size_t cuts_after = j < end_ ? cuts_[end_] - cuts_[j + 1] : 0;
            if (j == end_ ? rest != 0 : (rest < 1 + cuts_after || rest > end_ - j)) continue;
            if (end_ - j > rest * kMaxNumberAtoms) continue;  // too many atoms left for the rest
            const double value = negative ? -magnitude : magnitude;
            const double next = k % group == group - 1 ? 0 : partial + value;
            if (is_total && std::fabs(value - partial) > 1e-9) {
                if (!negatives_ && value > partial) break;
                continue;
            }
            if (fixed_last && !negatives_) {
                // What is left to add up to the total bounds every number still to come.
                const double left = last_.value - next;
                if (left < 0) break;
                // Too many atoms left to stay below it: one number would have more digits.
                if (const std::size_t longest = rest > 0 ? (end_ - j + rest - 1) / rest : 0;
                    longest > 1 && left < power_of_ten(longest - 1))
                    continue;
                if (rest > 0 && left >= double(rest) * power_of_ten(end_ - j - rest + 1)) continue;
                if (rest == 0 && left > 1e-9) continue;
            } else if (sums && !is_total && !negatives_) {
                // The total still to come has at most this many digits.
                const std::size_t total_digits = end_ - j - (rest - 1);
                if (total_digits < 16 && next >= power_of_ten(total_digits)) break;
            }
            spans_.push_back({i, j, value});
            const bool go_on = go(j, next);
            spans_.pop_back();
            if (!go_on) return false;
        }
        if (memo && found_ == found_before) dead_[state] = true;
        return true;
    }

    const std::vector<Atom>& atoms_;
    const SplitRules& rules_;
    std::vector<bool> sums_;
    std::size_t max_steps_;
    std::vector<std::size_t> cuts_;  // cuts_[m]: forced cuts before atoms [0, m)
    std::vector<bool> dead_;         // (atom, number) that leads nowhere, where memo holds
    bool negatives_ = false;
    const Visit* visit_ = nullptr;
    struct Span {
        std::size_t begin = 0, end = 0;  // atoms
        double value = 0;
    };
    std::vector<Span> spans_;  // the numbers cut so far
    Reading reading_;          // spans_ as numbers, rebuilt for each visit
    Span last_;                // the run's last number, when it is fixed first
    std::size_t end_ = 0;
    std::size_t steps_ = 0, found_ = 0;
    bool exhausted_ = false;
};

bool same_numbers(const Reading& a, const Reading& b, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        if (a[i].text != b[i].text || a[i].offset != b[i].offset) return false;
    return true;
}

}  // namespace

Split split_run(std::string_view run, const SplitRules& rules, std::size_t max_readings,
                std::size_t max_steps) {
    Split out;
    out.max_steps = max_steps;
    const std::size_t group = rules.group > 0 ? rules.group : rules.count;
    const std::size_t groups = group > 0 ? rules.count / group : 0;
    out.forced.assign(groups, false);
    std::vector<Atom> atoms;
    if (rules.count == 0 || !parse_atoms(run, atoms, rules.count * kMaxNumberAtoms)) return out;

    Enumerator sums(atoms, rules, std::vector<bool>(groups, true), max_steps);
    sums.run([&](const Reading& r) {
        if (out.readings.size() < max_readings) out.readings.push_back(r);
        return ++out.count <= max_readings;
    });
    out.exhausted = sums.exhausted();
    out.steps = sums.steps();

    // Group g's numbers are forced when every reading that keeps the other groups' sums
    // cuts them alike: then g's own sum took no part in the cut, and checking it is real.
    for (std::size_t g = 0; g < groups; ++g) {
        std::vector<bool> others(groups, true);
        others[g] = false;
        Reading first;
        std::size_t seen = 0;
        bool same = true;
        Enumerator without(atoms, rules, others, max_steps - out.steps);
        without.run([&](const Reading& r) {
            if (seen++ == 0)
                first = r;
            else
                same = same_numbers(first, r, g * group, (g + 1) * group);
            return same;
        });
        out.forced[g] = seen > 0 && same && !without.exhausted();
        out.steps += without.steps();
    }
    return out;
}

}  // namespace xxgk::flat
