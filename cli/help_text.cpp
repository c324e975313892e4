#include "help_text.hpp"

#include <filesystem>
#include <regex>
#include <string_view>
#include <unordered_map>

#include "load/load_settings.hpp"
#include "state/repository.hpp"
#include "yaml/source.hpp"
#include "base/text.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc::cli {

namespace {

struct Both {
    const char* vi;
    const char* en;
};

// Keyed by the description exactly as the setup code writes it.
const std::unordered_map<std::string_view, Both>& table() {
    static const std::unordered_map<std::string_view, Both> t = {
        // cchc itself and what every command has
        {"cchc — kế hoạch cải cách hành chính dưới dạng YAML: kiểm tra, hạn, chỉ tiêu, báo cáo",
         {"cchc — kế hoạch CCHC dưới dạng YAML: kiểm tra, thời hạn, chỉ tiêu, báo cáo",
          "cchc — CCHC plans as YAML: checks, deadlines, targets, reports"}},
        {"Print this help message and exit", {"In trợ giúp này rồi thoát", "Print this help message and exit"}},
        {"Display program version information and exit",
         {"In phiên bản của chương trình rồi thoát", "Display program version information and exit"}},
        {"Plan repository root (default: found from the current directory)",
         {"Thư mục gốc của kho kế hoạch (mặc định: tìm từ thư mục hiện tại trở lên); -C như git; đặt trước hoặc sau tên lệnh",
          "Plan repository root (default: found from the current directory); -C as in git; before or after the command"}},
        {"Never page the output (default: a pager on a terminal, as git)",
         {"Không dùng trình phân trang (mặc định: trên màn hình terminal, kết quả dài được phân trang như git)",
          "Never page the output (default: a pager on a terminal, as git)"}},
        {"Language of messages: vi (default) or en",
         {"Ngôn ngữ: vi (mặc định, tiếng Việt) hoặc en (tiếng Anh)", "Language of messages: vi (default) or en"}},
        {"Only this plan (its id or the end of it)",
         {"Chỉ kế hoạch này (mã kế hoạch hoặc phần cuối của mã)", "Only this plan (its id or the end of it)"}},
        {"Unit code, name or alias, with or without diacritics (includes sub-units)",
         {"Mã, tên hoặc bí danh đơn vị, có dấu hay không dấu (gồm cả đơn vị cấp dưới)",
          "Unit code, name or alias, with or without diacritics (includes sub-units)"}},
        {"table (default) or json", {"table (bảng, mặc định) hoặc json", "table (default) or json"}},
        {"table (default), json or csv", {"table (bảng, mặc định), json hoặc csv", "table (default), json or csv"}},
        {"table (default), md, json or csv",
         {"table (bảng, mặc định), md (Markdown), json hoặc csv", "table (default), md, json or csv"}},
        {"table (default), md, json, csv or ics",
         {"table (bảng, mặc định), md (Markdown), json, csv hoặc ics (lịch)", "table (default), md, json, csv or ics"}},
        {"text (default) or json", {"text (văn bản, mặc định) hoặc json", "text (default) or json"}},
        {"text (default), json or github",
         {"text (văn bản, mặc định), json hoặc github (chú thích GitHub Actions)", "text (default), json or github"}},
        // check
        {"Files or directories to report on (default: the whole repository)",
         {"Tệp hoặc thư mục cần kiểm tra (mặc định: cả kho)",
          "Files or directories to report on (default: the whole repository)"}},
        {"Treat warnings as errors", {"Coi cảnh báo là lỗi", "Treat warnings as errors"}},
        {"List the rules and their codes", {"Liệt kê các quy tắc kiểm tra và mã của chúng", "List the rules and their codes"}},
        // tasks, units
        {"Only this agency (khanh-hoa/stttt, STTTT …)",
         {"Chỉ cơ quan này (khanh-hoa/stttt, STTTT …)", "Only this agency (khanh-hoa/stttt, STTTT …)"}},
        // timing, holidays
        {"Ngày của sự kiện (YYYY-MM-DD hoặc dd/mm/yyyy): tính hạn \"trong N ngày kể từ …\"",
         {"Ngày của sự kiện (YYYY-MM-DD hoặc dd/mm/yyyy): tính hạn \"trong N ngày kể từ …\"",
          "The event's date (YYYY-MM-DD or dd/mm/yyyy): computes a \"within N days of …\" deadline"}},
        {"Plan repository whose cchc.yaml adds holidays (default: found upwards)",
         {"Kho kế hoạch có cchc.yaml bổ sung ngày nghỉ (mặc định: tìm từ thư mục hiện tại trở lên)",
          "Plan repository whose cchc.yaml adds holidays (default: found upwards)"}},
        // due
        {"lead (chủ trì), support (phối hợp) or any (default)",
         {"lead (chủ trì), support (phối hợp) hoặc any (cả hai, mặc định)",
          "lead, support or any (default)"}},
        {"Date to look from (YYYY-MM-DD; default: today in Vietnam, UTC+7)",
         {"Tính đến ngày (2024-11-25, 25/11/2024, 25/11, hôm qua, -3 …; mặc định: hôm nay theo giờ Việt Nam, UTC+7)",
          "Date to look from (2024-11-25, 25/11/2024, 25/11, yesterday, -3 …; default: today in Vietnam, UTC+7)"}},
        {"Days ahead counted as due soon (default 30, or due_within in cchc.yaml)",
         {"Số ngày tới tính là sắp đến hạn (mặc định 30, hoặc due_within trong cchc.yaml)",
          "Days ahead counted as due soon (default 30, or due_within in cchc.yaml)"}},
        {"Also list the tasks due after the window (in the table, Markdown and ICS; JSON and CSV always have them)",
         {"Liệt kê cả nhiệm vụ có hạn sau khoảng đó (trong bảng, Markdown và ICS; JSON, CSV luôn có)",
          "Also list the tasks due after the window (in the table, Markdown and ICS; JSON and CSV always have them)"}},
        {"ICS: each reminder also as an 08:00 appointment 3 days before the deadline (calcurse reminds of appointments only)",
         {"ICS: mỗi lời nhắc thêm thành một cuộc hẹn lúc 08:00, 3 ngày trước hạn (calcurse chỉ nhắc cuộc hẹn có giờ)",
          "ICS: each reminder also as an 08:00 appointment 3 days before the deadline (calcurse reminds of appointments only)"}},
        // record
        {"Date of the entry, YYYY-MM-DD or dd/mm/yyyy (default: today in Vietnam)",
         {"Ngày của mục: 2024-11-25, 25/11/2024, 25/11, hôm qua, -3 … (mặc định: hôm nay theo giờ Việt Nam)",
          "Date of the entry: 2024-11-25, 25/11/2024, 25/11, yesterday, -3 … (default: today in Vietnam)"}},
        {"Date of the entry (default: today in Vietnam)",
         {"Ngày của mục (mặc định: hôm nay theo giờ Việt Nam)", "Date of the entry (default: today in Vietnam)"}},
        {"Note (free text)", {"Ghi chú (văn bản tự do)", "Note (free text)"}},
        {"Print the entry and the journal it goes to; write nothing",
         {"In ra mục và sổ theo dõi sẽ ghi vào; không ghi gì", "Print the entry and the journal it goes to; write nothing"}},
        {"<plan>#<id>, <plan>#<STT> as due shows it, or any unique suffix",
         {"<kế-hoạch>#<mã>, <kế-hoạch>#<STT> như cchc due in ra, hoặc phần cuối chỉ khớp một nhiệm vụ",
          "<plan>#<id>, <plan>#<STT> as due shows it, or any unique suffix"}},
        {"done (xong), in_progress (đang thực hiện), extended (gia hạn), blocked (vướng mắc), cancelled (hủy) or carried_over (chuyển tiếp)",
         {"xong (done), đang thực hiện (in_progress), gia hạn (extended), vướng mắc (blocked), hủy (cancelled) hoặc "
          "chuyển tiếp (carried_over); có dấu hay không dấu",
          "done, in_progress, extended, blocked, cancelled or carried_over (or xong, đang thực hiện, gia hạn, vướng mắc, "
          "hủy, chuyển tiếp)"}},
        // record batch
        {"CSV with a header row (date,task,status,occurrence,unit,evidence,note,due,issue or event), or journal lines (- { date: …, task: …, status: … }); - reads stdin",
         {"CSV có dòng tiêu đề (date,task,status,occurrence,unit,evidence,note,due,issue hoặc event), hoặc các dòng như sổ "
          "theo dõi (- { date: …, task: …, status: … }); - là đọc từ stdin",
          "CSV with a header row (date,task,status,occurrence,unit,evidence,note,due,issue or event), or journal lines "
          "(- { date: …, task: …, status: … }); - reads stdin"}},
        {"auto (default: journal lines when the first entry starts with -), csv or journal",
         {"auto (mặc định: dạng sổ theo dõi khi mục đầu bắt đầu bằng -), csv hoặc journal",
          "auto (default: journal lines when the first entry starts with -), csv or journal"}},
        {"Print the entries and the journal they go to; write nothing",
         {"In ra các mục và sổ theo dõi sẽ ghi vào; không ghi gì", "Print the entries and the journal they go to; write nothing"}},
        // Options added with plan lifecycle, agency scope, safety, layout, Word and the cache.
        {"Check everything again: read and parse every file, using neither cached results nor cached parsed files",
         {"Kiểm tra lại toàn bộ: đọc và phân tích mọi tệp, không dùng kết quả kiểm tra hay bản phân tích đã lưu",
          "Check everything again: read and parse every file, using neither cached results nor cached parsed files"}},
        {"lead (chủ trì), support (phối hợp), recipient (nhận báo cáo) or any (default)",
         {"lead (chủ trì), support (phối hợp), recipient (nhận báo cáo) hoặc any (tất cả, mặc định)",
          "lead, support, recipient or any (default)"}},
        {"The plan: its id or the end of it (2024-tuyen-truyen-cchc)",
         {"Kế hoạch: mã hoặc phần cuối của mã (2024-tuyen-truyen-cchc)",
          "The plan: its id or the end of it (2024-tuyen-truyen-cchc)"}},
        {"With --format docx: styles from this .docx instead of the built-in one (assets/reference.docx)",
         {"Với --format docx: lấy kiểu trình bày từ tệp .docx này thay cho mẫu có sẵn (assets/reference.docx)",
          "With --format docx: styles from this .docx instead of the built-in one (assets/reference.docx)"}},
        {"md (default, GitHub-flavoured Markdown), json, or docx (Word, A4, via pandoc; needs -o)",
         {"md (Markdown, mặc định), json, hoặc docx (Word, khổ A4, qua pandoc; cần -o)",
          "md (default, GitHub-flavoured Markdown), json, or docx (Word, A4, via pandoc; needs -o)"}},
        {"Only this agency: its directory or the end of it (stttt, khanh-hoa/stttt), short name or name",
         {"Chỉ cơ quan này: thư mục hoặc phần cuối (stttt, khanh-hoa/stttt), tên viết tắt hoặc tên",
          "Only this agency: its directory or the end of it (stttt, khanh-hoa/stttt), short name or name"}},
        {"Only this plan (its id or an end of it that names one plan in scope); repeat for several",
         {"Chỉ kế hoạch này (mã hoặc phần cuối của mã chỉ khớp một kế hoạch trong phạm vi); lặp lại để chọn nhiều kế hoạch",
          "Only this plan (its id or an end of it that names one plan in scope); repeat for several"}},
        {"Also plans no longer in force (period ended, or closed in the journal)",
         {"Gồm cả kế hoạch đã hết hiệu lực (hết thời gian, hoặc đã ghi đóng trong sổ theo dõi)",
          "Also plans no longer in force (period ended, or closed in the journal)"}},
        {"Go on although the repository has errors (plans with errors are left out)",
         {"Vẫn chạy dù kho kế hoạch có lỗi, với phần đọc được (bỏ qua nhiệm vụ, kế hoạch lỗi và nói rõ trên stderr)",
          "Go on although the repository has errors, with what could be read (tasks and plans with errors left out, said on stderr)"}},
        {"Columns to fit the table into (default: the terminal's; 0 = no limit, one line per row)",
         {"Số cột tối đa của bảng (mặc định: theo cửa sổ dòng lệnh; 0 = không giới hạn, mỗi dòng một việc)",
          "Columns to fit the table into (default: the terminal's; 0 = no limit, one line per row)"}},
        {"Colours: auto (default: on a terminal without NO_COLOR), always or never",
         {"Tô màu: auto (mặc định: khi in ra cửa sổ dòng lệnh và không đặt NO_COLOR), always (luôn) hoặc never (không)",
          "Colours: auto (default: on a terminal without NO_COLOR), always or never"}},
        {"Evidence (minh chứng): document number, link …",
         {"Minh chứng: số văn bản, đường dẫn …", "Evidence (minh chứng): document number, link …"}},
        {"extended: the new deadline, YYYY-MM-DD or dd/mm/yyyy",
         {"Với gia hạn (extended): thời hạn mới, YYYY-MM-DD hoặc dd/mm/yyyy",
          "extended: the new deadline, YYYY-MM-DD or dd/mm/yyyy"}},
        {"Which occurrence: a period of a recurring task (2024-Q1, 2024-06, 2024-W05) or an internal deadline (bc-vp, tuan/2024-W47); one the task has. Several: a range 2024-01..2024-06, tuan/2024-W01..W20, or a list 2024-Q1,2024-Q2 (all written, or none). Required for done on a task with several occurrences",
         {"Kỳ/mốc được ghi nhận: kỳ của nhiệm vụ định kỳ (2024-Q1, 2024-06, 2024-W05) hoặc hạn nội bộ (bc-vp, tuan/2024-W47); phải là kỳ/mốc nhiệm vụ có. Nhiều kỳ: khoảng 2024-01..2024-06, tuan/2024-W01..W20, hoặc danh sách 2024-Q1,2024-Q2 (ghi tất cả, hoặc không ghi gì). Bắt buộc khi ghi xong nhiệm vụ có nhiều kỳ",
          "Which occurrence: a period of a recurring task (2024-Q1, 2024-06, 2024-W05) or an internal deadline (bc-vp, tuan/2024-W47); one the task has. Several: a range 2024-01..2024-06, tuan/2024-W01..W20, or a list 2024-Q1,2024-Q2 (all written, or none). Required for done on a task with several occurrences"}},
        {"One unit's report of what a group owes (all, phong_cm): e.g. --occurrence bc-vp --unit TTr; without it, done closes it for every unit",
         {"Báo cáo của một đơn vị trong nhóm phải báo cáo (all, phong_cm): vd. --occurrence bc-vp --unit TTr; không có thì ghi xong cho cả nhóm",
          "One unit's report of what a group owes (all, phong_cm): e.g. --occurrence bc-vp --unit TTr; without it, done closes it for every unit"}},
        {"A difficulty to bring up in reports (issue: true)",
         {"Khó khăn, vướng mắc cần đưa vào báo cáo (issue: true)", "A difficulty to bring up in reports (issue: true)"}},
        {"Record done although the journal already has the task done",
         {"Vẫn ghi hoàn thành dù sổ theo dõi đã ghi nhiệm vụ này hoàn thành",
          "Record done although the journal already has the task done"}},
        {"<plan>#<event-id> or any unique suffix",
         {"<kế-hoạch>#<mã-sự-kiện> hoặc phần cuối chỉ khớp một sự kiện", "<plan>#<event-id> or any unique suffix"}},
        {"Metric id, or <agency>#<metric> when several agencies have it",
         {"Mã chỉ tiêu, hoặc <cơ-quan>#<chỉ-tiêu> khi nhiều cơ quan có chỉ tiêu đó",
          "Metric id, or <agency>#<metric> when several agencies have it"}},
        {"The value: a number (86,4 or 86.4) or a rating level (Tốt)",
         {"Giá trị: một số (86,4 hoặc 86.4) hoặc một mức xếp loại (Tốt)",
          "The value: a number (86,4 or 86.4) or a rating level (Tốt)"}},
        {"The agency (khanh-hoa/stttt or its end) when the id is not unique",
         {"Cơ quan (khanh-hoa/stttt hoặc phần cuối) khi mã chỉ tiêu không duy nhất",
          "The agency (khanh-hoa/stttt or its end) when the id is not unique"}},
        {"What it measures: 2024, 2024-H1, 2024-Q2, 2024-06",
         {"Kỳ mà số liệu đo: 2024, 2024-H1, 2024-Q2, 2024-06 (tính cho kỳ đó, dù ghi vào ngày nào)",
          "What it measures: 2024, 2024-H1, 2024-Q2, 2024-06 (it counts for that period whenever recorded)"}},
        {"Source: a document number, a survey …",
         {"Nguồn số liệu: số văn bản, cuộc khảo sát …", "Source: a document number, a survey …"}},
        // score
        {"Only targets of tasks this unit leads or supports",
         {"Chỉ chỉ tiêu của nhiệm vụ mà đơn vị này chủ trì hoặc phối hợp",
          "Only targets of tasks this unit leads or supports"}},
        {"Roll up by plan (default), section, index or unit",
         {"Cộng dồn theo plan (kế hoạch, mặc định), section (phần), index (bộ chỉ số) hoặc unit (đơn vị)",
          "Roll up by plan (default), section, index or unit"}},
        {"Date (YYYY-MM-DD; default: today in Vietnam)",
         {"Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định: hôm nay theo giờ Việt Nam)",
          "Date (YYYY-MM-DD or dd/mm/yyyy; default: today in Vietnam)"}},
        {"Days ahead in which an unmet target is 'at risk' (default 30)",
         {"Số ngày tới mà chỉ tiêu chưa đạt bị coi là 'có nguy cơ' (mặc định 30)",
          "Days ahead in which an unmet target is 'at risk' (default 30)"}},
        // report
        {"Report on this month (YYYY-MM; default: the current month in Vietnam)",
         {"Báo cáo tháng này (11/2024 hoặc 2024-11; mặc định: tháng hiện tại)",
          "Report on this month (11/2024 or 2024-11; default: the current month in Vietnam)"}},
        {"Report on this quarter (YYYY-QN, e.g. 2024-Q4)",
         {"Báo cáo quý này (Q4/2024, 2024-Q4, \"quý IV/2024\")",
          "Report on this quarter (Q4/2024, 2024-Q4, \"quý IV/2024\")"}},
        {"Report on this year (YYYY)", {"Báo cáo năm này (YYYY)", "Report on this year (YYYY)"}},
        {"Date of the figures (YYYY-MM-DD; default: the period's last day, or today)",
         {"Số liệu tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định: ngày cuối kỳ, hoặc hôm nay)",
          "Date of the figures (YYYY-MM-DD or dd/mm/yyyy; default: the period's last day, or today)"}},
        {"Only tasks this unit leads or supports (code, name or alias)",
         {"Chỉ nhiệm vụ mà đơn vị này chủ trì hoặc phối hợp (mã, tên hoặc bí danh)",
          "Only tasks this unit leads or supports (code, name or alias)"}},
        {"Write to this file (atomically) instead of stdout",
         {"Ghi vào tệp này (ghi nguyên tử) thay vì in ra màn hình", "Write to this file (atomically) instead of stdout"}},
        {"md (default, GitHub-flavoured Markdown) or json",
         {"md (mặc định, Markdown kiểu GitHub) hoặc json", "md (default, GitHub-flavoured Markdown) or json"}},
        // import, init
        // One line in the commands list (bash completion reads its first words).
        {"Import a plan from its Word document",
         {"Nhập kế hoạch từ văn bản Word (.docx, .doc)", "Import a plan from its Word document (.docx, .doc)"}},
        {"The plan's Word document", {"Văn bản Word của kế hoạch", "The plan's Word document"}},
        {"Plan file to write (plans/<province>/<agency>/<year>-<name>.yaml); without it and --agency, the plan goes to stdout",
         {"Tệp kế hoạch sẽ ghi (plans/<tỉnh>/<cơ-quan>/<năm>-<tên>.yaml); không có -o và --agency thì in ra màn hình",
          "Plan file to write (plans/<province>/<agency>/<year>-<name>.yaml); without it and --agency, the plan goes to stdout"}},
        {"Agency directory under plans/ (khanh-hoa/stttt): its agency.yaml resolves units",
         {"Thư mục cơ quan trong plans/ (khanh-hoa/stttt): đơn vị được đối chiếu với agency.yaml ở đó",
          "Agency directory under plans/ (khanh-hoa/stttt): its agency.yaml resolves units"}},
        {"Plan year when the document does not give it",
         {"Năm kế hoạch khi văn bản không ghi", "Plan year when the document does not give it"}},
        {"Import rules (header words, unit names, text corrections); default: import.yaml beside the plan",
         {"Tệp quy tắc nhập (chữ tiêu đề, tên đơn vị, sửa chữ); mặc định: import.yaml cạnh tệp kế hoạch",
          "Import rules (header words, unit names, text corrections); default: import.yaml beside the plan"}},
        {"Overwrite an existing plan file", {"Ghi đè tệp kế hoạch đã có", "Overwrite an existing plan file"}},
        {"Print the plan file (with --update: the changes) instead of writing it",
         {"In tệp kế hoạch ra màn hình thay vì ghi (với --update: in các thay đổi, không ghi gì)",
          "Print the plan file (with --update: the changes) instead of writing it"}},
        {"Plan file made from an earlier version of the document: edit it in place to match, keeping what was added by hand",
         {"Tệp kế hoạch đã nhập từ bản trước của văn bản: sửa tại chỗ cho khớp bản mới, giữ nguyên mọi thứ đã thêm tay",
          "Plan file made from an earlier version of the document: edit it in place to match, keeping what was added by hand"}},
        {"Make an empty plan repository (cchc.yaml, plans/)",
         {"Tạo kho kế hoạch trống", "Make an empty plan repository"}},
        {"Directory of the new repository (default: the current one)",
         {"Thư mục của kho mới (mặc định: thư mục hiện tại)", "Directory of the new repository (default: the current one)"}},
        {"Leave out the charts (Mermaid in Markdown, pictures in Word)",
         {"Bỏ các biểu đồ (Mermaid trong Markdown, hình trong Word)",
          "Leave out the charts (Mermaid in Markdown, pictures in Word)"}},
        {"With --format docx: the report's number (123 gives Số: 123/BC-<abbreviation>; default: blank)",
         {"Với --format docx: số của báo cáo (123 thành Số: 123/BC-<viết tắt>; mặc định: để trống)",
          "With --format docx: the report's number (123 gives No.: 123/BC-<abbreviation>; default: blank)"}},
        {"With --format docx: who signs ('Name', 'TITLE;Name' or 'AUTHORITY;TITLE;Name'; default: agency.yaml)",
         {"Với --format docx: người ký ('Họ tên', 'CHỨC VỤ;Họ tên' hoặc 'QUYỀN HẠN;CHỨC VỤ;Họ tên'; mặc định: agency.yaml)",
          "With --format docx: who signs ('Name', 'TITLE;Name' or 'AUTHORITY;TITLE;Name'; default: agency.yaml)"}},
    };
    return t;
}

// Value names shown after an option ("--root TEXT"), and CLI11's headings.
const std::unordered_map<std::string_view, Both>& words() {
    static const std::unordered_map<std::string_view, Both> w = {
        {"TEXT", {"CHUỖI", "TEXT"}},      {"INT", {"SỐ", "INT"}},
        {"UINT", {"SỐ", "UINT"}},         {"FLOAT", {"SỐ", "FLOAT"}},
        {"Usage", {"Cách dùng", "Usage"}}, {"OPTIONS", {"TÙY-CHỌN", "OPTIONS"}},
        {"SUBCOMMAND", {"LỆNH", "COMMAND"}}, {"SUBCOMMANDS", {"LỆNH", "COMMANDS"}},
        {"Positionals", {"Tham số", "Arguments"}}, {"REQUIRED", {"(bắt buộc)", "(required)"}},
        {"Options", {"Tùy chọn", "Options"}}, {"Subcommands", {"Lệnh", "Commands"}},
    };
    return w;
}

std::string word(std::string_view key, Lang lang) {
    auto it = words().find(key);
    if (it == words().end()) return std::string(key);
    return lang == Lang::vi ? it->second.vi : it->second.en;
}

// The help lines fit this many columns: descriptions wrap at word boundaries.
constexpr int kHelpWidth = 80;

// CLI11's formatter pads names by bytes, which misaligns Vietnamese; this one pads and
// wraps by display columns.
class Formatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool positional) const override {
        return row(make_option_name(opt, positional) + make_option_opts(opt), make_option_desc(opt));
    }
    std::string make_subcommand(const CLI::App* sub) const override {
        return row(sub->get_display_name(true), sub->get_description());
    }

private:
    std::string row(const std::string& name, const std::string& desc) const {
        const int wid = static_cast<int>(get_column_width());
        const std::string indent(static_cast<size_t>(wid), ' ');
        std::string out = "  " + name;
        if (desc.empty()) return out + "\n";
        const int used = display_width(out);
        out += used >= wid ? "\n" + indent : std::string(static_cast<size_t>(wid - used), ' ');
        int col = wid;
        bool first = true;
        for (size_t pos = 0; pos < desc.size();) {
            size_t end = desc.find(' ', pos);
            if (end == std::string::npos) end = desc.size();
            const std::string w = desc.substr(pos, end - pos);
            const int ww = display_width(w);
            if (!first && col + 1 + ww > kHelpWidth) {
                out += "\n" + indent;
                col = wid;
            } else if (!first) {
                out += ' ';
                ++col;
            }
            out += w;
            col += ww;
            first = false;
            pos = end + 1;
        }
        return out + "\n";
    }
};

void localize_tree(CLI::App& app, Lang lang, const std::shared_ptr<Formatter>& fmt) {
    app.formatter(fmt);
    app.description(help_text(app.get_description(), lang));
    for (CLI::Option* opt : app.get_options()) {
        opt->description(help_text(opt->get_description(), lang));
        if (!opt->get_group().empty()) opt->group(word(opt->get_group(), lang));
        // The value name only ("TEXT"); the validator adds its own part (":{vi,en}").
        const std::string type = opt->get_type_name();
        if (!type.empty()) opt->type_name(word(type.substr(0, type.find(':')), lang));
        // A range says "INT in [1900 - 2199]"; in cchc's words "1900–2199".
        static const std::regex kRange(".* in \\[(.*) - (.*)\\]");
        for (int i = 0;; ++i) {
            CLI::Validator* v = nullptr;
            try {
                v = opt->get_validator(i);
            } catch (const CLI::OptionNotFound&) {
                break;
            }
            std::smatch m;
            const std::string desc = v->get_description();
            if (std::regex_match(desc, m, kRange)) v->description(m[1].str() + "–" + m[2].str());
            // CLI11's own words for its number checks, in the user's language.
            if (desc == "NONNEGATIVE") v->description(tr("help-nonnegative", lang));
            if (desc == "POSITIVE") v->description(tr("help-positive", lang));
        }
    }
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group(word(sub->get_group(), lang));
        localize_tree(*sub, lang, fmt);
    }
}

// `lang:` of the repository's cchc.yaml, read quietly: its problems are for `check`.
std::optional<Lang> settings_lang(const std::string& root_option) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto root =
        root_option.empty() ? find_repository_root(fs::current_path(ec)) : std::optional<fs::path>(root_option);
    if (!root || !fs::is_regular_file(*root / "cchc.yaml", ec)) return std::nullopt;
    Diagnostics ignored;
    auto file = read_source_file(*root / "cchc.yaml", "cchc.yaml", ignored, *root);
    if (!file) return std::nullopt;
    Settings settings;
    settings.file = file.get();
    const LoadContext ctx{file.get(), ignored};
    auto tree = parse_yaml(*file, ignored);
    if (!tree) return std::nullopt;
    load_settings(ctx, *tree, settings);
    Lang lang = Lang::vi;
    if (parse_lang(settings.lang, lang)) return lang;
    return std::nullopt;
}

}  // namespace

Lang lang_before_parse(int argc, const char* const* argv) {
    std::string lang_option, root_option;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--") break;
        if ((a == "--lang" || a == "--root" || a == "-C") && i + 1 < argc)
            (a == "--lang" ? lang_option : root_option) = argv[++i];
        else if (a.substr(0, 7) == "--lang=")
            lang_option = a.substr(7);
        else if (a.substr(0, 7) == "--root=")
            root_option = a.substr(7);
    }
    Lang lang = Lang::vi;
    if (parse_lang(lang_option, lang)) return lang;
    if (auto from_settings = settings_lang(root_option)) return *from_settings;
    return Lang::vi;
}

std::string help_text(const std::string& description, Lang lang) {
    if (auto it = table().find(description); it != table().end()) return lang == Lang::vi ? it->second.vi : it->second.en;
    const size_t slash = description.find(" / ");
    if (slash == std::string::npos) return description;
    if (lang == Lang::vi) return description.substr(0, slash);
    std::string en = description.substr(slash + 3);
    if (!en.empty() && en[0] >= 'a' && en[0] <= 'z') en[0] = static_cast<char>(en[0] - 'a' + 'A');
    return en;
}

std::string top_help_footer(Lang lang) {
    if (lang == Lang::vi)
        return R"(Ví dụ:
  cchc check                       kiểm tra cả kho kế hoạch
  cchc due --unit VP               việc quá hạn, sắp đến hạn của Văn phòng
  cchc -C ~/ke-hoach due --as-of "hôm qua"
                                   kho ở thư mục khác, tính đến hôm qua
  cchc record status 2024-tuyen-truyen-cchc#1 done --date 25/11
  cchc report --month 11/2024 -o /tmp/bao-cao.md
  cchc help due                    trợ giúp của một lệnh (như cchc due --help)

Trạng thái thoát:
  0  xong, không có lỗi
  1  kho kế hoạch có lỗi (check), hoặc lệnh dừng vì kho có lỗi
     (thêm --force để vẫn chạy với phần đọc được)
  2  dùng sai lệnh (tùy chọn, ngày, tham số), hoặc không đọc/ghi được tệp

Tệp:
  cchc.yaml, plans/                kho kế hoạch, tìm từ thư mục hiện tại lên,
                                   hoặc --root/-C
  plans/<cơ quan>/agency.yaml      đơn vị, nhóm, chỉ tiêu của cơ quan
  plans/<cơ quan>/journal/<năm>.yaml
                                   sổ theo dõi (chỉ ghi thêm)
  ~/.cache/cchc/                   bộ nhớ đệm ($XDG_CACHE_HOME/cchc); xóa được

Biến môi trường:
  CCHC_PAGER, PAGER   trình phân trang trên terminal (mặc định: less -FRX);
                      "cat" hoặc rỗng: không phân trang
  NO_COLOR            không tô màu
  COLUMNS             độ rộng khi không đọc được từ terminal
  XDG_CACHE_HOME      thư mục bộ nhớ đệm
)";
    return R"(Examples:
  cchc check                       check the whole plan repository
  cchc due --unit VP               what is overdue or due soon for the Office
  cchc -C ~/ke-hoach due --as-of yesterday
                                   a repository elsewhere, as of yesterday
  cchc record status 2024-tuyen-truyen-cchc#1 done --date 25/11
  cchc report --month 11/2024 -o /tmp/report.md
  cchc help due                    one command's help (as cchc due --help)

Exit status:
  0  done, no errors
  1  the repository has errors (check), or a command stopped because it has
     (add --force to go on with what could be read)
  2  a usage error (option, date, argument), or a file not readable or writable

Files:
  cchc.yaml, plans/                the plan repository: found upwards from the
                                   current directory, or --root/-C
  plans/<agency>/agency.yaml       the agency's units, groups and metrics
  plans/<agency>/journal/<year>.yaml
                                   journals (appended to only)
  ~/.cache/cchc/                   caches ($XDG_CACHE_HOME/cchc); safe to delete

Environment:
  CCHC_PAGER, PAGER   pager for output on a terminal (default: less -FRX);
                      "cat" or empty: no pager
  NO_COLOR            no colours
  COLUMNS             width when the terminal's cannot be read
  XDG_CACHE_HOME      the cache directory
)";
}

void localize_help(CLI::App& app, Lang lang) {
    auto fmt = std::make_shared<Formatter>();
    for (const char* key : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "Positionals", "REQUIRED"})
        fmt->label(key, word(key, lang));
    fmt->column_width(30);
    localize_tree(app, lang, fmt);
    app.footer(top_help_footer(lang));
    for (CLI::App* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "score"; }))
        sub->footer(tr("score-help-footer", lang));
}

}  // namespace cchc::cli
