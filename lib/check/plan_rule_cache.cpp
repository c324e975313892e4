#include "check/plan_rule_cache.hpp"

#include <sstream>

#include "check/check_cache.hpp"
#include "io/content_hash.hpp"

namespace cchc {

std::unique_ptr<PlanRuleCache> PlanRuleCache::open(const std::filesystem::path& root) {
    auto pack = TreeCache::open(root, "plan-rules");
    if (!pack) return nullptr;
    auto cache = std::make_unique<PlanRuleCache>();
    cache->pack_ = std::move(pack);
    return cache;
}

std::string PlanRuleCache::key_of(const Plan& plan) {
    if (!plan.file || plan.file->content_key.empty()) return {};
    ContentHash h;
    h.add("plan-rules 1");
    h.add(plan.file->path);
    h.add(plan.file->content_key);
    h.add(plan.id);
    if (plan.agency) {
        if (!plan.agency->file || plan.agency->file->content_key.empty()) return {};
        h.add(plan.agency->id);
        h.add(plan.agency->key);
        h.add(plan.agency->file->path);
        h.add(plan.agency->file->content_key);
    } else {
        h.add("no agency");
    }
    h.add(plan.first_entry ? plan.first_entry->iso() : "no entry");
    return h.hex();
}

bool PlanRuleCache::find(const std::string& key, Diagnostics& into) {
    const std::string_view bytes = pack_->find_bytes(key);
    if (bytes.empty()) return false;
    std::istringstream in{std::string(bytes)};
    std::vector<Diagnostic> diags;
    if (!read_diagnostics(in, diags) || (in >> std::ws, in.peek() != std::char_traits<char>::eof())) return false;
    for (auto& d : diags) into.add(std::move(d));
    std::lock_guard lock(keys_mutex_);
    keys_.push_back(key);
    return true;
}

void PlanRuleCache::add(const std::string& key, const std::vector<Diagnostic>& diags) {
    std::ostringstream out;
    write_diagnostics(out, diags);
    pack_->add(key, out.str());
    std::lock_guard lock(keys_mutex_);
    keys_.push_back(key);
}

void PlanRuleCache::finish() {
    std::lock_guard lock(keys_mutex_);
    pack_->finish(keys_);
}

}  // namespace cchc
