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
        {"yaml-unclosed-quote", {"dấu nháy mở ở đây không được đóng (giá trị kéo đến hết tệp)",
                                 "the quote opened here is never closed (the value runs to the end of the file)"}},
        {"yaml-tag", {"thẻ YAML '{0}' không được hỗ trợ (chỉ dùng !!str, !!int, !!float, !!bool, !!null, !!seq, !!map)",
                      "YAML tag '{0}' is not supported (only !!str, !!int, !!float, !!bool, !!null, !!seq, !!map)"}},
        {"yaml-extra-document", {"tệp chỉ được có một tài liệu YAML; phần từ đây (sau '---' hoặc '...') sẽ bị bỏ qua",
                                 "a file holds one YAML document; this one (after '---' or '...') would be ignored"}},
        {"yaml-complex-key", {"khóa phải là chữ, không phải {0}", "a key must be text, not a {0}"}},
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
        // Safety (issue 11): hostile or mistaken input and paths
        {"control-character", {"ký tự điều khiển {0} không được phép trong văn bản (chỉ tab và xuống dòng); cchc hiện nó thành ký hiệu",
                               "control character {0} is not allowed in text (only tab and line breaks); cchc shows it as a symbol"}},
        {"record-control-text", {"{0} có ký tự điều khiển {1}: không ghi (chỉ cho phép tab và xuống dòng)",
                                 "{0} has the control character {1}: not written (only tab and line breaks are allowed)"}},
        {"empty-field", {"khóa '{0}' trong {1} không được để trống", "key '{0}' in {1} must not be empty"}},
        {"year-range", {"năm {0} không hợp lệ: cần từ {1} đến {2}", "year {0} is out of range: it must be {1} to {2}"}},
        {"invalid-id", {"mã '{0}' có ký tự không cho phép; mã gồm: {1}, bắt đầu bằng chữ hoặc số",
                        "id '{0}' has characters that are not allowed; ids use {1}, starting with a letter or digit"}},
        {"journal-wrong-year", {"mục ngày {0} nằm trong {1}; mục của năm đó phải ở {2}",
                                "an entry dated {0} is in {1}; entries of that year belong in {2}"}},
        {"metric-unit-and-scale", {"chỉ tiêu '{0}' có cả 'unit' và 'scale': chỉ dùng một (số đo hoặc thang xếp loại)",
                                   "metric '{0}' has both 'unit' and 'scale': use one (a measure or a rating scale)"}},
        {"plans-outside-root", {"'plans: {0}' trỏ ra ngoài thư mục gốc của kho ({1}); cchc không đọc ở đó",
                                "'plans: {0}' points outside the repository root ({1}); cchc does not read there"}},
        {"linked-directory", {"thư mục {0} là liên kết (symlink) nên không được đọc; các kế hoạch trong đó bị bỏ qua",
                              "directory {0} is a link (symlink), so it is not read; the plans in it are left out"}},
        {"write-into-repository", {"không ghi đè '{0}': tệp này thuộc kho kế hoạch ({1})",
                                   "will not overwrite '{0}': it belongs to the plan repository ({1})"}},
        {"repository-broken", {"kho kế hoạch có {0} lỗi; chạy 'cchc check' để xem và sửa, hoặc thêm --force để vẫn chạy (bỏ qua các kế hoạch lỗi)",
                               "the repository has {0} errors; run 'cchc check' to see and fix them, or add --force to go on anyway (leaving broken plans out)"}},
        {"repository-broken-forced", {"kho kế hoạch có {0} lỗi (--force): bỏ qua {1} kế hoạch lỗi; chạy 'cchc check' để xem",
                                      "the repository has {0} errors (--force): {1} broken plans left out; run 'cchc check' for details"}},
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
        {"journal-unknown-occurrence", {"nhiệm vụ '{1}' không có kỳ/mốc '{0}' (có: {2}); cchc due sẽ bỏ qua mục này",
                                        "task '{1}' has no occurrence '{0}' (it has: {2}); cchc due would ignore this entry"}},
        {"journal-unknown-occurrence-none", {"nhiệm vụ '{1}' không có kỳ/mốc riêng nào, nên không ghi 'occurrence: {0}'",
                                             "task '{1}' has no occurrences of its own to name: drop 'occurrence: {0}'"}},
        {"journal-unknown-metric", {"không có chỉ tiêu '{0}' trong danh mục của {1}", "no metric '{0}' in the catalogue of {1}"}},
        {"journal-unknown-event", {"không có sự kiện '{0}'", "no event '{0}'"}},
        {"journal-unknown-plan", {"không có kế hoạch '{0}' của cơ quan này", "no plan '{0}' of this agency"}},
        {"closed-plan-open-tasks",
         {"kế hoạch '{0}' đã đóng ngày {1} nhưng còn {2} nhiệm vụ chưa ghi done/cancelled/carried_over: {3}",
          "plan '{0}' was closed on {1} with {2} tasks not recorded done/cancelled/carried_over: {3}"}},
        {"ended-plan-open",
         {"kế hoạch '{0}' hết kỳ ngày {1}, sổ theo dõi đã ghi đến {2} mà kế hoạch chưa đóng: còn {3} nhiệm vụ chưa ghi "
          "done/cancelled/carried_over ({4}) vẫn hiện trong `cchc due`; ghi từng việc hoặc đóng: cchc record close {0}",
          "plan '{0}' ended on {1}, the journal runs to {2} and the plan is not closed: {3} tasks not recorded "
          "done/cancelled/carried_over ({4}) are still listed by `cchc due`; record them or close it: cchc record close {0}"}},
        {"journal-entry-kind", {"mục sổ theo dõi phải có một trong: task, metric, event, note",
                                "a journal entry needs one of: task, metric, event, note"}},
        {"journal-extended-due", {"trạng thái 'extended' cần 'due' (thời hạn mới)", "status 'extended' needs 'due' (the new deadline)"}},
        {"timing-unparsed", {"cchc không đọc được thời gian '{0}' ({1}); hãy viết lại theo mẫu hoặc ghi 'due'",
                             "cchc cannot read the timing '{0}' ({1}); reword it or add a structured 'due'"}},
        {"timing-mismatch", {"due ({0}) không khớp với thời gian '{1}' (đọc là: {2})",
                             "due ({0}) disagrees with the timing '{1}' (read as: {2})"}},
        {"deadline-outside-plan-year", {"thời hạn {0} nằm ngoài năm kế hoạch {1}", "deadline {0} is outside the plan year {1}"}},
        {"target-mismatch", {"chỉ tiêu '{0} {1}' không khớp với văn bản: '{2}'", "target '{0} {1}' does not match the text: '{2}'"}},
        {"metric-kind-number", {"chỉ tiêu '{0}' là thang xếp loại, không so sánh với số", "metric '{0}' is a rating scale, not a number"}},
        {"metric-kind-level", {"chỉ tiêu '{0}' là số, không phải mức xếp loại '{1}'", "metric '{0}' is a number, not the rating level '{1}'"}},
        {"metric-kind-scale", {"'{0}' không có trong thang xếp loại của '{1}'", "'{0}' is not a level of the scale of '{1}'"}},
        {"journal-value-range", {"giá trị {0} của '{1}' nằm ngoài phạm vi [{2}, {3}]", "value {0} of '{1}' is outside its range [{2}, {3}]"}},
        {"record-metric-unknown", {"không có chỉ tiêu '{0}'", "no metric '{0}'"}},
        {"record-metric-ambiguous", {"'{0}' có ở nhiều cơ quan: {1}; ghi <cơ-quan>#<chỉ-tiêu> hoặc --agency", "'{0}' is in several agencies: {1}; write <agency>#<metric> or use --agency"}},
        {"record-metric-level", {"'{0}' không phải mức xếp loại của '{1}' ({2})", "'{0}' is not a level of '{1}' ({2})"}},
        {"record-metric-number", {"'{0}' không phải số; '{1}' cần một số (ví dụ 86,4)", "'{0}' is not a number; '{1}' takes a number (e.g. 86.4)"}},
        {"record-metric-computed", {"chỉ tiêu '{0}' do cchc tính từ sổ theo dõi, không ghi tay", "metric '{0}' is computed by cchc from the journal; it is not recorded by hand"}},
        // Summaries and UI
        {"summary", {"{0} lỗi, {1} cảnh báo trong {2} tệp", "{0} errors, {1} warnings in {2} files"}},
        {"summary-clean", {"không có lỗi trong {0} tệp ({1} kế hoạch, {2} nhiệm vụ)", "no problems in {0} files ({1} plans, {2} tasks)"}},
        {"severity-error", {"lỗi", "error"}},
        {"severity-warning", {"cảnh báo", "warning"}},
        {"unknown-unit-cli", {"không có đơn vị '{0}'", "no unit '{0}'"}},
        {"unknown-unit-cli-suggest", {"không có đơn vị '{0}'; có phải ý bạn là {1}?", "no unit '{0}'; did you mean {1}?"}},
        {"unknown-plan-cli", {"không có kế hoạch '{0}'", "no plan '{0}'"}},
        // Command line (CLI11's parse errors, in our words)
        {"cli-needs-command", {"cần một lệnh con: {0} <lệnh>, với <lệnh> là một trong: {1}",
                               "a command is needed: {0} <command>, where <command> is one of: {1}"}},
        {"cli-unknown-command", {"không có lệnh '{0}'; các lệnh: {1}", "no command '{0}'; the commands are: {1}"}},
        {"cli-unknown-command-suggest", {"không có lệnh '{0}'; có phải ý bạn là '{1}'?", "no command '{0}'; did you mean '{1}'?"}},
        {"cli-unknown-option", {"không có tùy chọn '{0}'", "no option '{0}'"}},
        {"cli-unknown-option-suggest", {"không có tùy chọn '{0}'; có phải ý bạn là '{1}'?", "no option '{0}'; did you mean '{1}'?"}},
        {"cli-option-placement",
         {"tùy chọn '{0}' thuộc lệnh con, hãy đặt nó sau tên lệnh: {1} {0} …",
          "'{0}' is an option of the subcommand: put it after the command name: {1} {0} …"}},
        {"cli-extra-arguments", {"thừa tham số: {0}", "unexpected arguments: {0}"}},
        {"cli-missing-argument", {"thiếu tham số bắt buộc <{0}>", "the argument <{0}> is required"}},
        {"cli-missing-option", {"thiếu tùy chọn bắt buộc {0}", "the option {0} is required"}},
        {"cli-needs-value", {"{0} cần một giá trị", "{0} needs a value"}},
        {"cli-not-allowed", {"giá trị '{1}' không hợp lệ cho {0}; chọn một trong: {2}", "invalid value '{1}' for {0}; use one of: {2}"}},
        {"cli-out-of-range", {"giá trị '{1}' của {0} nằm ngoài khoảng {2} đến {3}", "the value '{1}' of {0} is outside {2} to {3}"}},
        {"cli-not-converted", {"giá trị không hợp lệ cho {0}: '{1}'", "invalid value for {0}: '{1}'"}},
        {"cli-excludes", {"không dùng {0} cùng với {1}", "{0} cannot be used with {1}"}},
        {"cli-requires", {"{0} cần dùng cùng {1}", "{0} needs {1}"}},
        {"cli-other", {"lỗi dòng lệnh: {0}", "command line error: {0}"}},
        {"cli-see-help", {"Xem '{0} --help'.", "See '{0} --help'."}},
        // cchc record: appending to journals
        {"record-needs-due", {"trạng thái 'extended' (gia hạn) cần --due (thời hạn mới)",
                              "status 'extended' needs --due (the new deadline)"}},
        {"record-due-not-extended", {"--due (thời hạn mới) chỉ dùng với trạng thái 'extended', không dùng với '{0}'",
                                     "--due (the new deadline) goes only with status 'extended', not '{0}'"}},
        {"record-invalid-occurrence", {"kỳ không hợp lệ: '{0}' (dạng 2024, 2024-H1, 2024-Q1, 2024-06, 2024-W05)",
                                       "invalid occurrence '{0}' (write 2024, 2024-H1, 2024-Q1, 2024-06 or 2024-W05)"}},
        {"record-invalid-text", {"{0} không phải văn bản UTF-8 hợp lệ", "{0} is not valid UTF-8 text"}},
        {"record-unknown-task-suggest", {"không có nhiệm vụ '{0}'; có phải ý bạn là '{1}'?", "no task '{0}'; did you mean '{1}'?"}},
        {"record-ambiguous-task", {"'{0}' khớp nhiều nhiệm vụ: {1}; hãy ghi rõ <kế-hoạch>#<mã>",
                                   "'{0}' matches several tasks: {1}; write <plan>#<id>"}},
        {"record-unknown-event-suggest", {"không có sự kiện '{0}'; có phải ý bạn là '{1}'?", "no event '{0}'; did you mean '{1}'?"}},
        {"record-ambiguous-event", {"'{0}' khớp nhiều sự kiện: {1}; hãy ghi rõ <kế-hoạch>#<mã>",
                                    "'{0}' matches several events: {1}; write <plan>#<id>"}},
        {"record-ambiguous-task-list", {"'{0}' khớp {1} nhiệm vụ; hãy ghi rõ một trong các mã sau:{2}",
                                        "'{0}' matches {1} tasks; write one of these:{2}"}},
        {"record-invalid-status", {"trạng thái '{0}' không hợp lệ; dùng: xong (done), đang thực hiện (in_progress), gia hạn (extended), vướng mắc (blocked), hủy (cancelled)",
                                   "invalid status '{0}'; use: done, in_progress, extended, blocked, cancelled (or xong, đang thực hiện, gia hạn, vướng mắc, hủy)"}},
        {"record-done-again", {"sổ theo dõi đã ghi '{0}' hoàn thành ngày {1} ({2}); không ghi lần nữa. Nếu thật sự cần ghi thêm, dùng --again",
                               "the journal already has '{0}' done on {1} ({2}); nothing written. To record it again anyway, add --again"}},
        {"record-done-again-note", {"lưu ý: '{0}' đã được ghi hoàn thành ngày {1} ({2}); vẫn ghi thêm vì có --again",
                                    "note: '{0}' was already recorded done on {1} ({2}); recording again because of --again"}},
        {"record-task-line", {"nhiệm vụ {0} (STT {1}): {2}", "task {0} (STT {1}): {2}"}},
        {"record-written", {"đã ghi vào {0}: {1}", "recorded in {0}: {1}"}},
        {"record-dry-run", {"sẽ ghi vào {0} (--dry-run: chưa ghi gì): {1}", "would write to {0} (--dry-run: nothing written): {1}"}},
        {"record-date-future", {"ngày {0} còn ở tương lai (hôm nay {1}); không ghi. Nếu đúng là vậy, thêm --force",
                                "{0} is in the future (today is {1}); nothing written. If it really is, add --force"}},
        {"record-date-outside-plan", {"ngày {0} nằm ngoài thời gian của kế hoạch {1} ({2} – {3}, kể cả một quý sau khi hết kỳ); không ghi. Nếu đúng là vậy, thêm --force",
                                      "{0} is outside the period of plan {1} ({2} – {3}, with the quarter after its end); nothing written. If it really is, add --force"}},
        {"record-needs-occurrence", {"'{0}' có nhiều kỳ/lần thực hiện: ghi rõ --occurrence (còn mở {1}: {2}); có thể ghi nhiều kỳ một lần, như 2024-01..2024-06",
                                     "'{0}' has several occurrences: say which with --occurrence ({1} open: {2}); several at once like 2024-01..2024-06"}},
        {"record-occurrence-range", {"'{0}' không phải danh sách/khoảng kỳ đọc được: viết như 2024-01..2024-06, tuan/2024-W01..W20 hoặc 2024-Q1,2024-Q2",
                                     "'{0}' is not a list or range of occurrences: write 2024-01..2024-06, tuan/2024-W01..W20 or 2024-Q1,2024-Q2"}},
        {"record-unit-not-owing", {"'{0}' không phải đơn vị phải thực hiện/báo cáo phần này của '{1}' (gồm: {2})",
                                   "'{0}' is not one of the units owing this part of '{1}' ({2})"}},
        {"record-done-for-all", {"ghi hoàn thành cho tất cả đơn vị phải báo cáo: {0} (dùng --unit để ghi riêng từng đơn vị)",
                                 "recorded done for every unit owing it: {0} (use --unit to record one unit's report)"}},
        {"record-occurrence-backwards", {"khoảng kỳ '{0}..{1}' chạy ngược: kỳ đầu phải trước kỳ cuối",
                                         "the range '{0}..{1}' runs backwards: the first must come before the last"}},
        {"journal-outside", {"sổ theo dõi {0} trỏ ra ngoài kho kế hoạch ({1}); không ghi",
                             "the journal {0} points outside the repository ({1}); nothing written"}},
        {"journal-not-regular", {"sổ theo dõi {0} không phải tệp thường; không ghi",
                                 "the journal {0} is not a regular file; nothing written"}},
        {"journal-io", {"không ghi được sổ theo dõi {0}: {1}", "cannot write the journal {0}: {1}"}},
        {"journal-broken", {"sổ theo dõi {0} đang có lỗi nên không ghi thêm (ghi tiếp sẽ che mất lỗi); chạy 'cchc check' để xem và sửa",
                            "the journal {0} has errors, so nothing was appended (that would hide them); run 'cchc check' to see and fix them"}},
        {"journal-append-unreadable", {"ghi thêm vào cuối {0} sẽ không đọc lại được thành một mục mới; không ghi, hãy chạy 'cchc check' và xem cuối tệp",
                                       "appending to {0} would not read back as one new entry; nothing written: run 'cchc check' and look at the end of the file"}},
        // cchc timing, cchc holidays
        {"timing-not-understood", {"cchc không hiểu cách ghi thời hạn '{0}' và sẽ không đoán; hãy viết lại theo mẫu (docs/format.md): {1}",
                                   "cchc does not understand the timing '{0}' and will not guess; reword it (docs/format.md): {1}"}},
        {"timing-text", {"Cách ghi: {0}", "Text: {0}"}},
        {"timing-year", {"Năm kế hoạch: {0}", "Plan year: {0}"}},
        {"timing-kind", {"Cách hiểu: {0} [{1}]", "Reading: {0} [{1}]"}},
        {"timing-description", {"Mô tả: {0}", "Description: {0}"}},
        {"timing-event", {"Sự kiện: {0}", "Event: {0}"}},
        {"timing-occurrences", {"Các hạn ({0}):", "Deadlines ({0}):"}},
        {"timing-no-occurrences", {"Các hạn: không có ngày cụ thể", "Deadlines: no fixed date"}},
        {"timing-from-to", {"từ {0} đến hết {1}", "from {0} to {1}"}},
        {"timing-last-day", {"hạn cuối {0}", "last day {0}"}},
        {"timing-event-deadline", {"Sự kiện ngày {0} → hạn cuối {1}", "Event on {0} → last day {1}"}},
        {"timing-event-no-period", {"--event-date: cách ghi này không nêu số ngày kể từ sự kiện, không tính được hạn",
                                    "--event-date: this wording gives no number of days after an event; no deadline to compute"}},
        {"timing-event-hint", {"Hạn tính từ ngày của sự kiện: thêm --event-date YYYY-MM-DD để tính",
                               "The deadline counts from the event's date: add --event-date YYYY-MM-DD to compute it"}},
        {"explain-on_date", {"vào hoặc trước ngày (hạn cuối là chính ngày đó)", "on or before the date (the last day is that date)"}},
        {"explain-before_date", {"trước ngày (hạn cuối là hôm trước)", "before the date (the last day is the day before)"}},
        {"explain-within", {"trong {0}", "within the {0}"}},
        {"explain-from", {"từ đầu {0} trở đi, không có hạn cuối", "from the start of the {0} on, with no last day"}},
        {"explain-ongoing", {"thường xuyên suốt {0}, không có hạn cuối riêng", "ongoing all through the {0}, no last day of its own"}},
        {"explain-dates", {"nhiều thời hạn, mỗi hạn một lần", "several deadlines, each once"}},
        {"explain-milestones", {"nhiều mốc, mỗi mốc một hạn", "several milestones, each with its own deadline"}},
        {"explain-no_date", {"không có hạn riêng", "no deadline of its own"}},
        {"explain-every", {"định kỳ {0}", "every {0}"}},
        {"explain-day-month", {", ngày {0}", ", day {0}"}},
        {"explain-day-last-month", {", ngày {0} tháng cuối kỳ", ", day {0} of its last month"}},
        {"explain-before", {", trước ngày", ", before that day"}},
        {"explain-on-or-before", {", chậm nhất ngày đó", ", on or before that day"}},
        {"explain-period-end", {", hạn là ngày cuối kỳ", ", due on the last day of each period"}},
        {"explain-after-working", {"trong {0} ngày làm việc kể từ sự kiện", "within {0} working days of the event"}},
        {"explain-after-days", {"trong {0} ngày kể từ sự kiện (ngày lịch, theo Bộ luật Dân sự)",
                                "within {0} days of the event (calendar days, Civil Code)"}},
        {"explain-after-open", {"sau sự kiện, không nêu số ngày", "after the event, no number of days given"}},
        {"explain-expected", {", sự kiện dự kiến trong {0}", ", the event expected in {0}"}},
        {"period-year", {"năm", "year"}},
        {"period-half", {"6 tháng", "half-year"}},
        {"period-quarter", {"quý", "quarter"}},
        {"period-month", {"tháng", "month"}},
        {"period-day", {"ngày", "day"}},
        {"every-week", {"hằng tuần", "week"}},
        {"every-month", {"hằng tháng", "month"}},
        {"every-quarter", {"hằng quý", "quarter"}},
        {"every-half", {"6 tháng một lần", "half-year"}},
        {"every-year", {"hằng năm", "year"}},
        {"weekday-0", {"Thứ Hai", "Monday"}},
        {"weekday-1", {"Thứ Ba", "Tuesday"}},
        {"weekday-2", {"Thứ Tư", "Wednesday"}},
        {"weekday-3", {"Thứ Năm", "Thursday"}},
        {"weekday-4", {"Thứ Sáu", "Friday"}},
        {"weekday-5", {"Thứ Bảy", "Saturday"}},
        {"weekday-6", {"Chủ Nhật", "Sunday"}},
        {"day-kind-holiday", {"nghỉ lễ", "holiday"}},
        {"day-kind-compensatory", {"nghỉ bù", "day off in lieu"}},
        {"day-kind-swapped", {"nghỉ hoán đổi", "swapped day off"}},
        {"day-kind-make_up", {"làm bù", "make-up working day"}},
        {"day-source-announced", {"công bố", "announced"}},
        {"day-source-statutory", {"theo luật", "statutory"}},
        {"day-source-settings", {"cchc.yaml", "cchc.yaml"}},
        {"invalid-year", {"năm không hợp lệ: '{0}' (cần một số từ 1900 đến 2199)", "invalid year: '{0}' (a number from 1900 to 2199)"}},
        {"holidays-breaks", {"Các đợt nghỉ năm {0} (kể cả thứ Bảy, Chủ Nhật liền kề):",
                             "Breaks in {0} (adjacent Saturdays and Sundays included):"}},
        {"holidays-break", {"{0}: {1} ngày ({2})", "{0}: {1} days ({2})"}},
        {"holidays-break-one", {"{0}: 1 ngày ({1})", "{0}: 1 day ({1})"}},
        {"holidays-announced", {"Năm {0}: theo thông báo lịch nghỉ chính thức có sẵn trong cchc.",
                                "{0}: from the official announcement shipped with cchc."}},
        {"holidays-statutory", {"Năm {0}: cchc chưa có thông báo chính thức, lịch tính theo quy tắc mặc định của luật "
                                "(không có hoán đổi, làm bù); xem docs/holidays.md.",
                                "{0}: no announcement shipped; computed by the default statutory rule (no swaps, "
                                "no make-up days); see docs/holidays.md."}},
        {"holidays-settings", {"Trong đó {0} ngày lấy từ cchc.yaml của kho kế hoạch.", "{0} of these days come from the repository's cchc.yaml."}},
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
