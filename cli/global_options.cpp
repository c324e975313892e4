#include "global_options.hpp"

#include <algorithm>

namespace cchc::cli {

namespace {

// The global options, and whether each takes a value.
struct Global {
    const char* name;
    bool value;
};
constexpr Global kGlobals[] = {{"--root", true}, {"-C", true}, {"--lang", true}, {"--color", true}};

// The global option `arg` is (with "=value" or a glued "-CDIR"), or nullptr.
const Global* global_of(const std::string& arg) {
    for (const Global& g : kGlobals) {
        const std::string name = g.name;
        if (arg == name) return &g;
        if (g.value && name.size() > 2 && arg.rfind(name + "=", 0) == 0) return &g;
        if (g.value && name.size() == 2 && arg.size() > 2 && arg.rfind(name, 0) == 0) return &g;
    }
    return nullptr;
}

}  // namespace

std::vector<std::string> move_global_options(const CLI::App& app, std::vector<std::string> args) {
    std::vector<std::string> moved;
    size_t i = 0;
    while (i < args.size()) {
        const Global* g = global_of(args[i]);
        if (!g) break;
        moved.push_back(args[i]);
        const bool glued = args[i] != g->name;  // --root=DIR, -CDIR
        ++i;
        if (g->value && !glued && i < args.size()) moved.push_back(args[i++]);
    }
    if (moved.empty() || i >= args.size() || args[i].rfind("-", 0) == 0) return args;  // nothing to move, or no command
    // The command and its subcommands ("record status"): the options go after the last.
    const CLI::App* at = &app;
    size_t end = i;
    while (end < args.size()) {
        const auto subs = at->get_subcommands({});
        const auto it = std::find_if(subs.begin(), subs.end(), [&](const CLI::App* s) { return s->check_name(args[end]); });
        if (it == subs.end()) break;
        at = *it;
        ++end;
    }
    if (end == i) return args;  // not a command: let the parser say so
    std::vector<std::string> out(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(end));
    out.insert(out.end(), moved.begin(), moved.end());
    out.insert(out.end(), args.begin() + static_cast<long>(end), args.end());
    return out;
}

std::optional<MissingValue> option_without_value(const CLI::App& app, const std::vector<std::string>& args) {
    const CLI::App* at = &app;
    std::string command = app.get_name();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") break;
        if (a.rfind("-", 0) != 0) {
            // A command word descends; any other word is an argument.
            for (const CLI::App* s : at->get_subcommands({}))
                if (s->check_name(a)) {
                    at = s;
                    command += " " + a;
                    break;
                }
            continue;
        }
        if (a.find('=') != std::string::npos) continue;  // --as-of=2024-11-25
        const CLI::Option* opt = at->get_option_no_throw(a);
        if (!opt || opt->get_expected_min() < 1 || opt->get_type_size_min() < 1) continue;
        const bool last = i + 1 == args.size();
        const bool option_next = !last && args[i + 1].rfind("--", 0) == 0 && args[i + 1].size() > 2 &&
                                 at->get_option_no_throw(args[i + 1].substr(0, args[i + 1].find('='))) != nullptr;
        if (last || option_next) return MissingValue{a, command};
        ++i;  // its value
    }
    return std::nullopt;
}

std::vector<std::string> help_as_option(std::vector<std::string> args) {
    if (args.empty() || args.front() != "help") return args;
    args.erase(args.begin());
    args.push_back("--help");
    return args;
}

}  // namespace cchc::cli
