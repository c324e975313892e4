#include "state/repository.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <thread>
#include <type_traits>

#include "base/control_chars.hpp"
#include "load/load_agency.hpp"
#include "load/load_import.hpp"
#include "load/load_journal.hpp"
#include "load/load_plan.hpp"
#include "load/load_settings.hpp"
#include "base/parallel.hpp"
#include "io/content_hash.hpp"
#include "io/path_order.hpp"
#include "model/model_pack.hpp"
#include "state/plan_lifecycle.hpp"
#include "yaml/tree_cache.hpp"
#include "yaml/yaml_tree.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

struct Found {
    std::vector<fs::path> agencies, plans, journals, imports;
};

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

std::string shown_path(const fs::path& p, const fs::path& root);

// One directory's entries, read now; false on an error (a directory that may not be read is
// empty, as a walk skipping it would have it).
bool read_listing(const fs::path& dir, DirListing& out, std::error_code& ec) {
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code kind_ec;
        // The kind comes with the directory entry (d_type): no stat, but for links.
        const auto kind = it->is_symlink(kind_ec)     ? DirListing::Kind::link
                          : it->is_directory(kind_ec) ? DirListing::Kind::dir
                                                      : DirListing::Kind::other;
        out.entries.emplace_back(name, kind);
    }
    return !ec;
}

void classify(const fs::path& p, const std::string& name, Found& f) {
    if (!is_yaml(p)) return;
    if (name == "agency.yaml" || name == "agency.yml") f.agencies.push_back(p);
    else if (name == "import.yaml" || name == "import.yml") f.imports.push_back(p);  // cchc import's rules, not a plan
    else if (p.parent_path().filename() == "journal") f.journals.push_back(p);
    else f.plans.push_back(p);
}

// Walks `dir` and what is under it, hidden names aside; false on a directory that cannot be read.
bool walk(const fs::path& dir, Found& f, Diagnostics& diags, const fs::path& root, DirMemo* memo,
          std::error_code& ec) {
    DirListing read;
    const DirListing* listing = memo ? memo->find(dir) : nullptr;
    if (!listing) {
        if (!read_listing(dir, read, ec)) return false;
        listing = &read;
    }
    if (memo) memo->keep(dir, *listing);
    for (const auto& [name, kind] : listing->entries) {
        const fs::path p = dir / name;
        if (kind == DirListing::Kind::dir) {
            if (!walk(p, f, diags, root, memo, ec)) return false;
            continue;
        }
        // Directory links are not followed (a link can loop, or lead out of the repository):
        // said as a warning, so plans in it are never left out silently. Looked through on
        // every walk: the link's target may have changed where its directory did not.
        std::error_code link_ec;
        if (kind == DirListing::Kind::link && fs::is_directory(p, link_ec)) {
            diags.add(Diagnostic{shown_path(p, root), 0, 0, Severity::warning, "linked-directory",
                                 {"linked-directory", {shown_path(p, root)}}, {}});
            continue;
        }
        classify(p, name, f);
    }
    return true;
}

// Walks `dir` without following directory links (so link loops cannot trap us).
Found discover(const fs::path& dir, Diagnostics& diags, const std::string& shown_root, const fs::path& root,
               DirMemo* memo = nullptr) {
    Found f;
    std::error_code ec;
    if (!walk(dir, f, diags, root, memo, ec))  // what was found before stays
        diags.add(Diagnostic{shown_root, 0, 0, Severity::error, "unreadable-file", {"unreadable-file", {ec.message()}}, {}});
    for (auto* v : {&f.agencies, &f.plans, &f.journals, &f.imports}) std::sort(v->begin(), v->end(), path_less);
    return f;
}

// Paths are shown textually relative to the root: never through symlinks, so a linked
// plan is reported where the user keeps it. An empty root shows paths as found.
std::string shown_path(const fs::path& p, const fs::path& root) {
    if (root.empty()) return p.string();
    // The usual case, a path the walk made as root / rest with a plain `rest` (no ".", "..",
    // or empty component): `rest` is what the normalising below gives, without splitting
    // both paths into components for each of a national repository's 28,000 files.
    const std::string& whole = p.native();
    std::string_view prefix = root.native();
    const bool slash = !prefix.empty() && prefix.back() == '/';
    if (whole.size() > prefix.size() + (slash ? 0 : 1) && whole.compare(0, prefix.size(), prefix) == 0 &&
        (slash || whole[prefix.size()] == '/')) {
        const std::string_view rest = std::string_view(whole).substr(prefix.size() + (slash ? 0 : 1));
        bool plain = !rest.empty() && rest.back() != '/';
        for (size_t at = 0; plain && at <= rest.size();) {
            const size_t end = std::min(rest.find('/', at), rest.size());
            const std::string_view part = rest.substr(at, end - at);
            plain = !part.empty() && part != "." && part != "..";
            at = end + 1;
        }
        if (plain) return std::string(rest);
    }
    std::error_code ec;
    const fs::path rel = fs::absolute(p, ec).lexically_normal().lexically_relative(fs::absolute(root, ec).lexically_normal());
    if (ec || rel.empty() || *rel.begin() == "..") return p.string();
    return rel.string();
}

// Reads and parses one file; returns the tree, or nullptr when unusable.
YNodePtr read_tree(Repository& repo, const fs::path& p, const fs::path& root, Diagnostics& diags,
                   const SourceFile*& file) {
    auto src = read_source_file(p, shown_path(p, root), diags, root);
    if (!src) return nullptr;
    file = src.get();
    repo.files.push_back(std::move(src));
    return parse_yaml(*file, diags);
}

// Paths found by discover() start with plans_root as given: textual, no file system calls
// (fs::relative resolves links with a stat per path component, per file).
std::string dir_id(const fs::path& dir, const fs::path& plans_root) {
    std::string id = dir.lexically_relative(plans_root).generic_string();
    return id == "." ? std::string() : id;
}

// One file read, parsed and loaded by a worker; merged into the repository in file order,
// so diagnostics come out exactly as a sequential load would give them.
template <class Item>
struct Loaded {
    std::unique_ptr<SourceFile> file;
    Diagnostics diags;
    Item item;
    std::string cache_key;  // with a cache: the key of the file's bytes
    std::string model_key;  // with the model cache: the key of its model
    std::string_view packed_body;  // a plan read by its header: its body, in the model pack
};

// The caches a load reads and fills; any may be missing.
struct Caches {
    TreeCache* trees = nullptr;   // parsed trees, by the file's bytes
    TreeCache* models = nullptr;  // compiled models (model_pack.hpp), by the bytes and the kind of file
    const FileKeys* known = nullptr;       // keys of unchanged files: those are not read
    std::atomic<bool>* disagree = nullptr;  // set when a file read has other bytes than known
    bool plan_bodies_later = false;         // LoadOptions::plan_bodies_later
};

// A model in the model cache: the fingerprint of the file's text (SourceFile::unread needs
// it to show lines of the file later), then the model's bytes.
constexpr size_t kPrintSize = 2 * sizeof(uint64_t);

std::string with_print(const SourceFile::Fingerprint& print, const std::string& model) {
    std::string out(kPrintSize, '\0');
    const uint64_t v[2] = {print.size, print.hash};
    std::memcpy(out.data(), v, kPrintSize);
    return out + model;
}

SourceFile::Fingerprint print_of(std::string_view stored) {
    uint64_t v[2] = {0, 0};
    std::memcpy(v, stored.data(), kPrintSize);
    return {static_cast<size_t>(v[0]), static_cast<size_t>(v[1])};
}

// A file's model as bytes, and back (model_pack.hpp), for each kind of file the pool loads.
std::string pack_item(const std::unique_ptr<Agency>& a) { return a ? pack_agency(*a) : std::string(); }
std::string pack_item(const Plan& p) { return pack_plan(p); }
std::string pack_item(const Journal& j) { return pack_journal(j); }
bool unpack_item(std::string_view b, const SourceFile* f, std::unique_ptr<Agency>& a) { return a && unpack_agency(b, f, *a); }
bool unpack_item(std::string_view b, const SourceFile* f, Plan& p) { return unpack_plan(b, f, p); }
bool unpack_item(std::string_view b, const SourceFile* f, Journal& j) { return unpack_journal(b, f, j); }
bool unpack_item(std::string_view, const SourceFile*, ImportRulesFile&) { return false; }
std::string pack_item(const ImportRulesFile&) { return {}; }

template <class Item>
std::string model_key(const std::string& bytes_key) {
    ContentHash h;
    h.add(bytes_key);
    if constexpr (std::is_same_v<Item, Plan>) h.add("plan");
    else if constexpr (std::is_same_v<Item, Journal>) h.add("journal");
    else h.add("agency");
    return h.hex();
}

// The file's tree: from the cache when its bytes were parsed before, else parsed. `keep` is
// set when the tree parsed now is worth keeping: nothing at all was wrong with it.
template <class Item>
YNodePtr tree_of(Loaded<Item>& l, TreeCache* cache, YNodePtr* partial, bool& keep) {
    keep = false;
    if (cache && l.diags.items().empty())  // a file with raw controls is parsed every time
        if (YNodePtr tree = cache->find(l.cache_key)) return tree;
    const size_t before = l.diags.items().size();
    bool aliased = false;
    YNodePtr tree = parse_yaml(*l.file, l.diags, &aliased, partial);
    keep = cache && tree && !aliased && before == 0 && l.diags.items().empty();
    return tree;
}

// Reads one file and loads its model: `prepare` sets what comes from the path, `load` the
// rest from the tree. With a model cache, a file whose bytes were loaded before without any
// diagnostic takes its model from the cache, neither parsed nor loaded; one loaded now without
// any diagnostic is given to the cache.
template <class Item, class Prepare, class Load>
void load_file(const fs::path& path, const fs::path& root, const fs::path& contain, Caches caches, Loaded<Item>& l,
               Prepare prepare, Load load) {
    // A file whose stat vouches for its bytes, and whose model is cached: not read at all.
    const std::string* known = nullptr;
    if (caches.known)
        if (const auto it = caches.known->find(path.string()); it != caches.known->end()) known = &it->second;
    // The model found under `key` (`stored`) into l.item, prepared for l.file; false for a
    // damaged one, l.item then prepared afresh to be loaded.
    auto unpacked = [&](const std::string& key, std::string_view stored) {
        bool ok = false;
        if constexpr (std::is_same_v<Item, Plan>) {
            if (caches.plan_bodies_later)
                ok = l.item.body_pending = unpack_plan_header(stored.substr(kPrintSize), l.file.get(), l.item, l.packed_body);
            else
                ok = unpack_item(stored.substr(kPrintSize), l.file.get(), l.item);
        } else {
            ok = unpack_item(stored.substr(kPrintSize), l.file.get(), l.item);
        }
        caches.models->done_with(stored);  // a body left packed is read in again when asked for
        if (ok) l.model_key = key;  // kept in the model pack; no tree kept for it
        else l.item = Item{}, l.packed_body = {}, prepare(l.file.get(), l.item);
        return ok;
    };
    if (caches.models && known) {
        const std::string key = model_key<Item>(*known);
        if (const std::string_view stored = caches.models->find_bytes(key); stored.size() > kPrintSize) {
            l.file = SourceFile::unread(shown_path(path, root), path, print_of(stored));
            l.file->content_key = *known;
            prepare(l.file.get(), l.item);
            if (unpacked(key, stored)) return;
            l.file.reset();  // a damaged model: the file is read and loaded
        }
    }
    l.file = read_source_file(path, shown_path(path, root), l.diags, contain,
                              caches.trees || caches.models ? &l.cache_key : nullptr);
    if (!l.file) return;
    l.file->content_key = l.cache_key;
    if (known && caches.disagree && *known != l.cache_key) *caches.disagree = true;
    prepare(l.file.get(), l.item);
    // Loaded: the text is no longer needed but for the lines of diagnostics, which read it
    // again (source.hpp). Memory then follows the model, not the YAML.
    struct Release {
        SourceFile& file;
        const fs::path& path;
        ~Release() { file.release_text(path); }
    } release{*l.file, path};
    if (caches.models && l.diags.items().empty()) {
        const std::string key = model_key<Item>(l.cache_key);
        if (const std::string_view stored = caches.models->find_bytes(key);
            stored.size() > kPrintSize && unpacked(key, stored)) {
            l.cache_key.clear();  // no tree kept for it
            return;
        }
        l.model_key = key;  // the model made now goes under it
    }
    YNodePtr partial;  // what came before a syntax error
    bool keep_tree = false;
    YNodePtr tree = tree_of(l, caches.trees, &partial, keep_tree);  // dropped once loaded: memory per file
    load(LoadContext{l.file.get(), l.diags}, tree.get(), l.item);
    // The model when the file loaded cleanly; else the tree (its loader's diagnostics are
    // made again from it, which is cheap): a file is kept in one pack, not both.
    bool modelled = false;
    if (caches.models && tree && l.diags.items().empty())
        if (const std::string bytes = pack_item(l.item); !bytes.empty())
            caches.models->add(l.model_key, with_print(l.file->fingerprint(), bytes)), modelled = true;
    if (modelled) l.cache_key.clear();  // the tree pack drops this file's tree
    else l.model_key.clear();
    if (!modelled && keep_tree) caches.trees->add(l.cache_key, *tree);
    if constexpr (std::is_same_v<Item, Plan>) {
        if (tree || !partial) return;
        // Loaded aside, its problems unreported: it is only for --force (common.cpp), and the
        // syntax error already stands for the whole file.
        Diagnostics ignored;
        auto part = std::make_shared<Plan>();
        part->file = l.item.file, part->stem = l.item.stem, part->id = l.item.id;
        load_plan(LoadContext{l.file.get(), ignored}, *partial, *part);
        for (const auto& d : l.diags.items())
            if (d.code == "yaml-syntax") l.item.partial_until = d.line;
        l.item.partial = std::move(part);
    }
}

// Moves a worker's file and diagnostics into the repository; false when the file was unreadable.
template <class Item>
bool merge(Repository& repo, Loaded<Item>& l, Diagnostics& diags) {
    for (auto& d : l.diags.items()) diags.add(std::move(d));
    if (!l.file) return false;
    repo.files.push_back(std::move(l.file));
    return true;
}

// The agency whose directory holds `dir`, or a missing-agency error at the file's start.
const Agency* agency_for(const Repository& repo, const fs::path& dir, const fs::path& plans_root,
                         const SourceFile* file, Diagnostics& diags) {
    const Agency* a = repo.agency_of_dir(dir_id(dir, plans_root));
    if (!a) diags.add(make_diagnostic(file, 1, 1, Severity::error, "missing-agency", {"missing-agency", {}}));
    return a;
}

// A plan read by its header: where its body is (Loaded::packed_body), and its file.
struct PendingBody {
    size_t plan = 0;  // index in Repository::plans
    std::string_view body;
    fs::path path;
};

// `contain`: the directory every file read must be inside, links resolved (the repository
// root, or the directory given to `check DIR`). Plans read by their header only are added
// to `pending`.
void load_found(Repository& repo, const Found& found, const fs::path& root, const fs::path& plans_root,
                Diagnostics& diags, Caches caches, const fs::path& contain, std::vector<PendingBody>* pending = nullptr) {
    std::error_code ec;
    const fs::path real_contain = fs::canonical(contain, ec);
    // Agencies, plans and journals are read, parsed and loaded in one pool (no loader needs
    // another file), and joined to their agencies after.
    std::vector<Loaded<std::unique_ptr<Agency>>> agencies(found.agencies.size());
    std::vector<Loaded<Plan>> plans(found.plans.size());
    std::vector<Loaded<Journal>> journals(found.journals.size());
    const size_t na = agencies.size(), np = plans.size();
    parallel_for(na + np + journals.size(), [&](size_t i) {
        if (i < na) {
            const fs::path& p = found.agencies[i];
            load_file(
                p, root, real_contain, caches, agencies[i],
                [&](const SourceFile* file, std::unique_ptr<Agency>& a) {
                    a = std::make_unique<Agency>();
                    a->id = dir_id(p.parent_path(), plans_root);
                    a->file = file;
                },
                [&](const LoadContext& ctx, const YNode* tree, std::unique_ptr<Agency>& a) {
                    if (tree) load_agency(ctx, *tree, *a);
                });
        } else if (i < na + np) {
            const fs::path& p = found.plans[i - na];
            load_file(
                p, root, real_contain, caches, plans[i - na],
                [&](const SourceFile* file, Plan& plan) {
                    plan.file = file;
                    plan.stem = p.stem().string();
                    plan.id = (fs::path(dir_id(p.parent_path(), plans_root)) / plan.stem).generic_string();
                },
                [&](const LoadContext& ctx, const YNode* tree, Plan& plan) {
                    if (tree) load_plan(ctx, *tree, plan);
                });
        } else {
            load_file(
                found.journals[i - na - np], root, real_contain, caches, journals[i - na - np],
                [&](const SourceFile* file, Journal& j) { j.file = file; },
                [&](const LoadContext& ctx, const YNode* tree, Journal& j) {
                    if (tree) load_journal(ctx, *tree, j);
                });
        }
    });
    for (TreeCache* cache : {caches.trees, caches.models}) {
        if (!cache) continue;
        std::vector<std::string> keys;
        keys.reserve(agencies.size() + plans.size() + journals.size());
        auto add = [&](auto& list) {
            for (auto& l : list) {
                const std::string& key = cache == caches.trees ? l.cache_key : l.model_key;
                if (!key.empty()) keys.push_back(key);
            }
        };
        add(agencies), add(plans), add(journals);
        cache->finish(keys);
    }
    for (auto& l : agencies)
        if (merge(repo, l, diags)) repo.agencies.push_back(std::move(l.item));
    repo.set_agency_keys();
    for (size_t i = 0; i < plans.size(); ++i) {
        auto& l = plans[i];
        if (l.file) l.item.agency = agency_for(repo, found.plans[i].parent_path(), plans_root, l.file.get(), l.diags);
        if (!merge(repo, l, diags)) continue;
        if (l.item.body_pending && pending) pending->push_back({repo.plans.size(), l.packed_body, found.plans[i]});
        repo.plans.push_back(std::move(l.item));
    }
    for (size_t i = 0; i < journals.size(); ++i) {
        auto& l = journals[i];
        if (l.file)
            l.item.agency = agency_for(repo, found.journals[i].parent_path().parent_path(), plans_root, l.file.get(), l.diags);
        if (merge(repo, l, diags)) repo.journals.push_back(std::move(l.item));
    }
    // import.yaml: few and small, read after the agencies they are checked against.
    for (const fs::path& p : found.imports) {
        Loaded<ImportRulesFile> l;
        load_file(
            p, root, real_contain, Caches{}, l, [](const SourceFile* file, ImportRulesFile& r) { r.file = file; },
            [](const LoadContext& ctx, const YNode* tree, ImportRulesFile& r) {
                if (tree) load_import_rules_file(ctx, *tree, r);
            });
        if (l.file) l.item.agency = repo.agency_of_dir(dir_id(p.parent_path(), plans_root));
        if (merge(repo, l, diags)) repo.import_rules.push_back(std::move(l.item));
    }
    note_plan_first_entries(repo);
}

void load_settings_file(Repository& repo, const fs::path& root, Diagnostics& diags) {
    const fs::path p = root / "cchc.yaml";
    std::error_code ec;
    if (!fs::exists(p, ec)) return;
    const SourceFile* file = nullptr;
    auto tree = read_tree(repo, p, root, diags, file);
    repo.settings.file = file;
    if (tree) load_settings(LoadContext{file, diags}, *tree, repo.settings);
}

// `plans:` may name any directory inside the repository, never one outside it (`plans: /`
// would read the whole machine): compared with links resolved.
bool plans_inside_root(const Repository& repo, const fs::path& root, const fs::path& plans_root, Diagnostics& diags) {
    std::error_code ec;
    const fs::path real_root = fs::canonical(root, ec);
    if (ec) return true;  // no root to compare with: reported elsewhere
    const fs::path real_plans = fs::weakly_canonical(fs::absolute(plans_root, ec), ec);
    if (!ec && is_within(real_plans, real_root)) return true;
    const Pos& at = repo.settings.plans_pos;
    Message m{"plans-outside-root", {repo.settings.plans_dir, real_root.string()}};
    if (at.file)
        diags.add(make_diagnostic(at.file, at.line, at.col, Severity::error, "plans-outside-root", std::move(m)));
    else  // the default plans/ is itself a link out of the repository
        diags.add(Diagnostic{shown_path(plans_root, root), 0, 0, Severity::error, "plans-outside-root", std::move(m), {}});
    return false;
}

// The model pack, kept open for the bodies of the plans read by their header.
class PackedPlanBodies : public PlanBodies {
public:
    PackedPlanBodies(std::unique_ptr<TreeCache> pack, std::vector<PendingBody> pending) : pack_(std::move(pack)) {
        for (auto& p : pending) by_plan_.emplace(p.plan, std::move(p));
    }
    const PendingBody* find(size_t plan) const {
        const auto it = by_plan_.find(plan);
        return it == by_plan_.end() ? nullptr : &it->second;
    }
    // A body unpacked: its pages leave the process's memory (TreeCache::done_with).
    void done_with(std::string_view body) const { pack_->done_with(body); }

private:
    std::unique_ptr<TreeCache> pack_;  // the bytes of every body below point into it
    std::unordered_map<size_t, PendingBody> by_plan_;
};

// The body (model_pack.cpp's plan_body_fields) of `from` into `to`; with an empty `from`,
// what a body that failed to unpack left is cleared.
void take_body(Plan& to, Plan&& from) {
    to.basis = std::move(from.basis), to.purposes = std::move(from.purposes);
    to.requirements = std::move(from.requirements), to.notes = std::move(from.notes);
    to.goals = std::move(from.goals), to.sections = std::move(from.sections);
    to.tasks = std::move(from.tasks), to.assignments = std::move(from.assignments);
}

// A body the pack could not give (its bytes were checked against their hash when its header
// was read, so this is not expected): the plan's file is read and loaded again. It must be
// the file whose header was read, and load as cleanly as the check found it.
void reload_body(Repository& repo, Plan& plan, const fs::path& path) {
    Diagnostics diags;
    std::string key;
    const fs::path root(repo.root);
    std::error_code ec;
    const auto file = read_source_file(path, shown_path(path, root), diags, fs::canonical(root, ec), &key);
    const auto tree = file && key == plan.file->content_key ? parse_yaml(*file, diags) : nullptr;
    Plan fresh;
    if (tree) load_plan(LoadContext{plan.file, diags}, *tree, fresh);
    if (!tree || !diags.items().empty())
        throw RepositoryChanged{{"plan-changed-while-read", {plan.file->path}}};
    take_body(plan, std::move(fresh));
}

}  // namespace

void load_plan_bodies(Repository& repo, const std::vector<const Plan*>& plans) {
    const auto* packed = dynamic_cast<const PackedPlanBodies*>(repo.plan_bodies.get());
    std::vector<size_t> wanted;
    for (const Plan* p : plans)
        if (const auto i = repo.index_of(p); i && p->body_pending) wanted.push_back(*i);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::vector<char> failed(wanted.size(), 0);
    parallel_for(wanted.size(), [&](size_t k) {
        Plan& plan = repo.plans[wanted[k]];
        const PendingBody* body = packed ? packed->find(wanted[k]) : nullptr;
        if (body && unpack_plan_body(body->body, plan.file, plan)) plan.body_pending = false;
        else failed[k] = 1, take_body(plan, Plan{});
        if (body) packed->done_with(body->body);
    });
    for (size_t k = 0; k < wanted.size(); ++k) {
        if (!failed[k]) continue;
        Plan& plan = repo.plans[wanted[k]];
        const PendingBody* body = packed ? packed->find(wanted[k]) : nullptr;
        if (!body) throw std::logic_error("plan " + plan.id + ": its body is nowhere");
        reload_body(repo, plan, body->path);
        plan.body_pending = false;
    }
}

void load_plan_bodies(Repository& repo) { load_plan_bodies(repo, repo.plan_list()); }

const DirListing* KeptListings::find(const fs::path& dir) {
    const auto it = dirs.find(dir.string());
    return it == dirs.end() ? nullptr : &it->second;
}

void KeptListings::keep(const fs::path& dir, const DirListing& listing) {
    dirs.try_emplace(dir.string(), listing);
}

bool is_within(const fs::path& path, const fs::path& dir) {
    const fs::path rel = path.lexically_normal().lexically_relative(dir.lexically_normal());
    return !rel.empty() && *rel.begin() != "..";
}

std::optional<fs::path> find_repository_root(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
    for (int guard = 0; guard < 256 && !dir.empty(); ++guard) {
        if (fs::exists(dir / "cchc.yaml", ec) || fs::is_directory(dir / "plans", ec)) return dir;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

Repository load_repository(const fs::path& root, Diagnostics& diags, const LoadOptions& options) {
    Repository repo;
    repo.root = root.string();
    load_settings_file(repo, root, diags);
    const fs::path plans_root = root / repo.settings.plans_dir;
    std::error_code ec;
    if (!plans_inside_root(repo, root, plans_root, diags)) return repo;
    if (!fs::is_directory(plans_root, ec)) {
        diags.add(Diagnostic{shown_path(plans_root, root), 0, 0, Severity::error, "no-plans",
                             {"no-plans", {shown_path(plans_root, root)}}, {}});
        return repo;
    }
    const Found found = discover(plans_root, diags, shown_path(plans_root, root), root, options.listings);
    const auto trees = options.tree_cache ? TreeCache::open(root) : nullptr;
    auto models = options.tree_cache ? TreeCache::open(root, "models") : nullptr;
    std::atomic<bool> disagree = false;
    if (options.known) {
        // The files keyed must be the files found now (one may have come or gone since).
        size_t n = repo.settings.file ? 1 : 0;
        if (repo.settings.file && !options.known->count((root / "cchc.yaml").string())) disagree = true;
        for (const auto* v : {&found.agencies, &found.plans, &found.journals, &found.imports})
            for (const auto& p : *v) n++, disagree = disagree || !options.known->count(p.string());
        if (n != options.known->size()) disagree = true;
    }
    std::vector<PendingBody> pending;
    Caches caches{trees.get(), models.get(), options.known, &disagree, options.plan_bodies_later};
    load_found(repo, found, root, plans_root, diags, caches, root, &pending);
    // The bodies left in the pack are read from it later: it stays open (mapped) with them.
    if (!pending.empty()) repo.plan_bodies = std::make_shared<PackedPlanBodies>(std::move(models), std::move(pending));
    if (options.keys_disagree && disagree) *options.keys_disagree = true;
    if (repo.plans.empty() && found.plans.empty())
        diags.add(Diagnostic{shown_path(plans_root, root), 0, 0, Severity::error, "no-plans",
                             {"no-plans", {shown_path(plans_root, root)}}, {}});
    return repo;
}

std::optional<std::vector<fs::path>> repository_inputs(const fs::path& root, DirMemo* memo) {
    Repository repo;
    Diagnostics diags;
    load_settings_file(repo, root, diags);
    const fs::path plans_root = root / repo.settings.plans_dir;
    std::error_code ec;
    // A plans directory outside the root is an error the full check reports: never walk it.
    if (diags.has_errors() || !plans_inside_root(repo, root, plans_root, diags) || !fs::is_directory(plans_root, ec))
        return std::nullopt;
    const Found found = discover(plans_root, diags, shown_path(plans_root, root), root, memo);
    if (diags.has_errors()) return std::nullopt;
    std::vector<fs::path> out;
    if (repo.settings.file) out.push_back(root / "cchc.yaml");
    for (const auto* v : {&found.agencies, &found.plans, &found.journals, &found.imports}) out.insert(out.end(), v->begin(), v->end());
    return out;
}

Repository load_directory(const fs::path& dir, Diagnostics& diags) {
    Repository repo;
    repo.root = dir.string();
    const Found found = discover(dir, diags, dir.string(), dir);
    load_found(repo, found, fs::path(), dir, diags, Caches{}, dir);  // no root: paths as typed (dir/…)
    if (found.plans.empty() && found.agencies.empty() && found.journals.empty())
        diags.add(Diagnostic{dir.string(), 0, 0, Severity::error, "no-plans", {"no-plans", {dir.string()}}, {}});
    return repo;
}

}  // namespace cchc
