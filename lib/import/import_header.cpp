// The header fields of an imported plan from the document's text (import_plan.hpp).
#include <regex>

#include "import/import_plan.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

std::string two(const std::string& n) { return n.size() == 1 ? "0" + n : n; }

}  // namespace

void read_plan_header(const DocxDocument& doc, ImportedPlan& out) {
    // The national header and the number sit in the first (layout) tables or paragraphs.
    std::vector<std::string> texts;
    for (const DocxTable& t : doc.tables) {
        if (t.rows.size() > 4) continue;  // layout tables are small; the plan table's dates are deadlines
        for (const DocxRow& r : t.rows)
            for (const DocxCell& c : r.cells) texts.push_back(c.text());
        if (texts.size() > 40) break;
    }
    texts.insert(texts.end(), doc.paragraphs.begin(), doc.paragraphs.end());

    static const std::regex number_re(R"((?:Số|SỐ|số)\s*:?\s*([^\s,;]*/\s*KH[^\s,;]*))");
    static const std::regex date_re(R"(ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4}))");
    for (const std::string& s : texts) {
        std::smatch m;
        if (out.number.empty() && std::regex_search(s, m, number_re)) out.number = m[1].str();
        if (out.issued.empty() && std::regex_search(s, m, date_re)) {
            const std::string y = m[3].str();
            if (m[2].matched && m[1].matched) out.issued = y + "-" + two(m[2].str()) + "-" + two(m[1].str());
            else if (m[2].matched) out.issued = y + "-" + two(m[2].str());
            else out.issued = y;
        }
    }
    // The title: the lines under "KẾ HOẠCH", up to the first empty line, "Căn cứ …" or a sentence.
    for (size_t i = 0; i < doc.paragraphs.size() && out.title.empty(); ++i) {
        if (fold(doc.paragraphs[i]) != "ke hoach") continue;
        std::string title;
        for (size_t j = i + 1; j < doc.paragraphs.size() && j < i + 6; ++j) {
            const std::string& p = doc.paragraphs[j];
            const std::string f = fold(p);
            if (f.empty()) {
                if (title.empty()) continue;
                break;
            }
            if (f.rfind("can cu", 0) == 0 || f.find_first_not_of("-_* ") == std::string::npos) break;
            // A sentence (". ; :" at its end) is the body starting without a blank line: a
            // title line never ends so.
            if (!title.empty() && (f.back() == '.' || f.back() == ';' || f.back() == ':')) break;
            title += (title.empty() ? "" : " ") + p;
        }
        if (!title.empty()) {
            // "KẾ HOẠCH" over "Tuyên truyền …" reads "Kế hoạch tuyên truyền …".
            std::string first = title;
            if (title.size() > 1 && title[0] >= 'A' && title[0] <= 'Z' && !(title[1] >= 'A' && title[1] <= 'Z'))
                first[0] = static_cast<char>(title[0] - 'A' + 'a');
            out.title = "Kế hoạch " + first;
        }
    }
    if (out.title.empty()) out.reviews.push_back({{}, "review-no-title", {}});
    static const std::regex year_re(R"(năm\s+(\d{4}))");
    std::smatch m;
    if (std::regex_search(out.title, m, year_re)) out.year = std::stoi(m[1].str());
    else if (out.issued.size() >= 4) out.year = std::stoi(out.issued.substr(0, 4));
}

}  // namespace cchc
