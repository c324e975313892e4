#include "model/model.hpp"

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
    for (const auto& a : agencies)
        if (a->id == dir) return a.get();
    return nullptr;
}

void Repository::set_agency_keys() {
    for (auto& a : agencies) {
        // Grow the key from the last path component until no other agency ends with it.
        const std::string_view id = a->id;
        size_t start = id.size();
        while (true) {
            const size_t slash = start == 0 ? std::string_view::npos : id.rfind('/', start - 1);
            start = slash == std::string_view::npos ? 0 : slash + 1;
            const std::string_view key = id.substr(start);
            bool shared = false;
            for (const auto& b : agencies) shared = shared || (b != a && matches_ref_suffix(b->id, key));
            if (!shared || start == 0) break;
            --start;  // before the '/': the next round takes one more component
        }
        a->key = a->id.substr(start);
    }
}

}  // namespace cchc
