#pragma once
// Baselines: the findings a project has accepted, so CI fails only on new ones.
//
// An entry is keyed on (path, fingerprint). The path is stored relative to the baseline
// file's own folder, so the baseline keeps matching when the check runs from another working
// directory, with absolute paths, or after the folder holding both the baseline and the
// reports is moved or renamed. Renaming a report (or moving it relative to the baseline) does
// not carry its entries along: its findings come back as new and the old entries are listed as
// stale — visible, and fixed by writing the baseline again. Matching on the fingerprint alone
// would survive a rename, but would let one report's accepted finding hide the same finding
// in another report (section-missing reads the same in every report that has it).
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "xxgk/lang.hpp"
#include "xxgk/result.hpp"
#include "xxgk/error.hpp"

namespace xxgk {

struct BaselineEntry {
    std::string fingerprint;
    std::string rule;
    std::string path;     // in the file: relative to the baseline's folder; once read: as shown
    std::string message;  // for the people who read the baseline; not used for matching
};

struct Baseline {
    static constexpr int kVersion = 1;
    std::string file;  // where it was read from
    std::vector<BaselineEntry> entries;
};

// The baseline file's text (JSON: {"version", "entries": [...]}) for every finding of
// `results`, messages in `lang`; `baseline_path` is where it will be written.
std::string baseline_json(const std::vector<FileResult>& results, const std::string& baseline_path,
                          Lang lang);

Result<Baseline> read_baseline(const std::string& path);

struct BaselineMatch {
    int suppressed = 0;                // findings removed because the baseline has them
    std::vector<BaselineEntry> stale;  // entries no current finding matched, paths as shown
};

// Applies a baseline one result at a time, as a run goes; finish() once every result is in.
class BaselineMatcher {
public:
    explicit BaselineMatcher(const Baseline& baseline);
    // Removes from `result` the findings the baseline has (each entry hides one finding);
    // its status follows the findings left.
    void apply(FileResult& result);
    // What was hidden, and the entries no finding matched, of the files this run checked.
    BaselineMatch finish() const;

private:
    const Baseline& baseline_;
    std::filesystem::path folder_;
    // How many findings each (path, fingerprint) may still hide: a multiset, so two equal
    // findings in a file need two entries.
    std::map<std::pair<std::string, std::string>, int> budget_;
    std::set<std::string> paths_;    // stored paths the baseline has entries for
    std::set<std::string> checked_;  // those of them this run read
    int suppressed_ = 0;
};

// Removes from `results` every finding the baseline has (each entry hides one finding) and
// returns what matched and what no longer occurs. Entries of files that were not checked in
// this run are not stale: they are simply not looked at. Statuses follow the findings left.
BaselineMatch apply_baseline(std::vector<FileResult>& results, const Baseline& baseline);

}  // namespace xxgk
