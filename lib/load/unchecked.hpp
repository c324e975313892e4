#pragma once
// A file that cannot be read (a YAML syntax error, unreadable, binary …) makes other files'
// references to it look wrong: a journal entry naming a task of the unreadable plan, a plan
// naming a unit of the unreadable agency.yaml. Those are not mistakes of their own; they are
// folded into one note under the file's error ("14 journal entries referring to this plan
// were not checked"), so that one slip counts as one error in every command.
#include "yaml/diagnostic.hpp"

namespace cchc {

// Codes of the errors that leave a file unusable (nothing of it was loaded).
bool makes_file_unusable(std::string_view code);

// Removes the diagnostics that only follow from an unusable file and adds one note per such
// file, at its error. Works on the diagnostics alone (paths and references in them), so a
// result replayed from the check cache folds exactly as a fresh one.
void fold_unchecked(Diagnostics& diags);

}  // namespace cchc
