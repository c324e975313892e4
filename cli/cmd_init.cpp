// cchc init: an empty plan repository (cchc.yaml, plans/ and the JSON Schemas its files'
// yaml-language-server lines point at), so that an Office can start from nothing: `cchc
// init` then `cchc import`. In an existing repository it adds only the schemas missing.
#include <filesystem>
#include <iostream>
#include <vector>

#include "io/atomic_write.hpp"
#include "io/builtin_schemas.hpp"
#include "import/import_error.hpp"
#include "commands.hpp"
#include "common.hpp"

namespace cchc::cli {

namespace fs = std::filesystem;

namespace {

struct InitOptions {
    std::string dir = ".";
    std::string root;  // -C/--root: the same as dir, as other commands take it
    std::string lang;
};

// Writes the schemas dir/schemas/ does not have (never replacing one); the names written.
std::vector<std::string> add_schemas(const fs::path& dir, std::string& why) {
    std::vector<std::string> added;
    std::error_code ec;
    fs::create_directories(dir / "schemas", ec);
    if (ec) {
        why = ec.message();
        return added;
    }
    for (const auto& [name, content] : builtin_schemas()) {
        const fs::path p = dir / "schemas" / std::string(name);
        if (fs::exists(p, ec)) continue;
        why = write_file_atomically(p.string(), content);
        if (!why.empty()) return added;
        added.push_back("schemas/" + std::string(name));
    }
    return added;
}

constexpr const char* kSettings =
    "# yaml-language-server: $schema=schemas/settings.schema.json\n"
    "# Cấu hình kho kế hoạch CCHC (docs/format.md). Kế hoạch nằm trong plans/<tỉnh>/<cơ-quan>/.\n"
    "# Repository settings (docs/format.md). Plans go in plans/<province>/<agency>/.\n"
    "lang: vi\n"
    "# due_within: 30\n"
    "# after_event_within: 30   # or: expected (the expected period's length)\n"
    "# holidays:\n"
    "#   - { date: 2027-02-08, off: true, name: \"Tết\" }\n";

int run_init(const InitOptions& o) {
    Lang lang = Lang::vi;
    if (!o.lang.empty()) parse_lang(o.lang, lang);
    std::error_code ec;
    const fs::path dir(o.root.empty() ? o.dir : o.root);
    fs::create_directories(dir, ec);
    if (ec) {
        std::cerr << "cchc init: " << import_message("import-write-failed", {dir.string(), ec.message()}, lang) << "\n";
        return kUsage;
    }
    const fs::path settings = dir / "cchc.yaml";
    if (fs::exists(settings, ec)) {
        // An existing repository: only the schemas it lacks (its files' first lines name them).
        std::string why;
        const std::vector<std::string> added = add_schemas(dir, why);
        if (!why.empty()) {
            std::cerr << "cchc init: " << import_message("import-write-failed", {(dir / "schemas").string(), why}, lang) << "\n";
            return kUsage;
        }
        if (added.empty()) {
            std::cerr << "cchc init: " << import_message("init-exists", {settings.string()}, lang) << "\n";
            return kUsage;
        }
        std::string names;
        for (const std::string& a : added) names += (names.empty() ? "" : ", ") + a;
        std::cout << import_message("init-schemas-added", {names}, lang) << "\n";
        return kOk;
    }
    fs::create_directories(dir / "plans", ec);
    std::string why = ec ? ec.message() : write_file_atomically(settings.string(), kSettings);
    if (why.empty()) add_schemas(dir, why);
    if (!why.empty()) {
        std::cerr << "cchc init: " << import_message("import-write-failed", {settings.string(), why}, lang) << "\n";
        return kUsage;
    }
    std::cout << import_message("init-done", {dir.string()}, lang) << "\n";
    return kOk;
}

}  // namespace

void setup_init(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", "Make an empty plan repository (cchc.yaml, plans/)");
    cmd->add_option("dir", opts->dir, "Directory of the new repository (default: the current one)");
    cmd->add_option("-C,--root", opts->root, "Directory of the new repository (default: the current one)");
    cmd->add_option("--lang", opts->lang, "Language of messages: vi (default) or en")->check(CLI::IsMember({"vi", "en"}));
    cmd->callback([opts, &exit_code] { exit_code = run_init(*opts); });
}

}  // namespace cchc::cli
