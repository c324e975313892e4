// libFuzzer target: any bytes as a journal and as an agency.yaml, beside a fixed valid
// agency and plan, then every rule. Loading and the rules must give diagnostics, never
// crash, hang or run out of memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/load_agency.hpp"
#include "load/load_journal.hpp"
#include "load/load_plan.hpp"
#include "load/map_reader.hpp"
#include "model/model.hpp"
#include "check/rules.hpp"
#include "yaml/source.hpp"
#include "yaml/yaml_tree.hpp"

namespace {

constexpr const char* kAgency = R"(name: Sở Thử nghiệm
units:
  VP: { name: Văn phòng Sở }
  CNTT: { name: Phòng Công nghệ thông tin, parent: VP }
groups:
  all: { name: Các phòng, members: [VP, CNTT] }
metrics:
  sipas: { name: SIPAS, unit: "%" }
  xep_loai: { name: Xếp loại, scale: [Kém, Khá, Tốt] }
  ty_le: { name: Tỷ lệ, unit: "%", computed: done_share }
)";

constexpr const char* kPlan = R"(title: Kế hoạch
year: 2024
events:
  cong-bo: { name: Công bố }
sections:
  - id: I
    title: Chung
    tasks:
      - { id: I.1, task: Rà soát, lead: [VP], due: 2024-Q2 }
      - { id: I.2, task: Khảo sát, lead: [all], due: { every: quarter }, targets: [{ metric: sipas, op: ">=", value: 87 }] }
)";

std::unique_ptr<cchc::SourceFile> source(std::string text, const char* name, cchc::Diagnostics& diags) {
    return cchc::source_from_text(std::move(text), name, diags);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace cchc;
    Diagnostics diags;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    Repository repo;
    auto fixed_agency_file = source(kAgency, "agency.yaml", diags);
    auto plan_file = source(kPlan, "2024-fuzz.yaml", diags);
    auto fuzz_file = source(bytes, "fuzz.yaml", diags);
    if (!fixed_agency_file || !plan_file) __builtin_trap();
    auto agency = std::make_unique<Agency>();
    agency->id = "f/a";
    agency->file = fixed_agency_file.get();
    if (auto tree = parse_yaml(*fixed_agency_file, diags)) load_agency(LoadContext{fixed_agency_file.get(), diags}, *tree, *agency);
    YNodePtr fuzz_tree = fuzz_file ? parse_yaml(*fuzz_file, diags) : nullptr;
    // The bytes as a second agency.
    auto other = std::make_unique<Agency>();
    other->id = "f/b";
    other->file = fuzz_file.get();
    if (fuzz_tree) load_agency(LoadContext{fuzz_file.get(), diags}, *fuzz_tree, *other);
    Plan plan;
    plan.file = plan_file.get();
    plan.id = "f/a/2024-fuzz";
    plan.stem = "2024-fuzz";
    plan.agency = agency.get();
    if (auto tree = parse_yaml(*plan_file, diags)) load_plan(LoadContext{plan_file.get(), diags}, *tree, plan);
    // The bytes as the first agency's journal.
    Journal journal;
    journal.file = fuzz_file.get();
    journal.agency = agency.get();
    if (fuzz_tree) load_journal(LoadContext{fuzz_file.get(), diags}, *fuzz_tree, journal);
    repo.agencies.push_back(std::move(agency));
    repo.agencies.push_back(std::move(other));
    repo.set_agency_keys();
    repo.plans.push_back(std::move(plan));
    repo.journals.push_back(std::move(journal));
    run_rules(repo, diags);
    return 0;
}
