// Tests for lib/check/plan_rule_cache.cpp: what a plan's rule results are kept by, that they
// come back as stored, and that run_rules gives the same diagnostics with the cache (filled,
// then read) as without it.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "check/plan_rule_cache.hpp"
#include "check/rules.hpp"
#include "state/repository.hpp"
#include "support.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir = fs::temp_directory_path() / ("cchc-test-plan-rules-" + std::to_string(::getpid()));
    TempDir() {
        fs::remove_all(dir);
        fs::create_directories(dir / "repo");
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// A plan and its agency, each with a file whose bytes were hashed (content_key).
struct PlanWithAgency {
    SourceFile plan_file, agency_file;
    Agency agency;
    Plan plan;
    PlanWithAgency() {
        plan_file.path = "plans/t/a/2024-x.yaml";
        plan_file.content_key = "0123456789abcdef0123456789abcdef";
        agency_file.path = "plans/t/a/agency.yaml";
        agency_file.content_key = "fedcba9876543210fedcba9876543210";
        agency.id = "t/a";
        agency.key = "a";
        agency.file = &agency_file;
        plan.id = "t/a/2024-x";
        plan.file = &plan_file;
        plan.agency = &agency;
    }
};

using Row = std::tuple<std::string, int, int, std::string, std::string, std::vector<std::string>, std::string, int>;
std::vector<Row> rows(const std::vector<Diagnostic>& diags) {
    std::vector<Row> out;
    for (const auto& d : diags)
        out.emplace_back(d.file, d.line, d.col, d.code, d.message.key, d.message.args, d.source_line,
                         static_cast<int>(d.severity));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("plan rule cache: the key changes with every input the per-plan rules read") {
    PlanWithAgency p;
    const std::string key = PlanRuleCache::key_of(p.plan);
    CHECK(key.size() == 32);
    CHECK(PlanRuleCache::key_of(p.plan) == key);
    std::vector<std::string> others;
    {
        PlanWithAgency q;
        q.plan_file.content_key[0] = '9';  // the plan's bytes
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    {
        PlanWithAgency q;
        q.plan_file.path = "plans/t/a/2024-y.yaml";  // where it is (paths are in the diagnostics)
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    {
        PlanWithAgency q;
        q.agency_file.content_key[0] = '0';  // the agency's units, groups, metrics
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    {
        PlanWithAgency q;
        q.agency.key = "t/a";  // another agency came with the same last part
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    {
        PlanWithAgency q;
        q.plan.first_entry = Date{2024, 4, 5};  // plan-start-unknown names the first entry
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    {
        PlanWithAgency q;
        q.plan.agency = nullptr;
        others.push_back(PlanRuleCache::key_of(q.plan));
    }
    for (const auto& k : others) {
        CHECK(k.size() == 32);
        CHECK(k != key);
    }
    std::sort(others.begin(), others.end());
    CHECK(std::adjacent_find(others.begin(), others.end()) == others.end());
    // Bytes never hashed (a load without caches): not cached at all.
    PlanWithAgency unhashed;
    unhashed.plan_file.content_key.clear();
    CHECK(PlanRuleCache::key_of(unhashed.plan).empty());
    unhashed.plan_file.content_key = "0123456789abcdef0123456789abcdef";
    unhashed.agency_file.content_key.clear();
    CHECK(PlanRuleCache::key_of(unhashed.plan).empty());
}

TEST_CASE("plan rule cache: diagnostics come back as stored; an unknown key is a miss") {
    TempDir t;
    test::CacheHome home(t.dir / "cache");
    std::vector<Diagnostic> stored(2);
    stored[0] = {"plans/t/a/2024-x.yaml", 12, 7, Severity::warning, "duplicate-stt",
                 {"duplicate-stt", {"1.1", "9"}}, "      stt: \"1.1\""};
    stored[1] = {"plans/t/a/agency.yaml", 3, 1, Severity::error, "unknown-unit", {"unknown-unit", {"VPP"}}, ""};
    {
        auto cache = PlanRuleCache::open(t.dir / "repo");
        REQUIRE(cache);
        cache->add("0123456789abcdef0123456789abcdef", stored);
        cache->add("11111111111111111111111111111111", {});
        cache->finish();
    }
    auto cache = PlanRuleCache::open(t.dir / "repo");
    REQUIRE(cache);
    Diagnostics found;
    REQUIRE(cache->find("0123456789abcdef0123456789abcdef", found));
    CHECK(rows(found.items()) == rows(stored));
    Diagnostics none;
    CHECK(cache->find("11111111111111111111111111111111", none));  // a plan with nothing to say
    CHECK(none.items().empty());
    CHECK_FALSE(cache->find("22222222222222222222222222222222", none));
}

TEST_CASE("run_rules with the plan rule cache: the same diagnostics filled and read, taken from it") {
    TempDir t;
    test::CacheHome home(t.dir / "cache");
    const fs::path root(CCHC_SOURCE_DIR);
    Diagnostics load_diags;
    const Repository repo = load_repository(root, load_diags, LoadOptions{.tree_cache = true});
    REQUIRE_FALSE(repo.plans.empty());
    Diagnostics plain;
    run_rules(repo, plain);
    REQUIRE_FALSE(plain.items().empty());  // the shipped plans have warnings: a real comparison
    Diagnostics filled, read;
    {
        auto cache = PlanRuleCache::open(root);
        REQUIRE(cache);
        run_rules(repo, filled, cache.get());
    }
    {
        auto cache = PlanRuleCache::open(root);
        REQUIRE(cache);
        run_rules(repo, read, cache.get());
    }
    CHECK(rows(filled.items()) == rows(plain.items()));
    CHECK(rows(read.items()) == rows(plain.items()));
    // The results of a plan whose key is kept are what the cache holds, not run again: a
    // diagnostic planted under one plan's key shows, once.
    const Plan& plan = repo.plans.front();
    const std::string key = PlanRuleCache::key_of(plan);
    REQUIRE_FALSE(key.empty());
    {
        auto cache = PlanRuleCache::open(root);
        REQUIRE(cache);
        Diagnostic planted{plan.file->path, 1, 1, Severity::warning, "duplicate-stt", {"duplicate-stt", {"planted", "1"}}, ""};
        cache->add(key, {planted});
        cache->finish();
    }
    Diagnostics replayed;
    {
        auto cache = PlanRuleCache::open(root);
        REQUIRE(cache);
        run_rules(repo, replayed, cache.get());
    }
    const auto planted = std::count_if(replayed.items().begin(), replayed.items().end(), [](const Diagnostic& d) {
        return !d.message.args.empty() && d.message.args[0] == "planted";
    });
    CHECK(planted == 1);
}
