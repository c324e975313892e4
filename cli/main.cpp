// cchc: keep CCHC plans as YAML and answer what is due, what is met, what to report.
#include <csignal>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "common.hpp"
#include "global_options.hpp"
#include "help_text.hpp"
#include "pager.hpp"
#include "parse_errors.hpp"

#ifdef CCHC_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

using Setup = void (*)(CLI::App&, int&);
// The subcommands, in the order `cchc --help` lists them.
constexpr Setup kCommands[] = {
    cchc::cli::setup_check,
    cchc::cli::setup_tasks,
    cchc::cli::setup_units,
    cchc::cli::setup_timing,
    cchc::cli::setup_holidays,
    cchc::cli::setup_record,
    cchc::cli::setup_record_metric,
    cchc::cli::setup_due,
    cchc::cli::setup_score,
    cchc::cli::setup_report,
    cchc::cli::setup_import,
    cchc::cli::setup_init,
    cchc::cli::setup_complete,
};

}  // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which the writers
    // handle (temporary file removed, message, exit 2), not kill us leaving the temp behind.
    std::signal(SIGXFSZ, SIG_IGN);
#ifdef CCHC_WITH_MIMALLOC
    // Memory in 2 MiB pages where the kernel allows it (transparent huge pages): a run that
    // loads a repository touches hundreds of MiB of fresh memory, and took a fault per 4 KiB
    // page and a TLB miss per look. Measured on bench's 1k corpus, interleaved: cold check and
    // due about a quarter less cpu, warm check too, for 20 MiB more at the peak.
    // MIMALLOC_LARGE_OS_PAGES=0 in the environment still turns it off.
    if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
#endif
    CLI::App app{"cchc — kế hoạch cải cách hành chính dưới dạng YAML: kiểm tra, hạn, chỉ tiêu, báo cáo", "cchc"};
    app.set_version_flag("--version", std::string("cchc ") + CCHC_VERSION);
    app.require_subcommand(1);
    // Taken out of the arguments before parsing (pager.cpp), wherever it is; here for --help.
    bool no_pager_flag = false;
    app.add_flag("--no-pager", no_pager_flag, "Never page the output (default: a pager on a terminal, as git)");
    int exit_code = cchc::cli::kOk;
    for (Setup setup : kCommands) setup(app, exit_code);
    // `cchc -C DIR due` as `cchc due -C DIR`: global options before the command move after it.
    std::vector<std::string> args = cchc::cli::help_as_option(
        cchc::cli::move_global_options(app, std::vector<std::string>(argv + 1, argv + argc)));
    const bool no_pager = cchc::cli::take_no_pager(args);
    std::vector<const char*> words{argv[0]};
    for (const auto& a : args) words.push_back(a.c_str());
    // Help and parse errors in the user's language, known before parsing (--lang, cchc.yaml).
    const cchc::Lang lang = cchc::cli::lang_before_parse(static_cast<int>(words.size()), words.data());
    cchc::cli::localize_help(app, lang);
    // The commands that list (not check's diagnostics, not record's one line) page on a terminal.
    static const char* const kPaged[] = {"due", "tasks", "report", "score", "units", "holidays", "help"};
    const bool paged = !args.empty() && std::find(std::begin(kPaged), std::end(kPaged), args.front()) != std::end(kPaged);
    cchc::cli::start_pager(paged && !no_pager);
    struct PagerEnd {
        ~PagerEnd() { cchc::cli::finish_pager(); }
    } pager_end;
    if (auto missing = cchc::cli::option_without_value(app, args)) {
        std::cerr << "cchc: " << cchc::render({"cli-needs-value", {missing->option}}, lang) << "\n"
                  << cchc::render({"cli-see-help", {missing->command}}, lang) << "\n";
        return cchc::cli::kUsage;
    }
    try {
        std::reverse(args.begin(), args.end());  // CLI11 takes the arguments last first
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        // CLI11 prints help/version/errors; we keep our own exit statuses (never 100+).
        if (e.get_exit_code() != 0) {
            std::cerr << cchc::cli::parse_failure_message(app, e, lang);
            return cchc::cli::kUsage;
        }
        app.exit(e, std::cout, std::cerr);
        return cchc::cli::kOk;
    } catch (const cchc::cli::UsageError& e) {
        std::cerr << "cchc: " << e.message << "\n";
        return cchc::cli::kUsage;
    } catch (const cchc::RepositoryChanged& e) {
        std::cerr << "cchc: " << cchc::render(e.message, lang) << "\n";
        return cchc::cli::kProblems;
    } catch (const std::exception& e) {
        std::cerr << "cchc: internal error: " << e.what() << "\n";
        return cchc::cli::kUsage;
    }
    return exit_code;
}
