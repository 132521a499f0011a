// xxgk_docx_floor: how long libzip and libxml2 alone take over a set of .docx files — the floor
// against which `xxgk check` on the same files is measured (issue 19: at most 1.2× of the
// streaming reader's).
//
//   xxgk_docx_floor [--sax] PATH...     files, or directories searched (recursively) for *.docx
//
// Each file is read whole; word/document.xml is inflated from it with libzip (opened from the
// buffer with ZIP_CHECKCONS, as xxgk's reader does) and walked with libxml2 (NONET | NOERROR |
// NOWARNING), counting the text of w:t elements, so the work is not optimised away: node by node
// with the streaming reader (xmlReaderForMemory; the floor the issue names), or with --sax by
// SAX2 callbacks through xmlCtxtReadMemory, as xxgk's reader parses (the lower floor, of what
// xxgk does). Prints files, bytes, seconds, files/s and MB/s.
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Totals {
    std::size_t files = 0, failed = 0, bytes = 0, xml_bytes = 0, text_runs = 0, text_bytes = 0;
};

void collect(const std::string& arg, std::vector<std::string>& out) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
        out.push_back(arg);
        return;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".docx") found.push_back(it->path().string());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
}

bool inflate(const std::string& zip, std::string& xml) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* source = zip_source_buffer_create(zip.data(), zip.size(), 0, &err);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err) : nullptr;
    zip_error_fini(&err);
    if (!archive) {
        if (source) zip_source_free(source);
        return false;
    }
    bool ok = false;
    if (zip_file_t* f = zip_fopen(archive, "word/document.xml", 0)) {
        xml.clear();
        char chunk[64 * 1024];
        zip_int64_t n;
        while ((n = zip_fread(f, chunk, sizeof chunk)) > 0) xml.append(chunk, static_cast<std::size_t>(n));
        ok = n == 0;
        zip_fclose(f);
    }
    zip_discard(archive);
    return ok;
}

bool walk(const std::string& xml, Totals& t) {
    xmlTextReaderPtr reader = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr,
                                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!reader) return false;
    int r;
    bool in_text = false;
    while ((r = xmlTextReaderRead(reader)) == 1) {
        const int type = xmlTextReaderNodeType(reader);
        if (type == XML_READER_TYPE_ELEMENT) {
            const xmlChar* name = xmlTextReaderConstLocalName(reader);
            in_text = name && std::strcmp(reinterpret_cast<const char*>(name), "t") == 0 &&
                      !xmlTextReaderIsEmptyElement(reader);
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            in_text = false;
        } else if (in_text && type == XML_READER_TYPE_TEXT) {
            ++t.text_runs;
            if (const xmlChar* v = xmlTextReaderConstValue(reader)) t.text_bytes += xmlStrlen(v);
        }
    }
    xmlFreeTextReader(reader);
    return r == 0;
}

// The SAX2 walk: the same count, no node built.
struct SaxCount {
    Totals* t;
    bool in_text = false;
};

void sax_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar*, int, const xmlChar**, int, int,
               const xmlChar**) {
    auto* c = static_cast<SaxCount*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
    c->in_text = std::strcmp(reinterpret_cast<const char*>(local), "t") == 0;
}

void sax_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    static_cast<SaxCount*>(static_cast<xmlParserCtxtPtr>(ctx)->_private)->in_text = false;
}

void sax_text(void* ctx, const xmlChar*, int size) {
    auto* c = static_cast<SaxCount*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
    if (!c->in_text) return;
    ++c->t->text_runs;
    c->t->text_bytes += static_cast<std::size_t>(size);
}

bool walk_sax(const std::string& xml, Totals& t) {
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) return false;
    xmlSAXVersion(ctxt->sax, 2);
    ctxt->sax->startElementNs = sax_start;
    ctxt->sax->endElementNs = sax_end;
    ctxt->sax->characters = sax_text;
    ctxt->sax->ignorableWhitespace = sax_text;
    ctxt->sax->cdataBlock = sax_text;
    SaxCount count{&t};
    ctxt->_private = &count;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    const bool ok = doc && ctxt->wellFormed;
    if (doc) xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return ok;
}

bool sax = false;

bool read_one(const std::string& path, std::string& zip, std::string& xml, Totals& t) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    zip.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    t.bytes += zip.size();
    if (!inflate(zip, xml)) return false;
    t.xml_bytes += xml.size();
    return sax ? walk_sax(xml, t) : walk(xml, t);
}

}  // namespace

int main(int argc, char** argv) {
    int first = 1;
    if (argc > 1 && std::strcmp(argv[1], "--sax") == 0) sax = true, first = 2;
    if (argc <= first) {
        std::fprintf(stderr, "usage: %s [--sax] PATH...   (.docx files, or directories searched for *.docx)\n", argv[0]);
        return 3;
    }
    xmlInitParser();
    std::vector<std::string> paths;
    for (int i = first; i < argc; ++i) collect(argv[i], paths);

    Totals t;
    std::string zip, xml;
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& p : paths) {
        ++t.files;
        if (!read_one(p, zip, xml, t)) {
            ++t.failed;
            std::fprintf(stderr, "%s: cannot read, inflate or parse\n", p.c_str());
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    xmlCleanupParser();

    std::printf("files %zu  failed %zu  bytes %zu  xml_bytes %zu  text_runs %zu  text_bytes %zu\n", t.files, t.failed,
                t.bytes, t.xml_bytes, t.text_runs, t.text_bytes);
    std::printf("seconds %.3f  files/s %.1f  MB/s %.1f\n", seconds, seconds > 0 ? t.files / seconds : 0.0,
                seconds > 0 ? t.bytes / 1e6 / seconds : 0.0);
    return t.failed ? 2 : 0;
}
