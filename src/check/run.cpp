// After the files are read: baselines, reporters in input order, cross-report findings with
// their file, the exit status.
#include "xxgk/run.hpp"

#include <algorithm>

namespace xxgk {

std::optional<Severity> severity_from_name(std::string_view name) {
    for (Severity s : {Severity::note, Severity::warning, Severity::error})
        if (severity_name(s) == name) return s;
    return std::nullopt;
}

Run::Run(const RunOptions& options, std::vector<RunWriter> writers)
    : options_(options), writers_(std::move(writers)) {
    if (options_.baseline) matcher_.emplace(*options_.baseline);
    // Formats with one entry per file take a file's cross-report findings in that entry; the
    // line-oriented ones print them after the files.
    const bool whole = std::ranges::any_of(writers_, &RunWriter::needs_whole_run);
    hold_ = options_.keep_results || (options_.cross && whole);
}

void Run::add(std::size_t index, FileResult&& r) {
    if (options_.cross) {
        if (paths_.size() <= index) paths_.resize(index + 1);
        paths_[index] = r.path;
    }
    // Every current finding, before an old baseline hides any: writing with --baseline given
    // too refreshes the baseline (and drops the entries that no longer occur).
    if (options_.write_baseline && !r.findings.empty()) for_baseline_.push_back(r);
    if (matcher_) matcher_->apply(r);
    if (hold_) {
        held_.push_back(std::move(r));
        return;
    }
    emit(index, r);
}

void Run::emit(std::size_t index, const FileResult& r) {
    // --severity hides from the outputs what the summary and the exit code still count.
    const auto below = [&](const Finding& f) { return f.severity < options_.show; };
    if (std::ranges::any_of(r.findings, below)) {
        FileResult shown = r;  // the report and digest too: a reporter may draw the tables
        hidden_ += static_cast<int>(std::erase_if(shown.findings, below));
        for (const RunWriter& w : writers_) w.writer->file(shown);
    } else {
        for (const RunWriter& w : writers_) w.writer->file(r);
    }
    summary_.add(index, r);
    unreadable_ = unreadable_ || r.status == FileResult::Status::error;
    for (const Finding& f : r.findings)
        failing_ = failing_ || (options_.fail_on && f.severity >= *options_.fail_on);
}

const RunEnd& Run::finish(CrossFindings cross, std::optional<Coverage> coverage) {
    // A finding about two reports is told with the later one, after its own findings; a file's
    // cross-report findings in the order of its own, by position, then rule code.
    std::stable_sort(cross.begin(), cross.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        if (a.second.pos.order_key() != b.second.pos.order_key()) return a.second.pos.order_key() < b.second.pos.order_key();
        return a.second.code < b.second.code;
    });
    for (std::size_t k = 0; k < cross.size();) {
        const std::size_t index = cross[k].first;
        FileResult late;
        late.path = index < paths_.size() ? paths_[index] : "";
        late.status = FileResult::Status::findings;
        late.late = true;
        for (; k < cross.size() && cross[k].first == index; ++k) late.findings.push_back(std::move(cross[k].second));
        if (options_.write_baseline) for_baseline_.push_back(late);
        if (matcher_) matcher_->apply(late);
        if (late.findings.empty()) continue;
        if (!hold_) {
            emit(index, late);
            continue;
        }
        FileResult& held = held_.at(index);
        for (Finding& f : late.findings) held.findings.push_back(std::move(f));
        if (held.status == FileResult::Status::ok) held.status = FileResult::Status::findings;
    }
    for (std::size_t i = 0; i < held_.size(); ++i) emit(i, held_[i]);

    end_ = RunEnd{summary_.summary(), 0, {}, summary_.hint_rule(), std::move(coverage)};
    end_.summary.hidden = hidden_;
    if (matcher_) {
        BaselineMatch match = matcher_->finish();
        end_.suppressed = match.suppressed;
        end_.stale = std::move(match.stale);
    }
    for (const RunWriter& w : writers_) w.writer->end(end_);
    return end_;
}

int Run::exit_code() const {
    // Nothing checked is no success: a folder the crawler left empty, a wrong --exclude.
    if (end_.summary.files == 0 || unreadable_) return kExitUnreadable;
    // A baseline just written accepts what was found: only unreadable files still fail.
    if (options_.write_baseline) return kExitOk;
    return failing_ ? kExitFindings : kExitOk;
}

}  // namespace xxgk
