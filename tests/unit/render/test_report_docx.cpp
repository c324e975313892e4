// Tests for lib/render/report_docx.cpp and lib/render/pandoc_docx.cpp: the Word variant of the report's
// Markdown (heading, landscape break, whole texts, fitted column widths) and running pandoc.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "model/calendar_settings.hpp"
#include "render/pandoc_docx.hpp"
#include "track/report.hpp"
#include "state/repository.hpp"
#include "render/report_parts.hpp"

using namespace cchc;

namespace {

ReportData november() {
    static const Repository repo = [] {
        Diagnostics diags;
        return load_repository(std::filesystem::path(CCHC_SOURCE_DIR), diags);
    }();
    ReportQuery q;
    q.period.kind = Period::Kind::month;
    q.period.year = 2024;
    q.period.index = 11;
    q.as_of = Date{2024, 11, 29};
    return build_report(repo, calendar_for(repo.settings), q);
}

// A raw table's column widths, in twips.
std::vector<int> grid(const std::string& xml) {
    std::vector<int> out;
    const std::string tag = "<w:gridCol w:w=\"";
    for (size_t at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + 1))
        out.push_back(std::stoi(xml.substr(at + tag.size())));
    return out;
}

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("docx_table: widths fit the content; rows that do not split; repeated header; blank columns dropped") {
    const std::string long_text(400, 'x');
    Table t{{"STT", "Nhiệm vụ", "Thời hạn", "Ghi chú"},
            {{"1", "Rà soát " + long_text, "31/03/2022", ""}, {"2", "Một | hai\ndòng hai", "30/06/2022", " "}},
            1};
    const std::string xml = report_md::docx_table(t, true);
    CHECK(xml.find("Ghi chú") == std::string::npos);  // blank in every row
    const auto w = grid(xml);
    REQUIRE(w.size() == 3);
    CHECK(w[2] >= 12 * 90);     // "31/03/2022" and room for the cell margins
    CHECK(w[1] > w[0] + w[2]);  // the task text takes most of the line
    CHECK(w[0] <= 10 * 95);     // "STT" in bold, not more
    CHECK(count(xml, "<w:cantSplit/>") == 3);
    CHECK(count(xml, "<w:tblHeader/>") == 1);
    CHECK(xml.find("Một | hai</w:t></w:r><w:r><w:br/></w:r>") != std::string::npos);
    CHECK(xml.find(long_text) != std::string::npos);  // never cut
    // A narrow table keeps its natural proportions.
    const auto small = grid(report_md::docx_table(Table{{"a", "bbbbbbbbbb"}, {{"1", "2"}}, -1}, false));
    REQUIRE(small.size() == 2);
    CHECK(small[1] > small[0]);
}

TEST_CASE("report_markdown (docx): decree heading, one section break, signature, whole texts, pictures") {
    const ReportData d = november();
    const std::string md = report_markdown(d, {Lang::vi, true, true});
    const std::string gfm = report_markdown(d, {Lang::vi, true, false});
    CHECK(md.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
    CHECK(md.find("Độc lập - Tự do - Hạnh phúc") != std::string::npos);
    CHECK(md.find("ngày 29 tháng 11 năm 2024") != std::string::npos);
    CHECK(md.find("# Báo cáo kết quả") == std::string::npos);  // the heading replaces the Markdown title
    CHECK(md.find("Số:       /BC-") != std::string::npos);
    CHECK(md.find("Nơi nhận:") != std::string::npos);
    CHECK(count(md, "<w:sectPr>") == 1);
    CHECK(md.find("## 1.") < md.find("<w:sectPr>"));
    CHECK(md.find("<w:sectPr>") < md.find("## 2."));
    // The section break rides on the last paragraph of the portrait part: no empty paragraph.
    CHECK(md.find("<w:p><w:pPr><w:sectPr>") == std::string::npos);
    CHECK(md.find("```mermaid") == std::string::npos);
    CHECK(md.find("](data:image/") != std::string::npos);  // the charts as pictures
    CHECK(gfm.find("```mermaid") != std::string::npos);
    // Every overdue and upcoming task text whole.
    size_t long_ones = 0;
    for (const auto& g : d.overdue)
        for (const auto& i : g.items) {
            const std::string flat = report_md::text(i.task->task.value, false);
            if (flat.find('\n') != std::string::npos) continue;  // line breaks become Word breaks
            CHECK(md.find(flat) != std::string::npos);
            long_ones += i.task->task.value.size() > 200;
        }
    CHECK(long_ones > 0);
}

TEST_CASE("markdown_to_docx: a .docx from pandoc; pandoc missing or failing said so, nothing left") {
    const auto dir = std::filesystem::temp_directory_path() / "cchc-unit-docx";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string out = (dir / "r.docx").string();
    const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";

    setenv("PATH", (dir / "nowhere").c_str(), 1);
    const PandocResult missing = markdown_to_docx("# x\n", builtin_reference_docx(), out, Lang::vi);
    setenv("PATH", path.c_str(), 1);
    CHECK(missing.status == PandocResult::Status::missing);
    CHECK(std::filesystem::is_empty(dir));

    if (std::system("command -v pandoc >/dev/null 2>&1") != 0) {
        MESSAGE("pandoc not installed: the conversion itself is not tested");
    } else {
        const PandocResult bad = markdown_to_docx("# x\n", "not a docx", out, Lang::vi);
        CHECK(bad.status == PandocResult::Status::failed);
        CHECK(!bad.detail.empty());
        CHECK(std::filesystem::is_empty(dir));

        const PandocResult ok = markdown_to_docx("# Báo cáo\n\n| a | b |\n|--|----|\n| 1 | 2 |\n",
                                                 builtin_reference_docx(), out, Lang::vi);
        CHECK(ok.status == PandocResult::Status::ok);
        std::ifstream in(out, std::ios::binary);
        std::string head(2, '\0');
        in.read(head.data(), 2);
        CHECK(head == "PK");  // a ZIP package
        CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) == 1);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("builtin_reference_docx: assets/reference.docx, compiled in") {
    std::ifstream in(std::filesystem::path(CCHC_SOURCE_DIR) / "assets/reference.docx", std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(!file.empty());
    CHECK(builtin_reference_docx() == file);
}
