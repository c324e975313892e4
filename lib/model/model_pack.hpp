#pragma once
// The compiled model of one file (an agency, a plan, a journal) as bytes and back, for the
// model cache (state/repository.cpp keeps it in a pack beside the parsed trees): a warm run
// takes a file's model from its bytes' key instead of parsing and loading it again.
//
// Every field the loader sets is written, in declaration order, by one function per type
// used both ways (model_pack.cpp), so a field cannot be written and not read. What the
// loader does not set from the file's bytes is left out and set by the caller as the load
// does: the ids from the path, the agency, the file. A field added to the model must be
// added there too: the sizes of the model's types are pinned in model_pack.cpp, so the build
// fails until it is.
#include <string>
#include <string_view>

#include "model/model.hpp"

namespace cchc {

// The bytes of a file's model; empty when it cannot be packed (a position in another file).
std::string pack_agency(const Agency& agency);
std::string pack_plan(const Plan& plan);
std::string pack_journal(const Journal& journal);

// Reads bytes written by pack_*() into `out`, every position pointing into `file`; false
// (and `out` unspecified) when the bytes are cut, padded or not of this kind.
bool unpack_agency(std::string_view bytes, const SourceFile* file, Agency& out);
bool unpack_plan(std::string_view bytes, const SourceFile* file, Plan& out);
bool unpack_journal(std::string_view bytes, const SourceFile* file, Journal& out);

// A plan's model in two parts: its header (number, dates, period, signer, default timing,
// events: what tells whether a command looks at the plan at all) and its body (basis,
// purposes, goals, sections, tasks, assignments). unpack_plan_header() reads the header into
// `out` and leaves the body packed, its bytes (inside `bytes`) in `body`, for
// unpack_plan_body() once the plan is wanted: a command reads the bodies of the plans in its
// scope only. unpack_plan() is both.
bool unpack_plan_header(std::string_view bytes, const SourceFile* file, Plan& out, std::string_view& body);
bool unpack_plan_body(std::string_view body, const SourceFile* file, Plan& out);

}  // namespace cchc
