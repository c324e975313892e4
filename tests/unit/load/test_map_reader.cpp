// Tests for lib/load/map_reader.cpp: typed reads out of YAML mappings and the structural
// diagnostics (unknown-key, wrong-type, missing-field, invalid-date, invalid-value).
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "time/dates_as_typed.hpp"
#include "base/ids.hpp"
#include "load/map_reader.hpp"
#include "yaml/messages.hpp"
#include "base/text.hpp"

using namespace cchc;

namespace {

// A parsed snippet and a LoadContext pointing into it.
struct Doc {
    std::unique_ptr<SourceFile> file;
    Diagnostics diags;
    YNodePtr root;
    LoadContext ctx{nullptr, diags};

    explicit Doc(std::string text) {
        file = source_from_text(std::move(text), "t.yaml", diags);
        REQUIRE(file);
        root = parse_yaml(*file, diags);
        REQUIRE(root);
        REQUIRE(diags.items().empty());
        ctx.file = file.get();
    }
    const Diagnostic& only() const {
        REQUIRE(diags.items().size() == 1);
        return diags.items()[0];
    }
};


const std::initializer_list<std::string_view> kTaskKeys = {"id", "task", "lead", "year", "due", "done", "status"};

}  // namespace

TEST_CASE("known keys pass; an unknown key is reported at the key with a did-you-mean") {
    Doc d("id: I.1\nleed: [VP]\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    CHECK(r.ok());
    const Diagnostic& x = d.only();
    CHECK(x.code == "unknown-key");
    CHECK(x.severity == Severity::error);
    CHECK(x.line == 2);
    CHECK(x.col == 1);
    CHECK(x.file == "t.yaml");
    CHECK(x.message.key == "unknown-key-suggest");
    CHECK(render(x.message, Lang::en) == "unknown key 'leed' in task; did you mean 'lead'?");
}

TEST_CASE("an unknown key far from every known key gets no suggestion") {
    Doc d("id: I.1\n  \nzzzzzzzz: 1\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    const Diagnostic& x = d.only();
    CHECK(x.code == "unknown-key");
    CHECK(x.message.key == "unknown-key");
    CHECK(x.line == 3);
}

TEST_CASE("a mapping expected, something else found: wrong-type and nothing read") {
    Doc d("- a\n- b\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    CHECK_FALSE(r.ok());
    CHECK(r.get("id") == nullptr);
    CHECK(r.text("id", true).value.empty());
    const Diagnostic& x = d.only();  // no missing-field on top of the wrong-type
    CHECK(x.code == "wrong-type");
    CHECK(render(x.message, Lang::en) == "'task' must be a mapping (key: value), not a list");
}

TEST_CASE("wrong-type at the value: integers, booleans, text, lists") {
    SUBCASE("a word where a number belongs") {
        Doc d("id: I.1\nyear: hai nghìn\n");
        MapReader r(d.ctx, *d.root, "plan", kTaskKeys);
        CHECK_FALSE(r.integer("year"));
        CHECK(d.only().code == "wrong-type");
        CHECK(d.only().line == 2);
        CHECK(d.only().col == 7);
        CHECK(render(d.only().message, Lang::en) == "'year' must be a whole number, not a single value");
    }
    SUBCASE("a quoted number is text, not a number") {
        Doc d("year: \"2024\"\n");
        MapReader r(d.ctx, *d.root, "plan", kTaskKeys);
        CHECK_FALSE(r.integer("year"));
        CHECK(d.only().code == "wrong-type");
    }
    SUBCASE("a plain number reads, with its position") {
        Doc d("id: I.1\nyear: 2024\n");
        MapReader r(d.ctx, *d.root, "plan", kTaskKeys);
        auto y = r.integer("year");
        REQUIRE(y);
        CHECK(y->value == 2024);
        CHECK(y->pos.line == 2);
        CHECK(y->pos.col == 7);
        CHECK(d.diags.items().empty());
    }
    SUBCASE("yes is not a boolean") {
        Doc d("done: yes\n");
        MapReader r(d.ctx, *d.root, "task", kTaskKeys);
        CHECK_FALSE(r.boolean("done"));
        CHECK(d.only().code == "wrong-type");
    }
    SUBCASE("a mapping where text belongs") {
        Doc d("task:\n  a: b\n");
        MapReader r(d.ctx, *d.root, "task", kTaskKeys);
        CHECK(r.text("task").value.empty());
        CHECK(d.only().code == "wrong-type");
        CHECK(d.only().line == 2);
        CHECK(d.only().col == 3);
    }
    SUBCASE("a list item that is not text") {
        Doc d("lead: [VP, {a: b}, CNTT]\n");
        MapReader r(d.ctx, *d.root, "task", kTaskKeys);
        auto list = r.text_list("lead");
        REQUIRE(list.size() == 2);
        CHECK(list[1].value == "CNTT");
        CHECK(list[1].pos.col == 20);
        CHECK(d.only().code == "wrong-type");
        CHECK(d.only().col == 12);
    }
}

TEST_CASE("text_list takes one scalar as a list of one") {
    Doc d("lead: Văn phòng Sở\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    auto list = r.text_list("lead");
    REQUIRE(list.size() == 1);
    CHECK(list[0].value == "Văn phòng Sở");
    CHECK(list[0].pos.col == 7);
}

TEST_CASE("missing-field is reported at the mapping, for absent and for empty values") {
    Doc d("\nid: I.1\nlead:\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    CHECK(r.text("id", true).value == "I.1");
    CHECK(r.text("task", true).value.empty());
    CHECK(r.text("lead", true).value.empty());
    REQUIRE(d.diags.items().size() == 2);
    for (const auto& x : d.diags.items()) {
        CHECK(x.code == "missing-field");
        CHECK(x.line == 2);
        CHECK(x.col == 1);
    }
    CHECK(render(d.diags.items()[0].message, Lang::en) == "missing required key 'task' in task");
    CHECK_FALSE(r.integer("year"));  // optional: nothing to say
    CHECK(d.diags.items().size() == 2);
}

TEST_CASE("dates: real calendar days only, reported at the value") {
    for (const char* bad : {"2024-02-30", "31/04/2024", "2024-13-01", "2023-02-29", "29/02/2023", "15/13/2024",
                            "2024-00-10", "2024-1-5", "mai"}) {
        CAPTURE(bad);
        Doc d(std::string("id: x\ndue: ") + bad + "\n");
        MapReader r(d.ctx, *d.root, "task", kTaskKeys);
        CHECK_FALSE(r.date("due"));
        CHECK(d.only().code == "invalid-date");
        CHECK(d.only().line == 2);
        CHECK(d.only().col == 6);
        CHECK(d.only().message.args.at(0) == bad);
    }
    for (const char* good : {"2024-02-29", "29/02/2024", "1/3/2024", "31/12/2024"}) {
        CAPTURE(good);
        Doc d(std::string("due: ") + good + "\n");
        MapReader r(d.ctx, *d.root, "task", kTaskKeys);
        CHECK(r.date("due"));
        CHECK(d.diags.items().empty());
    }
    Doc d("id: x\n");
    MapReader r(d.ctx, *d.root, "task", kTaskKeys);
    CHECK_FALSE(r.date("due", true));
    CHECK(d.only().code == "missing-field");
}

TEST_CASE("parse_user_date") {
    CHECK(parse_user_date("2024-02-29") == Date{2024, 2, 29});
    CHECK(parse_user_date("29/02/2024") == Date{2024, 2, 29});
    CHECK(parse_user_date("1/3/2024") == Date{2024, 3, 1});
    CHECK(parse_user_date("01/03/2024") == Date{2024, 3, 1});
    CHECK_FALSE(parse_user_date("2024-02-30"));
    CHECK_FALSE(parse_user_date("31/04/2024"));
    CHECK_FALSE(parse_user_date("2024-13-01"));
    CHECK_FALSE(parse_user_date("01/13/2024"));
    CHECK_FALSE(parse_user_date("29/02/2023"));
    CHECK_FALSE(parse_user_date("29/02/24"));
    CHECK_FALSE(parse_user_date("2024/02/29"));
    CHECK_FALSE(parse_user_date("29-02-2024"));
    CHECK_FALSE(parse_user_date("29//2024"));
    CHECK_FALSE(parse_user_date("/02/2024"));
    CHECK_FALSE(parse_user_date("29/02/2024/1"));
    CHECK_FALSE(parse_user_date(""));
    CHECK_FALSE(parse_user_date(" 2024-02-29"));
}

TEST_CASE("choice: a value outside the list is invalid-value with the list") {
    Doc d("status: finished\n");
    MapReader r(d.ctx, *d.root, "journal entry", kTaskKeys);
    CHECK(r.choice("status", {"done", "blocked"}).value.empty());
    CHECK(d.only().code == "invalid-value");
    CHECK(d.only().col == 9);
    CHECK(render(d.only().message, Lang::en) == "invalid value 'finished' for 'status'; allowed: done, blocked");
    Doc ok("status: done\n");
    MapReader r2(ok.ctx, *ok.root, "journal entry", kTaskKeys);
    CHECK(r2.choice("status", {"done", "blocked"}).value == "done");
    CHECK(ok.diags.items().empty());
}

TEST_CASE("numbers") {
    Doc d("year: 86.4\ndue: abc\n");
    MapReader r(d.ctx, *d.root, "x", kTaskKeys);
    CHECK(r.number("year") == doctest::Approx(86.4));
    CHECK_FALSE(r.number("due"));
    CHECK(d.only().code == "wrong-type");
}

TEST_CASE("sequence and mapping accessors") {
    Doc d("lead: VP\ndue: [a]\n");
    MapReader r(d.ctx, *d.root, "x", kTaskKeys);
    CHECK(r.sequence("lead") == nullptr);
    CHECK(r.mapping("due") == nullptr);
    CHECK(r.sequence("id") == nullptr);  // absent: no complaint
    REQUIRE(d.diags.items().size() == 2);
    CHECK(d.diags.items()[0].code == "wrong-type");
    CHECK(d.diags.items()[1].code == "wrong-type");
}

TEST_CASE("codes") {
    CHECK(is_code("VP"));
    CHECK(is_code("phong_cm"));
    CHECK(is_code("cong-bo.2024"));
    CHECK_FALSE(is_code(""));
    CHECK_FALSE(is_code("1VP"));
    CHECK_FALSE(is_code("Văn"));
    CHECK_FALSE(is_code("V P"));
    Doc d("VP: 1\nVăn phòng: 2\n");
    CHECK(check_code(d.ctx, *d.root->entries[0].first, "code"));
    CHECK_FALSE(check_code(d.ctx, *d.root->entries[1].first, "code"));
    CHECK(d.only().code == "invalid-value");
    CHECK(d.only().line == 2);
}

TEST_CASE("closest_match ignores case and accents, refuses what is far") {
    CHECK(closest_match("titel", {"title", "year"}) == std::optional<std::string>("title"));
    CHECK(closest_match("SIPASS", {"sipas", "par_index"}) == std::optional<std::string>("sipas"));
    CHECK(closest_match("hạn", {"han", "xyz"}) == std::optional<std::string>("han"));
    CHECK_FALSE(closest_match("completely", {"id", "task"}));
    CHECK_FALSE(closest_match("x", {}));
}

TEST_CASE("required text must not be blank; filled_text: optional, but not empty when written") {
    Doc d("task: \"  \"\nid: \"\"\ntiming: \"\"\nissued:\nnote: \"\"\nname: x\n");
    MapReader r(d.ctx, *d.root, "task", {"task", "id", "timing", "issued", "note", "name"});
    CHECK(r.text("task", true).value.empty());
    CHECK(r.text("id", true).value.empty());
    CHECK(r.filled_text("timing").value.empty());
    CHECK(r.filled_text("issued").value.empty());
    CHECK(r.text("note").value.empty());  // optional and plain: no error
    CHECK(r.filled_text("name").value == "x");
    CHECK(r.filled_text("absent").value.empty());  // absent: fine
    REQUIRE(d.diags.items().size() == 4);
    for (const auto& x : d.diags.items()) {
        CHECK(x.code == "missing-field");
        CHECK(x.message.key == "empty-field");
    }
    CHECK(d.diags.items()[0].line == 1);
    CHECK(d.diags.items()[3].line == 4);  // `issued:` with nothing: at the key
    CHECK(d.diags.items()[3].col == 1);
    CHECK(render(d.diags.items()[2].message, Lang::en) == "key 'timing' in task must not be empty");
}

TEST_CASE("parse_typed_date: absolute forms, and forms relative to today") {
    const Date today{2024, 11, 25};
    CHECK(parse_typed_date("2024-02-29", today) == Date{2024, 2, 29});
    CHECK(parse_typed_date("29/02/2024", today) == Date{2024, 2, 29});
    CHECK(parse_typed_date("hôm nay", today) == today);
    CHECK(parse_typed_date("Hôm Nay", today) == today);
    CHECK(parse_typed_date("hom nay", today) == today);
    CHECK(parse_typed_date("today", today) == today);
    CHECK(parse_typed_date("hôm qua", today) == Date{2024, 11, 24});
    CHECK(parse_typed_date("yesterday", today) == Date{2024, 11, 24});
    CHECK(parse_typed_date("ngày mai", today) == Date{2024, 11, 26});
    CHECK(parse_typed_date("+7", today) == Date{2024, 12, 2});
    CHECK(parse_typed_date("-30", today) == Date{2024, 10, 26});
    CHECK(parse_typed_date("1/3", today) == Date{2024, 3, 1});
    CHECK(parse_typed_date("25/11", Date{2025, 1, 2}) == Date{2025, 11, 25});
    CHECK_FALSE(parse_typed_date("29/02", Date{2023, 5, 1}));
    CHECK_FALSE(parse_typed_date("31/02/2024", today));
    CHECK_FALSE(parse_typed_date("hôm kia", today));
    CHECK_FALSE(parse_typed_date("+", today));
    CHECK_FALSE(parse_typed_date("+7d", today));
    CHECK_FALSE(parse_typed_date("+99999", today));
    CHECK_FALSE(parse_typed_date("", today));
    CHECK_FALSE(parse_typed_date("/11", today));
    CHECK_FALSE(parse_typed_date("25/", today));
    CHECK_FALSE(parse_typed_date("25/11/", today));
}
