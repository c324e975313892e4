// Header vocabulary of plan tables (import_columns.hpp).
#include "import/import_columns.hpp"

#include "base/text.hpp"

namespace cchc {

namespace {

// Folded header, with punctuation turned into spaces: "Kết quả/ sản phẩm" → "ket qua san pham".
std::string words(std::string_view text) {
    std::string f = fold(text);
    for (char& c : f)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) c = ' ';
    return " " + fold(f) + " ";
}

bool has(const std::string& w, const char* phrase) { return w.find(std::string(" ") + phrase + " ") != std::string::npos; }

}  // namespace

Field header_field(std::string_view header_text) {
    const std::string w = words(header_text);
    if (w.size() > 80) return Field::none;  // a header is a few words, not a task
    if (w == " stt " || w == " tt " || has(w, "so tt") || has(w, "so thu tu") || w == " so ") return Field::stt;
    if (has(w, "ghi chu")) return Field::note;
    // "Phân công và cách thức thực hiện" is the method, though it names who does what.
    if (has(w, "cach thuc") || has(w, "phuong thuc") || has(w, "bien phap thuc hien")) return Field::method;
    if (has(w, "chu tri")) return Field::lead;
    if (has(w, "phoi hop")) return Field::support;
    if (has(w, "ket qua") || has(w, "san pham")) return Field::result;
    if (has(w, "tien do") || has(w, "thoi gian") || has(w, "thoi han") || has(w, "thoi diem")) return Field::timing;
    if (has(w, "tieu chi") && !has(w, "nhiem vu")) return Field::criterion;
    if (has(w, "thuc hien") && (has(w, "co quan") || has(w, "don vi") || has(w, "phan cong")))
        return Field::executors;
    if (has(w, "noi dung") || has(w, "nhiem vu") || has(w, "cong viec") || has(w, "giai phap") ||
        has(w, "hoat dong"))
        return Field::task;
    return Field::none;
}

bool is_column_number_row(const std::vector<std::string>& texts) {
    int numbers = 0;
    for (const std::string& t : texts) {
        if (t.empty()) continue;
        std::string_view s = t;
        if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
        if (s.empty() || s.size() > 3) return false;
        for (char c : s)
            if (c < '0' || c > '9') return false;
        ++numbers;
    }
    return numbers >= 2;
}

}  // namespace cchc
