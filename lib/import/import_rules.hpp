#pragma once
// The import rules kept with the plans (`import.yaml` in the agency directory, or --rules):
// what the built-in vocabulary does not know. Header words → fields, unit names → codes, and
// text corrections (find/replace on the document's text, for a document's known slips and
// garbles). A rule that names a field or a unit that does not exist is an error at its
// line:col (and the document cell it concerns, when the document has one); a rule the
// document never used is a review note, never silently ignored.
#include <optional>
#include <string>
#include <vector>

#include "import/docx_document.hpp"
#include "import/import_columns.hpp"
#include "import/import_error.hpp"
#include "import/import_types.hpp"
#include "model/model.hpp"
#include "yaml/source.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc {

struct ImportRules {
    std::string path;  // as shown in messages
    struct Header {
        std::string words;
        Field field = Field::none;
        YPos pos;
        mutable bool used = false;
    };
    struct UnitRule {
        std::string name, code;
        YPos pos;
        mutable bool used = false;
    };
    struct Correction {
        std::string find, replace;
        YPos pos;
        int used = 0;
    };
    std::vector<Header> headers;
    std::vector<UnitRule> units;
    std::vector<Correction> corrections;

    // The field a rule gives a header cell, if any (words compared folded, punctuation as spaces).
    std::optional<Field> header(std::string_view text) const;
    // The code a rule gives a unit name, if any (compared folded).
    const std::string* unit(std::string_view name) const;
};

// Reads the rules from `tree` (of `file`); `agency` checks the unit codes (without one, a
// unit rule is an error: there is nothing to check its code against). `doc` locates the cell
// an erroneous rule concerns. Every error is returned, each "file:line:col: …".
std::vector<ImportError> load_import_rules(const SourceFile& file, const YNode& tree, const Agency* agency,
                                           const DocxDocument& doc, Lang lang, ImportRules& out);

// Applies the corrections to every paragraph of the document (cells, body, footnotes),
// counting how often each matched.
void apply_corrections(ImportRules& rules, DocxDocument& doc);

// Plan-level review notes for the rules the document never used.
void review_unused_rules(const ImportRules& rules, ImportedPlan& plan);

}  // namespace cchc
