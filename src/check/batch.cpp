// Workers take the next input; the calling thread hands results on in input order. Workers
// never run more than a window ahead of the one handed on last, which bounds the results held.
#include "xxgk/batch.hpp"

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace xxgk {
namespace {

// The merged input order: item k is either a collected error or the next file.
struct Task {
    const FileResult* error = nullptr;
    std::size_t file = 0;
};

std::vector<Task> tasks_of(const Collected& in) {
    std::vector<Task> tasks;
    std::size_t next_file = 0, next_error = 0;
    const std::size_t total = in.files.size() + in.errors.size();
    for (std::size_t k = 0; k < total; ++k) {
        if (next_error < in.errors.size() && in.error_at[next_error] == k)
            tasks.push_back({&in.errors[next_error++], 0});
        else
            tasks.push_back({nullptr, next_file++});
    }
    return tasks;
}

}  // namespace

BatchEnd check_batch(const Collected& in, const BatchOptions& options,
                     const std::function<void(std::size_t, FileResult&&)>& emit) {
    const std::vector<Task> tasks = tasks_of(in);
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t window = std::size_t{jobs} * 8;

    // A digest is made only for what reads it below: the rules across reports, the issuer map.
    const bool across = options.cross || options.expected;
    LoadOptions load = options.load;
    load.keep_digest = across || options.issuers;
    auto run = [&](const Task& t) -> FileResult {
        if (t.error) return *t.error;
        return check_file(in.files[t.file], load, options.check, in.named[t.file]);
    };

    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next = 0, handed_on = 0;
    std::map<std::size_t, FileResult> ready;
    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return next >= tasks.size() || next < handed_on + window; });
                if (next >= tasks.size()) return;
                i = next++;
            }
            FileResult r = run(tasks[i]);
            {
                std::lock_guard lock(mutex);
                ready.emplace(i, std::move(r));
            }
            changed.notify_all();
        }
    };
    init_readers();
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs && j < tasks.size(); ++j) threads.emplace_back(worker);

    // Digests are kept only for the rules across reports, and in one allocation: a vector that
    // doubles as it fills holds both copies of 10,000 digests for a moment.
    std::vector<ReportDigest> digests;
    std::vector<std::size_t> digest_owner;  // result index of each digest
    if (across) digests.reserve(tasks.size());
    for (std::size_t k = 0; k < tasks.size(); ++k) {
        FileResult r;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return ready.count(k) > 0; });
            r = std::move(ready.at(k));
            ready.erase(k);
            handed_on = k + 1;
        }
        changed.notify_all();
        if (r.digest && options.issuers) {
            apply_issuer_map(*r.digest, *options.issuers);
            // The map gave the year the report does not say: the rules across years place it.
            if (r.digest->year) std::erase_if(r.findings, [](const Finding& f) { return f.rule == "year-unknown"; });
            if (r.findings.empty() && r.status == FileResult::Status::findings) r.status = FileResult::Status::ok;
        }
        if (r.digest && across) {
            trim_digest(*r.digest, options.expected);
            digests.push_back(std::move(*r.digest));
            digest_owner.push_back(k);
        }
        r.digest.reset();
        emit(k, std::move(r));
    }
    for (auto& t : threads) t.join();

    BatchEnd end;
    const ExpectedReports* list = options.expected;
    if (list) {
        // The list is one more file of the run: what it expects and the run lacks is said there.
        FileResult side;
        side.path = list->path;
        side.side_file = true;
        emit(tasks.size(), std::move(side));
        end.coverage = list_coverage(digests, *list);
    }
    if (!options.cross && !list) return end;
    for (auto& [i, f] : check_across(digests, options.check.rules, list, options.cross))
        end.cross.emplace_back(i == kOnExpectList ? tasks.size() : digest_owner[i], std::move(f));
    return end;
}

}  // namespace xxgk
