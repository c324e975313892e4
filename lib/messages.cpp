#include "cchc/messages.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <unordered_map>

namespace cchc {

namespace {

struct Entry {
    const char* vi;
    const char* en;
};

// {0}, {1} … are the message's arguments, in order.
const std::unordered_map<std::string_view, Entry>& catalogue() {
    static const std::unordered_map<std::string_view, Entry> table = {
        // Reading files
        {"unreadable-file", {"không đọc được tệp: {0}", "cannot read the file: {0}"}},
        {"file-too-large", {"tệp quá lớn ({0} MiB; tối đa {1} MiB)", "file too large ({0} MiB; at most {1} MiB)"}},
        {"binary-file", {"không phải tệp văn bản (có byte NUL)", "not a text file (contains NUL bytes)"}},
        {"invalid-utf8", {"tệp không phải UTF-8 hợp lệ", "the file is not valid UTF-8"}},
        {"yaml-syntax", {"lỗi cú pháp YAML: {0}", "YAML syntax error: {0}"}},
        {"yaml-limit-depth", {"lồng nhau quá sâu (tối đa {0} cấp)", "nested too deeply (at most {0} levels)"}},
        {"yaml-limit-aliases", {"alias YAML mở rộng quá lớn", "YAML aliases expand to too many nodes"}},
        {"yaml-limit-alias-cycle", {"alias YAML tham chiếu vòng", "a YAML alias refers to itself"}},
        {"no-plans", {"không tìm thấy kế hoạch nào trong {0}", "no plans found in {0}"}},
        {"no-such-path", {"không có tệp hoặc thư mục {0}", "no such file or directory: {0}"}},
        {"missing-agency", {"thư mục của kế hoạch không có agency.yaml", "the plan's directory has no agency.yaml"}},
        // Structure
        {"duplicate-key", {"khóa '{0}' bị lặp (đã có ở dòng {1}); giá trị sau sẽ bị bỏ qua",
                           "key '{0}' is repeated (first at line {1}); a later value would be lost"}},
        {"unknown-key", {"khóa '{0}' không hợp lệ trong {1}", "unknown key '{0}' in {1}"}},
        {"unknown-key-suggest", {"khóa '{0}' không hợp lệ trong {1}; có phải ý bạn là '{2}'?",
                                 "unknown key '{0}' in {1}; did you mean '{2}'?"}},
        {"wrong-type", {"'{0}' phải là {1}, không phải {2}", "'{0}' must be {1}, not {2}"}},
        {"missing-field", {"thiếu khóa bắt buộc '{0}' trong {1}", "missing required key '{0}' in {1}"}},
        {"invalid-date", {"ngày không hợp lệ: '{0}'", "invalid date: '{0}'"}},
        {"invalid-value", {"giá trị '{1}' không hợp lệ cho '{0}'; cho phép: {2}", "invalid value '{1}' for '{0}'; allowed: {2}"}},
        {"invalid-due", {"không hiểu thời hạn '{0}': {1}", "cannot read the deadline '{0}': {1}"}},
        // Meaning
        {"duplicate-id", {"mã nhiệm vụ '{0}' bị trùng trong kế hoạch (đã có ở dòng {1})",
                          "task id '{0}' is used twice in the plan (first at line {1})"}},
        {"duplicate-id-section", {"mã phần '{0}' bị trùng trong kế hoạch (đã có ở dòng {1})",
                                  "section id '{0}' is used twice in the plan (first at line {1})"}},
        {"duplicate-id-unit", {"mã '{0}' vừa là đơn vị vừa là nhóm", "'{0}' is both a unit and a group"}},
        {"duplicate-stt", {"STT '{0}' bị trùng (đã có ở dòng {1}), như bản gốc?",
                           "STT '{0}' appears twice (first at line {1}); as in the original?"}},
        {"unknown-unit", {"không có đơn vị '{0}' trong {1}", "no unit '{0}' in {1}"}},
        {"unknown-unit-suggest", {"không có đơn vị '{0}' trong {1}; có phải ý bạn là {2}?",
                                  "no unit '{0}' in {1}; did you mean {2}?"}},
        {"unknown-group", {"không có nhóm đơn vị '{0}' trong {1}", "no unit group '{0}' in {1}"}},
        {"unknown-group-suggest", {"không có nhóm đơn vị '{0}' trong {1}; có phải ý bạn là {2}?",
                                   "no unit group '{0}' in {1}; did you mean {2}?"}},
        {"unknown-parent", {"đơn vị cấp trên '{0}' không tồn tại", "parent unit '{0}' does not exist"}},
        {"parent-cycle", {"đơn vị '{0}' là cấp trên của chính nó", "unit '{0}' is its own ancestor"}},
        {"unknown-metric", {"không có chỉ tiêu '{0}' trong danh mục của {1}", "no metric '{0}' in the catalogue of {1}"}},
        {"unknown-metric-suggest", {"không có chỉ tiêu '{0}' trong danh mục của {1}; có phải ý bạn là '{2}'?",
                                    "no metric '{0}' in the catalogue of {1}; did you mean '{2}'?"}},
        {"unknown-event", {"không có sự kiện '{0}' trong events của kế hoạch", "no event '{0}' in the plan's events"}},
        {"empty-lead", {"nhiệm vụ '{0}' không có đơn vị chủ trì", "task '{0}' has no lead unit"}},
        {"unit-not-assigned", {"cách thức thực hiện nêu '{0}' ({1}) nhưng đơn vị này không chủ trì cũng không phối hợp",
                               "the method names '{0}' ({1}) but that unit is neither lead nor support"}},
        {"journal-unknown-task", {"không có nhiệm vụ '{0}'", "no task '{0}'"}},
        {"journal-ambiguous-task", {"'{0}' khớp nhiều nhiệm vụ: {1}", "'{0}' matches several tasks: {1}"}},
        {"journal-unknown-metric", {"không có chỉ tiêu '{0}' trong danh mục của {1}", "no metric '{0}' in the catalogue of {1}"}},
        {"journal-unknown-event", {"không có sự kiện '{0}'", "no event '{0}'"}},
        {"journal-order", {"mục ngày {0} đứng sau mục ngày {1}: sổ theo dõi nên theo thứ tự ngày",
                           "entry of {0} follows an entry of {1}: journals should be in date order"}},
        {"journal-entry-kind", {"mục sổ theo dõi phải có một trong: task, metric, event, note",
                                "a journal entry needs one of: task, metric, event, note"}},
        {"journal-extended-due", {"trạng thái 'extended' cần 'due' (thời hạn mới)", "status 'extended' needs 'due' (the new deadline)"}},
        // Summaries and UI
        {"summary", {"{0} lỗi, {1} cảnh báo trong {2} tệp", "{0} errors, {1} warnings in {2} files"}},
        {"summary-clean", {"không có lỗi trong {0} tệp ({1} kế hoạch, {2} nhiệm vụ)", "no problems in {0} files ({1} plans, {2} tasks)"}},
        {"severity-error", {"lỗi", "error"}},
        {"severity-warning", {"cảnh báo", "warning"}},
        {"unknown-unit-cli", {"không có đơn vị '{0}'", "no unit '{0}'"}},
        {"unknown-unit-cli-suggest", {"không có đơn vị '{0}'; có phải ý bạn là {1}?", "no unit '{0}'; did you mean {1}?"}},
        {"unknown-plan-cli", {"không có kế hoạch '{0}'", "no plan '{0}'"}},
        // Names of value kinds, used as message arguments ("@mapping" …)
        {"@mapping", {"một ánh xạ (khóa: giá trị)", "a mapping (key: value)"}},
        {"@sequence", {"một danh sách", "a list"}},
        {"@scalar", {"một giá trị đơn", "a single value"}},
        {"@null", {"giá trị rỗng", "empty"}},
        {"@text", {"văn bản", "text"}},
        {"@list of text", {"văn bản hoặc danh sách văn bản", "text or a list of text"}},
        {"@integer", {"số nguyên", "a whole number"}},
        {"@number", {"số", "a number"}},
        {"@true/false", {"true hoặc false", "true or false"}},
        {"@date (YYYY-MM-DD)", {"ngày (YYYY-MM-DD)", "a date (YYYY-MM-DD)"}},
        {"@list", {"danh sách", "a list"}},
        {"@number or level", {"số hoặc mức xếp loại", "a number or a rating level"}},
        {"no-repository", {"không tìm thấy kho kế hoạch (thư mục có cchc.yaml hoặc plans/) từ {0}",
                           "no plan repository (a directory with cchc.yaml or plans/) found from {0}"}},
    };
    return table;
}

}  // namespace

bool parse_lang(std::string_view s, Lang& out) {
    if (s == "vi" || s == "VI") return out = Lang::vi, true;
    if (s == "en" || s == "EN") return out = Lang::en, true;
    return false;
}

bool has_message(std::string_view key) { return catalogue().count(key) > 0; }

std::string render(const Message& m, Lang lang) {
    const auto& table = catalogue();
    auto it = table.find(m.key);
    if (it == table.end()) {
        std::string out = m.key;
        for (const auto& a : m.args) out += " " + a;
        return out;
    }
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& a : m.args) {
        // "@key" arguments are catalogue words (value kinds) rendered in the same language.
        auto word = a.size() > 1 && a[0] == '@' ? table.find(a) : table.end();
        store.push_back(word != table.end() ? std::string(lang == Lang::vi ? word->second.vi : word->second.en) : a);
    }
    try {
        return fmt::vformat(lang == Lang::vi ? it->second.vi : it->second.en, store);
    } catch (const fmt::format_error&) {
        return m.key;  // a catalogue entry asking for more arguments than given
    }
}

std::string tr(std::string_view key, Lang lang) { return render(Message{std::string(key), {}}, lang); }

}  // namespace cchc
