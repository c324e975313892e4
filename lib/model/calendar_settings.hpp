#pragma once
// The working-day calendar a repository uses: shipped holidays plus cchc.yaml's own days.
#include "time/calendar.hpp"
#include "model/model.hpp"

namespace cchc {

Calendar calendar_for(const Settings& settings);

}  // namespace cchc
