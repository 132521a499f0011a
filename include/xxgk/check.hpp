#pragma once
// One call from a path to findings: source, reader, model, rules.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "xxgk/error.hpp"
#include "xxgk/cross.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/readers.hpp"
#include "xxgk/report.hpp"
#include "xxgk/result.hpp"
#include "xxgk/rules.hpp"
#include "xxgk/source.hpp"

namespace xxgk {

struct LoadOptions {
    std::size_t max_size = kDefaultMaxSize;        // --max-size: bytes read from a file
    std::size_t max_inflate = kDefaultMaxInflate;  // --max-inflate: a DOCX's document.xml inflated
    InputFormat format = InputFormat::automatic;   // --input-format; automatic = sniffed
    bool keep_report = false;                      // FileResult::report, for a reporter that draws tables
    bool keep_digest = true;                       // FileResult::digest, for the rules across reports and --issuer-map
    int max_pages = kDefaultMaxPages;              // --max-pages: pages of a PDF
};

// Reads and models one file; an Error when it cannot be read or is not a report.
Result<Report> load_report(const std::string& path, const LoadOptions& options);
// The same for bytes already read (`path` names them in messages and picks the format when
// the content does not decide).
Result<Report> report_from_bytes(const std::string& path, const std::string& bytes,
                                 const LoadOptions& options);
// Plain-text-family input already decoded (text, flat, markdown, html).
Result<Report> report_from_source(const SourceText& source,
                                  InputFormat format = InputFormat::automatic);

// `named`: the user named this file; otherwise it was found in a directory, and a file that
// is not a report is skipped rather than an error.
FileResult check_file(const std::string& path, const LoadOptions& load, const CheckOptions& check,
                      bool named = true);
FileResult check_report(const Report& report, const CheckOptions& check);

// Files to check under the given paths: files as named, directories walked recursively
// (sorted) for report files. Unreadable directories become error results.
struct Collected {
    std::vector<std::string> files;
    std::vector<bool> named;  // named[i]: files[i] was named, not found in a directory
    std::vector<FileResult> errors;
    // Where each error stands in the input order: errors[i] is item error_at[i] of the
    // merged list (files and errors interleaved), so results can be printed in input order.
    std::vector<std::size_t> error_at;
};
// `excludes`: glob patterns (fnmatch) a path found in a directory is left out by, matched
// against its path and its file name; a file named explicitly is never excluded.
Collected collect_inputs(const std::vector<std::string>& paths,
                         const std::vector<std::string>& excludes = {});

// An output that is one of the inputs: the same file (device and inode, through symbolic
// links) as a report given or found in a folder, or as a side file read (a baseline, a map).
struct Clobber {
    std::string output, input;
};
std::optional<Clobber> find_clobber(const std::vector<std::string>& outputs, const Collected& inputs,
                                    const std::vector<std::string>& side_files);

}  // namespace xxgk
