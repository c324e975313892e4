// cchc import: a plan's Word document to a plan file in the repository's format, with every
// value that was not read as it stands marked for review and summed up at the end.
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "io/atomic_write.hpp"
#include "import/docx_convert.hpp"
#include "import/docx_document.hpp"
#include "import/docx_package.hpp"
#include "import/import_agency.hpp"
#include "import/import_plan.hpp"
#include "import/import_rules.hpp"
#include "import/import_update.hpp"
#include "import/import_yaml.hpp"
#include "load/load_agency.hpp"
#include "base/text.hpp"
#include "yaml/yaml_tree.hpp"
#include "commands.hpp"
#include "common.hpp"

namespace cchc::cli {

namespace fs = std::filesystem;

namespace {

struct ImportCliOptions {
    CommonOptions common;
    std::string file, output, agency, update, rules;
    int year = 0;
    bool force = false, dry_run = false;
};

// Removes the conversion's temporary directory when the import ends.
struct TempDir {
    std::string path;
    ~TempDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
};

// The agency.yaml of the directory the plan goes to, when there is one.
struct LoadedAgency {
    std::unique_ptr<SourceFile> file;
    Agency agency;
    bool found = false;
};
void load_agency_file(const fs::path& dir, LoadedAgency& out) {
    std::error_code ec;
    const fs::path p = dir / "agency.yaml";
    if (!fs::exists(p, ec)) return;
    Diagnostics diags;
    out.file = read_source_file(p, p.string(), diags);
    if (!out.file) return;
    YNodePtr tree = parse_yaml(*out.file, diags);
    if (!tree) return;
    LoadContext ctx{out.file.get(), diags};
    load_agency(ctx, *tree, out.agency);
    out.agency.file = out.file.get();
    out.found = true;
}

// "plans/khanh-hoa/stttt/x.yaml" → "../../../schemas/plan.schema.json".
std::string schema_path(const fs::path& output) {
    const fs::path abs = fs::absolute(output).lexically_normal();
    int up = 0;
    for (fs::path p = abs.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path(), ++up)
        if (p.filename() == "plans") {
            std::string s;
            for (int i = 0; i <= up; ++i) s += "../";
            return s + "schemas/plan.schema.json";
        }
    return "../../../schemas/plan.schema.json";
}

// "Kế hoạch tuyên truyền cải cách hành chính …" → "tuyen-truyen-cai-cach-hanh-chinh".
std::string slug(const std::string& title) {
    std::string f = fold(title);
    if (f.rfind("ke hoach ", 0) == 0) f.erase(0, 9);
    std::string out;
    int words = 0;
    for (char c : f) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum) out += c;
        else if (!out.empty() && out.back() != '-') {
            if (++words >= 5) break;
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "ke-hoach" : out;
}

void collect(const ImportedSection& s, std::vector<const ImportedTask*>& out) {
    for (const ImportedTask& t : s.tasks) out.push_back(&t);
    for (const ImportedSection& c : s.sections) collect(c, out);
}

// The review lines and the summary; returns whether anything is left to review.
bool print_summary(const ImportedPlan& plan, Lang lang, std::ostream& os) {
    std::vector<const ImportedTask*> tasks;
    for (const ImportedSection& s : plan.sections) collect(s, tasks);
    int timing = 0, carried = 0, other = static_cast<int>(plan.reviews.size());
    std::vector<std::string> units, new_units;
    std::set<std::string> seen;
    for (const Review& r : plan.reviews) os << "  " << import_message(r.key, r.args, lang) << "\n";
    for (const ImportedTask* t : tasks)
        for (const Review& r : t->reviews) {
            os << "  " << source_ref_text(r.at, lang) << " [" << t->id << "]: " << import_message(r.key, r.args, lang) << "\n";
            if (r.key == "review-timing") ++timing;
            else if (r.key == "review-carried") ++carried;
            else if (r.key == "review-unit" || r.key == "review-unit-suggest") {
                if (seen.insert(r.args[0]).second) units.push_back(r.args[0]);
            } else if (r.key == "review-unit-new") {
                if (seen.insert(r.args[0]).second) new_units.push_back(r.args[1] + " (" + r.args[0] + ")");
            } else ++other;
        }
    std::string line = import_message("summary-tasks", {std::to_string(plan.tasks), std::to_string(plan.section_count)}, lang);
    if (timing) line += "; " + import_message("summary-timing", {std::to_string(timing)}, lang);
    if (!units.empty()) {
        std::string names;
        for (const std::string& u : units) names += (names.empty() ? "" : ", ") + u;
        line += "; " + import_message("summary-units", {std::to_string(units.size()), names}, lang);
    }
    if (!new_units.empty()) {
        std::string names;
        for (const std::string& u : new_units) names += (names.empty() ? "" : ", ") + u;
        line += "; " + import_message("summary-new-units", {std::to_string(new_units.size()), names}, lang);
    }
    if (carried) line += "; " + import_message("summary-carried", {std::to_string(carried)}, lang);
    if (other) line += "; " + import_message("summary-other", {std::to_string(other)}, lang);
    const bool clean = !timing && units.empty() && new_units.empty() && !carried && !other;
    if (clean) line += "; " + import_message("summary-clean", {}, lang);
    os << line << "\n";
    return !clean;
}

// --update: the plan file edited in place to match the amended document; the diff printed.
int run_update(const ImportCliOptions& o, const ImportedPlan& plan, Lang lang) {
    auto fail = [&](const ImportError& e) {
        std::cerr << "cchc import: " << import_message(e, lang) << "\n";
        return kUsage;
    };
    Diagnostics diags;
    auto file = read_source_file(o.update, o.update, diags);
    YNodePtr tree = file ? parse_yaml(*file, diags) : nullptr;
    if (!tree || diags.has_errors()) {
        const std::string why = diags.items().empty() ? "" : render(diags.items().front().message, lang);
        return fail({"update-unreadable", {o.update, why}});
    }
    PlanUpdate update;
    if (ImportError e = update_plan_text(*file, *tree, plan, fs::path(o.file).filename().string(), lang, update)) return fail(e);
    int added = 0, gone = 0;
    bool review = false;
    std::set<std::string> changed;
    std::map<std::string, const ImportedTask*> by_id;
    std::vector<const ImportedTask*> tasks;
    for (const ImportedSection& s : plan.sections) collect(s, tasks);
    for (const ImportedTask* t : tasks) by_id[t->id] = t;
    for (const Review& r : plan.reviews) {
        std::cout << "  " << import_message(r.key, r.args, lang) << "\n";
        review = true;
    }
    for (const PlanChange& c : update.changes) {
        std::cout << change_text(c, lang) << "\n";
        switch (c.kind) {
            case PlanChange::Kind::added:
                ++added;
                if (by_id.count(c.id) && !by_id[c.id]->reviews.empty()) review = true;
                break;
            case PlanChange::Kind::removed: ++gone, review = true; break;
            case PlanChange::Kind::unplaced: review = true; break;
            case PlanChange::Kind::changed: changed.insert(c.id); break;
        }
    }
    if (update.changes.empty()) std::cout << import_message("update-none", {fs::path(o.file).filename().string()}, lang) << "\n";
    else
        std::cout << import_message("update-summary", {std::to_string(added), std::to_string(gone), std::to_string(changed.size())}, lang)
                  << "\n";
    if (o.dry_run) {
        std::cout << import_message("update-dry-run", {o.update}, lang) << "\n";
        return review ? kProblems : kOk;
    }
    if (update.text != file->text) {
        if (const std::string why = write_file_atomically(o.update, update.text); !why.empty())
            return fail({"import-write-failed", {o.update, why}});
        std::cout << import_message("update-written", {o.update}, lang) << "\n";
    }
    return review ? kProblems : kOk;
}

int run_import(const ImportCliOptions& o) {
    const RepositorySettings settings = repository_settings(o.common);
    const Lang lang = choose_lang(o.common, &settings.settings);
    auto fail = [&](const ImportError& e) {
        std::cerr << "cchc import: " << import_message(e, lang) << "\n";
        return kUsage;
    };
    std::error_code ec;
    if (!fs::is_regular_file(o.file, ec)) return fail({"import-unreadable", {o.file, "not a regular file"}});
    std::string docx = o.file;
    TempDir converted;
    if (fold(fs::path(o.file).extension().string()) == ".pdf" || sniff_file_kind(o.file) == FileKind::pdf)
        return fail({"import-pdf", {o.file}});
    if (needs_conversion(o.file))
        if (ImportError e = convert_to_docx(o.file, docx, converted.path)) return fail(e);
    DocxParts parts;
    if (ImportError e = read_docx_parts(docx, parts)) return fail(e);
    DocxDocument doc;
    if (ImportError e = parse_docx(parts, doc)) return fail(e);
    parts = {};

    if (!o.update.empty() && (!o.output.empty() || o.force)) return fail({"update-with-output", {}});
    // Where the plan goes: -o (or the --update file), else the agency directory of --agency.
    fs::path agency_dir;
    if (!o.update.empty()) agency_dir = fs::path(o.update).parent_path();
    else if (!o.output.empty()) agency_dir = fs::path(o.output).parent_path();
    else if (!o.agency.empty()) {
        const auto root = o.common.root.empty() ? find_repository_root(fs::current_path(ec)) : fs::path(o.common.root);
        agency_dir = (root ? *root : fs::current_path(ec)) / settings.settings.plans_dir / o.agency;
    }
    if (agency_dir.empty()) agency_dir = ".";
    LoadedAgency agency;
    load_agency_file(agency_dir, agency);

    // The rules: --rules, else import.yaml beside the plans; every error in them stops here.
    ImportRules rules;
    std::unique_ptr<SourceFile> rules_file;
    const fs::path rules_path = !o.rules.empty() ? fs::path(o.rules) : agency_dir / "import.yaml";
    if (!o.rules.empty() || fs::exists(rules_path, ec)) {
        Diagnostics diags;
        rules_file = read_source_file(rules_path, rules_path.string(), diags);
        YNodePtr tree = rules_file ? parse_yaml(*rules_file, diags) : nullptr;
        if (!tree || diags.has_errors()) {
            const Diagnostic* d = diags.items().empty() ? nullptr : &diags.items().front();
            const std::string where = d && d->line ? rules_path.string() + ":" + std::to_string(d->line) + ":" + std::to_string(d->col) : rules_path.string();
            return fail({"rules-unreadable", {where, d ? render(d->message, lang) : ""}});
        }
        const std::vector<ImportError> errors =
            load_import_rules(*rules_file, *tree, agency.found ? &agency.agency : nullptr, doc, lang, rules);
        for (const ImportError& e : errors) std::cerr << "cchc import: " << import_message(e, lang) << "\n";
        if (!errors.empty()) return kUsage;
        apply_corrections(rules, doc);
    }

    ImportOptions opts;
    opts.agency = agency.found ? &agency.agency : nullptr;
    opts.rules = &rules;
    opts.year = o.year;
    ImportedPlan plan;
    if (ImportError e = import_plan(doc, opts, plan)) return fail(e);
    review_unused_rules(rules, plan);
    if (!o.update.empty()) return run_update(o, plan, lang);

    fs::path target = o.output;
    if (target.empty() && !o.agency.empty())
        target = agency_dir / (std::to_string(plan.year) + "-" + slug(plan.title) + ".yaml");
    const std::string source = fs::path(o.file).filename().string();
    if (target.empty() || o.dry_run) {
        std::cout << write_plan_yaml(plan, source, schema_path(target.empty() ? fs::path("plans/a/b/x.yaml") : target), lang);
        return print_summary(plan, lang, std::cerr) ? kProblems : kOk;
    }
    if (fs::exists(target, ec) && !o.force) return fail({"import-exists", {target.string()}});
    // plans/<province>/<agency>/ of a first plan: made here rather than refused.
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    // A first plan of a new agency: its units become the agency.yaml, marked for review.
    const fs::path agency_file = target.parent_path() / "agency.yaml";
    std::string agency_text;
    if (!agency.found && !fs::exists(agency_file, ec)) agency_text = new_agency_yaml(doc, plan, source, lang);
    if (!agency_text.empty()) {
        if (const std::string why = write_file_atomically(agency_file.string(), agency_text); !why.empty())
            return fail({"import-write-failed", {agency_file.string(), why}});
    }
    const std::string text = write_plan_yaml(plan, source, schema_path(target), lang);
    if (const std::string why = write_file_atomically(target.string(), text); !why.empty())
        return fail({"import-write-failed", {target.string(), why}});
    const bool review = print_summary(plan, lang, std::cout);
    if (!agency_text.empty()) std::cout << import_message("summary-written", {agency_file.string()}, lang) << "\n";
    std::cout << import_message("summary-written", {target.string()}, lang) << "\n";
    return review ? kProblems : kOk;
}

}  // namespace

void setup_import(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<ImportCliOptions>();
    auto* cmd = app.add_subcommand("import", "Import a plan from its Word document");
    cmd->add_option("file", opts->file, "The plan's Word document")->required();
    cmd->add_option("-o,--output", opts->output,
                    "Plan file to write (plans/<province>/<agency>/<year>-<name>.yaml); without it and --agency, the plan goes to stdout");
    cmd->add_option("--agency", opts->agency, "Agency directory under plans/ (khanh-hoa/stttt): its agency.yaml resolves units");
    cmd->add_option("--rules", opts->rules,
                    "Import rules (header words, unit names, text corrections); default: import.yaml beside the plan");
    cmd->add_option("--year", opts->year, "Plan year when the document does not give it");
    cmd->add_option("--update", opts->update,
                    "Plan file made from an earlier version of the document: edit it in place to match, keeping what was added by hand");
    cmd->add_flag("--force", opts->force, "Overwrite an existing plan file");
    cmd->add_flag("--dry-run", opts->dry_run, "Print the plan file (with --update: the changes) instead of writing it");
    add_common_options(*cmd, opts->common);
    cmd->callback([opts, &exit_code] { exit_code = run_import(*opts); });
}

}  // namespace cchc::cli
