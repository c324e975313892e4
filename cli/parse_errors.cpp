#include "base/text.hpp"
#include "parse_errors.hpp"

#include <algorithm>
#include <regex>
#include <vector>


namespace cchc::cli {

namespace {

// By type, not get_name(): CLI11 names some errors after the subcommand they happened in.
template <class T>
bool is_a(const CLI::Error& e) {
    return dynamic_cast<const T*>(&e) != nullptr;
}

// The subcommand the parse had reached: the last one read at each level.
const CLI::App* deepest(const CLI::App& app) {
    const CLI::App* cur = &app;
    for (;;) {
        const auto parsed = cur->get_subcommands();
        if (parsed.empty()) return cur;
        cur = parsed.back();
    }
}

// "cchc record status": how to call it again with --help.
std::string command_path(const CLI::App* app) {
    std::string path;
    for (const CLI::App* a = app; a; a = a->get_parent()) path = a->get_name() + (path.empty() ? "" : " " + path);
    return path;
}

std::vector<std::string> subcommand_names(const CLI::App* app) {
    std::vector<std::string> out;
    for (const CLI::App* sub : app->get_subcommands({}))
        if (!sub->get_group().empty()) out.push_back(sub->get_name());  // not the hidden __complete
    return out;
}

std::vector<std::string> option_names(const CLI::App* app) {
    std::vector<std::string> out;
    for (const CLI::Option* opt : app->get_options())
        for (const auto& name : opt->get_lnames()) out.push_back("--" + name);
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

// A word where a command was expected: "không có lệnh 'chek'; có phải ý bạn là 'check'?".
std::string unknown_command(const CLI::App* at, const std::string& word, Lang lang) {
    const auto names = subcommand_names(at);
    if (auto s = closest_match(word, names)) return render({"cli-unknown-command-suggest", {word, *s}}, lang);
    return render({"cli-unknown-command", {word, joined(names)}}, lang);
}

std::string unknown_option(const CLI::App* at, const std::string& word, Lang lang) {
    const std::string name = word.substr(0, word.find('='));
    const auto names = option_names(at);
    // `cchc --root X report`: the option exists, only before the command that owns it.
    if (std::find(names.begin(), names.end(), name) != names.end())
        return render({"cli-option-placement", {name, command_path(at)}}, lang);
    if (auto s = closest_match(name, names)) return render({"cli-unknown-option-suggest", {name, *s}}, lang);
    return render({"cli-unknown-option", {name}}, lang);
}

// The arguments nothing took: an unknown command where one was expected, an unknown
// option, or one argument too many.
std::string extras(const CLI::App* at, const std::vector<std::string>& args, Lang lang) {
    for (const auto& a : args)
        if (a.size() > 1 && a[0] == '-') return unknown_option(at, a, lang);
    if (!args.empty() && !subcommand_names(at).empty()) return unknown_command(at, args.front(), lang);
    return render({"cli-extra-arguments", {joined(args)}}, lang);
}

// Words left over at `at`, as CLI11 keeps them (the mistyped command among them).
std::vector<std::string> left_over(const CLI::App* at) {
    std::vector<std::string> out = at->remaining();
    return out;
}

std::string positional_or_option(const std::string& name, Lang lang) {
    if (!name.empty() && name[0] == '-') return render({"cli-missing-option", {name}}, lang);
    return render({"cli-missing-argument", {name}}, lang);
}

std::string message(const CLI::App& app, const CLI::Error& e, Lang lang) {
    const CLI::App* at = deepest(app);
    const std::string what = e.what();
    std::smatch m;
    if (is_a<CLI::RequiredError>(e)) {
        if (what.rfind("A subcommand", 0) == 0 || what.rfind("Requires at least", 0) == 0) {
            const auto words = left_over(at);
            if (!words.empty() && words.front().rfind("-", 0) != 0) return unknown_command(at, words.front(), lang);
            if (!words.empty()) return unknown_option(at, words.front(), lang);
            return render({"cli-needs-command", {command_path(at), joined(subcommand_names(at))}}, lang);
        }
        if (std::regex_match(what, m, std::regex("(.+) is required"))) return positional_or_option(m[1], lang);
    }
    if (is_a<CLI::ExtrasError>(e)) {
        static const std::regex kExtras("The following arguments? (?:was|were) not expected: (.*)");
        if (std::regex_match(what, m, kExtras)) {
            std::vector<std::string> args;
            std::string rest = m[1];
            // CLI11 lists them last first (rjoin).
            for (size_t p; (p = rest.rfind(' ')) != std::string::npos; rest.erase(p)) args.push_back(rest.substr(p + 1));
            args.push_back(rest);
            return extras(at, args, lang);
        }
    }
    if (is_a<CLI::ValidationError>(e)) {
        static const std::regex kMember("(.+): (.*) not in \\{(.*)\\}");
        static const std::regex kRange("(.+): Value (.*) not in range (.*) to (.*)");
        if (std::regex_match(what, m, kMember))
            return render({"cli-not-allowed", {m[1], m[2], std::regex_replace(m[3].str(), std::regex(","), ", ")}}, lang);
        if (std::regex_match(what, m, kRange)) return render({"cli-out-of-range", {m[1], m[2], m[3], m[4]}}, lang);
    }
    if (is_a<CLI::ConversionError>(e)) {
        static const std::regex kConvert("Could not convert: (.+) = (.*)");
        static const std::regex kValue("The value (.*) is not an allowed value for (.+)");
        if (std::regex_match(what, m, kConvert)) return render({"cli-not-converted", {m[1], m[2]}}, lang);
        if (std::regex_match(what, m, kValue)) return render({"cli-not-converted", {m[2], m[1]}}, lang);
    }
    if (is_a<CLI::ArgumentMismatch>(e)) {
        static const std::regex kMissing("(.+): \\d+ required .* missing");
        static const std::regex kExactly("Expected exactly (\\d+) arguments? to (.+), got (\\d+)");
        if (std::regex_match(what, m, kMissing)) return render({"cli-needs-value", {m[1]}}, lang);
        if (std::regex_match(what, m, kExactly)) return render({"cli-needs-value", {m[2]}}, lang);
        return render({"cli-needs-value", {what.substr(0, what.find(':'))}}, lang);
    }
    if (is_a<CLI::ExcludesError>(e) && std::regex_match(what, m, std::regex("(.+) excludes (.+)")))
        return render({"cli-excludes", {m[1], m[2]}}, lang);
    if (is_a<CLI::RequiresError>(e) && std::regex_match(what, m, std::regex("(.+) requires (.+)")))
        return render({"cli-requires", {m[1], m[2]}}, lang);
    return render({"cli-other", {what}}, lang);
}

}  // namespace

std::string parse_failure_message(const CLI::App& app, const CLI::Error& e, Lang lang) {
    return "cchc: " + message(app, e, lang) + "\n" + render({"cli-see-help", {command_path(deepest(app))}}, lang) +
           "\n";
}

}  // namespace cchc::cli
