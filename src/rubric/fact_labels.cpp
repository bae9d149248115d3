#include "fact_labels.h"

#include <fmt/format.h>

#include <algorithm>

#include "fact_path.h"

namespace shifan::detail {

std::string fact_label(const Rubric& rubric, std::string_view path) {
  return path_label(rubric, FactPath::of(std::string(path)));
}

std::string describe_missing(const Rubric& rubric, const std::vector<std::string>& paths,
                             const FactValues* facts, std::size_t most) {
  std::vector<std::string> seen;
  std::vector<std::string> shown;
  for (const std::string& path : paths) {
    if (std::find(seen.begin(), seen.end(), path) != seen.end()) {
      continue;
    }
    seen.push_back(path);
    if (shown.size() == most) {
      continue;
    }
    shown.push_back(for_people(rubric, FactPath::of(path), facts));
  }
  std::string out = fmt::format("{}", fmt::join(shown, ", "));
  if (seen.size() > shown.size()) {
    out += fmt::format(" 等 {} 项", seen.size());
  }
  return out;
}

}  // namespace shifan::detail
