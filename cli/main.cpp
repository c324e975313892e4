// cchc: keep CCHC plans as YAML and answer what is due, what is met, what to report.
#include <csignal>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "help_text.hpp"
#include "parse_errors.hpp"

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
};

}  // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which the writers
    // handle (temporary file removed, message, exit 2), not kill us leaving the temp behind.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"cchc — kế hoạch cải cách hành chính dưới dạng YAML: kiểm tra, hạn, chỉ tiêu, báo cáo", "cchc"};
    app.set_version_flag("--version", std::string("cchc ") + CCHC_VERSION);
    app.require_subcommand(1);
    int exit_code = cchc::cli::kOk;
    for (Setup setup : kCommands) setup(app, exit_code);
    // Help and parse errors in the user's language, known before parsing (--lang, cchc.yaml).
    const cchc::Lang lang = cchc::cli::lang_before_parse(argc, argv);
    cchc::cli::localize_help(app, lang);
    try {
        app.parse(argc, argv);
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
    } catch (const std::exception& e) {
        std::cerr << "cchc: internal error: " << e.what() << "\n";
        return cchc::cli::kUsage;
    }
    return exit_code;
}
