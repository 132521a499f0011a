// Baselines: written from findings, read back, and matched on (path, fingerprint).
#include "xxgk/baseline.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

#include "xxgk/messages.hpp"
#include "xxgk/source.hpp"

namespace xxgk {
namespace fs = std::filesystem;

namespace {

using json = nlohmann::ordered_json;

fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    return (ec ? p : abs).lexically_normal();
}

fs::path folder_of(const std::string& baseline_path) {
    return absolute_normal(baseline_path).parent_path();
}

// A checked file's path as the baseline stores it: relative to the baseline's folder, with
// '/' on every system. Lexical, so a symlinked folder is taken as the user named it.
std::string key_path(const std::string& path, const fs::path& baseline_folder) {
    if (path == "-") return path;  // stdin has no place on disk
    return absolute_normal(path).lexically_proximate(baseline_folder).generic_string();
}

// A stored path as the user sees it: relative to the working directory when possible.
std::string shown_path(const std::string& stored, const fs::path& baseline_folder) {
    if (stored == "-") return stored;
    fs::path full = (baseline_folder / stored).lexically_normal();
    return full.lexically_proximate(absolute_normal(".")).generic_string();
}

}  // namespace

std::string baseline_json(const std::vector<FileResult>& results, const std::string& baseline_path,
                          Lang lang) {
    const fs::path folder = folder_of(baseline_path);
    json entries = json::array();
    for (const FileResult& r : results) {
        std::string path = key_path(r.path, folder);
        for (const Finding& f : r.findings) {
            entries.push_back({{"fingerprint", f.fingerprint},
                               {"rule", f.rule},
                               {"path", path},
                               {"message", f.message(lang)}});
        }
    }
    json doc = {{"version", Baseline::kVersion}, {"entries", std::move(entries)}};
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Result<Baseline> read_baseline(const std::string& path) {
    Result<std::string> text = read_side_file(path);
    if (!text) {
        Error e = text.error();
        return error_of(Msg::baseline_unreadable, {MessageArg::both(error_text(e, Lang::zh), e.message)});
    }
    json doc = json::parse(text.value(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return error_of(Msg::baseline_not_object);
    if (!doc.contains("version") || doc["version"] != Baseline::kVersion)
        return error_of(Msg::baseline_version, {Baseline::kVersion});
    if (!doc.contains("entries") || !doc["entries"].is_array())
        return error_of(Msg::baseline_no_entries);
    Baseline b;
    b.file = path;
    const fs::path folder = folder_of(path);
    for (const json& e : doc["entries"]) {
        if (!e.is_object() || !e.contains("fingerprint") || !e["fingerprint"].is_string() ||
            !e.contains("path") || !e["path"].is_string())
            return error_of(Msg::baseline_bad_entry);
        BaselineEntry entry;
        entry.fingerprint = e["fingerprint"];
        entry.path = e["path"];
        entry.rule = e.value("rule", "");
        entry.message = e.value("message", "");
        b.entries.push_back(std::move(entry));
    }
    return b;
}

BaselineMatcher::BaselineMatcher(const Baseline& baseline)
    : baseline_(baseline), folder_(folder_of(baseline.file)) {
    for (const BaselineEntry& e : baseline.entries) {
        ++budget_[{e.path, e.fingerprint}];
        paths_.insert(e.path);
    }
}

void BaselineMatcher::apply(FileResult& r) {
    std::string path = key_path(r.path, folder_);
    // A file that could not be read this time says nothing about its old findings.
    if ((r.status == FileResult::Status::ok || r.status == FileResult::Status::findings) && paths_.contains(path))
        checked_.insert(path);
    std::vector<Finding> kept;
    for (Finding& f : r.findings) {
        auto it = budget_.find({path, f.fingerprint});
        if (it != budget_.end() && it->second > 0) {
            --it->second;
            ++suppressed_;
        } else {
            kept.push_back(std::move(f));
        }
    }
    r.findings = std::move(kept);
    if (r.status == FileResult::Status::findings && r.findings.empty()) r.status = FileResult::Status::ok;
}

BaselineMatch BaselineMatcher::finish() const {
    BaselineMatch match;
    match.suppressed = suppressed_;
    std::map<std::pair<std::string, std::string>, int> left = budget_;
    // Entries in file order: each one left over once its budget is counted down.
    for (const BaselineEntry& e : baseline_.entries) {
        if (!checked_.contains(e.path)) continue;
        int& n = left[{e.path, e.fingerprint}];
        if (n <= 0) continue;
        --n;
        BaselineEntry shown = e;
        shown.path = shown_path(e.path, folder_);
        match.stale.push_back(std::move(shown));
    }
    return match;
}

BaselineMatch apply_baseline(std::vector<FileResult>& results, const Baseline& baseline) {
    BaselineMatcher matcher(baseline);
    for (FileResult& r : results) matcher.apply(r);
    return matcher.finish();
}

}  // namespace xxgk
