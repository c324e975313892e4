#include "model/calendar_settings.hpp"

namespace cchc {

Calendar calendar_for(const Settings& settings) {
    Calendar cal;
    for (const auto& h : settings.holidays) cal.add_extra_day(ExtraDay{h.date, h.off, h.name});
    return cal;
}

}  // namespace cchc
