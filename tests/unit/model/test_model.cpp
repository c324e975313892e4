// The repository's agency keys and directory lookup (model.cpp).
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "model/model.hpp"

using namespace cchc;

namespace {

Agency* add(Repository& repo, const std::string& id) {
    repo.agencies.push_back(std::make_unique<Agency>());
    repo.agencies.back()->id = id;
    return repo.agencies.back().get();
}

}  // namespace

TEST_CASE("agency keys: the shortest trailing part no other agency ends with") {
    Repository repo;
    Agency* kh_stttt = add(repo, "khanh-hoa/stttt");
    Agency* ls_stttt = add(repo, "lang-son/stttt");
    Agency* skhdt = add(repo, "khanh-hoa/skhdt");
    Agency* deep = add(repo, "mien-bac/lang-son/stttt");  // ends with all of lang-son/stttt
    Agency* root = add(repo, "snv");
    repo.set_agency_keys();
    CHECK(skhdt->key == "skhdt");
    CHECK(kh_stttt->key == "khanh-hoa/stttt");
    CHECK(ls_stttt->key == "lang-son/stttt");  // its whole id: no shorter part is its own
    CHECK(deep->key == "mien-bac/lang-son/stttt");
    CHECK(root->key == "snv");
    CHECK(repo.agency_of_dir("lang-son/stttt") == ls_stttt);
    CHECK(repo.agency_of_dir("stttt") == nullptr);  // a directory, not a suffix
    CHECK(repo.agency_of_dir("") == nullptr);
    // An agency added after the keys were set is still found (the index is not trusted then).
    Agency* late = add(repo, "ha-noi/stp");
    CHECK(repo.agency_of_dir("ha-noi/stp") == late);
    CHECK(repo.agency_of_dir("khanh-hoa/skhdt") == skhdt);
}

TEST_CASE("agency keys: one agency, and an agency at the top of plans/") {
    Repository repo;
    Agency* only = add(repo, "khanh-hoa/stttt");
    repo.set_agency_keys();
    CHECK(only->key == "stttt");
    Repository top;
    Agency* here = add(top, "");
    top.set_agency_keys();
    CHECK(here->key.empty());
    CHECK(top.agency_of_dir("") == here);
}
