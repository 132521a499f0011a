// After the files are checked: filters, baselines, the reporter, --output and the exit code.
// Filtering comes first, so every output and the exit code see the same findings.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "check_args.hpp"
#include "commands.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::cli {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The reporter to use, and whether GitHub annotations (and the step summary) come with it.
struct Choice {
    const Reporter* reporter = nullptr;
    bool annotations = false;  // in addition to the reporter's output, on stdout
    bool step_summary = false;
    std::string error;         // XXGK_FORMAT names no format
};

Choice choose(const CheckArgs& args) {
    Choice c;
    std::string name = args.format.empty() ? env("XXGK_FORMAT") : args.format;
    if (name.empty()) {
        // A plain `xxgk check` in a GitHub workflow: the log as usual, and the findings on
        // the pull request.
        c.annotations = c.step_summary = env("GITHUB_ACTIONS") == "true";
        name = "text";
    }
    c.reporter = find_reporter(name);
    if (c.reporter == nullptr) {
        std::string names;
        for (const Reporter& r : reporter_registry()) names += (names.empty() ? "" : ", ") + std::string(r.name);
        c.error = "XXGK_FORMAT: '" + name + "' is not a format (" + names + ")";
    }
    c.step_summary = c.step_summary || name == "github";
    return c;
}

std::optional<Severity> threshold(const std::string& fail_on) {
    if (fail_on == "never") return std::nullopt;
    if (fail_on == "note") return Severity::note;
    if (fail_on == "warning") return Severity::warning;
    return Severity::error;
}

bool use_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // https://no-color.org: set and non-empty disables color.
    return to_terminal && isatty(STDOUT_FILENO) && env("NO_COLOR").empty();
}

// Appends to $GITHUB_STEP_SUMMARY. A summary that cannot be written costs the summary, not
// the check: a warning, and the exit code stays what the findings say.
void append_step_summary(const Outcome& outcome, const ReportStyle& style) {
    const std::string path = env("GITHUB_STEP_SUMMARY");
    if (path.empty()) return;
    std::ofstream file(path, std::ios::app | std::ios::binary);
    if (file) write_github_summary(file, outcome, style);
    if (!file) std::cerr << "xxgk: warning: cannot append to $GITHUB_STEP_SUMMARY (" << path << ")\n";
}

}  // namespace

int prepare_check(const CheckArgs& args, CheckPlan& plan) {
    if (Choice c = choose(args); !c.error.empty()) {
        std::cerr << "xxgk: " << c.error << '\n';
        return kExitUsage;
    }
    Result<RuleFilter> filter = make_rule_filter(args.select, args.ignore);
    if (!filter) {
        std::cerr << "xxgk: " << filter.error().message << '\n';
        return kExitUsage;
    }
    plan.filter = filter.value();
    if (!args.baseline.empty()) {
        Result<Baseline> baseline = read_baseline(args.baseline);
        if (!baseline) {
            std::cerr << "xxgk: " << args.baseline << ": " << baseline.error().message << '\n';
            return kExitUnreadable;
        }
        plan.baseline = std::move(baseline.value());
    }
    // Opened before any file is checked: a path that cannot be written stops the run at once.
    if (!args.output.empty() && args.output != "-") {
        auto output = OutputFile::open(args.output);
        if (!output) {
            std::cerr << "xxgk: " << args.output << ": " << output.error().message << '\n';
            return kExitUnreadable;
        }
        plan.output = std::move(output.value());
    }
    return kExitOk;
}

CheckRun::CheckRun(const CheckArgs& args, CheckPlan& plan) : args_(args), plan_(plan) {
    const Choice choice = choose(args);
    const bool to_stdout = !plan.output;
    style_.lang = args.lang;
    style_.fail_on = threshold(args.fail_on);
    style_.color = choice.reporter->name == "text" && use_color(args.color, to_stdout);
    style_.baseline = plan.baseline.has_value();
    step_summary_ = choice.step_summary;
    out_ = to_stdout ? &std::cout : &plan.output->stream();
    writer_ = choice.reporter->open(*out_, style_);
    if (choice.annotations) {
        ReportStyle plain = style_;
        plain.color = false;
        annotations_ = open_github(std::cout, plain);
    }
    if (plan.baseline) matcher_.emplace(*plan.baseline);
    // Formats with one entry per file take a file's cross-report findings in that entry; the
    // line-oriented ones (text, gcc, github) print them after the files.
    const std::string_view name = choice.reporter->name;
    hold_ = step_summary_ || (args.cross && (name == "json" || name == "sarif" || name == "junit"));
}

void CheckRun::add(std::size_t index, FileResult&& r) {
    apply_rule_filter(r, plan_.filter);
    if (args_.cross) {
        if (paths_.size() <= index) paths_.resize(index + 1);
        paths_[index] = r.path;
    }
    // Every current finding, before an old baseline hides any: writing with --baseline given
    // too refreshes the baseline (and drops the entries that no longer occur).
    if (!args_.write_baseline.empty() && !r.findings.empty()) for_baseline_.push_back(r);
    if (matcher_) matcher_->apply(r);
    if (hold_) {
        held_.push_back(std::move(r));
        return;
    }
    emit(index, r);
}

void CheckRun::emit(std::size_t index, const FileResult& r) {
    writer_->file(r);
    if (annotations_) annotations_->file(r);
    summary_.add(index, r);
    unreadable_ = unreadable_ || r.status == FileResult::Status::error;
    for (const Finding& f : r.findings) failing_ = failing_ || (style_.fail_on && f.severity >= *style_.fail_on);
}

int CheckRun::finish(std::vector<std::pair<std::size_t, Finding>> cross) {
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
        for (; k < cross.size() && cross[k].first == index; ++k) late.findings.push_back(std::move(cross[k].second));
        apply_rule_filter(late, plan_.filter);
        if (late.findings.empty()) continue;
        if (!args_.write_baseline.empty()) for_baseline_.push_back(late);
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

    if (!args_.write_baseline.empty()) {
        std::string text = baseline_json(for_baseline_, args_.write_baseline, args_.lang);
        if (auto error = write_file_atomically(args_.write_baseline, text)) {
            std::cerr << "xxgk: " << args_.write_baseline << ": " << error->message << '\n';
            return kExitUnreadable;
        }
        int entries = 0;
        for (const FileResult& r : for_baseline_) entries += static_cast<int>(r.findings.size());
        std::cerr << "xxgk: wrote " << entries << " baseline entr" << (entries == 1 ? "y" : "ies")
                  << " to " << args_.write_baseline << '\n';
    }
    RunEnd end{summary_.summary(), 0, {}, summary_.hint_rule()};
    if (matcher_) {
        BaselineMatch match = matcher_->finish();
        end.suppressed = match.suppressed;
        end.stale = std::move(match.stale);
    }
    writer_->end(end);
    if (annotations_) annotations_->end(end);
    if (plan_.output) {
        if (auto error = plan_.output->commit()) {
            std::cerr << "xxgk: " << args_.output << ": " << error->message << '\n';
            return kExitUnreadable;
        }
    }
    std::cout.flush();
    if (step_summary_) {
        Outcome outcome{.results = held_, .baseline = style_.baseline, .suppressed = end.suppressed,
                        .stale = end.stale};
        append_step_summary(outcome, style_);
    }

    // Nothing checked is no success: a folder the crawler left empty, a wrong --exclude.
    if (end.summary.files == 0) {
        const int skipped = end.summary.skipped;
        if (args_.lang == "en")
            std::cerr << "xxgk: error: no report to check in the paths given"
                      << (skipped ? fmt::format(" ({} file{} skipped as not reports)", skipped, skipped == 1 ? "" : "s")
                                  : std::string())
                      << '\n';
        else
            std::cerr << "xxgk: 错误：所给路径中没有可检查的年报"
                      << (skipped ? fmt::format("（跳过 {} 个非年报文件）", skipped) : std::string()) << '\n';
        return kExitUnreadable;
    }
    // A baseline just written accepts what was found: only unreadable files still fail.
    if (!args_.write_baseline.empty()) return unreadable_ ? kExitUnreadable : kExitOk;
    return unreadable_ ? kExitUnreadable : failing_ ? kExitFindings : kExitOk;
}

}  // namespace xxgk::cli
