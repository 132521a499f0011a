// `--issuer-map FILE`: who published a file whose title does not say it.
#include <sstream>

#include "xxgk/cross.hpp"
#include "xxgk/messages.hpp"
#include "xxgk/source.hpp"

namespace xxgk {
namespace {

std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\"");
    std::size_t b = s.find_last_not_of(" \t\r\"");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

}  // namespace

const IssuerMap::Entry* IssuerMap::find(const std::string& path) const {
    if (auto it = by_path.find(path); it != by_path.end()) return &it->second;
    for (const auto& [key, entry] : by_path)
        if (path.size() > key.size() && path.ends_with(key) && path[path.size() - key.size() - 1] == '/')
            return &entry;
    return nullptr;
}

Result<IssuerMap> read_issuer_map(const std::string& path) {
    Result<std::string> text = read_side_file(path);
    if (!text) {
        Error e = text.error();
        return error_of(Msg::issuer_map_unreadable, {MessageArg::both(error_text(e, Lang::zh), e.message)});
    }
    std::istringstream in(text.value());
    IssuerMap map;
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        std::vector<std::string> fields;
        std::stringstream ss(line);
        for (std::string f; std::getline(ss, f, ',');) fields.push_back(trim(f));
        if (fields.size() < 2 || fields[0].empty() || fields[1].empty())
            return error_of(Msg::issuer_map_fields, {}, line_no);
        if (line_no == 1 && fields[0] == "path") continue;  // a header line
        IssuerMap::Entry entry{fields[1], std::nullopt};
        if (fields.size() >= 3 && !fields[2].empty()) {
            try {
                entry.year = std::stoi(fields[2]);
            } catch (const std::exception&) {
                return error_of(Msg::issuer_map_year, {fields[2]}, line_no);
            }
        }
        map.by_path[fields[0]] = std::move(entry);
    }
    return map;
}

void apply_issuer_map(ReportDigest& digest, const IssuerMap& map) {
    const IssuerMap::Entry* e = map.find(digest.path);
    if (!e) return;
    digest.issuer = e->issuer;
    if (e->year) digest.year = e->year;
}

}  // namespace xxgk
