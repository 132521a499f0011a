// The extract formats: one report as JSON, JSON Lines, or CSV (one row per cell).
#include <algorithm>

#include "xxgk/extract.hpp"

namespace xxgk {
namespace {

// Labels come from the user's file: a stray byte is replaced rather than aborting.
std::string dump(const nlohmann::ordered_json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

class JsonWriter final : public ExtractWriter {
public:
    JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {}
    void report(const Report& report, const std::string& path, std::span<const Finding>) override {
        nlohmann::ordered_json j = report_to_json(report);
        j["source"]["path"] = path;
        out_ << dump(j, indent_) << '\n';
    }

private:
    std::ostream& out_;
    int indent_;
};

class CsvWriter final : public ExtractWriter {
public:
    explicit CsvWriter(std::ostream& out) : out_(out) { write_csv_header(out_); }
    void report(const Report& report, const std::string& path, std::span<const Finding>) override {
        write_csv_rows(out_, report, path);
    }

private:
    std::ostream& out_;
};

constexpr ExtractFormat kFormats[] = {
    {"json", "one report", true, false, [](std::ostream& out, const ExtractOptions&) -> std::unique_ptr<ExtractWriter> {
         return std::make_unique<JsonWriter>(out, 2);
     }},
    {"jsonl", "one report per line", false, false,
     [](std::ostream& out, const ExtractOptions&) -> std::unique_ptr<ExtractWriter> {
         return std::make_unique<JsonWriter>(out, -1);
     }},
    {"csv", "one row per cell (--wide: one per report)", false, true,
     [](std::ostream& out, const ExtractOptions& options) -> std::unique_ptr<ExtractWriter> {
         // Excel on a Chinese Windows reads a CSV without BOM as GBK.
         if (options.excel) out << "\xEF\xBB\xBF";
         if (options.wide) return open_wide_csv(out);
         return std::make_unique<CsvWriter>(out);
     }},
};

}  // namespace

std::span<const ExtractFormat> extract_formats() { return kFormats; }

const ExtractFormat* find_extract_format(std::string_view name) {
    const auto it = std::ranges::find(kFormats, name, &ExtractFormat::name);
    return it == std::end(kFormats) ? nullptr : it;
}

}  // namespace xxgk
