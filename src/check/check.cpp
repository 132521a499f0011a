// From a path to findings: source, reader, model, rules — and which paths to check at all.
#include "xxgk/check.hpp"

#include <errno.h>
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "xxgk/messages.hpp"
#include "xxgk/model.hpp"
#include "xxgk/readers.hpp"
#include "xxgk/source.hpp"

namespace xxgk {
namespace fs = std::filesystem;

namespace {

// A file with none of the tables and none of the headings is something else (a README, a
// log): saying "no report found" is more useful than dozens of "row missing" findings.
bool looks_like_report(const Report& r) {
    return r.active.present || r.applications.present || r.review.present || !r.sections.empty();
}

FileResult error_result(std::string path, const Error& error) {
    FileResult r;
    r.path = std::move(path);
    r.status = FileResult::Status::error;
    r.error = read_error(error);
    return r;
}

constexpr std::string_view kNoReport = "no report found";

Result<Report> finish(Report report) {
    if (!looks_like_report(report))
        return error_of(Msg::no_report);
    return report;
}

}  // namespace

Result<Report> report_from_source(const SourceText& source, InputFormat format) {
    if (format == InputFormat::automatic) format = detect_text_format(source.path, source.text);
    const FormatSpec& spec = format_spec(format);
    // Decoded text is read as text whatever a binary format would make of its bytes.
    const FormatSpec& reader = spec.binary ? format_spec(InputFormat::text) : spec;
    Result<Document> doc = reader.read(ReaderInput{source.path, source.text, &source, {}});
    if (!doc) return doc.error();
    return finish(build_report(doc.value(), source, std::string(reader.name)));
}

Result<Report> report_from_bytes(const std::string& path, const std::string& bytes,
                                 const LoadOptions& options) {
    const FormatSpec& spec =
        format_spec(options.format == InputFormat::automatic ? detect_format(path, bytes) : options.format);
    if (spec.binary) {
        Result<Document> doc = spec.read(ReaderInput{path, bytes, nullptr, {options.max_inflate, options.max_pages}});
        if (!doc) return doc.error();
        return finish(build_report(doc.value(), SourceText{path, std::string(spec.encoding), ""}, std::string(spec.name)));
    }
    // libxml2 holds an HTML page at about 8 times its size: a quarter of --max-size keeps the
    // parse within twice the limit (16 MiB and some 130 MiB by default).
    if (spec.format == InputFormat::html && bytes.size() > options.max_size / 4) {
        return error_of(Msg::html_too_large, {options.max_size / 4});
    }
    const std::string charset = spec.declared_charset ? spec.declared_charset(bytes) : "";
    Result<SourceText> source = decode_source(path, bytes, charset);
    if (!source) return source.error();
    return report_from_source(source.value(), spec.format);
}

Result<Report> load_report(const std::string& path, const LoadOptions& options) {
    Result<std::string> bytes = read_bytes(path, options.max_size);
    if (!bytes) return bytes.error();
    return report_from_bytes(path, bytes.value(), options);
}

FileResult check_report(const Report& report, const CheckOptions& check) {
    FileResult r;
    r.path = report.path;
    r.layout = report.layout;
    r.findings = run_rules(report, check);
    r.status = r.findings.empty() ? FileResult::Status::ok : FileResult::Status::findings;
    return r;
}

FileResult check_file(const std::string& path, const LoadOptions& load, const CheckOptions& check,
                      bool named) {
    Result<Report> report = load_report(path, load);
    if (!report) {
        FileResult r = error_result(path, report.error());
        if (!named && report.error().message.starts_with(kNoReport)) {
            r.status = FileResult::Status::skipped;
            r.error = not_a_report(report.error());
        }
        return r;
    }
    FileResult r = check_report(report.value(), check);
    r.path = path;  // as the user named it, whatever the model kept
    if (load.keep_digest) r.digest = std::make_shared<ReportDigest>(digest_report(report.value(), path));
    if (load.keep_report) r.report = std::make_shared<const Report>(std::move(report.value()));
    return r;
}

namespace {

// What is missing at `p`: a dangling symbolic link is said to be one, with where it points
// (the user sees the name in `ls`; "no such file" would puzzle).
Error missing(const fs::path& p) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(p, ec))) {
        const fs::path target = fs::read_symlink(p, ec);
        if (!ec)
            return error_of(Msg::broken_symlink, {target.string()});
    }
    return error_of(Msg::no_such_file);
}

Error unreadable_directory(const std::error_code& ec) {
    return error_of(Msg::cannot_read_directory, {MessageArg::both(reason_zh(ec.value()), ec.message())});
}

class Walker {
public:
    Walker(Collected& out, const std::vector<std::string>& excludes) : out_(out), excludes_(excludes) {}

    void add(const std::string& path) {
        if (path == "-") return file(path);
        std::error_code ec;
        fs::file_status st = fs::status(path, ec);
        if (st.type() == fs::file_type::not_found) return error(path, missing(path));
        if (fs::is_directory(st)) return walk(fs::path(path));
        file(path);  // named explicitly: checked whatever its extension; read errors come later
    }

private:
    void file(std::string path, bool named = true) {
        out_.files.push_back(std::move(path));
        out_.named.push_back(named);
    }

    void unsupported(std::string path) {
        std::optional<Finding> note = unsupported_format(path);
        if (!note) return;  // not a report's format at all (a .css, a .log): nothing to say
        FileResult r;
        r.path = std::move(path);
        r.status = FileResult::Status::skipped;
        r.error = std::move(*note);
        out_.error_at.push_back(out_.files.size() + out_.errors.size());
        out_.errors.push_back(std::move(r));
    }

    void error(std::string path, const Error& why) {
        out_.error_at.push_back(out_.files.size() + out_.errors.size());
        out_.errors.push_back(error_result(std::move(path), why));
    }

    // Depth first, entries sorted by path; a directory reached twice (symlink loop, or two
    // links to one place) is walked once.
    void walk(const fs::path& dir) {
        std::error_code ec;
        fs::path canonical = fs::canonical(dir, ec);
        if (ec) return error(dir.string(), unreadable_directory(ec));
        if (!visited_.insert(canonical).second) return;
        std::vector<fs::path> entries;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            entries.push_back(it->path());
        }
        if (ec) return error(dir.string(), unreadable_directory(ec));
        std::sort(entries.begin(), entries.end());
        for (const fs::path& entry : entries) {
            if (excluded(entry)) continue;
            fs::file_status st = fs::status(entry, ec);
            if (fs::is_directory(st)) {
                walk(entry);
            } else if (ec.value() == ENAMETOOLONG) {
                // Whatever it is (a folder, a report), it cannot be opened by this name.
                error(entry.string(), error_of(Msg::os_error, {MessageArg::both(reason_zh(ec.value()), ec.message())}));
            } else if (!is_report_file(entry.string())) {
                if (fs::is_regular_file(st)) unsupported(entry.string());  // a .doc, an image: said
                continue;
            } else if (st.type() == fs::file_type::not_found) {
                error(entry.string(), missing(entry));  // a dangling link
            } else if (st.type() == fs::file_type::none) {
                // e.g. a link loop
                error(entry.string(), error_of(Msg::os_error, {MessageArg::both(reason_zh(ec.value()), ec.message())}));
            } else {
                // A FIFO, socket or device named like a report is listed too: read_bytes
                // refuses it without blocking, and the user learns it was not checked.
                file(entry.string(), false);
            }
        }
    }

    bool excluded(const fs::path& p) const {
        const std::string path = p.string(), name = p.filename().string();
        for (const std::string& glob : excludes_)
            if (::fnmatch(glob.c_str(), path.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0)
                return true;
        return false;
    }

    Collected& out_;
    const std::vector<std::string>& excludes_;
    std::set<fs::path> visited_;
};

}  // namespace

Collected collect_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& excludes) {
    Collected out;
    Walker walker(out, excludes);
    for (const std::string& p : paths) walker.add(p);
    return out;
}

}  // namespace xxgk
