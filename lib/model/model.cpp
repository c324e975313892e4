#include "model/model.hpp"

#include <functional>
#include <stdexcept>

#include "base/ids.hpp"

namespace cchc {

namespace {
template <class Vec, class Get>
auto find_by(const Vec& v, std::string_view key, Get get) -> decltype(&v.front()) {
    for (const auto& x : v)
        if (get(x) == key) return &x;
    return nullptr;
}
}  // namespace

const Unit* Agency::find_unit(std::string_view code) const {
    return find_by(units, code, [](const Unit& u) -> const std::string& { return u.code; });
}
const Group* Agency::find_group(std::string_view id) const {
    return find_by(groups, id, [](const Group& g) -> const std::string& { return g.id; });
}
const Metric* Agency::find_metric(std::string_view id) const {
    return find_by(metrics, id, [](const Metric& m) -> const std::string& { return m.id; });
}
std::optional<size_t> Repository::index_of(const Plan* plan) const {
    const std::less<const Plan*> before;
    if (before(plan, plans.data()) || !before(plan, plans.data() + plans.size())) return std::nullopt;
    return static_cast<size_t>(plan - plans.data());
}

std::vector<const Plan*> Repository::plan_list() const {
    std::vector<const Plan*> out;
    out.reserve(plans.size());
    for (const auto& p : plans) out.push_back(&p);
    return out;
}

std::vector<const Agency*> Repository::agency_list() const {
    std::vector<const Agency*> out;
    out.reserve(agencies.size());
    for (const auto& a : agencies) out.push_back(a.get());
    return out;
}

void require_body(const Plan& plan) {
    if (plan.body_pending) throw std::logic_error("plan " + plan.id + ": its body was not loaded before it was read");
}

const Task* Plan::find_task(std::string_view id) const {
    return find_by(tasks, id, [](const Task& t) -> const std::string& { return t.id.value; });
}
const Event* Plan::find_event(std::string_view id) const {
    return find_by(events, id, [](const Event& e) -> const std::string& { return e.id.value; });
}
const Section* Plan::find_section(std::string_view id) const {
    return find_by(sections, id, [](const Section& s) -> const std::string& { return s.id.value; });
}
const Agency* Repository::agency_of_dir(std::string_view dir) const {
    if (agency_by_dir.size() == agencies.size()) {
        const auto it = agency_by_dir.find(std::string(dir));
        return it == agency_by_dir.end() ? nullptr : it->second;
    }
    for (const auto& a : agencies)
        if (a->id == dir) return a.get();
    return nullptr;
}

void Repository::set_agency_keys() {
    // How many agencies end with each trailing part of their ids ("stttt", "khanh-hoa/stttt"):
    // counted once, so that choosing keys is linear in the agencies, not quadratic.
    std::unordered_map<std::string_view, int> ending;
    auto trailing_parts = [](std::string_view id, auto each) {
        for (size_t start = id.size(); start > 0;) {
            const size_t slash = id.rfind('/', start - 1);
            start = slash == std::string_view::npos ? 0 : slash;
            each(id.substr(slash == std::string_view::npos ? 0 : slash + 1));
        }
    };
    for (const auto& a : agencies) trailing_parts(a->id, [&](std::string_view part) { ++ending[part]; });
    agency_by_dir.clear();
    for (auto& a : agencies) {
        // The shortest trailing part no other agency ends with; else the whole id.
        std::string_view key = a->id;
        bool found = false;
        trailing_parts(a->id, [&](std::string_view part) {
            if (!found && ending[part] == 1) key = part, found = true;
        });
        a->key = std::string(key);
        agency_by_dir.emplace(a->id, a.get());
    }
}

}  // namespace cchc
