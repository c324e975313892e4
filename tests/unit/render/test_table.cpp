// Tests for lib/render/table.cpp: aligned terminal tables (display width), the flexible column,
// CSV quoting and Markdown escaping.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "render/table.hpp"
#include "base/text.hpp"

using namespace cchc;

namespace {
std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}
}  // namespace

TEST_CASE("columns line up by display width, not bytes") {
    Table t{{"mã", "tên", "ghi chú"}, {{"VP", "Văn phòng Sở", "x"}, {"CNTT", "Phòng CNTT", "Đ"}}, -1};
    const std::string out = render_table(t, 0);
    CHECK(out ==
          "mã    tên           ghi chú\n"
          "----  ------------  -------\n"
          "VP    Văn phòng Sở  x\n"
          "CNTT  Phòng CNTT    Đ\n");
}

TEST_CASE("decomposed text is aligned like composed text") {
    Table t{{"a", "b"}, {{"Va\xCC\x86n", "1"}, {"Văn", "2"}, {"abcd", "3"}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 5);
    CHECK(nfc(l[2]) == "Văn   1");
    CHECK(display_width(l[2]) == 7);
    CHECK(l[3] == "Văn   2");
    CHECK(l[4] == "abcd  3");
}

TEST_CASE("newlines and tabs in cells become spaces; no trailing spaces") {
    Table t{{"id", "task"}, {{"1", "dòng một\ndòng\thai"}, {"2", ""}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 4);
    CHECK(l[2] == "1   dòng một dòng hai");
    CHECK(l[3] == "2");
}

namespace {

// Words of `s` (split at white space), for comparing texts however they wrap.
std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The part of `line` between display columns `from` and `to` (what one column shows).
std::string between(const std::string& line, int from, int to) {
    std::string out;
    size_t i = 0;
    int col = 0;
    while (i < line.size() && col < to) {
        size_t n = 1;
        while (i + n < line.size() && (static_cast<unsigned char>(line[i + n]) & 0xC0) == 0x80) ++n;
        const std::string ch = line.substr(i, n);
        if (col >= from) out += ch;
        col += display_width(ch);
        i += n;
    }
    return out;
}

// Where each column starts: the runs of '-' in the rule under the headers.
std::vector<int> column_starts(const std::string& rule) {
    std::vector<int> out;
    for (size_t i = 0; i < rule.size(); ++i)
        if (rule[i] == '-' && (i == 0 || rule[i - 1] == ' ')) out.push_back(static_cast<int>(i));
    return out;
}

const std::string kLong =
    "Báo cáo kết quả triển khai, thực hiện các nội dung tại Kế hoạch số 10316/KH-UBND ngày 22/12/2016 "
    "của UBND tỉnh về triển khai thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ "
    "về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp";

std::string strip_ansi(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\x1b') {
            while (i < s.size() && s[i] != 'm') ++i;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}
}  // namespace

TEST_CASE("wrap_text: at spaces, every line within the width, no word lost") {
    const auto l = wrap_text(kLong, 30);
    REQUIRE(l.size() > 5);
    for (const auto& x : l) CHECK(display_width(x) <= 30);
    for (const auto& x : l) CHECK(x.front() != ' ');
    std::string joined;
    for (const auto& x : l) joined += x + " ";
    CHECK(words(joined) == words(kLong));
    // Greedy: the next word would not have fitted on the line before.
    for (size_t i = 0; i + 1 < l.size(); ++i)
        CHECK(display_width(l[i]) + 1 + display_width(words(l[i + 1]).front()) > 30);
}

TEST_CASE("wrap_text: text that fits is one line, as it was; empty text is no line") {
    CHECK(wrap_text("Văn phòng  Sở", 20) == std::vector<std::string>{"Văn phòng  Sở"});
    CHECK(wrap_text("dòng một\ndòng\thai", 40) == std::vector<std::string>{"dòng một dòng hai"});
    CHECK(wrap_text("", 10).empty());
    CHECK(wrap_text("abc def", 7) == std::vector<std::string>{"abc def"});
    CHECK(wrap_text("abc def", 6) == std::vector<std::string>{"abc", "def"});
}

TEST_CASE("wrap_text: widths by display columns (combining marks, wide characters)") {
    // Decomposed Vietnamese is composed first; its marks take no column.
    const auto v = wrap_text("Va\xCC\x86n pho\xCC\x80ng So\xCC\x9B\xCC\x89 Va\xCC\x86n pho\xCC\x80ng", 12);
    CHECK(v == std::vector<std::string>{"Văn phòng Sở", "Văn phòng"});
    // Wide characters count two columns and are never split.
    const auto w = wrap_text("漢字漢字漢字", 5);
    CHECK(w == std::vector<std::string>{"漢字", "漢字", "漢字"});
    for (const auto& x : w) CHECK(display_width(x) <= 5);
}

TEST_CASE("wrap_text: a word longer than the line breaks after '-' or '/', else at the width") {
    CHECK(wrap_text("2022-nang-cao-hai-long-par", 14) == std::vector<std::string>{"2022-nang-cao-", "hai-long-par"});
    CHECK(wrap_text("khanh-hoa/skhdt", 12) == std::vector<std::string>{"khanh-hoa/", "skhdt"});
    CHECK(wrap_text("abcdefghijkl", 5) == std::vector<std::string>{"abcde", "fghij", "kl"});
    // A '-' too early (less than half the line) is not worth it.
    CHECK(wrap_text("a-bcdefghijk", 6) == std::vector<std::string>{"a-bcde", "fghijk"});
    // Vietnamese letters are not split from their marks.
    const auto l = wrap_text("Nghịđịnhsốmộttrămlinhbảy", 7);
    std::string joined;
    for (const auto& x : l) {
        CHECK(display_width(x) <= 7);
        CHECK(is_valid_utf8(x));
        joined += x;
    }
    CHECK(joined == "Nghịđịnhsốmộttrămlinhbảy");
}

TEST_CASE("a table that fits is shown as before, one line per row") {
    Table t{{"id", "task", "lead"}, {{"1", "Thực hiện các nhiệm vụ, công việc được giao", "VP"}}, 1};
    const std::string unlimited = render_table(t, 0);
    CHECK(lines(unlimited)[2] == "1   Thực hiện các nhiệm vụ, công việc được giao  VP");
    CHECK(render_table(t, 200) == unlimited);
    CHECK(render_table(t, display_width(lines(unlimited)[1])) == unlimited);  // just fits
    CHECK(render_table(t, display_width(lines(unlimited)[1]) - 1) != unlimited);
}

TEST_CASE("the text column wraps inside its cell; the table is never wider than the width") {
    Table t{{"kế hoạch", "STT", "nhiệm vụ", "trạng thái"},
            {{"2022-nang-cao-hai-long-par", "1.8", kLong, "chưa thực hiện"}, {"2024-x", "2", "Ngắn", "hoàn thành"}},
            2};
    t.fit = {Fit::wrap, Fit::keep, Fit::wrap, Fit::wrap};
    for (int width : {80, 100, 120}) {
        CAPTURE(width);
        const auto l = lines(render_table(t, width));
        for (const auto& x : l) CHECK(display_width(x) <= width);
        // The header, the rule, then the first row over several lines, an empty line, the second row.
        REQUIRE(l.size() > 5);
        CHECK(l[0].rfind("kế hoạch", 0) == 0);
        CHECK(l[1].find_first_not_of("- ") == std::string::npos);
        // The STT is kept whole on the first line of its row.
        CHECK(l[2].find("  1.8  ") != std::string::npos);
        // Column by column, the cells read whole.
        const std::vector<int> starts = column_starts(l[1]);
        REQUIRE(starts.size() == 4);
        std::string plan, task;
        size_t i = 2;
        for (; i < l.size() && !l[i].empty(); ++i) {
            plan += between(l[i], starts[0], starts[1]);
            task += between(l[i], starts[2], starts[3]) + " ";
        }
        plan.erase(std::remove(plan.begin(), plan.end(), ' '), plan.end());
        CHECK(plan == "2022-nang-cao-hai-long-par");  // broken after a '-', whole again
        CHECK(words(task) == words(kLong));
        CHECK(l[i].empty());
        CHECK(l[i + 1].rfind("2024-x", 0) == 0);
    }
}

TEST_CASE("a row that wraps is set apart by empty lines; short rows stay together") {
    Table t{{"id", "task"}, {{"1", "ngắn"}, {"2", kLong}, {"3", "ngắn"}, {"4", "ngắn"}}, 1};
    const auto l = lines(render_table(t, 80));
    REQUIRE(l.size() > 8);
    CHECK(l[2] == "1   ngắn");
    CHECK(l[3].empty());
    CHECK(l[4].rfind("2   Báo cáo", 0) == 0);
    CHECK(l[l.size() - 3].empty());
    CHECK(l[l.size() - 2] == "3   ngắn");
    CHECK(l.back() == "4   ngắn");
    for (size_t i = 5; i + 3 < l.size(); ++i) CHECK(l[i].rfind("    ", 0) == 0);  // the text, under itself
}

TEST_CASE("optional columns give way; a table while the text has 30 columns, then blocks") {
    Table t{{"plan", "task", "file", "line"},
            {{"p", kLong, "plans/khanh-hoa/skhdt/2022-nang-cao-hai-long-par.yaml", "109"}},
            1};
    t.fit = {Fit::keep, Fit::wrap, Fit::drop, Fit::drop};
    SUBCASE("the file and line are left out of a narrow table") {
        const std::string out = render_table(t, 90);
        CHECK(out.find("file") == std::string::npos);
        CHECK(out.find("109") == std::string::npos);
        for (const auto& x : lines(out)) CHECK(display_width(x) <= 90);
        CHECK(column_starts(lines(out)[1]).size() == 2);
        CHECK(words(out).size() == words(kLong).size() + 5);  // plan, task, two rules, p, the text
    }
    SUBCASE("kept in a wide one") {
        const std::string out = render_table(t, 200);
        CHECK(out.find("plans/khanh-hoa/skhdt/2022-nang-cao-hai-long-par.yaml") != std::string::npos);
        for (const auto& x : lines(out)) CHECK(display_width(x) <= 200);
    }
    SUBCASE("a table as long as the text has 30 columns: plan 4 + 2 + 30") {
        for (int width : {60, 36}) {
            CAPTURE(width);
            const auto l = lines(render_table(t, width));
            CHECK(l[0] == "plan  task");
            CHECK(l[2].rfind("p     Báo cáo", 0) == 0);
            for (const auto& x : l) CHECK(display_width(x) <= width);
        }
        CHECK(lines(render_table(t, 35))[0].rfind("plan:", 0) == 0);  // the text would have 29: blocks
    }
    SUBCASE("blocks: every field with its header, the text wrapped under itself") {
        t.blocks = true;
        CHECK(render_table(t, 0) == render_table(Table{t.headers, t.rows, 1, t.fit}, 0));  // no limit: one line each
        const auto l = lines(render_table(t, 60));
        REQUIRE(l.size() > 4);
        CHECK(l[0] == "plan: p");
        CHECK(l[1].rfind("task: Báo cáo kết quả", 0) == 0);
        CHECK(l[2].rfind("      ", 0) == 0);
        CHECK(l[l.size() - 2] == "file: plans/khanh-hoa/skhdt/2022-nang-cao-hai-long-par.yaml");
        CHECK(l.back() == "line: 109");
        for (const auto& x : l) CHECK(display_width(x) <= 60);
    }
}

TEST_CASE("blocks: records apart, empty cells left out, values under the label when very narrow") {
    Table t{{"mã", "tên", "ghi chú"}, {{"VP", "Văn phòng Sở", ""}, {"CNTT", "Phòng Công nghệ thông tin", "x"}}, 1};
    const std::string wide_enough = render_table(t, 79);
    CHECK(wide_enough == render_table(t, 0));  // fits: still a table
    t.rows[1][1] += " và Chuyển đổi số của tỉnh Khánh Hòa, đơn vị đầu mối";
    CHECK(render_table(t, 40) ==
          "mã:      VP\n"
          "tên:     Văn phòng Sở\n"
          "\n"
          "mã:      CNTT\n"
          "tên:     Phòng Công nghệ thông tin và\n"
          "         Chuyển đổi số của tỉnh Khánh\n"
          "         Hòa, đơn vị đầu mối\n"
          "ghi chú: x\n");
    // Narrower than 20 is laid out as 20; a label too wide to leave room goes on its own line.
    Table n{{"một tiêu đề rất dài", "b"}, {{"giá trị", "x"}}, -1};
    n.rows[0][1] = std::string(30, 'y');
    const auto l = lines(render_table(n, 5));
    for (const auto& x : l) CHECK(display_width(x) <= 20);
    CHECK(l[0] == "một tiêu đề rất dài:");
    CHECK(l[1] == "  giá trị");
}

TEST_CASE("identifiers stay whole when their column can be widened, from the left") {
    const std::string plan = "2024-nang-cao-sipas-par";  // 23 columns
    const std::string when = "[tuan/2024-W01]";          // 15 columns
    Table t{{"plan", "task", "deadline"}, {{plan, kLong, when}, {"2024-tuyen-truyen", "Ngắn", "30/11/2024"}}, 1};
    t.fit = {Fit::wrap, Fit::wrap, Fit::wrap};
    auto cell_whole = [](const std::vector<std::string>& l, const std::string& word) {
        for (const auto& x : l)
            if (x.find(word) != std::string::npos) return true;
        return false;
    };
    // A table: headers, then the rule under them.
    auto is_table = [](const std::vector<std::string>& l) { return l.size() > 2 && l[1].rfind("----", 0) == 0; };
    for (int width : {23 + 2 + 30 + 2 + 15, 90, 200}) {  // everything whole from 72 columns
        CAPTURE(width);
        const auto l = lines(render_table(t, width));
        CHECK(is_table(l));
        CHECK(cell_whole(l, plan));
        CHECK(cell_whole(l, when));
        for (const auto& x : l) CHECK(display_width(x) <= width);
    }
    {  // 70: the plan (leftmost) whole, the deadline breaks after its '/'
        const auto l = lines(render_table(t, 70));
        CHECK(is_table(l));
        CHECK(cell_whole(l, plan));
        CHECK(!cell_whole(l, when));
        for (const auto& x : l) CHECK(display_width(x) <= 70);
    }
    {  // 58 (12 + 2 + 30 + 2 + 12): a table still, the long words broken
        const auto l = lines(render_table(t, 58));
        CHECK(is_table(l));
        CHECK(!cell_whole(l, plan));
        CHECK(!cell_whole(l, when));
        for (const auto& x : l) CHECK(display_width(x) <= 58);
    }
    CHECK(!is_table(lines(render_table(t, 57))));  // 57: blocks
    CHECK(lines(render_table(t, 57))[0] == "plan:     " + plan);
}

TEST_CASE("when even the narrowest columns do not fit: blocks") {
    Table t{{"a", "b", "c", "d"}, {{std::string(40, 'x'), std::string(40, 'y'), kLong, "z"}}, 2};
    const auto l = lines(render_table(t, 100));  // a and b are kept whole: 80 + 30 > 100
    REQUIRE(l.size() > 3);
    CHECK(l[0] == "a: " + std::string(40, 'x'));
    for (const auto& x : l) CHECK(display_width(x) <= 100);
}

TEST_CASE("styles: painted through the painter, widths ignore the codes") {
    Table t{{"task", "status"},
            {{kLong, "quá hạn"}, {"Ngắn", "xong"}, {"Khác", "chưa"}},
            0,
            {Fit::wrap, Fit::wrap},
            {{Style::plain, Style::bad}, {Style::plain, Style::good}}};
    const Painter paint = [](Style s, const std::string& text) {
        return std::string(s == Style::bad ? "\x1b[31m" : "\x1b[32m") + text + "\x1b[0m";
    };
    for (int width : {0, 90}) {
        CAPTURE(width);
        const std::string plain = render_table(t, width);
        const std::string painted = render_table(t, width, paint);
        CHECK(strip_ansi(painted) == plain);
        CHECK(painted.find("\x1b[31mquá hạn\x1b[0m") != std::string::npos);
        CHECK(painted.find("\x1b[32mxong\x1b[0m") != std::string::npos);
        CHECK(painted.find("\x1b[32mchưa") == std::string::npos);  // no style for the third row
        CHECK(painted.find("\x1b[31mtask") == std::string::npos);  // nor for headers
    }
    t.blocks = true;
    const std::string blocks = render_table(t, 40, paint);
    CHECK(blocks.find("status: \x1b[31mquá hạn\x1b[0m\n") != std::string::npos);
}

TEST_CASE("a row shorter than the headers is padded with empty cells") {
    Table t{{"a", "b", "c"}, {{"x"}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 3);
    CHECK(l[2] == "x");
}

TEST_CASE("CSV: UTF-8 BOM, RFC 4180 quoting (also ; and tab, LibreOffice's default separators) and CRLF") {
    Table t{{"plan", "task"},
            {{"a", "x, y"}, {"b", "nói \"không\""}, {"c", "hai\ndòng"}, {"d", "Văn phòng Sở"}, {"e", ""},
             {"f", "một; hai"}, {"g", "a\tb"}},
            -1};
    CHECK(render_csv(t) ==
          "\xEF\xBB\xBFplan,task\r\n"
          "a,\"x, y\"\r\n"
          "b,\"nói \"\"không\"\"\"\r\n"
          "c,\"hai\ndòng\"\r\n"
          "d,Văn phòng Sở\r\n"
          "e,\r\n"
          "f,\"một; hai\"\r\n"
          "g,\"a\tb\"\r\n");
}

TEST_CASE("csv_text: a word joiner before what a spreadsheet reads as a number, nothing else changed") {
    for (const char* s : {"1", "1.10", "(1)", "-2", "+3", ".5"}) CHECK(csv_text(s) == std::string("\u2060") + s);
    for (const char* s : {"", "I.1", "a)", "B.III.11", "Văn phòng"}) CHECK(csv_text(s) == s);
}

TEST_CASE("Markdown: pipes escaped, newlines as <br>, empty cells kept") {
    Table t{{"id", "task"}, {{"1", "a | b"}, {"2", "x\r\ny"}, {"3", ""}}, -1};
    CHECK(render_markdown(t) ==
          "| id | task |\n"
          "| --- | --- |\n"
          "| 1 | a \\| b |\n"
          "| 2 | x<br>y |\n"
          "| 3 |   |\n");
}

TEST_CASE("fit_line: one line when it fits or without a width, items kept whole otherwise") {
    const std::string t = "Tiến độ hoàn thành: sớm hạn 8 · đúng hạn 4 · trễ hạn 2 · gia hạn 0";
    CHECK(fit_line(t, 0) == t + "\n");
    CHECK(fit_line(t, 80) == t + "\n");
    CHECK(fit_line(t, 80, 2) == "  " + t + "\n");
    CHECK(fit_line(t, 60) == "Tiến độ hoàn thành: sớm hạn 8 · đúng hạn 4 · trễ hạn 2 ·\n  gia hạn 0\n");
    CHECK(fit_line(t, 40, 2) ==
          "  Tiến độ hoàn thành: sớm hạn 8 ·\n    đúng hạn 4 · trễ hạn 2 · gia hạn 0\n");
    // At every width from 20 up, no line is wider than the width and no word is lost.
    for (int width = 20; width <= 80; ++width)
        for (int indent : {0, 2}) {
            CAPTURE(width);
            CAPTURE(indent);
            const std::string out = fit_line(t, width, indent);
            std::string words;
            size_t at = 0;
            while (at < out.size()) {
                const size_t end = out.find('\n', at);
                REQUIRE(end != std::string::npos);
                const std::string line = out.substr(at, end - at);
                CHECK(display_width(line) <= width);
                words += line + " ";
                at = end + 1;
            }
            // The same words as the input, the "·" marks and spaces aside.
            auto strip = [](std::string s) {
                std::string o;
                for (size_t i = 0; i < s.size(); ++i) {
                    if (s.compare(i, 2, "\xC2\xB7") == 0) {
                        ++i;
                        continue;
                    }
                    if (s[i] != ' ') o += s[i];
                }
                return o;
            };
            CHECK(strip(words) == strip(t));
        }
    // A single item longer than the line is wrapped inside.
    const std::string long_item = "Bỏ qua 2 kế hoạch đã hết hiệu lực/đã đóng (--include-closed để xem)";
    CHECK(fit_line(long_item, 40) == "Bỏ qua 2 kế hoạch đã hết hiệu lực/đã\n  đóng (--include-closed để xem)\n");
}
