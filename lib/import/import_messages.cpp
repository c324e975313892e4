// Messages of `cchc import` and `cchc init`, in Vietnamese and English. Kept apart from
// lib/yaml/messages.cpp so that the importer's wording lives with the importer.
#include <map>
#include <string_view>

#include "import/import_error.hpp"

namespace cchc {

namespace {

struct Both {
    const char* vi;
    const char* en;
};

const std::map<std::string_view, Both>& table() {
    static const std::map<std::string_view, Both> t = {
        // Errors: the document cannot be read (exit 2).
        {"import-unreadable", {"không đọc được tệp {0}: {1}", "cannot read {0}: {1}"}},
        {"import-not-zip",
         {"{0} không phải tệp Word .docx (không phải gói zip); lưu lại bằng Word dưới dạng .docx",
          "{0} is not a Word .docx file (not a zip package); save it from Word as .docx"}},
        {"import-bad-zip", {"gói .docx bị hỏng: {0}", "the .docx package is damaged: {0}"}},
        {"import-encrypted",
         {"tài liệu được bảo vệ bằng mật khẩu; mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại",
          "the document is password-protected; open it in Word, remove the password (File > Info > Protect Document) and save it again"}},
        {"import-legacy-doc",
         {"{0} là tệp Word cũ (.doc) dù mang đuôi khác; đổi đuôi thành .doc để cchc chuyển đổi qua LibreOffice",
          "{0} is an old Word (.doc) file under another extension; rename it to .doc so that cchc converts it through LibreOffice"}},
        {"import-pdf",
         {"không nhập được từ PDF: PDF chỉ giữ chữ và vị trí, không giữ ô của bảng (ô gộp, dòng ngắt trang), nên "
          "không thể biết chữ nào thuộc ô nào mà không đoán. Hãy lấy bản Word (.docx/.doc) của văn bản, hoặc mở PDF "
          "bằng Word (Tệp > Mở), kiểm tra bảng rồi lưu thành .docx",
          "cannot import a PDF: a PDF keeps only text and positions, not the table's cells (merges, page breaks), so "
          "which text belongs to which cell cannot be known without guessing. Get the Word (.docx/.doc) version of the "
          "document, or open the PDF in Word (File > Open), check the table and save it as .docx"}},
        {"import-too-large",
         {"{0} vượt giới hạn {1} MiB (giải nén): không phải một kế hoạch thông thường (có thể là tệp \"bom zip\")",
          "{0} is past the limit of {1} MiB (uncompressed): not an ordinary plan (possibly a zip bomb)"}},
        {"import-no-document", {"gói .docx không có phần {0}", "the .docx package has no {0}"}},
        {"import-invalid-xml", {"XML không hợp lệ trong {0}, dòng {1}: {2}", "invalid XML in {0}, line {1}: {2}"}},
        {"import-xml-dtd",
         {"{0} có khai báo DTD, điều mà Word không bao giờ ghi; từ chối để tránh thực thể độc hại",
          "{0} declares a DTD, which Word never writes; refused to rule out malicious entities"}},
        {"import-too-deep",
         {"bảng lồng trong ô quá {0} cấp; không phải bảng kế hoạch thông thường",
          "tables nested in cells more than {0} deep; not an ordinary plan table"}},
        {"import-too-many-rows",
         {"tài liệu có hơn {0} dòng bảng; một kế hoạch thông thường có dưới 200",
          "the document has more than {0} table rows; an ordinary plan has under 200"}},
        {"import-no-table",
         {"không tìm thấy bảng kế hoạch ({0} bảng trong tài liệu): cần một bảng có dòng tiêu đề gồm cột nội dung/nhiệm "
          "vụ và ít nhất hai cột khác (STT, Kết quả/Sản phẩm, Tiến độ/Thời gian, Chủ trì, Phối hợp …)",
          "no plan table found ({0} tables in the document): a table is needed whose header names the task/content "
          "column and at least two others (STT, Kết quả/Sản phẩm, Tiến độ/Thời gian, Chủ trì, Phối hợp …)"}},
        {"import-no-tasks", {"bảng {0} có dòng tiêu đề nhưng không có dòng nhiệm vụ", "table {0} has a header but no task row"}},
        {"import-no-soffice",
         {"cần LibreOffice để chuyển {0} sang .docx: cài gói Debian libreoffice-writer-nogui (sudo apt install "
          "libreoffice-writer-nogui), hoặc lưu tệp thành .docx bằng Word",
          "LibreOffice is needed to convert {0} to .docx: install the Debian package libreoffice-writer-nogui (sudo apt "
          "install libreoffice-writer-nogui), or save the file as .docx from Word"}},
        {"import-convert-failed", {"LibreOffice không chuyển được {0} sang .docx: {1}", "LibreOffice could not convert {0} to .docx: {1}"}},
        // Review notes (comments in the written file and lines of the summary).
        {"review-carried",
         {"giá trị \"{0}\" lấy từ ô gộp bắt đầu ở dòng {1}", "value of \"{0}\" carried from the merged cell starting at row {1}"}},
        {"review-dash", {"ô \"{0}\" chỉ có \"{1}\": để trống", "cell \"{0}\" holds only \"{1}\": left out"}},
        {"review-timing",
         {"thời hạn chưa đọc được \"{0}\": chưa có hạn máy đọc; thêm due: nếu cần",
          "timing not understood \"{0}\" ({1}): no structured deadline; add due: if needed"}},
        {"review-unit", {"đơn vị chưa rõ \"{0}\": giữ nguyên văn", "unknown unit \"{0}\": kept as written"}},
        {"review-unit-suggest",
         {"đơn vị chưa rõ \"{0}\": giữ nguyên văn; gần nhất: {1}", "unknown unit \"{0}\": kept as written; closest: {1}"}},
        {"review-short-row", {"dòng không đủ ô so với số cột của bảng", "the row's cells do not fill the table's columns"}},
        {"review-no-stt", {"dòng không có STT: mã nhiệm vụ tạm theo số dòng", "row without STT: task id made from the row number"}},
        {"review-unit-new",
         {"đơn vị \"{0}\" ghi vào agency.yaml mới với mã {1}: kiểm tra tên và mã",
          "unit \"{0}\" written to the new agency.yaml as {1}: check its name and code"}},
        {"agency-header",
         {"XEM LẠI: cơ quan mới, tạo bởi cchc import từ {0}. Mã đơn vị lấy từ chữ viết tắt văn bản khai báo, hoặc từ chữ cái đầu của tên: kiểm tra tên, mã; thêm bí danh, nhóm, đơn vị bên ngoài (external: true).",
          "REVIEW: a new agency, made by cchc import from {0}. Unit codes come from the abbreviations the document declares, else from the initials of the names: check names and codes; add aliases, groups, external units (external: true)."}},
        {"summary-new-units", {"{0} đơn vị ghi vào agency.yaml mới: {1}", "{0} units written to a new agency.yaml: {1}"}},
        {"review-no-task", {"dòng không có nội dung nhiệm vụ", "row without task text"}},
        {"review-no-lead", {"không có đơn vị chủ trì", "no lead unit"}},
        {"review-no-lead-column",
         {"bảng không có cột chủ trì: ghi lead: theo cách thức thực hiện", "the table has no lead column: write lead: from the method"}},
        {"review-footnote", {"chú thích cuối trang chép vào note: {0}", "footnote copied into note: {0}"}},
        {"review-no-year", {"không thấy năm kế hoạch: thêm year: (hoặc dùng --year)", "no plan year found: add year: (or use --year)"}},
        {"review-no-title", {"không thấy tên kế hoạch dưới dòng \"KẾ HOẠCH\": thêm title:", "no plan title under \"KẾ HOẠCH\": add title:"}},
        // The written file.
        {"yaml-header", {"Nhập từ {0} bằng cchc import.", "Imported from {0} by cchc import."}},
        {"yaml-header-review",
         {"Dòng \"# XEM LẠI\" là chỗ cần đối chiếu với bản gốc; xóa dòng đó khi đã xem.",
          "Lines \"# REVIEW\" mark what to compare with the original; delete each once seen."}},
        // Summary.
        {"summary-tasks", {"{0} nhiệm vụ, {1} mục", "{0} tasks, {1} sections"}},
        {"summary-timing", {"{0} thời hạn chưa đọc được", "{0} timings not understood"}},
        {"summary-units", {"{0} đơn vị chưa rõ: {1}", "{0} unknown units: {1}"}},
        {"summary-carried", {"{0} giá trị lấy từ ô gộp", "{0} values carried from merged cells"}},
        {"summary-other", {"{0} chỗ khác cần xem", "{0} other points to review"}},
        {"summary-clean", {"không có gì cần xem lại", "nothing to review"}},
        {"summary-written", {"Đã ghi {0}", "Wrote {0}"}},
        {"import-exists",
         {"{0} đã có; dùng --force để ghi đè (tệp cũ bị thay thế)", "{0} exists; use --force to overwrite it"}},
        {"import-write-failed", {"không ghi được {0}: {1}", "cannot write {0}: {1}"}},
        // import --update.
        {"update-not-a-plan", {"{0} không phải tệp kế hoạch (không có sections:)", "{0} is not a plan file (no sections:)"}},
        {"update-unreadable", {"không đọc được tệp kế hoạch {0}: {1}", "cannot read the plan file {0}: {1}"}},
        {"update-broken",
         {"không cập nhật {0}: bản sửa sẽ không đọc lại được (YAML); tệp được giữ nguyên — hãy báo lỗi này",
          "{0} not updated: the edited text would not read back (YAML); the file is left as it was — please report this"}},
        {"update-with-output", {"--update không dùng cùng -o hay --force", "--update does not go with -o or --force"}},
        {"review-removed",
         {"XEM LẠI: không còn trong văn bản {0} (cchc import --update): xóa nhiệm vụ nếu đã bỏ thật",
          "REVIEW: no longer in the document {0} (cchc import --update): delete the task if it was really dropped"}},
        {"update-removed", {"không còn trong văn bản: giữ lại, đánh dấu XEM LẠI", "no longer in the document: kept, marked REVIEW"}},
        {"update-unplaced",
         {"mục {0} không có trong tệp kế hoạch: thêm tay", "section {0} is not in the plan file: add it by hand"}},
        {"update-reworded", {"đổi nội dung (task)", "reworded (task)"}},
        {"update-deadline", {"thời hạn mới (timing)", "new deadline (timing)"}},
        {"update-units", {"đơn vị ({0})", "units ({0})"}},
        {"update-summary",
         {"{0} nhiệm vụ thêm, {1} không còn, {2} nhiệm vụ có thay đổi", "{0} tasks added, {1} gone, {2} tasks changed"}},
        {"update-none", {"không có gì thay đổi so với {0}", "nothing changed against {0}"}},
        {"update-written", {"Đã cập nhật {0}", "Updated {0}"}},
        {"update-dry-run", {"--dry-run: chưa ghi gì vào {0}", "--dry-run: nothing written to {0}"}},
        // The rules file (import.yaml, --rules): {0} is always "file:line:col".
        {"rules-unreadable", {"không đọc được tệp quy tắc {0}: {1}", "cannot read the rules file {0}: {1}"}},
        {"rules-not-map", {"{0}: \"{1}\" phải là một bảng khóa: giá trị", "{0}: \"{1}\" must be a mapping of key: value"}},
        {"rules-not-list", {"{0}: \"{1}\" phải là một danh sách", "{0}: \"{1}\" must be a list"}},
        {"rules-not-text", {"{0}: cần một chuỗi chữ trong \"{1}\"", "{0}: a text is needed in \"{1}\""}},
        {"rules-unknown-key", {"{0}: khóa \"{1}\" không có; các khóa: {2}", "{0}: no key \"{1}\"; the keys are: {2}"}},
        {"rules-unknown-field",
         {"{0}: không có trường \"{1}\" cho tiêu đề \"{2}\"{3}; các trường: stt, task, result, timing, lead, support, method, criterion, note, executors",
          "{0}: no field \"{1}\" for the header \"{2}\"{3}; the fields are: stt, task, result, timing, lead, support, method, criterion, note, executors"}},
        {"rules-unknown-unit",
         {"{0}: không có đơn vị \"{1}\" trong agency.yaml (cho tên \"{2}\"{3}); thêm đơn vị vào agency.yaml hoặc sửa mã",
          "{0}: no unit \"{1}\" in agency.yaml (for the name \"{2}\"{3}); add the unit to agency.yaml or correct the code"}},
        {"rules-no-agency",
         {"{0}: không có agency.yaml để đối chiếu mã \"{1}\"{2}; tạo agency.yaml trước (lần nhập đầu tạo nó, không cần units:)",
          "{0}: no agency.yaml to check the code \"{1}\" against{2}; make agency.yaml first (a first import makes it, without units:)"}},
        {"rules-no-find", {"{0}: mục sửa chữ thiếu find:", "{0}: a correction without find:"}},
        {"review-rule-unused-header",
         {"quy tắc tiêu đề ở {0} (\"{1}\") không khớp tiêu đề nào của bảng", "the header rule at {0} (\"{1}\") matched no header of the table"}},
        {"review-rule-unused-unit",
         {"quy tắc đơn vị ở {0} (\"{1}\") không khớp ô đơn vị nào", "the unit rule at {0} (\"{1}\") matched no unit cell"}},
        {"review-rule-unused-correction",
         {"mục sửa chữ ở {0} (\"{1}\") không khớp chữ nào của văn bản", "the correction at {0} (\"{1}\") matched no text of the document"}},
        {"init-exists", {"{0} đã có: thư mục này đã là một kho kế hoạch", "{0} exists: this directory is already a plan repository"}},
        {"init-schemas-added",
         {"Đã thêm lược đồ còn thiếu: {0}", "Added the missing schemas: {0}"}},
        {"init-done",
         {"Đã tạo kho kế hoạch ở {0}: cchc.yaml, plans/ và schemas/. Tiếp theo: cchc import VĂN-BẢN.docx -o plans/<tỉnh>/<cơ-quan>/<năm>-<tên>.yaml",
          "Made a plan repository in {0}: cchc.yaml, plans/ and schemas/. Next: cchc import DOCUMENT.docx -o plans/<province>/<agency>/<year>-<name>.yaml"}},
    };
    return t;
}

}  // namespace

std::string import_message(const std::string& key, const std::vector<std::string>& args, Lang lang) {
    const auto it = table().find(key);
    std::string out = it == table().end() ? key : (lang == Lang::en ? it->second.en : it->second.vi);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string slot = "{" + std::to_string(i) + "}";
        for (size_t at = out.find(slot); at != std::string::npos; at = out.find(slot, at + args[i].size()))
            out.replace(at, slot.size(), args[i]);
    }
    return out;
}

}  // namespace cchc
