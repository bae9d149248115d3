#include "fact_labels.h"

#include <fmt/format.h>

#include <algorithm>

namespace shifan::detail {

std::string fact_label(const Rubric& rubric, std::string_view path) {
  const FactSpec* spec = &rubric.facts;
  while (!path.empty() && spec != nullptr) {
    std::size_t end = path.find_first_of(".[");
    std::string_view name = path.substr(0, end);
    spec = spec->field(name);
    path = end == std::string_view::npos ? std::string_view() : path.substr(end);
    while (!path.empty() && path.front() == '[' && spec != nullptr) {  // list index: the entries' spec
      path.remove_prefix(std::min(path.find(']') + 1, path.size()));
      spec = spec->items.get();
    }
    if (!path.empty() && path.front() == '.') {
      path.remove_prefix(1);
    }
  }
  return spec != nullptr && spec != &rubric.facts ? spec->label : std::string();
}

std::string describe_missing(const Rubric& rubric, const std::vector<std::string>& paths,
                             std::size_t most) {
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
    std::string label = path.rfind("scores.", 0) == 0 ? path.substr(7) + " 评分" : fact_label(rubric, path);
    shown.push_back(label.empty() ? path : fmt::format("{} ({})", path, label));
  }
  std::string out = fmt::format("{}", fmt::join(shown, ", "));
  if (seen.size() > shown.size()) {
    out += fmt::format(" 等 {} 项", seen.size());
  }
  return out;
}

}  // namespace shifan::detail
