#pragma once
#include "cchc/load.hpp"

namespace cchc {
Task read_task(const LoadContext& ctx, const YNode& n, int year);
Task read_reporting(const LoadContext& ctx, const YNode& n, int year);
}  // namespace cchc
