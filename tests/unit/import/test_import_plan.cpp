// Tests for the importer's pieces: header vocabulary (lib/import_columns.cpp), the grid of a
// Word table (lib/import_grid.cpp, lib/docx_document.cpp), unit cells (lib/import_units.cpp),
// plan extraction (lib/import_plan.cpp) and YAML scalars (lib/import_yaml.cpp).
#include <doctest/doctest.h>

#include "import/docx_document.hpp"
#include "import/import_columns.hpp"
#include "import/import_grid.hpp"
#include "import/import_plan.hpp"
#include "import/import_units.hpp"
#include "import/import_yaml.hpp"
#include "load/load_import.hpp"

using namespace cchc;

namespace {

std::string tc(const std::string& text, const std::string& pr = "") {
    return "<w:tc>" + (pr.empty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
}

DocxParts parts(const std::string& body) {
    DocxParts p;
    p.document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body +
                 "</w:body></w:document>";
    return p;
}

Unit unit(std::string code, std::string name, std::vector<std::string> aliases = {}) {
    Unit u;
    u.code = std::move(code);
    u.name = std::move(name);
    for (auto& a : aliases) u.aliases.push_back(Text{std::move(a), {}});
    return u;
}

// A document of `body` imported for an agency whose only unit is VP (Văn phòng Sở).
ImportedPlan import_for_vp(const std::string& body, int year = 0) {
    DocxDocument doc;
    REQUIRE_FALSE(parse_docx(parts(body), doc));
    Agency a;
    a.units = {unit("VP", "Văn phòng Sở")};
    ImportOptions opts;
    opts.agency = &a;
    opts.year = year;
    ImportedPlan plan;
    REQUIRE_FALSE(import_plan(doc, opts, plan));
    return plan;
}

}  // namespace

TEST_CASE("header vocabulary: the column names plans use") {
    CHECK(header_field("STT") == Field::stt);
    CHECK(header_field("TT") == Field::stt);
    CHECK(header_field("Nội dung công việc") == Field::task);
    CHECK(header_field("Nhiệm vụ") == Field::task);
    CHECK(header_field("Kết quả/ sản phẩm") == Field::result);
    CHECK(header_field("Sản phẩm") == Field::result);
    CHECK(header_field("Tiến độ") == Field::timing);
    CHECK(header_field("Thời gian hoàn thành") == Field::timing);
    CHECK(header_field("Thời hạn") == Field::timing);
    CHECK(header_field("Đơn vị chủ trì") == Field::lead);
    CHECK(header_field("Cơ quan phối hợp") == Field::support);
    CHECK(header_field("Phân công và cách thức thực hiện") == Field::method);
    CHECK(header_field("Cách thức thực hiện") == Field::method);
    CHECK(header_field("Cơ quan thực hiện") == Field::executors);
    CHECK(header_field("GHI CHU") == Field::note);
    CHECK(header_field("Xây dựng kế hoạch") == Field::none);
    CHECK(is_column_number_row({"(1)", "(2)", "", "(4)"}));
    CHECK(is_column_number_row({"1", "2", "3"}));
    CHECK_FALSE(is_column_number_row({"1.", "Xây dựng kế hoạch"}));
}

TEST_CASE("grid: gridSpan, vMerge continuation and gridBefore") {
    const std::string body = "<w:tbl>"
                             "<w:tr>" + tc("A", "<w:gridSpan w:val=\"2\"/>") + tc("B", "<w:vMerge w:val=\"restart\"/>") + "</w:tr>"
                             "<w:tr>" + tc("C") + tc("D") + tc("", "<w:vMerge/>") + "</w:tr>"
                             "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("E") + "</w:tr>"
                             "</w:tbl>";
    DocxDocument doc;
    REQUIRE_FALSE(parse_docx(parts(body), doc));
    REQUIRE(doc.tables.size() == 1);
    const TableGrid g = build_grid(doc.tables[0]);
    CHECK(g.columns == 3);
    CHECK(g.text(0, 0) == "A");
    CHECK(g.text(0, 1) == "A");
    CHECK_FALSE(g.rows[0][1].origin);
    CHECK(g.text(1, 2) == "B");
    CHECK(g.rows[1][2].carried);
    CHECK(g.rows[1][2].from_row == 0);
    CHECK(g.text(2, 0).empty());
    CHECK(g.text(2, 1) == "E");
    CHECK(g.short_row(2));
    CHECK_FALSE(g.short_row(1));
}

TEST_CASE("parse_docx: bad inputs are errors, never a crash") {
    DocxDocument doc;
    CHECK(parse_docx(parts("<w:p>"), doc).key == "import-invalid-xml");
    DocxParts dtd;
    dtd.document = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"x\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";
    CHECK(parse_docx(dtd, doc).key == "import-xml-dtd");
    std::string nested = "<w:p/>";
    for (int i = 0; i < kMaxTableNesting + 2; ++i) nested = "<w:tbl><w:tr><w:tc>" + nested + "</w:tc></w:tr></w:tbl>";
    DocxDocument deep;
    CHECK(parse_docx(parts(nested), deep).key == "import-too-deep");
}

TEST_CASE("unit cells: names, aliases, names with commas, declared abbreviations, unknowns") {
    Agency a;
    a.units = {unit("VP", "Văn phòng Sở", {"Văn phòng"}), unit("TTr", "Thanh tra Sở"),
               unit("TTCONG", "Trung tâm Cổng Thông tin điện tử")};
    Group all;
    all.id = "all";
    all.name = "Các phòng, đơn vị thuộc Sở";
    all.members = {Text{"VP", {}}, Text{"TTr", {}}};
    a.groups = {all};
    ImportUnits u(&a);
    u.scan_declarations("Trung tâm Cổng Thông tin điện tử (sau đây gọi tắt là TTC) đăng tải tin, bài.");
    CHECK(u.read("van phong so").values == std::vector<std::string>{"VP"});
    CHECK(u.read("Văn phòng Sở, Thanh tra Sở").values == std::vector<std::string>{"VP", "TTr"});
    CHECK(u.read("Các phòng, đơn vị thuộc Sở").values == std::vector<std::string>{"all"});
    CHECK(u.read("- Văn phòng;\n- TTC.").values == std::vector<std::string>{"VP", "TTCONG"});
    const UnitReading r = u.read("Văn phòng Sở và Phòng Kế hoạch Tài chính");
    CHECK(r.values == std::vector<std::string>{"VP", "Phòng Kế hoạch Tài chính"});
    REQUIRE(r.unresolved.size() == 1);
    CHECK(r.unresolved[0].name == "Phòng Kế hoạch Tài chính");
}

TEST_CASE("unit cells: a declared short name of several words; the kind of unit before an abbreviation") {
    Agency a;
    a.units = {unit("XA", "Ủy ban nhân dân các xã, thị trấn"), unit("HCTP", "Phòng Hành chính tư pháp"),
               unit("TGPL", "Trung tâm Trợ giúp pháp lý nhà nước")};
    ImportUnits u(&a);
    u.scan_declarations("Giao Ủy ban nhân dân các xã, thị trấn (sau đây gọi tắt là UBND cấp xã) thực hiện.");
    CHECK(u.read("UBND cấp xã").values == std::vector<std::string>{"XA"});
    // Without "gọi tắt là", words in parentheses are no declaration ("(b/c)", "(cấp xã)").
    ImportUnits plain(&a);
    plain.scan_declarations("Ủy ban nhân dân các xã, thị trấn (cấp xã) thực hiện.");
    CHECK(plain.read("cấp xã").unresolved.size() == 1);
    CHECK(u.read("Phòng HCTP").values == std::vector<std::string>{"HCTP"});
    CHECK(u.read("Trung tâm TGPL").values == std::vector<std::string>{"TGPL"});
    // Another word before the code is not dropped: "Tổ HCTP" is not the Phòng.
    CHECK(u.read("Tổ HCTP").unresolved.size() == 1);
    CHECK(u.read("Phòng TGPL").unresolved.size() == 1);
}

TEST_CASE("import_plan: a numbered heading over rows a), b) is a section") {
    const std::string body =
        "<w:tbl>"
        "<w:tr>" + tc("TT") + tc("Nhiệm vụ") + tc("Thời gian hoàn thành") + tc("Đơn vị chủ trì") + "</w:tr>"
        "<w:tr>" + tc("I. CẢI CÁCH THỂ CHẾ", "<w:gridSpan w:val=\"4\"/>") + "</w:tr>"
        "<w:tr>" + tc("1") + tc("Tham mưu ban hành văn bản") + tc("Quý II/2025") + tc("Văn phòng Sở") + "</w:tr>"
        "<w:tr>" + tc("2") + tc("Rà soát văn bản, gồm:") + tc("") + tc("") + "</w:tr>"
        "<w:tr>" + tc("a)") + tc("Rà soát văn bản của tỉnh") + tc("Trước 30/6/2025") + tc("Văn phòng Sở") + "</w:tr>"
        "<w:tr>" + tc("b)") + tc("Công bố danh mục") + tc("Hằng tháng") + tc("Văn phòng Sở") + "</w:tr>"
        "</w:tbl>";
    const ImportedPlan plan = import_for_vp(body, 2025);
    CHECK(plan.tasks == 3);
    REQUIRE(plan.sections.size() == 1);
    const ImportedSection& s = plan.sections[0];
    REQUIRE(s.tasks.size() == 1);
    CHECK(s.tasks[0].id == "I.1");
    REQUIRE(s.sections.size() == 1);
    CHECK(s.sections[0].id == "I.2");
    CHECK(s.sections[0].title == "Rà soát văn bản, gồm:");
    REQUIRE(s.sections[0].tasks.size() == 2);
    CHECK(s.sections[0].tasks[0].id == "I.2.a");
    CHECK(s.sections[0].tasks[1].stt == "b)");
}

TEST_CASE("import_plan: sections, typed STT, ids and review notes") {
    const std::string body =
        "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Tuyên truyền CCHC năm 2024</w:t></w:r></w:p>"
        "<w:tbl>"
        "<w:tr>" + tc("STT") + tc("Nội dung") + tc("Tiến độ") + tc("Chủ trì") + "</w:tr>"
        "<w:tr>" + tc("I.") + tc("CÔNG TÁC CHỈ ĐẠO", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
        "<w:tr>" + tc("1.") + tc("Xây dựng kế hoạch") + tc("Tháng 02/2024") + tc("Văn phòng Sở", "<w:vMerge w:val=\"restart\"/>") + "</w:tr>"
        "<w:tr>" + tc("1.") + tc("Triển khai") + tc("Tùy tình hình") + tc("", "<w:vMerge/>") + "</w:tr>"
        "</w:tbl>";
    const ImportedPlan plan = import_for_vp(body);
    CHECK(plan.title == "Kế hoạch tuyên truyền CCHC năm 2024");
    CHECK(plan.year == 2024);
    CHECK(plan.tasks == 2);
    REQUIRE(plan.sections.size() == 1);
    const ImportedSection& s = plan.sections[0];
    CHECK(s.id == "I");
    REQUIRE(s.tasks.size() == 2);
    CHECK(s.tasks[0].id == "I.1");
    CHECK(s.tasks[1].id == "I.1b");  // the original numbers two rows "1.": kept, id suffixed
    CHECK(s.tasks[0].lead == std::vector<std::string>{"VP"});
    CHECK(s.tasks[1].lead == std::vector<std::string>{"VP"});
    CHECK(s.tasks[0].reviews.empty());
    std::vector<std::string> keys;
    for (const Review& r : s.tasks[1].reviews) keys.push_back(r.key);
    CHECK(keys == std::vector<std::string>{"review-timing", "review-carried"});
}

TEST_CASE("yaml_scalar: plain, block and quoted forms") {
    CHECK(yaml_scalar("Văn phòng Sở", 2) == "Văn phòng Sở");
    CHECK(yaml_scalar("1.1", 2) == "\"1.1\"");
    CHECK(yaml_scalar("Nội dung: xem", 2) == "\"Nội dung: xem\"");
    CHECK(yaml_scalar("- một\n- hai", 4) == "|-\n    - một\n    - hai");
    CHECK(yaml_scalar("yes", 2) == "\"yes\"");
    CHECK(yaml_scalar("a\x07", 2) == "\"a\\u0007\"");  // a control character: escaped, never raw
}
