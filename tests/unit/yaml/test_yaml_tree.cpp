// Tests for lib/yaml/yaml_tree.cpp: positions, duplicates, aliases and the limits on hostile input.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "yaml/yaml_tree.hpp"

using namespace cchc;

namespace {

struct Parsed {
    std::unique_ptr<SourceFile> file;
    Diagnostics diags;
    YNodePtr root;
};

std::unique_ptr<Parsed> parse(std::string text) {
    auto p = std::make_unique<Parsed>();
    p->file = source_from_text(std::move(text), "t.yaml", p->diags);
    REQUIRE(p->file);
    p->root = parse_yaml(*p->file, p->diags);
    return p;
}

// The only diagnostic's code, or a description of what is there instead.
std::string only_code(const Diagnostics& d) {
    if (d.items().size() != 1) return std::to_string(d.items().size()) + " diagnostics";
    return d.items()[0].code;
}

std::string nested_maps(int depth) {
    std::string s;
    for (int i = 0; i < depth; ++i) s += std::string(static_cast<size_t>(2 * i), ' ') + "a:" + (i + 1 == depth ? " x\n" : "\n");
    return s;
}

}  // namespace

TEST_CASE("positions are 1-based lines and columns counted in characters") {
    auto p = parse("title: Kế hoạch\nunit: { tên: Văn phòng, mã: VP }\nlist: [Kế, hoạch]\n");
    REQUIRE(p->root);
    CHECK(p->diags.items().empty());
    const YNode& root = *p->root;
    CHECK(root.pos.line == 1);
    CHECK(root.pos.col == 1);
    REQUIRE(root.entries.size() == 3);
    CHECK(root.entries[0].second->pos.line == 1);
    CHECK(root.entries[0].second->pos.col == 8);
    const YNode* unit = root.find("unit");
    REQUIRE(unit);
    CHECK(unit->pos.col == 7);
    const YNode* code = unit->find("mã");
    REQUIRE(code);
    CHECK(code->value == "VP");
    CHECK(code->pos.line == 2);
    CHECK(code->pos.col == 29);  // after "tên", "Văn phòng", "mã": 29th character, not 33rd byte
    CHECK(unit->entries[1].first->pos.col == 25);
    const YNode* list = root.find("list");
    REQUIRE(list);
    REQUIRE(list->items.size() == 2);
    CHECK(list->items[1]->value == "hoạch");
    CHECK(list->items[1]->pos.line == 3);
    CHECK(list->items[1]->pos.col == 12);
}

TEST_CASE("kinds and quoting") {
    auto p = parse("n: 1\nq: \"1\"\ns: '1'\nb: |\n  x\nnull_value:\nseq: [a]\n");
    REQUIRE(p->root);
    CHECK(p->root->is_map());
    CHECK_FALSE(p->root->find("n")->quoted);
    CHECK(p->root->find("q")->quoted);
    CHECK(p->root->find("s")->quoted);
    CHECK(p->root->find("b")->quoted);
    CHECK(p->root->find("b")->value == "x\n");
    CHECK(p->root->find("null_value")->is_null());
    CHECK(p->root->find("seq")->is_sequence());
    CHECK(p->root->find("missing") == nullptr);
    CHECK(std::string(kind_label(YNode::Kind::map)) == "mapping");
    CHECK(std::string(kind_label(YNode::Kind::sequence)) == "sequence");
}

TEST_CASE("duplicate keys are all kept, find returns the first, each repeat is reported") {
    auto p = parse("a: 1\nb: 2\na: 3\n");
    REQUIRE(p->root);
    REQUIRE(only_code(p->diags) == "duplicate-key");
    CHECK(p->diags.items()[0].line == 3);
    CHECK(p->diags.items()[0].col == 1);
    REQUIRE(p->root->entries.size() == 3);
    CHECK(p->root->entries[2].first->value == "a");
    CHECK(p->root->entries[2].first->pos.line == 3);
    CHECK(p->root->entries[2].second->value == "3");
    CHECK(p->root->find("a")->value == "1");
}

TEST_CASE("an alias shares its anchor's node") {
    auto p = parse("a: &x { k: v }\nb: *x\nc: [*x, *x]\n");
    REQUIRE(p->root);
    CHECK(p->diags.items().empty());
    const YNode* a = p->root->find("a");
    CHECK(p->root->find("b") == a);
    CHECK(p->root->find("c")->items[0] == a);
    CHECK(p->root->find("c")->items[1] == a);
    CHECK(a->find("k")->value == "v");
}

TEST_CASE("an undefined alias is a syntax error") {
    auto p = parse("a: *nope\n");
    CHECK(p->root == nullptr);
    CHECK(only_code(p->diags) == "yaml-syntax");
}

TEST_CASE("an alias to its own, still open, anchor is refused") {
    auto p = parse("a: &x [1, *x]\n");
    CHECK(p->root == nullptr);
    REQUIRE(only_code(p->diags) == "yaml-limit");
    CHECK(p->diags.items()[0].message.key == "yaml-limit-alias-cycle");
    CHECK(p->diags.items()[0].line == 1);
}

TEST_CASE("a billion laughs is refused without expanding it") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    const std::string names = "abcdefghij";
    for (size_t i = 1; i < names.size(); ++i) {
        const std::string prev(1, names[i - 1]);
        text += std::string(1, names[i]) + ": &" + names[i] + " [";
        for (int k = 0; k < 10; ++k) text += (k ? ", *" : "*") + prev;
        text += "]\n";
    }
    auto p = parse(text);
    CHECK(p->root == nullptr);
    REQUIRE(only_code(p->diags) == "yaml-limit");
    CHECK(p->diags.items()[0].message.key == "yaml-limit-aliases");
}

TEST_CASE("a few harmless aliases are accepted") {
    auto p = parse("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n");
    REQUIRE(p->root);
    CHECK(p->diags.items().empty());
}

TEST_CASE("nesting deeper than kMaxYamlDepth is refused, flow or block") {
    SUBCASE("flow: the limit itself is fine") {
        auto p = parse(std::string(kMaxYamlDepth, '[') + std::string(kMaxYamlDepth, ']') + "\n");
        CHECK(p->root);
        CHECK(p->diags.items().empty());
    }
    SUBCASE("flow: one more is refused at the offending bracket") {
        auto p = parse("k: " + std::string(kMaxYamlDepth + 1, '[') + std::string(kMaxYamlDepth + 1, ']') + "\n");
        CHECK(p->root == nullptr);
        REQUIRE(only_code(p->diags) == "yaml-limit");
        CHECK(p->diags.items()[0].message.key == "yaml-limit-depth");
        CHECK(p->diags.items()[0].line == 1);
        CHECK(p->diags.items()[0].col == 4 + kMaxYamlDepth);
    }
    SUBCASE("100 000 brackets do not overflow the stack") {
        auto p = parse(std::string(100000, '[') + "\n");
        CHECK(p->root == nullptr);
        CHECK(only_code(p->diags) == "yaml-limit");
    }
    SUBCASE("block: the limit itself is fine") {
        auto p = parse(nested_maps(kMaxYamlDepth));
        CHECK(p->root);
        CHECK(p->diags.items().empty());
    }
    SUBCASE("block: one more is refused") {
        auto p = parse(nested_maps(kMaxYamlDepth + 1));
        CHECK(p->root == nullptr);
        REQUIRE(only_code(p->diags) == "yaml-limit");
        CHECK(p->diags.items()[0].line == kMaxYamlDepth + 1);
    }
}

TEST_CASE("brackets inside quoted text or comments are not nesting") {
    std::string text;
    for (int i = 0; i < kMaxYamlDepth + 10; ++i) text += "- \"Điều " + std::to_string(i) + " [sửa đổi\"  # {ghi chú\n";
    auto p = parse(text);
    REQUIRE(p->root);
    CHECK(p->diags.items().empty());
    CHECK(p->root->items.size() == static_cast<size_t>(kMaxYamlDepth + 10));
}

TEST_CASE("an empty document is a null node, not an error") {
    for (const char* text : {"", "# only a comment\n", "\n\n"}) {
        CAPTURE(text);
        auto p = parse(text);
        REQUIRE(p->root);
        CHECK(p->root->is_null());
        CHECK(p->diags.items().empty());
    }
}

TEST_CASE("a byte order mark does not shift positions") {
    auto p = parse("\xEF\xBB\xBFtitle: Kế hoạch\nyear: 2024\n");
    REQUIRE(p->root);
    CHECK(p->root->entries[0].first->value == "title");
    CHECK(p->root->entries[0].first->pos.col == 1);
    CHECK(p->root->find("title")->pos.col == 8);
    CHECK(p->root->find("year")->pos.line == 2);
}

TEST_CASE("CRLF line ends: values without CR, positions by line") {
    auto p = parse("a: x\r\nb: Kế hoạch\r\nc: [1, Đ]\r\n");
    REQUIRE(p->root);
    CHECK(p->diags.items().empty());
    CHECK(p->root->find("a")->value == "x");
    CHECK(p->root->find("b")->value == "Kế hoạch");
    CHECK(p->root->find("b")->pos.line == 2);
    CHECK(p->root->find("b")->pos.col == 4);
    CHECK(p->root->find("c")->items[1]->pos.line == 3);
    CHECK(p->root->find("c")->items[1]->pos.col == 8);
    CHECK(p->file->line(2) == "b: Kế hoạch");
}

TEST_CASE("syntax errors are reported with a position in characters") {
    auto p = parse("year: 2024\ntitle: Kế hoạch: x\n");
    CHECK(p->root == nullptr);
    REQUIRE(only_code(p->diags) == "yaml-syntax");
    const Diagnostic& d = p->diags.items()[0];
    CHECK(d.line == 2);
    CHECK(d.col == 16);  // the second ':' is the 16th character (19th byte)
    CHECK(d.file == "t.yaml");
    CHECK(d.source_line == "title: Kế hoạch: x");
}

TEST_CASE("tabs used for indentation are a syntax error") {
    auto p = parse("a:\n\tb: 1\n");
    CHECK(p->root == nullptr);
    CHECK(only_code(p->diags) == "yaml-syntax");
}

TEST_CASE("a second document, after --- or ..., is an error at its start") {
    const std::pair<const char*, int> cases[] = {
        {"a: 1\n---\nb: 2\n", 2}, {"a: 1\n...\nb: 2\n", 3}, {"---\na: 1\n---\n", 3}, {"a: 1\n...\n---\nb: 2\n", 3}};
    for (const auto& [text, line] : cases) {
        CAPTURE(text);
        auto p = parse(text);
        CHECK(p->root == nullptr);
        REQUIRE(only_code(p->diags) == "yaml-extra-document");
        CHECK(p->diags.items()[0].line == line);
    }
    SUBCASE("one document with explicit markers is fine") {
        auto p = parse("---\na: 1\n...\n# trailing comment\n");
        REQUIRE(p->root);
        CHECK(p->diags.items().empty());
        CHECK(p->root->find("a"));
    }
}

TEST_CASE("tags outside the core schema are errors at the tagged node") {
    auto p = parse("title: !!binary aGVsbG8=\nyear: !custom 2024\nok: !!str 2024\nn: !!int 5\n");
    REQUIRE(p->root);  // the tree stays usable; the errors make the file fail
    REQUIRE(p->diags.items().size() == 2);
    CHECK(p->diags.items()[0].code == "yaml-tag");
    CHECK(p->diags.items()[0].message.args[0] == "!!binary");
    CHECK(p->diags.items()[0].line == 1);
    CHECK(p->diags.items()[0].col == 8);
    CHECK(p->diags.items()[1].message.args[0] == "!custom");
    CHECK(p->diags.items()[1].line == 2);
    CHECK(p->root->find("ok")->quoted);  // !!str: text, never a number
    CHECK_FALSE(p->root->find("n")->quoted);
}

TEST_CASE("tags on collections are checked too") {
    auto p = parse("a: !!set { x: null }\nb: !!seq [1]\n");
    REQUIRE(only_code(p->diags) == "yaml-tag");
    CHECK(p->diags.items()[0].message.args[0] == "!!set");
}

TEST_CASE("a lone CR is a line break, as YAML says") {
    SUBCASE("at the end of the file") {
        auto p = parse("a: x\nb: y\r");
        REQUIRE(p->root);
        CHECK(p->diags.items().empty());
        CHECK(p->root->entries.size() == 2);
        CHECK(p->root->find("b")->value == "y");
    }
    SUBCASE("CR-only line ends") {
        auto p = parse("a: x\rb: Kế hoạch\rc: [1, Đ]\r");
        REQUIRE(p->root);
        CHECK(p->diags.items().empty());
        CHECK(p->root->find("b")->value == "Kế hoạch");
        CHECK(p->root->find("b")->pos.line == 2);
        CHECK(p->root->find("c")->items[1]->pos.line == 3);
        CHECK(p->root->find("c")->items[1]->pos.col == 8);
        CHECK(p->file->line(2) == "b: Kế hoạch");
        CHECK(p->file->line_count() == 4);
    }
    SUBCASE("a syntax error in a CR-only file is on the right line") {
        auto p = parse("a: x\rb: [1\rc: 2\r");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].line >= 2);
    }
}

TEST_CASE("an unclosed quote is reported as such, at the quote") {
    auto p = parse("title: \"Kế hoạch\nyear: 2024\n");
    CHECK(p->root == nullptr);
    REQUIRE(only_code(p->diags) == "yaml-syntax");
    CHECK(p->diags.items()[0].message.key == "yaml-unclosed-quote");
    CHECK(p->diags.items()[0].line == 1);
    CHECK(p->diags.items()[0].col == 8);
    auto q = parse("a: 'x\n");
    CHECK(q->diags.items()[0].message.key == "yaml-unclosed-quote");
}

TEST_CASE("a mapping or list used as a key is a located error, and the entry is dropped") {
    auto p = parse("title: A\n? [a, b]\n: x\n{k: v}: y\n");
    REQUIRE(p->root);
    REQUIRE(p->diags.items().size() == 2);
    CHECK(p->diags.items()[0].code == "yaml-complex-key");
    CHECK(p->diags.items()[0].message.args[0] == "sequence");
    CHECK(p->diags.items()[0].line == 2);
    CHECK(p->diags.items()[0].col == 3);
    CHECK(p->diags.items()[1].message.args[0] == "mapping");
    CHECK(p->diags.items()[1].line == 4);
    CHECK(p->root->entries.size() == 1);
}

TEST_CASE("plain null words are null; quoted ones are text") {
    auto p = parse("a: ~\nb: null\nc: 'null'\nd: !!null x\n");
    REQUIRE(p->root);
    CHECK(p->root->find("a")->is_null());
    CHECK(p->root->find("b")->is_null());
    CHECK(p->root->find("c")->is_scalar());
    CHECK(p->root->find("d")->is_null());
}

TEST_CASE("duplicate keys: every repeat, nested too, at the repeated key") {
    auto p = parse("a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\na: 2\nc: [{k: 1, k: 2}]\n");
    REQUIRE(p->root);
    p->diags.sort();
    const auto& i = p->diags.items();
    REQUIRE(i.size() == 3);
    CHECK(i[0].code == "duplicate-key");
    CHECK(i[0].line == 5);
    CHECK(i[0].col == 3);
    CHECK(i[0].message.args == std::vector<std::string>{"x", "3"});
    CHECK(i[1].line == 6);
    CHECK(i[1].col == 1);
    CHECK(i[1].message.args == std::vector<std::string>{"a", "1"});
    CHECK(i[2].line == 7);
    CHECK(i[2].col == 12);
}

TEST_CASE("duplicate keys: an aliased mapping is reported once") {
    auto p = parse("a: &x {k: 1, k: 2}\nb: *x\nc: *x\n");
    REQUIRE(p->root);
    REQUIRE(only_code(p->diags) == "duplicate-key");
    CHECK(p->diags.items()[0].line == 1);
}

TEST_CASE("libyaml's problems are said as the slip behind them, at the slip") {
    SUBCASE("an unquoted colon in a text") {
        auto p = parse("tasks:\n  - id: a\n    task: Sáng kiến: giải pháp mới\n");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].message.key == "yaml-colon-in-text");
        CHECK(p->diags.items()[0].line == 3);
        CHECK(p->diags.items()[0].col == 20);  // the colon after "Sáng kiến", in characters
    }
    SUBCASE("a tab in the indentation, on its line") {
        auto p = parse("tasks:\n  - id: a\n\ttask: x\n");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].message.key == "yaml-tab-indent");
        CHECK(p->diags.items()[0].line == 3);
        CHECK(p->diags.items()[0].col == 1);
    }
    SUBCASE("a key misaligned with the keys above") {
        auto p = parse("a:\n  b: 1\n c: 2\n");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].message.key == "yaml-indent-key");
    }
    SUBCASE("a text that starts with a character YAML reserves") {
        auto p = parse("a: `x`\n");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].message.key == "yaml-special-start");
        CHECK(p->diags.items()[0].message.args.at(0) == "`");
    }
    SUBCASE("text after a closing quote") {
        auto p = parse("a: \"x\" y\n");
        REQUIRE(only_code(p->diags) == "yaml-syntax");
        CHECK(p->diags.items()[0].message.key == "yaml-after-quote");
    }
}

TEST_CASE("after a syntax error, what came before it is kept for --force") {
    auto file_diags = std::make_unique<Parsed>();
    file_diags->file = source_from_text("tasks:\n  - id: a\n    task: x\n  - id: b\n    task: y: z\n", "t.yaml", file_diags->diags);
    YNodePtr partial;
    CHECK(parse_yaml(*file_diags->file, file_diags->diags, nullptr, &partial) == nullptr);
    REQUIRE(partial);
    const YNode* tasks = partial->find("tasks");
    REQUIRE(tasks);
    REQUIRE(tasks->items.size() == 2);
    CHECK(tasks->items[0]->find("task")->value == "x");
    // The task of the slip is there, cut short (its text may be a part of what was meant):
    // that is why --force leaves the last task before a slip out too.
    CHECK(tasks->items[1]->find("id")->value == "b");
}
