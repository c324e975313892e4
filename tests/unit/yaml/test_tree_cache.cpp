// Tests for the cache of parsed trees: the binary form of a tree and back (yaml_tree.cpp),
// and the per-repository pack (tree_cache.cpp).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "io/cache_dir.hpp"
#include "check/check_cache.hpp"
#include "state/repository.hpp"
#include "yaml/source.hpp"
#include "yaml/tree_cache.hpp"
#include "yaml/yaml_tree.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

// Same kinds, flags, positions, values and children, in the same order.
bool same_tree(const YNode& a, const YNode& b) {
    if (a.kind != b.kind || a.quoted != b.quoted || a.pos.line != b.pos.line || a.pos.col != b.pos.col ||
        a.value != b.value || a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!same_tree(*a.items[i], *b.items[i])) return false;
    for (size_t i = 0; i < a.entries.size(); ++i)
        if (!same_tree(*a.entries[i].first, *b.entries[i].first) || !same_tree(*a.entries[i].second, *b.entries[i].second))
            return false;
    return true;
}

YNodePtr parse(const std::string& text) {
    Diagnostics d;
    auto file = source_from_text(text, "x.yaml", d);
    REQUIRE(file);
    return parse_yaml(*file, d);
}

// XDG_CACHE_HOME pointed at a fresh directory for the test, restored after.
struct TempCache {
    fs::path dir = fs::temp_directory_path() / ("cchc-test-tree-cache-" + std::to_string(::getpid()));
    std::string old;
    bool had = false;
    TempCache() {
        fs::remove_all(dir);
        if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v, had = true;
        ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    }
    ~TempCache() {
        if (had) ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
        else ::unsetenv("XDG_CACHE_HOME");
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

}  // namespace

TEST_CASE("serialize_tree and back: every shipped file gives the same tree") {
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(CCHC_SOURCE_DIR) / "plans")) {
        if (e.path().extension() != ".yaml") continue;
        CAPTURE(e.path().string());
        Diagnostics d;
        auto file = read_source_file(e.path(), e.path().string(), d);
        REQUIRE(file);
        auto tree = parse_yaml(*file, d);
        REQUIRE(tree);
        auto back = deserialize_tree(serialize_tree(*tree));
        REQUIRE(back);
        CHECK(same_tree(*tree, *back));
        ++files;
    }
    CHECK(files >= 10);
    // Every kind: null, empty and quoted scalars, nested flow and block collections.
    auto small = parse("a: ~\nb: ''\nc: \"x\"\nd: [1, {e: f}]\ng:\n  - h\n  -\n");
    auto back = deserialize_tree(serialize_tree(*small));
    REQUIRE(back);
    CHECK(same_tree(*small, *back));
}

TEST_CASE("deserialize_tree: anything malformed is refused whole, never read out of bounds") {
    const std::string good = serialize_tree(*parse("a: [1, 2]\nb: {c: text}\nd: ~\n"));
    REQUIRE(deserialize_tree(good));
    for (size_t n = 0; n < good.size(); ++n) CHECK_FALSE(deserialize_tree(std::string_view(good).substr(0, n)));
    CHECK_FALSE(deserialize_tree(good + "x"));  // bytes after the tree
    // Every byte changed: either refused or a tree (a changed letter is still a tree), no crash.
    int refused = 0;
    for (size_t i = 0; i < good.size(); ++i)
        for (int delta : {1, 0x7F, 0xFF}) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] + delta);
            refused += deserialize_tree(bad) == nullptr;
        }
    CHECK(refused > 0);
    // A huge count or depth is refused before anything is allocated for it.
    std::string deep;
    for (int i = 0; i < 1000; ++i) deep += std::string("\x02\x00", 2) + std::string(8, '\x01') + std::string("\x01\x00\x00\x00", 4);
    CHECK_FALSE(deserialize_tree(deep));
    std::string wide = std::string("\x02\x00", 2) + std::string(8, '\x01') + std::string("\xFF\xFF\xFF\xFF", 4);
    CHECK_FALSE(deserialize_tree(wide));
}

TEST_CASE("TreeCache: what is stored is found again by the file's bytes, for that repository only") {
    TempCache tmp;
    const fs::path root = tmp.dir / "repo";
    const std::string text = "title: A\nyear: 2024\n";
    auto tree = parse(text);
    {
        auto cache = TreeCache::open(root);
        REQUIRE(cache);
        CHECK_FALSE(cache->find(TreeCache::key_of(text)));
        cache->store({{TreeCache::key_of(text), serialize_tree(*tree)}});
    }
    auto cache = TreeCache::open(root);
    auto found = cache->find(TreeCache::key_of(text));
    REQUIRE(found);
    CHECK(same_tree(*tree, *found));
    CHECK_FALSE(cache->find(TreeCache::key_of(text + " ")));
    CHECK_FALSE(TreeCache::open(tmp.dir / "other")->find(TreeCache::key_of(text)));
    // Carried over when still used, dropped when not.
    cache->store({{TreeCache::key_of(text), ""}});
    CHECK(TreeCache::open(root)->find(TreeCache::key_of(text)));
    TreeCache::open(root)->store({});
    CHECK_FALSE(TreeCache::open(root)->find(TreeCache::key_of(text)));
}

TEST_CASE("TreeCache: trees added from several threads as files are parsed, kept by finish()") {
    TempCache tmp;
    const fs::path root = tmp.dir / "repo";
    std::vector<std::string> texts, keys;
    for (int i = 0; i < 64; ++i) {
        texts.push_back("title: Plan " + std::to_string(i) + "\nyear: 2024\n");
        keys.push_back(TreeCache::key_of(texts.back()));
    }
    {
        auto cache = TreeCache::open(root);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (size_t i = static_cast<size_t>(t); i < texts.size(); i += 4) cache->add(keys[i], serialize_tree(*parse(texts[i])));
            });
        for (auto& th : threads) th.join();
        cache->add(keys[0], serialize_tree(*parse(texts[0])));  // the same bytes twice: kept once
        cache->finish(keys);
    }
    auto cache = TreeCache::open(root);
    for (size_t i = 0; i < texts.size(); ++i) {
        auto found = cache->find(keys[i]);
        REQUIRE(found);
        CHECK(same_tree(*parse(texts[i]), *found));
    }
    // Only the pack is left in the directory: no temporary file.
    int files = 0;
    for (const auto& e : fs::directory_iterator(tmp.dir / "cchc")) {
        CAPTURE(e.path().string());
        CHECK(e.path().filename().string().rfind("trees-", 0) == 0);
        ++files;
    }
    CHECK(files == 1);
    // A run that ends without finish() (an error, an exception) leaves the pack as it was
    // and no temporary file behind.
    {
        auto other = TreeCache::open(root);
        other->add(TreeCache::key_of("x: 1\n"), serialize_tree(*parse("x: 1\n")));
    }
    CHECK(TreeCache::open(root)->find(keys[5]));
    CHECK_FALSE(TreeCache::open(root)->find(TreeCache::key_of("x: 1\n")));
    files = 0;
    for (const auto& e : fs::directory_iterator(tmp.dir / "cchc")) files += !e.path().filename().string().empty();
    CHECK(files == 1);
}

TEST_CASE("TreeCache: no cache where no cache directory can be made") {
    TempCache tmp;
    fs::create_directories(tmp.dir);
    std::ofstream(tmp.dir / "file") << "not a directory";
    ::setenv("XDG_CACHE_HOME", (tmp.dir / "file").c_str(), 1);  // <file>/cchc can never exist
    CHECK(usable_cache_dir().empty());
    CHECK_FALSE(TreeCache::open(tmp.dir / "repo"));
    CHECK(check_cache_key(tmp.dir).empty());  // nothing hashed for a result nobody can keep
    ::setenv("XDG_CACHE_HOME", tmp.dir.c_str(), 1);
    CHECK(usable_cache_dir() == tmp.dir / "cchc");
    CHECK(fs::is_directory(tmp.dir / "cchc"));
    CHECK(TreeCache::open(tmp.dir / "repo"));
}

TEST_CASE("TreeCache: a damaged pack is ignored") {
    TempCache tmp;
    const fs::path root = tmp.dir / "repo";
    const std::string text = "title: A\nyear: 2024\n";
    TreeCache::open(root)->store({{TreeCache::key_of(text), serialize_tree(*parse(text))}});
    fs::path pack;
    for (const auto& e : fs::directory_iterator(tmp.dir / "cchc"))
        if (e.path().filename().string().rfind("trees-", 0) == 0) pack = e.path();
    REQUIRE(!pack.empty());
    std::ifstream in(pack, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (size_t n : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
        std::ofstream(pack, std::ios::binary | std::ios::trunc) << bytes.substr(0, n);
        CHECK_FALSE(TreeCache::open(root)->find(TreeCache::key_of(text)));
    }
    std::ofstream(pack, std::ios::binary | std::ios::trunc) << bytes << "extra";
    CHECK_FALSE(TreeCache::open(root)->find(TreeCache::key_of(text)));
    // A changed byte inside the tree leaves every bound right and still makes a tree ("A" as
    // "B"): only the tree's check in the index tells, and the file is parsed instead.
    const size_t at = bytes.find("A");
    REQUIRE(at != std::string::npos);
    std::string changed = bytes;
    changed[at] = 'B';
    std::ofstream(pack, std::ios::binary | std::ios::trunc) << changed;
    CHECK_FALSE(TreeCache::open(root)->find(TreeCache::key_of(text)));
    std::ofstream(pack, std::ios::binary | std::ios::trunc) << bytes;
    CHECK(TreeCache::open(root)->find(TreeCache::key_of(text)));
}

TEST_CASE("load_repository with the tree cache: the same repository, from the cache the second time") {
    TempCache tmp;
    const fs::path root = fs::path(CCHC_SOURCE_DIR);
    Diagnostics d1, d2, d3;
    const Repository parsed = load_repository(root, d1);
    const Repository first = load_repository(root, d2, LoadOptions{.tree_cache = true});
    const Repository cached = load_repository(root, d3, LoadOptions{.tree_cache = true});
    REQUIRE(parsed.plans.size() == cached.plans.size());
    CHECK(d1.items().size() == d3.items().size());
    for (size_t i = 0; i < parsed.plans.size(); ++i) {
        CHECK(parsed.plans[i].id == cached.plans[i].id);
        REQUIRE(parsed.plans[i].tasks.size() == cached.plans[i].tasks.size());
        for (size_t t = 0; t < parsed.plans[i].tasks.size(); ++t) {
            CHECK(parsed.plans[i].tasks[t].task.value == cached.plans[i].tasks[t].task.value);
            CHECK(parsed.plans[i].tasks[t].task.pos.line == cached.plans[i].tasks[t].task.pos.line);
            CHECK(parsed.plans[i].tasks[t].task.pos.col == cached.plans[i].tasks[t].task.pos.col);
        }
    }
}

namespace {

fs::path only_pack(const fs::path& dir, const std::string& prefix) {
    fs::path found;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind(prefix, 0) == 0) found = e.path();
    return found;
}

unsigned long long inode_of(const fs::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? static_cast<unsigned long long>(st.st_ino) : 0;
}

}  // namespace

TEST_CASE("TreeCache: a few trees added go at the end of the pack read; many, or a pack replaced since, make a new one") {
    TempCache tmp;
    const fs::path root = tmp.dir / "repo";
    // Forty entries of 40 KiB: a pack of 1.6 MB, so that one more is "a few".
    std::vector<TreeCache::Entry> entries;
    for (int i = 0; i < 40; ++i)
        entries.push_back({TreeCache::key_of("file " + std::to_string(i)), std::string(40 << 10, static_cast<char>('a' + i % 26))});
    std::vector<std::string> keys;
    for (const auto& e : entries) keys.push_back(e.key);
    TreeCache::open(root, "models")->store(entries);
    const fs::path pack = only_pack(tmp.dir / "cchc", "models-");
    REQUIRE_FALSE(pack.empty());
    const auto ino = inode_of(pack);
    const auto size = fs::file_size(pack);

    // One new entry (a file edited: its old bytes' entry no longer used).
    const std::string edited = TreeCache::key_of("file 0, edited");
    {
        auto cache = TreeCache::open(root, "models");
        cache->add(edited, std::string_view("the edited file's model"));
        std::vector<std::string> now = keys;
        now[0] = edited;
        cache->finish(now);
    }
    CHECK(inode_of(pack) == ino);  // the same file, appended to
    CHECK(fs::file_size(pack) > size);
    CHECK(fs::file_size(pack) < size + 8192);  // the new entry and an index, not a copy
    {
        auto cache = TreeCache::open(root, "models");
        CHECK(cache->find_bytes(edited) == "the edited file's model");
        CHECK(cache->find_bytes(keys[0]).empty());  // dropped from the index
        for (size_t i = 1; i < keys.size(); ++i) CHECK(cache->find_bytes(keys[i]) == entries[i].tree);
    }

    // A pack replaced by another run after this one read it: never appended to (its offsets
    // would point into the other pack), written afresh instead.
    const std::string late = TreeCache::key_of("file 1, edited");
    {
        auto reader = TreeCache::open(root, "models");
        std::vector<std::string> now = keys;
        now[0] = edited;
        TreeCache::open(root, "models")->store({{TreeCache::key_of("someone else"), "x"}});  // replaces the pack
        reader->add(late, std::string_view("late model"));
        now[1] = late;
        reader->finish(now);
    }
    CHECK(inode_of(pack) != ino);
    {
        auto cache = TreeCache::open(root, "models");
        CHECK(cache->find_bytes(late) == "late model");
        CHECK(cache->find_bytes(edited) == "the edited file's model");
        CHECK(cache->find_bytes(keys[5]) == entries[5].tree);
    }

    // Many trees new at once (a branch checked out): a new pack, not an append.
    const auto ino2 = inode_of(pack);
    {
        auto cache = TreeCache::open(root, "models");
        std::vector<std::string> now;
        for (int i = 0; i < 40; ++i) {
            const std::string key = TreeCache::key_of("branch " + std::to_string(i));
            cache->add(key, std::string(40 << 10, 'z'));
            now.push_back(key);
        }
        cache->finish(now);
        CHECK(inode_of(pack) != ino2);
    }
    auto cache = TreeCache::open(root, "models");
    CHECK(cache->find_bytes(TreeCache::key_of("branch 7")) == std::string(40 << 10, 'z'));
    CHECK(cache->find_bytes(late).empty());
    CHECK(fs::file_size(pack) < 41 * (40 << 10) + 8192);  // the old trees are gone
}
