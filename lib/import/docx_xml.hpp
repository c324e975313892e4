#pragma once
// libxml2 (Debian libxml2-dev) set up for untrusted WordprocessingML: no network, no DTD
// loading, no entity substitution, libxml2's default depth and size limits (no XML_PARSE_HUGE),
// and a document with a DTD refused (Word never writes one; it is how entity bombs start).
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "import/import_error.hpp"

namespace cchc {

struct XmlDocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses `xml` (the part `name` of the package); on failure `err` says why and where.
XmlDocPtr parse_xml_safely(std::string_view xml, const std::string& name, ImportError& err);

// Whether `n` is the WordprocessingML element `local` (transitional or strict namespace).
bool is_w(const xmlNode* n, const char* local);
// The attribute `local` of `n` whatever its namespace ("w:val" → "val"); "" when absent.
std::string w_attr(const xmlNode* n, const char* local);
// The first child element `local` of `n`, or nullptr.
const xmlNode* w_child(const xmlNode* n, const char* local);

}  // namespace cchc
