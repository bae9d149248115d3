// Checks on a list's entries as a whole: names run together in one entry,
// and entries that must not repeat a field (unique_by).
#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "fact_validator.h"

namespace shifan::detail {

namespace {

// Separators people type between names in one cell or line.
constexpr std::array<std::string_view, 6> k_separators = {"，", "、", "；", "\u3000", ",", ";"};

std::string trimmed(std::string_view text) {
  while (text.starts_with(' ')) {
    text.remove_prefix(1);
  }
  while (text.ends_with(' ')) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

// `text` cut at every separator; empty parts dropped.
std::vector<std::string> split_names(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    auto separator = std::find_if(k_separators.begin(), k_separators.end(),
                                  [&](std::string_view s) { return text.substr(pos).starts_with(s); });
    if (pos < text.size() && separator == k_separators.end()) {
      ++pos;
      continue;
    }
    if (std::string part = trimmed(text.substr(start, pos - start)); !part.empty()) {
      parts.push_back(std::move(part));
    }
    pos += pos < text.size() ? separator->size() : 1;
    start = pos;
  }
  return parts;
}

}  // namespace

bool check_joined_entry(const Node& node, const FactSpec& spec, FactContext& context) {
  const std::vector<std::string>& known = spec.expected;
  if (spec.type != FactType::string || known.empty() || node.kind != Node::Kind::scalar ||
      std::find(known.begin(), known.end(), node.text) != known.end()) {
    return false;
  }
  std::vector<std::string> parts = split_names(node.text);
  bool any_known = std::any_of(parts.begin(), parts.end(), [&](const std::string& part) {
    return std::find(known.begin(), known.end(), part) != known.end();
  });
  if (parts.size() < 2 || !any_known) {
    return false;
  }
  context.report(node.mark, fmt::format("这一项像是用中文标点连在一起的 {} 项; 请写成列表 [{}]", parts.size(),
                                        fmt::join(parts, ", ")));
  return true;
}

void check_unique(const Node& list, const FactSpec& spec, FactContext& context) {
  if (spec.unique_by.empty() || spec.items == nullptr) {
    return;
  }
  const FactSpec* field = spec.items->field(spec.unique_by);
  std::string label = field == nullptr || field->label.empty() ? spec.unique_by : field->label;
  std::map<std::string, std::size_t> first;  // a value as written → its entry's index
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node* value = list.items[i].kind == Node::Kind::mapping ? list.items[i].find(spec.unique_by) : nullptr;
    if (is_empty(value) || value->kind != Node::Kind::scalar) {
      continue;
    }
    auto [seen, added] = first.emplace(value->text, i);
    if (!added) {
      context.report(value->mark, fmt::format("{} {} 重复 (第 {} 条已有); 每个{}只能有一条", label, value->text,
                                              seen->second + 1, label));
    }
  }
}

}  // namespace shifan::detail
