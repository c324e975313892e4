#pragma once
// Long output on a terminal goes through a pager, as git does: $CCHC_PAGER, else $PAGER,
// else `less -FRX` (which quits at once when the output fits the screen and keeps colours).
// Never when stdout is not a terminal, never with --no-pager or a pager set to "cat" or "".
#include <string>
#include <vector>

namespace cchc::cli {

// Removes --no-pager from `args` (before any "--"); true when it was there.
bool take_no_pager(std::vector<std::string>& args);

// Starts the pager with stdout going into it, when stdout is a terminal and `wanted`.
// The terminal's width and colour are decided first (common.hpp reads them from here).
void start_pager(bool wanted);

// Flushes stdout, closes it and waits for the pager to end (the user quits it with q).
void finish_pager();

}  // namespace cchc::cli
