#include "model/import_fields.hpp"

namespace cchc {

namespace {
constexpr Field kFields[] = {Field::stt,    Field::task, Field::result,    Field::timing, Field::lead,
                             Field::support, Field::method, Field::note, Field::criterion, Field::executors};
}  // namespace

const char* field_name(Field f) {
    switch (f) {
        case Field::stt: return "stt";
        case Field::task: return "task";
        case Field::result: return "result";
        case Field::timing: return "timing";
        case Field::lead: return "lead";
        case Field::support: return "support";
        case Field::method: return "method";
        case Field::note: return "note";
        case Field::criterion: return "criterion";
        case Field::executors: return "executors";
        case Field::none: break;
    }
    return "none";
}

Field field_named(std::string_view name) {
    for (Field f : kFields)
        if (name == field_name(f)) return f;
    return Field::none;
}

const std::vector<std::string>& field_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (Field f : kFields) out.emplace_back(field_name(f));
        return out;
    }();
    return names;
}

}  // namespace cchc
