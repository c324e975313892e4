// libxml2 for the parts of a .docx: chosen because it is Debian's maintained, fuzzed XML
// parser with switchable network, DTD and entity handling, so the safe settings are options
// rather than code of ours.
#include "import/docx_xml.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>

namespace cchc {

namespace {

constexpr const char* kWordNs[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                   "http://purl.oclc.org/ooxml/wordprocessingml/main"};

void ignore_errors(void*, const char*, ...) {}

}  // namespace

XmlDocPtr parse_xml_safely(std::string_view xml, const std::string& name, ImportError& err) {
    if (xml.size() > static_cast<size_t>(INT_MAX)) {
        err = {"import-too-large", {name, std::to_string(INT_MAX / (1024 * 1024))}};
        return nullptr;
    }
    // No XML_PARSE_NOENT (entities are not substituted), no XML_PARSE_DTDLOAD, no
    // XML_PARSE_HUGE (libxml2 keeps its depth limit of 256 and its text size limits).
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlSetGenericErrorFunc(nullptr, ignore_errors);
    xmlResetLastError();
    XmlDocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8", options));
    if (!doc) {
        const xmlError* e = xmlGetLastError();
        std::string why = e && e->message ? e->message : "not XML";
        while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
        err = {"import-invalid-xml", {name, std::to_string(e ? e->line : 0), why}};
        return nullptr;
    }
    if (doc->intSubset || doc->extSubset) {
        err = {"import-xml-dtd", {name}};
        return nullptr;
    }
    if (!xmlDocGetRootElement(doc.get())) {
        err = {"import-invalid-xml", {name, "1", "no root element"}};
        return nullptr;
    }
    return doc;
}

bool is_w(const xmlNode* n, const char* local) {
    if (!n || n->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(n->name), local) != 0)
        return false;
    if (!n->ns || !n->ns->href) return false;
    const char* href = reinterpret_cast<const char*>(n->ns->href);
    return std::strcmp(href, kWordNs[0]) == 0 || std::strcmp(href, kWordNs[1]) == 0;
}

std::string w_attr(const xmlNode* n, const char* local) {
    if (!n) return {};
    for (const xmlAttr* a = n->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
        if (a->children && a->children->content) return reinterpret_cast<const char*>(a->children->content);
        return {};
    }
    return {};
}

const xmlNode* w_child(const xmlNode* n, const char* local) {
    if (!n) return nullptr;
    for (const xmlNode* c = n->children; c; c = c->next)
        if (is_w(c, local)) return c;
    return nullptr;
}

}  // namespace cchc
