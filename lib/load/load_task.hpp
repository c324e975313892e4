#pragma once
// Reading tasks, their targets and milestones; reporting duties share the task shape.
// Problems become diagnostics; nothing here throws on bad input.
#include <vector>

#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

Task read_task(const LoadContext& ctx, const YNode& n, int year);
Task read_reporting(const LoadContext& ctx, const YNode& n, int year);
// Targets list of a task or goal.
std::vector<Target> read_targets(const LoadContext& ctx, const YNode& list);

}  // namespace cchc
