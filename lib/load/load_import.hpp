#pragma once
// Reading an agency directory's import.yaml (the rules of `cchc import`: header words →
// fields, unit names → codes, text corrections) for `cchc check`: its shape (unknown keys,
// wrong types, a field that does not exist, a correction without find:) as diagnostics at
// once; its unit codes are checked against the agency by a rule (import-unknown-unit).
#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

void load_import_rules_file(const LoadContext& ctx, const YNode& root, ImportRulesFile& out);

}  // namespace cchc
