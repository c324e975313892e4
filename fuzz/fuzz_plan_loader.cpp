// libFuzzer target: any bytes as a plan file. Reading, YAML parsing, loading and the
// rules must give diagnostics, never crash, hang or run out of memory. The same bytes as a
// cached tree must be refused or read, never crash; a parsed tree must come back whole from
// its cached form.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/load_agency.hpp"
#include "load/load_plan.hpp"
#include "load/map_reader.hpp"
#include "model/model.hpp"
#include "check/rules.hpp"
#include "yaml/source.hpp"
#include "yaml/yaml_tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace cchc;
    Diagnostics diags;
    (void)deserialize_tree(std::string_view(reinterpret_cast<const char*>(data), size));
    auto file = source_from_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml", diags);
    if (!file) return 0;
    bool aliased = false;
    YNodePtr tree = parse_yaml(*file, diags, &aliased);
    if (!tree) return 0;
    if (!aliased) {
        const std::string cached = serialize_tree(*tree);
        const YNodePtr back = deserialize_tree(cached);
        if (!back || serialize_tree(*back) != cached) __builtin_trap();
    }
    const LoadContext ctx{file.get(), diags};
    Repository repo;
    auto agency = std::make_unique<Agency>();
    agency->id = "f/a";
    load_agency(ctx, *tree, *agency);  // the same bytes as an agency.yaml
    Plan plan;
    plan.file = file.get();
    plan.id = "f/a/2024-fuzz";
    plan.stem = "2024-fuzz";
    plan.agency = agency.get();
    load_plan(ctx, *tree, plan);
    repo.agencies.push_back(std::move(agency));
    repo.plans.push_back(std::move(plan));
    run_rules(repo, diags);
    return 0;
}
