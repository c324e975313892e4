#pragma once
// An SVG drawing as PNG bytes, by rsvg-convert (Debian: librsvg2-bin): Word and LibreOffice
// show PNG everywhere, SVG only in recent versions.
#include <optional>
#include <string>
#include <string_view>

namespace cchc {

// std::nullopt when rsvg-convert is missing or fails. `zoom`: 2 prints sharp at 150 dpi.
std::optional<std::string> svg_to_png(std::string_view svg, double zoom = 2.0);

std::string base64(std::string_view bytes);

}  // namespace cchc
