#include "check/rules.hpp"

#include <algorithm>

#include "base/parallel.hpp"
#include "check/plan_rule_cache.hpp"
#include "model/units.hpp"

namespace cchc {

Diagnostic diagnostic_at(const Pos& pos, Severity sev, const char* code, Message msg) {
    return make_diagnostic(pos.file, pos.line, pos.col, sev, code, std::move(msg));
}

const std::vector<Rule>& all_rules() {
    using S = Severity;
    static const std::vector<Rule> rules = {
        {"unreadable-file", S::error, "không đọc được tệp", "a file cannot be read", nullptr},
        {"file-too-large", S::error, "tệp quá lớn", "a file is too large", nullptr},
        {"binary-file", S::error, "tệp nhị phân", "a file is binary", nullptr},
        {"invalid-utf8", S::error, "tệp không phải UTF-8", "a file is not UTF-8", nullptr},
        {"not-a-regular-file", S::error, "thiết bị, FIFO hoặc socket thay cho tệp", "a device, FIFO or socket in place of a file", nullptr},
        {"outside-root", S::error, "liên kết tới tệp ngoài kho", "a link to a file outside the repository", nullptr},
        {"yaml-syntax", S::error, "lỗi cú pháp YAML", "YAML syntax error", nullptr},
        {"yaml-limit", S::error, "YAML lồng quá sâu hoặc alias quá lớn", "YAML nested too deeply or aliases too large", nullptr},
        {"yaml-tag", S::error, "thẻ YAML (!tag) không được dùng", "a YAML tag (!tag), which the format does not use", nullptr},
        {"yaml-complex-key", S::error, "khóa là danh sách hoặc ánh xạ", "a key that is a list or a mapping", nullptr},
        {"yaml-extra-document", S::error, "tệp có hơn một tài liệu YAML", "a file with more than one YAML document", nullptr},
        {"no-plans", S::error, "không có kế hoạch nào", "no plans found", nullptr},
        {"missing-agency", S::error, "kế hoạch không có agency.yaml", "a plan without agency.yaml", nullptr},
        {"duplicate-key", S::error, "khóa bị lặp trong một ánh xạ", "a key repeated in a mapping", nullptr},
        {"unknown-key", S::error, "khóa không có trong định dạng", "a key the format does not have", nullptr},
        {"wrong-type", S::error, "giá trị sai kiểu", "a value of the wrong type", nullptr},
        {"missing-field", S::error, "thiếu khóa bắt buộc", "a required key is missing", nullptr},
        {"invalid-date", S::error, "ngày không tồn tại", "an impossible date", nullptr},
        {"invalid-value", S::error, "giá trị ngoài danh sách cho phép", "a value outside the allowed list", nullptr},
        {"invalid-due", S::error, "thời hạn có cấu trúc không hợp lệ", "a malformed structured deadline", nullptr},
        {"duplicate-id", S::error, "mã nhiệm vụ/phần trùng trong kế hoạch", "a task or section id used twice in a plan", check_duplicate_group_ids, check_duplicate_ids},
        {"duplicate-stt", S::warning, "STT trùng trong một phần (như bản gốc?)", "an STT repeated in a section (as in the original?)", nullptr, check_duplicate_stt},
        {"unknown-unit", S::error, "đơn vị không có trong agency.yaml", "a unit the agency does not have", check_unknown_group_members, check_unknown_units},
        {"unknown-group", S::error, "nhóm đơn vị không có trong agency.yaml", "a unit group the agency does not have", nullptr},
        {"unknown-parent", S::error, "đơn vị cấp trên không tồn tại hoặc lặp vòng", "a parent unit missing or cyclic", check_unit_parents},
        {"empty-lead", S::error, "nhiệm vụ không có đơn vị chủ trì", "a task nobody leads", nullptr, check_empty_lead},
        {"unit-not-assigned", S::warning, "cách thức thực hiện nêu đơn vị không chủ trì/phối hợp", "the method names a unit that is neither lead nor support", nullptr, check_unit_not_assigned},
        {"unknown-metric", S::error, "chỉ tiêu không có trong danh mục", "a metric not in the catalogue", nullptr, check_unknown_metrics},
        {"unknown-event", S::error, "thời hạn tính từ sự kiện chưa khai báo", "a deadline after an undeclared event", nullptr, check_unknown_events},
        {"journal-unknown-task", S::error, "sổ theo dõi nêu nhiệm vụ không tồn tại", "a journal entry for an unknown task", check_journal_tasks},
        {"journal-unknown-occurrence", S::error, "sổ theo dõi nêu kỳ/mốc mà nhiệm vụ không có", "a journal entry for an occurrence the task does not have", check_journal_occurrences},
        {"journal-unknown-unit", S::error, "sổ theo dõi ghi báo cáo của đơn vị không có (unit:)", "a journal entry for a unit the agency does not have (unit:)", check_journal_units},
        {"journal-unknown-metric", S::error, "sổ theo dõi nêu chỉ tiêu không tồn tại", "a journal entry for an unknown metric", check_journal_metrics},
        {"journal-unknown-event", S::error, "sổ theo dõi nêu sự kiện không tồn tại", "a journal entry for an unknown event", check_journal_events},
        {"journal-unknown-plan", S::error, "sổ theo dõi đóng kế hoạch không tồn tại", "a journal entry closing an unknown plan", check_journal_plans},
        {"closed-plan-open-tasks", S::warning, "kế hoạch đã đóng còn nhiệm vụ chưa kết thúc", "a closed plan with tasks still open", check_closed_plan_tasks},
        {"empty-period", S::error, "kế hoạch không có ngày nào trong hiệu lực (từ sau đến, ban hành sau khi hết)", "a plan in force on no day (from after until, issued after its end)", nullptr, check_plan_period},
        {"plan-start-unknown", S::warning, "chỉ biết năm ban hành, chưa có from: (ngày bắt đầu)", "only the issue year is known and no from: (start day)", nullptr, check_plan_start},
        {"ended-plan-open", S::warning, "kế hoạch đã hết kỳ quá một quý chưa đóng, còn nhiệm vụ mở", "a plan a quarter past its period, not closed, with tasks open", check_ended_plan_open},
        {"timing-unparsed", S::error, "không đọc được thời gian thực hiện (và không có due)", "a timing text cchc cannot read (and no due)", nullptr, check_timing_unparsed},
        {"timing-mismatch", S::error, "due không khớp với văn bản thời gian", "the structured due disagrees with the timing text", nullptr, check_timing_mismatch},
        {"target-mismatch", S::error, "chỉ tiêu không khớp với văn bản kết quả", "a target that disagrees with the result text", nullptr, check_target_mismatch},
        {"metric-kind", S::error, "so sánh số với thang xếp loại hoặc ngược lại", "a number compared with a rating scale, or the reverse", nullptr, check_metric_kind},
        {"journal-value-range", S::error, "số liệu ngoài phạm vi của chỉ tiêu", "a journalled value outside the metric's range", check_journal_values},
        {"journal-entry-keys", S::error, "mục sổ theo dõi trộn khóa của hai loại mục, hoặc due không đi với extended", "a journal entry mixing two kinds' keys, or due without extended", nullptr},
        {"journal-computed-value", S::error, "số liệu ghi cho chỉ tiêu do cchc tính", "a value recorded for a metric cchc computes", nullptr},
        {"duplicate-unit", S::error, "hai mã đơn vị chỉ khác hoa thường", "two unit codes that differ only in case", nullptr},
        {"unchecked", S::note, "tham chiếu chưa kiểm vì tệp đích có lỗi", "references not checked because the file they name has errors", nullptr},
        {"more-diagnostics", S::error, "quá 100 lỗi/cảnh báo trong một tệp: phần còn lại gộp một dòng", "over 100 errors/warnings in one file: the rest in one line", nullptr},
        {"control-character", S::error, "ký tự điều khiển trong văn bản", "a control character in the text", nullptr},
        {"invalid-id", S::error, "mã nhiệm vụ/phần có ký tự không cho phép", "a task or section id with characters not allowed", nullptr, check_id_characters},
        {"journal-wrong-year", S::error, "mục sổ theo dõi nằm trong tệp của năm khác", "a journal entry in another year's file", check_journal_year},
        {"plans-outside-root", S::error, "thư mục kế hoạch nằm ngoài kho", "the plans directory is outside the repository", nullptr},
        {"linked-directory", S::warning, "thư mục liên kết (symlink) không được đọc", "a linked (symlinked) directory is not read", nullptr},
        {"deadline-outside-plan-year", S::warning, "thời hạn ngoài năm kế hoạch", "a deadline outside the plan year", nullptr, check_deadline_year},
        {"ongoing-not-period", S::warning, "ongoing: true trên nhiệm vụ không có thời hạn \"trong kỳ\" (không có tác dụng)", "ongoing: true on a task whose deadline is not \"within a period\" (no effect)", nullptr, check_ongoing_kind},
        {"import-unknown-unit", S::error, "import.yaml gán tên đơn vị cho mã không có trong agency.yaml", "import.yaml maps a unit name to a code the agency does not have", check_import_units},
        {"deadline-far-from-plan", S::error, "thời hạn cách thời kỳ kế hoạch hơn một năm (gõ nhầm năm?)", "a deadline more than a year outside the plan's period (a typo in the year?)", nullptr},
    };
    return rules;
}

const Rule* find_rule(std::string_view code) {
    for (const auto& r : all_rules())
        if (code == r.code) return &r;
    return nullptr;
}

void run_rules(const Repository& repo, Diagnostics& diags, PlanRuleCache* cache) {
    // Rules only read the repository, so they run side by side, each into its own list, merged
    // in a fixed order (the output is sorted later anyway). The one lazily built shared thing,
    // each agency's unit index, is built first.
    build_unit_indexes(repo);
    std::vector<RuleFn> whole;
    std::vector<PlanRuleFn> per_plan;
    for (const auto& r : all_rules()) {
        if (r.fn) whole.push_back(r.fn);
        if (r.plan_fn) per_plan.push_back(r.plan_fn);
    }
    // Work items: each whole-repository rule, then the per-plan rules over slices of plans,
    // small enough to keep every core busy to the end.
    constexpr size_t kSlice = 8;
    const size_t slices = (repo.plans.size() + kSlice - 1) / kSlice;
    std::vector<Diagnostics> found(whole.size() + slices);
    parallel_for(found.size(), [&](size_t i) {
        if (i < whole.size()) return whole[i](repo, found[i]);
        const size_t first = (i - whole.size()) * kSlice, last = std::min(first + kSlice, repo.plans.size());
        for (size_t p = first; p < last; ++p) {
            const std::string key = cache ? PlanRuleCache::key_of(repo.plans[p]) : std::string();
            if (!key.empty() && cache->find(key, found[i])) continue;
            Diagnostics own;
            for (PlanRuleFn fn : per_plan) fn(repo.plans[p], own);
            if (!key.empty()) cache->add(key, own.items());
            for (auto& d : own.items()) found[i].add(std::move(d));
        }
    });
    if (cache) cache->finish();
    for (auto& f : found)
        for (auto& d : f.items()) diags.add(std::move(d));
}

}  // namespace cchc
