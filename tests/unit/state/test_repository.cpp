// Loading a repository with the model cache (repository.cpp, model_pack.cpp): the same model
// from the cache as from the files, files keyed by their stat not read at all, and a key that
// no longer matches the bytes read is said.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "check/check_cache.hpp"
#include "model/model_pack.hpp"
#include "state/repository.hpp"
#include "support.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

// The shipped repository copied (plans and settings), so that its files can be changed.
fs::path copy_shipped(const fs::path& to) {
    const fs::path src(CCHC_SOURCE_DIR);
    fs::create_directories(to);
    fs::copy(src / "plans", to / "plans", fs::copy_options::recursive);
    if (fs::exists(src / "cchc.yaml")) fs::copy_file(src / "cchc.yaml", to / "cchc.yaml");
    return to;
}

const Plan* plan_named(const Repository& repo, std::string_view stem) {
    for (const auto& p : repo.plans)
        if (p.stem == stem) return &p;
    return nullptr;
}

// The repository at `root` loaded from its files (filling the model pack), then as `due`,
// `score` and `report` load it: the plans' headers, their bodies left in the pack.
std::pair<Repository, Repository> whole_then_headers(const fs::path& root) {
    Diagnostics d1, d2;
    Repository whole = load_repository(root, d1, LoadOptions{.tree_cache = true});
    FileKeys keys;
    REQUIRE_FALSE(check_cache_key(root, &keys).empty());
    Repository headers = load_repository(root, d2, LoadOptions{.tree_cache = true, .known = &keys, .plan_bodies_later = true});
    REQUIRE(headers.plans.size() == whole.plans.size());
    return {std::move(whole), std::move(headers)};
}

}  // namespace

TEST_CASE("load_repository with the model cache: the same models from the cache as from the files") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    const fs::path root = copy_shipped(t.path / "repo");
    Diagnostics d1, d2, d3;
    const Repository parsed = load_repository(root, d1);
    const Repository filled = load_repository(root, d2, LoadOptions{.tree_cache = true});
    bool models = false;
    for (const auto& e : fs::directory_iterator(t.path / "cache" / "cchc"))
        models = models || e.path().filename().string().rfind("models-", 0) == 0;
    CHECK(models);
    FileKeys keys;
    REQUIRE_FALSE(check_cache_key(root, &keys).empty());
    bool disagree = false;
    const Repository cached = load_repository(root, d3, LoadOptions{.tree_cache = true, .known = &keys, .keys_disagree = &disagree});
    CHECK_FALSE(disagree);
    CHECK(d1.items().size() == d3.items().size());
    REQUIRE(parsed.plans.size() == cached.plans.size());
    for (size_t i = 0; i < parsed.plans.size(); ++i) {
        CHECK(parsed.plans[i].id == cached.plans[i].id);
        CHECK(pack_plan(parsed.plans[i]) == pack_plan(cached.plans[i]));
        CHECK(cached.plans[i].agency != nullptr);
        CHECK(parsed.plans[i].first_entry == cached.plans[i].first_entry);
    }
    REQUIRE(parsed.agencies.size() == cached.agencies.size());
    for (size_t i = 0; i < parsed.agencies.size(); ++i)
        CHECK(pack_agency(*parsed.agencies[i]) == pack_agency(*cached.agencies[i]));
    REQUIRE(parsed.journals.size() == cached.journals.size());
    for (size_t i = 0; i < parsed.journals.size(); ++i)
        CHECK(pack_journal(parsed.journals[i]) == pack_journal(cached.journals[i]));
}

TEST_CASE("load_repository with known keys: a file keyed by its stat is not read; bytes that disagree are said") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    const fs::path root = copy_shipped(t.path / "repo");
    Diagnostics d;
    (void)load_repository(root, d, LoadOptions{.tree_cache = true});  // fills the model cache
    FileKeys keys;
    REQUIRE_FALSE(check_cache_key(root, &keys).empty());
    const Repository repo = load_repository(root, d);
    REQUIRE(repo.plans.size() >= 2);
    const Plan& a = repo.plans[0];
    const Plan& b = repo.plans[1];
    const std::string path_a = (root / "plans" / (a.id + ".yaml")).string();
    const std::string path_b = (root / "plans" / (b.id + ".yaml")).string();
    REQUIRE(keys.count(path_a));
    REQUIRE(keys.count(path_b));

    SUBCASE("the key is trusted: the model kept for it is taken, the file is not read") {
        FileKeys swapped = keys;
        swapped[path_a] = keys[path_b];  // as if a's bytes were b's
        bool disagree = false;
        Diagnostics d2;
        const Repository r = load_repository(root, d2, LoadOptions{.tree_cache = true, .known = &swapped, .keys_disagree = &disagree});
        const Plan* got = plan_named(r, a.stem);
        REQUIRE(got);
        CHECK(got->title.value == b.title.value);  // b's model under a's name: a was not read
        CHECK(got->tasks.size() == b.tasks.size());
        CHECK_FALSE(disagree);
    }
    SUBCASE("a key with no model: the file is read, and its bytes disagree with the key") {
        FileKeys wrong = keys;
        wrong[path_a] = std::string(32, '0');
        bool disagree = false;
        Diagnostics d2;
        const Repository r = load_repository(root, d2, LoadOptions{.tree_cache = true, .known = &wrong, .keys_disagree = &disagree});
        const Plan* got = plan_named(r, a.stem);
        REQUIRE(got);
        CHECK(got->title.value == a.title.value);
        CHECK(disagree);
    }
    SUBCASE("a file found that was not keyed, or keyed and gone: the keys do not describe the load") {
        FileKeys fewer = keys;
        fewer.erase(path_b);
        bool disagree = false;
        Diagnostics d2;
        (void)load_repository(root, d2, LoadOptions{.tree_cache = true, .known = &fewer, .keys_disagree = &disagree});
        CHECK(disagree);
        FileKeys more = keys;
        more[(root / "plans" / "gone.yaml").string()] = keys[path_b];
        disagree = false;
        (void)load_repository(root, d2, LoadOptions{.tree_cache = true, .known = &more, .keys_disagree = &disagree});
        CHECK(disagree);
    }
}

TEST_CASE("load_repository with plan_bodies_later: headers now, each body when it is asked for, the same plans") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    const fs::path root = copy_shipped(t.path / "repo");
    auto [whole, repo] = whole_then_headers(root);
    REQUIRE(repo.plans.size() >= 2);
    for (size_t i = 0; i < repo.plans.size(); ++i) {
        const Plan& p = repo.plans[i];
        CHECK(p.body_pending);
        CHECK(p.tasks.empty());
        CHECK(p.title.value == whole.plans[i].title.value);
        CHECK(p.first_entry == whole.plans[i].first_entry);
        CHECK_THROWS_AS(require_body(p), std::logic_error);
    }
    // One plan's body: that plan only.
    load_plan_bodies(repo, {&repo.plans[1]});
    CHECK_FALSE(repo.plans[1].body_pending);
    CHECK_NOTHROW(require_body(repo.plans[1]));
    CHECK(pack_plan(repo.plans[1]) == pack_plan(whole.plans[1]));
    CHECK(repo.plans[0].body_pending);
    CHECK(repo.plans[0].tasks.empty());
    // A plan from elsewhere is not this repository's to load; asking twice loads once.
    const Plan stranger;
    load_plan_bodies(repo, {&stranger, &repo.plans[1]});
    CHECK(pack_plan(repo.plans[1]) == pack_plan(whole.plans[1]));
    // Every body: the same plans as a whole load.
    load_plan_bodies(repo);
    for (size_t i = 0; i < repo.plans.size(); ++i) {
        CHECK_FALSE(repo.plans[i].body_pending);
        CHECK(pack_plan(repo.plans[i]) == pack_plan(whole.plans[i]));
    }
}

TEST_CASE("load_repository with plan_bodies_later: only plans taken from the model pack wait; without caches none") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    const fs::path root = copy_shipped(t.path / "repo");
    Diagnostics d;
    // No model cache yet: every plan is read from its file, whole.
    const Repository first = load_repository(root, d, LoadOptions{.tree_cache = true, .plan_bodies_later = true});
    for (const auto& p : first.plans) CHECK_FALSE(p.body_pending);
    CHECK_FALSE(first.plan_bodies);
    // Without the caches the option does nothing.
    const Repository plain = load_repository(root, d, LoadOptions{.plan_bodies_later = true});
    for (const auto& p : plain.plans) CHECK_FALSE(p.body_pending);
}

TEST_CASE("load_plan_bodies: a body the pack no longer gives is read from its file; a file changed meanwhile stops") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    const fs::path root = copy_shipped(t.path / "repo");
    auto [whole, repo] = whole_then_headers(root);
    for (const auto& p : repo.plans) REQUIRE(p.body_pending);
    // The pack overwritten in place after the headers were read (the map sees the new bytes).
    int packs = 0;
    for (const auto& e : fs::directory_iterator(t.path / "cache" / "cchc")) {
        if (e.path().filename().string().rfind("models-", 0) != 0) continue;
        std::fstream f(e.path(), std::ios::in | std::ios::out | std::ios::binary);
        const std::string junk(static_cast<size_t>(fs::file_size(e.path())), '\xff');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        ++packs;
    }
    REQUIRE(packs == 1);

    SUBCASE("the files unchanged: each body is loaded from its file, the same plans as a whole load") {
        load_plan_bodies(repo);
        for (size_t i = 0; i < repo.plans.size(); ++i) {
            CHECK_FALSE(repo.plans[i].body_pending);
            CHECK(pack_plan(repo.plans[i]) == pack_plan(whole.plans[i]));
        }
    }
    SUBCASE("a plan file changed meanwhile: the command stops, no plan is read half from each version") {
        const fs::path file = root / "plans" / (repo.plans[0].id + ".yaml");
        std::ofstream(file, std::ios::app) << "\n# sửa trong khi đọc\n";
        CHECK_THROWS_AS(load_plan_bodies(repo, {&repo.plans[0]}), RepositoryChanged);
        CHECK(repo.plans[0].body_pending);  // still refused to whatever reads it
        CHECK(repo.plans[0].tasks.empty());
    }
}
