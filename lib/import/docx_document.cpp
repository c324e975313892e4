// The body of a .docx: paragraphs and tables, with numbering and footnotes (docx_document.hpp).
#include "import/docx_document.hpp"

#include <algorithm>
#include <map>

#include "import/docx_numbering.hpp"
#include "import/docx_xml.hpp"

namespace cchc {

namespace {

std::string trim_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::string line : lines) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
        size_t b = 0;
        while (b < line.size() && (line[b] == ' ' || line[b] == '\t')) ++b;
        line.erase(0, b);
        if (line.empty()) continue;
        if (!out.empty()) out += '\n';
        out += line;
    }
    return out;
}

struct Walker {
    Numbering numbering;
    std::map<std::string, std::string> footnotes;
    DocxDocument& doc;
    size_t rows = 0;
    ImportError err;

    explicit Walker(DocxDocument& d) : doc(d) {}

    static bool run_hidden(const xmlNode* run) {
        const xmlNode* v = w_child(w_child(run, "rPr"), "vanish");
        if (!v) return false;
        const std::string val = w_attr(v, "val");
        return val.empty() || val == "1" || val == "true" || val == "on";
    }

    // Text of a paragraph's content; footnote ids referenced go to `notes`.
    void inline_text(const xmlNode* n, std::string& out, std::vector<std::string>* notes) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            // Only WordprocessingML: drawings, text boxes and their mc:Fallback copies are left out.
            if (!c->ns || !c->ns->href) continue;
            if (is_w(c, "t")) {
                if (xmlChar* s = xmlNodeGetContent(c)) {
                    out += reinterpret_cast<const char*>(s);
                    xmlFree(s);
                }
            } else if (is_w(c, "tab")) {
                out += '\t';
            } else if (is_w(c, "br")) {
                const std::string type = w_attr(c, "type");
                if (type.empty() || type == "textWrapping") out += '\n';
            } else if (is_w(c, "cr")) {
                out += '\n';
            } else if (is_w(c, "noBreakHyphen")) {
                out += '-';
            } else if (is_w(c, "footnoteReference")) {
                const auto it = footnotes.find(w_attr(c, "id"));
                if (notes && it != footnotes.end()) notes->push_back(it->second);
            } else if (is_w(c, "r")) {
                if (!run_hidden(c)) inline_text(c, out, notes);
            } else if (is_w(c, "del") || is_w(c, "moveFrom") || is_w(c, "rPr") || is_w(c, "pPr") ||
                       is_w(c, "instrText") || is_w(c, "delText") || is_w(c, "drawing") || is_w(c, "pict") ||
                       is_w(c, "object") || is_w(c, "fldChar") || is_w(c, "commentReference")) {
                continue;
            } else if (is_w(c, "hyperlink") || is_w(c, "ins") || is_w(c, "moveTo") || is_w(c, "smartTag") ||
                       is_w(c, "fldSimple") || is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
                inline_text(c, out, notes);
            }
        }
    }

    DocxParagraph paragraph(const xmlNode* p, std::vector<std::string>* notes) {
        DocxParagraph out;
        const xmlNode* ppr = w_child(p, "pPr");
        std::string num_id;
        int level = 0;
        if (const xmlNode* np = w_child(ppr, "numPr")) {
            if (const xmlNode* id = w_child(np, "numId")) num_id = w_attr(id, "val");
            if (const xmlNode* il = w_child(np, "ilvl")) {
                const std::string v = w_attr(il, "val");
                level = v.size() == 1 && v[0] >= '0' && v[0] <= '8' ? v[0] - '0' : 0;
            }
            if (!w_child(np, "numId")) {
                std::string style_num;
                int style_level = 0;
                if (numbering.style_numbering(w_attr(w_child(ppr, "pStyle"), "val"), style_num, style_level))
                    num_id = style_num;
            }
        } else if (const xmlNode* st = w_child(ppr, "pStyle")) {
            numbering.style_numbering(w_attr(st, "val"), num_id, level);
        }
        inline_text(p, out.text, notes);
        // Word numbers a paragraph even when it is empty, but shows nothing for it: count it
        // (the numbers after it depend on it) and keep the label only for text.
        if (!num_id.empty()) out.label = numbering.next_label(num_id, level, out.bullet);
        return out;
    }

    bool table(const xmlNode* tbl, int depth, DocxCell* host) {
        if (depth > kMaxTableNesting) {
            err = {"import-too-deep", {std::to_string(kMaxTableNesting)}};
            return false;
        }
        DocxTable t;
        if (!rows_of(tbl, t, depth)) return false;
        if (host) {
            // A table inside a cell: its text joins the cell's, row by row.
            host->has_nested_table = true;
            for (const DocxRow& r : t.rows)
                for (const DocxCell& c : r.cells) {
                    host->paragraphs.insert(host->paragraphs.end(), c.paragraphs.begin(), c.paragraphs.end());
                    host->footnotes.insert(host->footnotes.end(), c.footnotes.begin(), c.footnotes.end());
                }
            return true;
        }
        t.number = static_cast<int>(doc.tables.size()) + 1;
        doc.tables.push_back(std::move(t));
        return true;
    }

    bool rows_of(const xmlNode* n, DocxTable& t, int depth) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (is_w(c, "tr")) {
                if (++rows > kMaxTableRows) {
                    err = {"import-too-many-rows", {std::to_string(kMaxTableRows)}};
                    return false;
                }
                DocxRow row;
                if (const xmlNode* pr = w_child(c, "trPr")) {
                    if (const xmlNode* gb = w_child(pr, "gridBefore")) row.grid_before = std::max(0, std::atoi(w_attr(gb, "val").c_str()));
                    if (const xmlNode* ga = w_child(pr, "gridAfter")) row.grid_after = std::max(0, std::atoi(w_attr(ga, "val").c_str()));
                    if (const xmlNode* h = w_child(pr, "tblHeader")) {
                        const std::string v = w_attr(h, "val");
                        row.header = v.empty() || v == "1" || v == "true" || v == "on";
                    }
                }
                if (!cells_of(c, row, depth)) return false;
                t.rows.push_back(std::move(row));
            } else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
                if (!rows_of(c, t, depth)) return false;
            }
        }
        return true;
    }

    bool cells_of(const xmlNode* n, DocxRow& row, int depth) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (is_w(c, "tc")) {
                DocxCell cell;
                if (const xmlNode* pr = w_child(c, "tcPr")) {
                    if (const xmlNode* gs = w_child(pr, "gridSpan")) cell.span = std::clamp(std::atoi(w_attr(gs, "val").c_str()), 1, 64);
                    if (const xmlNode* vm = w_child(pr, "vMerge"))
                        cell.vmerge = w_attr(vm, "val") == "restart" ? DocxCell::VMerge::restart : DocxCell::VMerge::cont;
                    if (w_child(pr, "hMerge") && w_attr(w_child(pr, "hMerge"), "val") != "restart")
                        cell.span = 0;  // old-style horizontal merge: this cell belongs to the one before
                }
                if (!blocks(c, depth, &cell)) return false;
                if (cell.span == 0) {
                    if (!row.cells.empty()) ++row.cells.back().span;
                    continue;
                }
                row.cells.push_back(std::move(cell));
            } else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
                if (!cells_of(c, row, depth)) return false;
            }
        }
        return true;
    }

    // Paragraphs and tables of the body (host == nullptr) or of a cell.
    bool blocks(const xmlNode* n, int depth, DocxCell* host) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (is_w(c, "p")) {
                DocxParagraph p = paragraph(c, host ? &host->footnotes : nullptr);
                if (host) {
                    host->paragraphs.push_back(std::move(p));
                } else {
                    std::string s = p.shown();
                    doc.paragraphs.push_back(s);
                    pending_before.push_back(std::move(s));
                }
            } else if (is_w(c, "tbl")) {
                const size_t before = doc.tables.size();
                if (!table(c, host ? depth + 1 : 1, host)) return false;
                if (!host && doc.tables.size() > before) {
                    doc.tables.back().paragraphs_before = std::move(pending_before);
                    pending_before.clear();
                }
            } else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml") || is_w(c, "ins")) {
                if (!blocks(c, depth, host)) return false;
            }
        }
        return true;
    }

    std::vector<std::string> pending_before;

    void load_footnotes(std::string_view xml) {
        if (xml.empty()) return;
        ImportError ignored;
        XmlDocPtr fd = parse_xml_safely(xml, "word/footnotes.xml", ignored);
        if (!fd) return;
        for (const xmlNode* c = xmlDocGetRootElement(fd.get())->children; c; c = c->next) {
            if (!is_w(c, "footnote")) continue;
            const std::string type = w_attr(c, "type");
            if (!type.empty() && type != "normal") continue;  // separators
            std::vector<std::string> lines;
            for (const xmlNode* p = c->children; p; p = p->next) {
                if (!is_w(p, "p")) continue;
                std::string text;
                inline_text(p, text, nullptr);
                lines.push_back(text);
            }
            footnotes[w_attr(c, "id")] = trim_lines(lines);
        }
    }
};

}  // namespace

std::string DocxCell::text() const {
    std::vector<std::string> lines;
    // An automatic number alone is a paragraph's text (the STT cell); a bullet alone is not.
    for (const DocxParagraph& p : paragraphs)
        if (!p.text.empty() || (!p.label.empty() && !p.bullet)) lines.push_back(p.shown());
    return trim_lines(lines);
}

std::string DocxCell::plain_text() const {
    std::vector<std::string> lines;
    for (const DocxParagraph& p : paragraphs) lines.push_back(p.text);
    return trim_lines(lines);
}

ImportError parse_docx(const DocxParts& parts, DocxDocument& out) {
    ImportError err;
    XmlDocPtr doc = parse_xml_safely(parts.document, "word/document.xml", err);
    if (!doc) return err;
    // The optional parts must be XML too: a broken numbering.xml would silently change STT.
    for (const auto& [xml, name] : {std::pair{&parts.numbering, "word/numbering.xml"},
                                    std::pair{&parts.styles, "word/styles.xml"},
                                    std::pair{&parts.footnotes, "word/footnotes.xml"}}) {
        if (xml->empty()) continue;
        if (!parse_xml_safely(*xml, name, err)) return err;
    }
    Walker w(out);
    w.numbering.load(parts.numbering, parts.styles);
    w.load_footnotes(parts.footnotes);
    const xmlNode* body = w_child(xmlDocGetRootElement(doc.get()), "body");
    if (!body) return {"import-invalid-xml", {"word/document.xml", "1", "no w:body"}};
    if (!w.blocks(body, 0, nullptr)) return w.err;
    return {};
}

}  // namespace cchc
