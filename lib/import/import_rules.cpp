// The import rules file (import_rules.hpp).
#include "import/import_rules.hpp"

#include "import/import_grid.hpp"
#include "import/import_yaml.hpp"
#include "base/text.hpp"
#include "model/units.hpp"

namespace cchc {

namespace {

// "Kết quả/ sản phẩm" → "ket qua san pham".
std::string header_words(std::string_view text) {
    std::string f = fold(text);
    for (char& c : f)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) c = ' ';
    return fold(f);
}

// The first cell of the document whose text `match` accepts, as " (bảng T, dòng R, cột C)".
template <typename Match>
std::string cell_where(const DocxDocument& doc, Lang lang, Match match) {
    for (const DocxTable& t : doc.tables) {
        const TableGrid g = build_grid(t);
        for (size_t r = 0; r < g.rows.size(); ++r)
            for (size_t c = 0; c < g.rows[r].size(); ++c) {
                const GridCell& gc = g.rows[r][c];
                if (gc.cell && gc.origin && !gc.carried && match(gc.cell->text()))
                    return " (" + source_ref_text({t.number, static_cast<int>(r) + 1, static_cast<int>(c) + 1}, lang) + ")";
            }
    }
    return {};
}

struct Loader {
    const SourceFile& file;
    const Agency* agency;
    const DocxDocument& doc;
    ImportRules& out;
    Lang lang;
    std::vector<ImportError> errors;

    std::string at(YPos p) const { return file.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.col); }
    void error(YPos p, const std::string& key, std::vector<std::string> args) {
        args.insert(args.begin(), at(p));
        errors.push_back({key, std::move(args)});
    }
    bool scalar(const YNode* n, const char* what) {
        if (n && n->is_scalar() && !n->value.empty()) return true;
        error(n ? n->pos : YPos{}, "rules-not-text", {what});
        return false;
    }

    void headers(const YNode& map) {
        if (!map.is_map()) return error(map.pos, "rules-not-map", {"headers"});
        for (const auto& [k, v] : map.entries) {
            if (!scalar(k, "headers") || !scalar(v, "headers")) continue;
            const Field f = field_named(v->value);
            const std::string words = header_words(k->value);
            if (f == Field::none) {
                const std::string cell = cell_where(doc, lang, [&](const std::string& t) { return header_words(t) == words; });
                error(v->pos, "rules-unknown-field", {v->value, k->value, cell});
                continue;
            }
            out.headers.push_back({words, f, k->pos, false});
        }
    }

    void units(const YNode& map) {
        if (!map.is_map()) return error(map.pos, "rules-not-map", {"units"});
        for (const auto& [k, v] : map.entries) {
            if (!scalar(k, "units") || !scalar(v, "units")) continue;
            const std::string name = fold(k->value);
            const std::string cell = cell_where(doc, lang, [&](const std::string& t) { return fold(t).find(name) != std::string::npos; });
            if (!agency) {
                error(v->pos, "rules-no-agency", {v->value, cell});
                continue;
            }
            const auto ref = unit_index(*agency).resolve(v->value);
            if (!ref) {
                error(v->pos, "rules-unknown-unit", {v->value, k->value, cell});
                continue;
            }
            out.units.push_back({name, ref->code, k->pos, false});
        }
    }

    void corrections(const YNode& seq) {
        if (!seq.is_sequence()) return error(seq.pos, "rules-not-list", {"corrections"});
        for (const YNode* item : seq.items) {
            if (!item->is_map()) {
                error(item->pos, "rules-not-map", {"corrections"});
                continue;
            }
            const YNode* find = item->find("find");
            const YNode* replace = item->find("replace");
            for (const auto& [k, v] : item->entries)
                if (k->is_scalar() && k->value != "find" && k->value != "replace" && k->value != "why")
                    error(k->pos, "rules-unknown-key", {k->value, "find, replace, why"});
            if (!find) {
                error(item->pos, "rules-no-find", {});
                continue;
            }
            if (!scalar(find, "find")) continue;
            if (replace && !replace->is_scalar() && !replace->is_null()) {
                error(replace->pos, "rules-not-text", {"replace"});
                continue;
            }
            out.corrections.push_back({find->value, replace && replace->is_scalar() ? replace->value : "", find->pos, 0});
        }
    }
};

void replace_all(std::string& text, ImportRules::Correction& c) {
    for (size_t at = text.find(c.find); at != std::string::npos; at = text.find(c.find, at + c.replace.size())) {
        text.replace(at, c.find.size(), c.replace);
        ++c.used;
    }
}

// A find with a line break spans paragraphs of a cell ("Báo chí\n- Xuất bản", a name the
// extraction split into two list items): the cell's paragraphs are joined, replaced in, and
// kept as one paragraph (its line breaks stay). Only for cells without automatic numbers,
// whose labels would be lost.
void replace_across(DocxCell& cell, ImportRules::Correction& c) {
    std::string joined;
    for (const DocxParagraph& p : cell.paragraphs) {
        if (!p.label.empty()) return;
        joined += (joined.empty() ? "" : "\n") + p.text;
    }
    const int before = c.used;
    replace_all(joined, c);
    if (c.used == before) return;
    cell.paragraphs.resize(1);
    cell.paragraphs[0].text = joined;
}

}  // namespace

std::optional<Field> ImportRules::header(std::string_view text) const {
    const std::string w = header_words(text);
    for (const Header& h : headers)
        if (h.words == w) {
            h.used = true;
            return h.field;
        }
    return std::nullopt;
}

const std::string* ImportRules::unit(std::string_view name) const {
    const std::string f = fold(name);
    for (const UnitRule& u : units)
        if (u.name == f) {
            u.used = true;
            return &u.code;
        }
    return nullptr;
}

std::vector<ImportError> load_import_rules(const SourceFile& file, const YNode& tree, const Agency* agency,
                                           const DocxDocument& doc, Lang lang, ImportRules& out) {
    Loader l{file, agency, doc, out, lang, {}};
    out.path = file.path;
    if (tree.is_null()) return {};
    if (!tree.is_map()) {
        l.error(tree.pos, "rules-not-map", {file.path});
        return l.errors;
    }
    for (const auto& [k, v] : tree.entries) {
        if (!k->is_scalar()) continue;
        if (k->value == "headers") l.headers(*v);
        else if (k->value == "units") l.units(*v);
        else if (k->value == "corrections") l.corrections(*v);
        else l.error(k->pos, "rules-unknown-key", {k->value, "headers, units, corrections"});
    }
    return l.errors;
}

void apply_corrections(ImportRules& rules, DocxDocument& doc) {
    for (ImportRules::Correction& c : rules.corrections) {
        for (std::string& p : doc.paragraphs) replace_all(p, c);
        for (DocxTable& t : doc.tables) {
            for (std::string& p : t.paragraphs_before) replace_all(p, c);
            for (DocxRow& r : t.rows)
                for (DocxCell& cell : r.cells) {
                    if (c.find.find('\n') != std::string::npos) {
                        replace_across(cell, c);
                        continue;
                    }
                    for (DocxParagraph& p : cell.paragraphs) replace_all(p.text, c);
                    for (std::string& f : cell.footnotes) replace_all(f, c);
                }
        }
    }
}

void review_unused_rules(const ImportRules& rules, ImportedPlan& plan) {
    auto at = [&](YPos p) { return rules.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.col); };
    for (const auto& h : rules.headers)
        if (!h.used) plan.reviews.push_back({{}, "review-rule-unused-header", {at(h.pos), h.words}});
    for (const auto& u : rules.units)
        if (!u.used) plan.reviews.push_back({{}, "review-rule-unused-unit", {at(u.pos), u.name}});
    for (const auto& c : rules.corrections)
        if (!c.used) plan.reviews.push_back({{}, "review-rule-unused-correction", {at(c.pos), c.find}});
}

}  // namespace cchc
