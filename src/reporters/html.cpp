// `--format html`: one self-contained page a clerk opens: per file its tables drawn as the
// template prints them with the wrong cells marked, and an index of the batch.
//
// It streams: each file's section is written as its result comes, and only a small entry per
// file is kept for the index, which is written at the end of the file and shown first (the
// style sheet orders it). Cross-report findings come after every file, as late results under a
// file's path: they go into a section of their own that links the reports they name.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "reporters/html_index.hpp"
#include "reporters/html_page.hpp"
#include "reporters/html_section.hpp"

namespace xxgk {
namespace {

using namespace detail::html;

class HtmlWriter final : public ReportWriter {
public:
    HtmlWriter(std::ostream& out, const ReportStyle& style) : out_(out), style_(style) {}

    void file(const FileResult& r) override {
        start();
        const auto known = by_path_.find(r.path);
        // A late result: a file already written, findings only (a file named twice in the
        // input comes again with its report or its error).
        if (cross_open_ || (known != by_path_.end() && !r.report && !r.error)) {
            late(r, known == by_path_.end() ? nullptr : &entries_[known->second]);
            return;
        }
        const std::string section = section_id(entries_.size() + 1);
        write_section(out_, r, entries_.size() + 1, style_.lang);
        by_path_[r.path] = entries_.size();
        entries_.push_back(index_entry(r, section));
    }

    void end(const RunEnd& e) override {
        start();
        if (cross_open_) out_ << "</ol>\n</section>\n";
        out_ << "</main>\n";
        write_index(out_, entries_, e, style_.baseline, style_.lang);
        write_foot(out_);
        out_.flush();
    }

private:
    void start() {
        if (started_) return;
        started_ = true;
        write_head(out_, style_.lang);
        out_ << "<main id=\"reports\">\n";
    }

    void late(const FileResult& r, IndexEntry* entry) {
        if (r.findings.empty()) return;
        if (!cross_open_) {
            cross_open_ = true;
            out_ << "<section id=\"cross\" aria-labelledby=\"cross-h\">\n<h2 id=\"cross-h\">"
                 << pick(style_.lang, "跨报告的问题", "Findings across reports") << "</h2>\n<ol class=\"findings\">\n";
        }
        if (entry) add_late(*entry, r.findings);
        const SectionOf section_of = [this](std::string_view path) {
            const auto it = by_path_.find(std::string(path));
            return it == by_path_.end() ? std::string() : entries_[it->second].section;
        };
        for (const Finding& f : r.findings) write_cross_finding(out_, r.path, f, ++cross_, section_of, style_.lang);
    }

    std::ostream& out_;
    ReportStyle style_;
    bool started_ = false, cross_open_ = false;
    std::vector<IndexEntry> entries_;
    std::unordered_map<std::string, std::size_t> by_path_;  // the last section of each path
    std::size_t cross_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> open_html(std::ostream& out, const ReportStyle& style) {
    return std::make_unique<HtmlWriter>(out, style);
}

void write_html(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_html, out, o, style); }

}  // namespace xxgk
