#include "load/unchecked.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace cchc {

namespace {

// "plans/khanh-hoa/snv/agency.yaml" → "plans/khanh-hoa/snv/"; "x.yaml" → "".
std::string dir_of(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string stem_of(const std::string& path) {
    std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    const size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

bool is_agency_file(const std::string& path) {
    const std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    return name == "agency.yaml" || name == "agency.yml";
}

// What an agency.yaml defines: plans and journals of its directory refer to these.
bool refers_to_agency(std::string_view code) {
    static const char* const kCodes[] = {"unknown-unit",     "unknown-group",          "unknown-parent",
                                         "unknown-metric",   "unit-not-assigned",      "empty-lead",
                                         "metric-kind",      "journal-unknown-metric", "journal-value-range",
                                         "target-mismatch",  "missing-agency"};
    return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

// What a plan defines: its journal's entries refer to its tasks, events and itself.
bool refers_to_plan(std::string_view code) {
    return code == "journal-unknown-task" || code == "journal-unknown-occurrence" || code == "journal-unknown-event" ||
           code == "journal-unknown-plan";
}

}  // namespace

bool makes_file_unusable(std::string_view code) {
    static const char* const kCodes[] = {"yaml-syntax",   "yaml-limit",   "yaml-extra-document", "unreadable-file",
                                         "file-too-large", "binary-file", "invalid-utf8",        "not-a-regular-file",
                                         "outside-root"};
    return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

void fold_unchecked(Diagnostics& diags) {
    struct Unusable {
        std::string file;  // where the file's first unusable-making error is
        int line = 0, col = 0;
        size_t folded = 0;
    };
    std::map<std::string, Unusable> agencies, plans;  // by directory / by directory + stem
    for (const auto& d : diags.items()) {
        if (d.severity != Severity::error || !makes_file_unusable(d.code)) continue;
        if (d.file.find("/journal/") != std::string::npos || d.file.rfind("journal/", 0) == 0) continue;
        auto& into = is_agency_file(d.file) ? agencies : plans;
        const std::string key = is_agency_file(d.file) ? dir_of(d.file) : dir_of(d.file) + stem_of(d.file);
        into.try_emplace(key, Unusable{d.file, d.line, d.col});
    }
    if (agencies.empty() && plans.empty()) return;
    // Which unusable file a diagnostic only follows from, if any.
    auto cause = [&](const Diagnostic& d) -> Unusable* {
        if (makes_file_unusable(d.code)) return nullptr;
        const std::string dir = dir_of(d.file);
        // A journal lives in <agency>/journal/: its agency is the directory above.
        const bool journal = dir.size() >= 8 && dir.compare(dir.size() - 8, 8, "journal/") == 0;
        const std::string agency_dir = journal ? dir.substr(0, dir.size() - 8) : dir;
        if (refers_to_agency(d.code))
            if (auto it = agencies.find(agency_dir); it != agencies.end()) return &it->second;
        if (journal && refers_to_plan(d.code)) {
            // The entry names "plan#task" (or a bare task or plan id): the plan is the part
            // before '#'; a bare reference could be in any unusable plan of the agency.
            const std::string ref = d.message.args.empty() ? std::string() : d.message.args.front();
            const size_t hash = ref.find('#');
            if (hash != std::string::npos || d.code == "journal-unknown-plan") {
                std::string plan = hash == std::string::npos ? ref : ref.substr(0, hash);
                if (auto slash = plan.rfind('/'); slash != std::string::npos) plan = plan.substr(slash + 1);
                if (auto it = plans.find(agency_dir + plan); it != plans.end()) return &it->second;
                return nullptr;
            }
            auto it = plans.lower_bound(agency_dir);
            if (it != plans.end() && it->first.compare(0, agency_dir.size(), agency_dir) == 0 &&
                it->first.find('/', agency_dir.size()) == std::string::npos)
                return &it->second;
        }
        return nullptr;
    };
    std::vector<Diagnostic> kept;
    kept.reserve(diags.items().size());
    for (auto& d : diags.items()) {
        if (Unusable* u = cause(d)) {
            ++u->folded;
            continue;
        }
        kept.push_back(std::move(d));
    }
    for (auto* list : {&agencies, &plans})
        for (const auto& [key, u] : *list) {
            if (u.folded == 0) continue;
            Diagnostic n;
            n.file = u.file;
            n.line = u.line;
            n.col = u.col;
            n.severity = Severity::note;
            n.code = "unchecked";
            n.message = {list == &agencies ? "unchecked-agency-refs" : "unchecked-plan-refs", {std::to_string(u.folded)}};
            kept.push_back(std::move(n));
        }
    diags.items() = std::move(kept);
}

}  // namespace cchc
