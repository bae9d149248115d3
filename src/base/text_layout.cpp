#include "text_layout.h"

#include <fmt/format.h>

#include "shifan/diagnostic.h"
#include "utf8.h"

namespace shifan::detail {

std::string pad(std::string_view text, std::size_t width) {
  std::size_t shown = static_cast<std::size_t>(display_width(text));
  return std::string(text) + std::string(shown < width ? width - shown : 0, ' ');
}

std::string fit_width(std::string_view text, std::size_t width) {
  if (static_cast<std::size_t>(display_width(text)) <= width) {
    return std::string(text);
  }
  constexpr std::string_view k_ellipsis = "…";
  std::size_t shown = static_cast<std::size_t>(display_width(k_ellipsis));
  std::size_t end = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = decode_code_point(text, pos);
    shown += is_wide(c) ? 2U : 1U;
    if (shown > width) {
      break;
    }
    end = pos;
  }
  return std::string(text.substr(0, end)) + std::string(k_ellipsis);
}

std::string trim_end(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

std::string score_range(Decimal low, Decimal high) {
  return low == high ? low.str() : fmt::format("{}–{}", low.str(), high.str());
}

}  // namespace shifan::detail
