// xxgk_parse_floor: how long libxml2 alone takes to parse a set of HTML files — the floor
// against which `xxgk check` on the same files is measured (issue 5: our work on top of the
// parser may cost at most half again).
//
//   xxgk_parse_floor PATH...     files, or directories searched (recursively) for *.htm/*.html
//
// Each file is read whole and parsed with htmlReadMemory on its bytes, with the options xxgk's
// HTML reader uses (RECOVER | NOERROR | NOWARNING | NONET, encoding left to libxml2, which
// follows the <meta charset>); the tree is walked counting text nodes and their bytes, so the
// work is not optimised away, then freed. Prints files, bytes, seconds, files/s and MB/s.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;

struct Totals {
    std::size_t files = 0, failed = 0, bytes = 0, text_nodes = 0, text_bytes = 0;
};

bool is_html(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".html" || ext == ".htm";
}

void collect(const std::string& arg, std::vector<std::string>& out) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
        out.push_back(arg);
        return;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && is_html(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
}

// Iterative, so a deeply nested page cannot overflow the stack.
void count_text(xmlNodePtr root, Totals& t) {
    std::vector<xmlNodePtr> stack{root};
    while (!stack.empty()) {
        xmlNodePtr n = stack.back();
        stack.pop_back();
        for (; n != nullptr; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                ++t.text_nodes;
                if (n->content) t.text_bytes += xmlStrlen(n->content);
            }
            if (n->children) stack.push_back(n->children);
        }
    }
}

bool parse_one(const std::string& path, std::string& buffer, Totals& t) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    buffer.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    t.bytes += buffer.size();
    htmlDocPtr doc = htmlReadMemory(buffer.data(), static_cast<int>(buffer.size()), path.c_str(), nullptr, kOptions);
    if (doc == nullptr) return false;
    count_text(xmlDocGetRootElement(doc), t);
    xmlFreeDoc(doc);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH...   (HTML files, or directories searched for *.html/*.htm)\n", argv[0]);
        return 3;
    }
    xmlInitParser();
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) collect(argv[i], paths);

    Totals t;
    std::string buffer;
    auto start = std::chrono::steady_clock::now();
    for (const std::string& p : paths) {
        ++t.files;
        if (!parse_one(p, buffer, t)) {
            ++t.failed;
            std::fprintf(stderr, "%s: cannot read or parse\n", p.c_str());
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    xmlCleanupParser();

    std::printf("files %zu  failed %zu  bytes %zu  text_nodes %zu  text_bytes %zu\n", t.files, t.failed, t.bytes,
                t.text_nodes, t.text_bytes);
    std::printf("seconds %.3f  files/s %.1f  MB/s %.1f\n", seconds, seconds > 0 ? t.files / seconds : 0.0,
                seconds > 0 ? t.bytes / 1e6 / seconds : 0.0);
    return t.failed ? 2 : 0;
}
