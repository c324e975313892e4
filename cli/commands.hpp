#pragma once
// Every subcommand registers itself through one setup function; main.cpp lists them.
#include <CLI/CLI.hpp>

namespace cchc::cli {

// Each setup adds its subcommand to `app`; its callback stores the exit status in `exit_code`.
void setup_check(CLI::App& app, int& exit_code);
void setup_tasks(CLI::App& app, int& exit_code);
void setup_units(CLI::App& app, int& exit_code);
void setup_timing(CLI::App& app, int& exit_code);
void setup_holidays(CLI::App& app, int& exit_code);
void setup_record(CLI::App& app, int& exit_code);
void setup_record_metric(CLI::App& app, int& exit_code);  // after setup_record: adds `record metric`
void setup_due(CLI::App& app, int& exit_code);
void setup_score(CLI::App& app, int& exit_code);
void setup_report(CLI::App& app, int& exit_code);
void setup_import(CLI::App& app, int& exit_code);
void setup_init(CLI::App& app, int& exit_code);
void setup_complete(CLI::App& app, int& exit_code);  // hidden: words for shell completion

}  // namespace cchc::cli
