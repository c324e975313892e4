#pragma once
// `--agency A` and the directory a command runs in: which agencies of the repository a
// user means. Shared by the listing commands so that they all scope the same way.
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace cchc {

// True when `text` names the agency: its id or a trailing part of it ("stttt",
// "khanh-hoa/stttt"), its key, its short name ("STTTT") or its name, with or without
// diacritics and in any case; also short name and province together ("STTTT Khánh Hòa").
bool agency_matches(const Agency& agency, std::string_view text);

// The agencies `text` names (empty when none).
std::vector<const Agency*> match_agencies(const Repository& repo, std::string_view text);

// The agencies at or under `dir` (a path relative to the plans directory, "khanh-hoa" or
// "khanh-hoa/stttt"), or the one `dir` lies in ("khanh-hoa/stttt/journal").
std::vector<const Agency*> agencies_in_dir(const Repository& repo, std::string_view dir);

}  // namespace cchc
