#pragma once
// The task fields a column of a plan table can hold, by the names import.yaml's `headers:`
// gives them ("Tiến độ": timing): one list for `cchc import`, which fills them, and for
// `cchc check`, which reads import.yaml.
#include <string>
#include <string_view>
#include <vector>

namespace cchc {

enum class Field { none, stt, task, result, timing, lead, support, method, note, criterion, executors };

// "stt", "task" …; "none" for Field::none.
const char* field_name(Field f);
// The field of that name; Field::none for any other name ("none" included).
Field field_named(std::string_view name);
// Every field's name (not "none"), in the order of Field: what `headers:` may say.
const std::vector<std::string>& field_names();

}  // namespace cchc
