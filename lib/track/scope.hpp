#pragma once
// What `due`, `score` and `report` look at, in one struct: the as-of date, the due-soon
// window, the units, plans and agencies selected, and whether plans not in force count.
// cli/ builds it once from the options the three commands share (query_scope); DueQuery,
// ScoreQuery and ReportQuery are a Scope and what is their own.
#include <vector>

#include "base/date.hpp"
#include "model/model.hpp"
#include "track/unit_filter.hpp"

namespace cchc {

struct Scope {
    Date as_of;
    int window = 30;                       // days ahead counted as "due soon"
    const UnitFilter* units = nullptr;     // nullptr = every unit
    std::vector<const Plan*> plans;        // empty = every plan
    bool include_closed = false;           // also plans not in force at as_of (plan_lifecycle.hpp)
    std::vector<const Agency*> agencies;   // --agency and the directory: in scope; empty = every agency
};

}  // namespace cchc
