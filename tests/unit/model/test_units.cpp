// Tests for lib/model/units.cpp: resolving what people write for a unit, suggestions,
// expanding groups and sub-units, and finding unit names inside prose.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "model/units.hpp"

using namespace cchc;

namespace {

Unit unit(std::string code, std::string name, std::vector<std::string> aliases = {}, std::string parent = {},
          bool external = false) {
    Unit u;
    u.code = std::move(code);
    u.name = std::move(name);
    for (auto& a : aliases) u.aliases.push_back(Text{std::move(a), {}});
    u.parent.value = std::move(parent);
    u.external = external;
    return u;
}

Group group(std::string id, std::string name, std::vector<std::string> members, std::vector<std::string> aliases = {}) {
    Group g;
    g.id = std::move(id);
    g.name = std::move(name);
    for (auto& m : members) g.members.push_back(Text{std::move(m), {}});
    for (auto& a : aliases) g.aliases.push_back(Text{std::move(a), {}});
    return g;
}

Agency sample() {
    Agency a;
    a.id = "t/a";
    a.name = "Sở Thử nghiệm";
    a.short_name = "STN";
    a.units = {unit("VP", "Văn phòng Sở", {"Văn phòng"}),
               unit("BPMC", "Bộ phận Một cửa", {}, "VP"),
               unit("VT", "Văn thư", {}, "BPMC"),
               unit("CNTT", "Phòng Công nghệ thông tin", {"Phòng CNTT"}),
               unit("TTr", "Thanh tra Sở", {"Thanh tra"}),
               unit("SNV", "Sở Nội vụ", {}, "", true),
               unit("X", "Đơn vị lạ", {"VP"})};  // an alias equal to another unit's code
    a.groups = {group("all", "Các phòng, đơn vị thuộc Sở", {"VP", "CNTT"}, {"các phòng, đơn vị"}),
                group("rong", "Mọi nơi", {"all", "SNV"}),
                group("g1", "Nhóm một", {"g2"}),
                group("g2", "Nhóm hai", {"g1", "TTr"})};
    return a;
}

std::string resolved(const UnitIndex& index, std::string_view text) {
    auto r = index.resolve(text);
    if (!r) return "-";
    return (r->kind == UnitRef::Kind::group ? "group " : "unit ") + r->code;
}

// A set of codes as "A B C" (sorted), readable in a failed CHECK.
std::string codes(const std::set<std::string>& s) {
    std::string out;
    for (const auto& c : s) out += (out.empty() ? "" : " ") + c;
    return out;
}
std::string codes(std::initializer_list<const char*> l) { return codes(std::set<std::string>(l.begin(), l.end())); }

}  // namespace

TEST_CASE("resolve by code, name or alias") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(resolved(index, "VP") == "unit VP");
    CHECK(resolved(index, "Văn phòng Sở") == "unit VP");
    CHECK(resolved(index, "Văn phòng") == "unit VP");
    CHECK(resolved(index, "Phòng CNTT") == "unit CNTT");
    CHECK(resolved(index, "all") == "group all");
    CHECK(resolved(index, "Các phòng, đơn vị thuộc Sở") == "group all");
    CHECK(resolved(index, "các phòng, đơn vị") == "group all");
    CHECK(resolved(index, "Phòng Tài chính") == "-");
    CHECK(resolved(index, "") == "-");
}

TEST_CASE("resolve ignores case, diacritics, spacing and Unicode form") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(resolved(index, "vp") == "unit VP");
    CHECK(resolved(index, "van phong so") == "unit VP");
    CHECK(resolved(index, "VĂN PHÒNG SỞ") == "unit VP");
    CHECK(resolved(index, "  Văn   phòng Sở ") == "unit VP");
    CHECK(resolved(index, "Va\xCC\x86n pho\xCC\x80ng So\xCC\x9B\xCC\x89") == "unit VP");  // NFD
    CHECK(resolved(index, "don vi la") == "unit X");
    CHECK(resolved(index, "ttr") == "unit TTr");
}

TEST_CASE("a code wins over a name or alias that folds alike") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(resolved(index, "VP") == "unit VP");  // X has the alias "VP"
}

TEST_CASE("suggest: the closest units, as labels") {
    const Agency a = sample();
    const UnitIndex index(a);
    auto s = index.suggest("VPP");
    REQUIRE_FALSE(s.empty());
    CHECK(s[0] == "VP (Văn phòng Sở)");
    s = index.suggest("Van phong so cu");
    REQUIRE_FALSE(s.empty());
    CHECK(s[0] == "VP (Văn phòng Sở)");
    s = index.suggest("Thanh tra So");
    REQUIRE_FALSE(s.empty());
    CHECK(s[0] == "TTr (Thanh tra Sở)");
    CHECK(index.suggest("alll").at(0) == "all (Các phòng, đơn vị thuộc Sở)");
    CHECK(index.suggest("Bệnh viện đa khoa tỉnh Khánh Hòa").empty());
    CHECK(index.suggest("VPP", 1).size() == 1);
    s = index.suggest("VPP", 10);
    CHECK(std::count(s.begin(), s.end(), "VP (Văn phòng Sở)") == 1);  // one label per unit
}

TEST_CASE("expand: a unit with its sub-units, recursively") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(codes(index.expand({UnitRef::Kind::unit, "VP"})) == codes({"VP", "BPMC", "VT"}));
    CHECK(codes(index.expand({UnitRef::Kind::unit, "VP"}, false)) == codes({"VP"}));
    CHECK(codes(index.expand({UnitRef::Kind::unit, "BPMC"})) == codes({"BPMC", "VT"}));
    CHECK(codes(index.expand({UnitRef::Kind::unit, "CNTT"})) == codes({"CNTT"}));
}

TEST_CASE("expand: groups give their members, groups of groups too, cycles end") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(codes(index.expand({UnitRef::Kind::group, "all"})) == codes({"VP", "BPMC", "VT", "CNTT"}));
    CHECK(codes(index.expand({UnitRef::Kind::group, "all"}, false)) == codes({"VP", "CNTT"}));
    CHECK(codes(index.expand({UnitRef::Kind::group, "rong"}, false)) == codes({"VP", "CNTT", "SNV"}));
    CHECK(codes(index.expand({UnitRef::Kind::group, "g1"})) == codes({"TTr"}));
    CHECK(index.expand({UnitRef::Kind::group, "nope"}).empty());
}

TEST_CASE("expand_all: a list of references, unknown ones skipped") {
    const Agency a = sample();
    const UnitIndex index(a);
    std::vector<Text> refs{{"van phong", {}}, {"Phòng CNTT", {}}, {"Phòng Tài chính", {}}};
    CHECK(codes(index.expand_all(refs)) == codes({"VP", "BPMC", "VT", "CNTT"}));
    CHECK(codes(index.expand_all(refs, false)) == codes({"VP", "CNTT"}));
}

TEST_CASE("expand: a parent cycle does not hang") {
    Agency a = sample();
    a.units.push_back(unit("A", "Đơn vị A", {}, "B"));
    a.units.push_back(unit("B", "Đơn vị B", {}, "A"));
    const UnitIndex index(a);
    CHECK(codes(index.expand({UnitRef::Kind::unit, "A"})) == codes({"A", "B"}));
}

// The codes of `units` among the agency's units, through the index's own question.
std::set<std::string> covered_codes(const UnitIndex& index, const Agency& a, const UnitBits& units) {
    std::set<std::string> out;
    for (const auto& u : a.units)
        if (index.contains(units, u.code)) out.insert(u.code);
    return out;
}

TEST_CASE("add_covered: what expand_all gives, for every reference an agency has") {
    Agency a = sample();
    a.units.push_back(unit("A", "Đơn vị A", {}, "B"));  // a parent cycle
    a.units.push_back(unit("B", "Đơn vị B", {}, "A"));
    a.units.push_back(unit("VT", "Văn thư trùng", {}, "CNTT"));  // a repeated code: the first counts
    const UnitIndex index(a);
    std::vector<std::string> refs{"Phòng Tài chính", "nope"};
    for (const auto& u : a.units) {
        refs.push_back(u.code);
        refs.push_back(u.name);
        for (const auto& al : u.aliases) refs.push_back(al.value);
    }
    for (const auto& g : a.groups) {
        refs.push_back(g.id);
        refs.push_back(g.name);
    }
    for (const auto& r : refs) {
        CAPTURE(r);
        UnitBits one;
        index.add_covered(r, one);
        CHECK(codes(covered_codes(index, a, one)) == codes(index.expand_all({Text{r, {}}})));
    }
    UnitBits several;
    index.add_covered("BPMC", several);
    index.add_covered("g1", several);
    CHECK(codes(covered_codes(index, a, several)) == codes({"BPMC", "VT", "TTr"}));
    CHECK_FALSE(index.contains(several, "VP"));
    CHECK_FALSE(index.contains(several, "nope"));
    CHECK_FALSE(index.contains(UnitBits{}, "VP"));
}

TEST_CASE("mentions: names and aliases in prose, longest first, whole words") {
    const Agency a = sample();
    const UnitIndex index(a);
    auto m = index.mentions("Văn phòng Sở chủ trì, phối hợp với Phòng Công nghệ thông tin và Thanh tra.");
    REQUIRE(m.size() == 3);
    std::vector<std::string> found;
    for (const auto& x : m) found.push_back(x.code + "=" + x.phrase);
    std::sort(found.begin(), found.end());
    CHECK(codes(std::set<std::string>(found.begin(), found.end())) ==
          "CNTT=Phòng Công nghệ thông tin TTr=Thanh tra VP=Văn phòng Sở");
}

TEST_CASE("mentions: without diacritics, and not inside a longer word") {
    const Agency a = sample();
    const UnitIndex index(a);
    auto m = index.mentions("giao van phong so theo doi");
    REQUIRE(m.size() == 1);
    CHECK(m[0].code == "VP");
    m = index.mentions("Văn phòng Sởi");  // "Sởi" is another word: only "Văn phòng" is there
    REQUIRE(m.size() == 1);
    CHECK(m[0].phrase == "Văn phòng");
    CHECK(index.mentions("Thanh tranh luận").empty());
    CHECK(index.mentions("").empty());
}

TEST_CASE("mentions: a unit named twice is found twice") {
    const Agency a = sample();
    const UnitIndex index(a);
    CHECK(index.mentions("Văn phòng lập, Văn phòng gửi").size() == 2);
}

TEST_CASE("unit_label and looks_like_group_id") {
    const Agency a = sample();
    CHECK(unit_label(a, "VP") == "VP (Văn phòng Sở)");
    CHECK(unit_label(a, "all") == "all (Các phòng, đơn vị thuộc Sở)");
    CHECK(unit_label(a, "ZZ") == "ZZ");
    CHECK(looks_like_group_id("all"));
    CHECK(looks_like_group_id("phong_cm"));
    CHECK(looks_like_group_id("dv-2"));
    CHECK_FALSE(looks_like_group_id("VP"));
    CHECK_FALSE(looks_like_group_id("Văn phòng"));
    CHECK_FALSE(looks_like_group_id("van phong"));
    CHECK_FALSE(looks_like_group_id(""));
    CHECK_FALSE(looks_like_group_id("2all"));
}

TEST_CASE("unit_index: built once per agency, rebuilt for a copy or a changed agency") {
    Agency a = sample();
    const UnitIndex& first = unit_index(a);
    CHECK(&unit_index(a) == &first);
    CHECK(&first.agency() == &a);
    CHECK(first.resolve("van phong")->code == "VP");
    CHECK(first.resolve("van phong")->code == "VP");  // memoised answer is the same
    Agency copy = a;
    CHECK(&unit_index(copy).agency() == &copy);
    a.units.push_back(unit("QTM", "Bộ phận Quản trị mạng"));
    CHECK(unit_index(a).resolve("bo phan quan tri mang"));
    CHECK_FALSE(unit_index(copy).resolve("bo phan quan tri mang"));
}
