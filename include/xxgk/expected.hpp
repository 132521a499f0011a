#pragma once
// `--expect FILE`: the reports an office expects to collect, and how the run measures up to it.
// The list is CSV, UTF-8 or GB18030, with a header naming its columns:
//
//     issuer,year,parent,aggregate
//     霁川市蓝溪区人民政府,*,,yes
//     霁川市蓝溪区教育局,*,霁川市蓝溪区人民政府,
//
// `year` is a year or `*` (every year of the run); `parent` and `aggregate` may be left out.
// An aggregate's tables 三 and 四 are the sums of those of the issuers that name it as parent.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "xxgk/error.hpp"

namespace xxgk {

struct ExpectedEntry {
    std::string issuer;       // as the list spells it
    std::string key;          // normalize_label(issuer): what reports are matched by
    std::optional<int> year;  // nullopt: `*`
    std::string parent_key;   // the parent's key; empty: none
    bool aggregate = false;
    int line = 0;
};

struct ExpectedReports {
    std::string path;  // as named: findings about the list point into it
    std::vector<ExpectedEntry> entries;
    // The issuer `key` is an aggregate in `year`, or the child of one.
    bool is_aggregate(const std::string& key, int year) const;
    bool has_aggregate_parent(const std::string& key) const;
};

// The list, or an Error naming the line (message in English, message_zh in Chinese).
Result<ExpectedReports> read_expected_reports(const std::string& path);

// How the run measures up to the list: each issuer and year the list expects (a year of `*`
// standing for every year of the run's reports), which are there, and the reports
// that are not on it.
struct Coverage {
    std::vector<int> years;  // the years `*` stood for
    int expected = 0, present = 0, unexpected = 0;
    struct Missing {
        std::string issuer;  // as the list spells it
        int year = 0;
        std::string parent;  // as the list spells the parent's name; empty: none
        int line = 0;        // of the list
    };
    std::vector<Missing> missing;
};

}  // namespace xxgk
