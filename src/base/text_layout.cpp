#include "text_layout.h"

#include <fmt/format.h>

#include "shifan/diagnostic.h"

namespace shifan::detail {

std::string pad(std::string_view text, std::size_t width) {
  std::size_t shown = static_cast<std::size_t>(display_width(text));
  return std::string(text) + std::string(shown < width ? width - shown : 0, ' ');
}

std::string trim_end(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

std::string score_range(Decimal low, Decimal high) {
  return low == high ? low.str() : fmt::format("{}–{}", low.str(), high.str());
}

}  // namespace shifan::detail
